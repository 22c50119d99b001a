"""Ingredient lines as recipes write them ("40 g rolled oats", "1 banana", "2 el olijfolie")
matched to a food of the table and an amount in grams.

A line is read as an amount, a unit and the words naming the food:

- a number as written: 40, 1.5 or 1,5, 1/2, 1 1/2, ½, 1½, a range 2-3 (its middle), "a" / "een";
- a unit of mass (g, kg, oz, lb, the Dutch ons and pond) in grams; of volume (ml, cl, dl, l,
  a tablespoon or eetlepel of 15 ml, a teaspoon or theelepel of 5 ml, a cup of 240 ml) taken
  as 1 g per ml; an amount in brackets ("1 can (400 g) chickpeas") counts before the rest;
- no unit, or a unit the food's household portion names ("2 slices" of a food served by
  "1 slice"): that many household portions of the food.

The food is what the table's search finds for the words (planner.foods.FoodTable.search), a
food named exactly so first; failing that, for the words without preparation notes ("chopped",
"fresh") and then for fewer words from the end, where English and Dutch put the food itself
("ripe banana" -> "banana"). A line without a food or an amount is not guessed: it stays a
line matched to no food, counted as unknown. What was found is shown for review.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from planner.foods import FoodTable, normalise
from planner.schema import MAX_RECIPE_GRAMS
from planner.word_index import fold

# Grams per unit.
MASS = {
    **dict.fromkeys(("g", "gr", "gram", "grams", "gramme", "grammes"), 1.0),
    **dict.fromkeys(("kg", "kilo", "kilos", "kilogram", "kilograms"), 1000.0),
    **dict.fromkeys(("mg", "milligram", "milligrams"), 0.001),
    **dict.fromkeys(("oz", "ounce", "ounces"), 28.35),
    **dict.fromkeys(("lb", "lbs", "pound", "pounds"), 453.6),
    "ons": 100.0,
    "pond": 500.0,
}
# Millilitres per unit; a millilitre is taken as a gram.
VOLUME = {
    **dict.fromkeys(("ml", "milliliter", "millilitre", "milliliters", "millilitres"), 1.0),
    "cl": 10.0,
    "dl": 100.0,
    **dict.fromkeys(("l", "liter", "litre", "liters", "litres"), 1000.0),
    **dict.fromkeys(
        ("tbsp", "tbs", "tablespoon", "tablespoons", "el", "eetlepel", "eetlepels"), 15.0
    ),
    **dict.fromkeys(("tsp", "teaspoon", "teaspoons", "tl", "theelepel", "theelepels"), 5.0),
    **dict.fromkeys(("cup", "cups"), 240.0),
}
FRACTIONS = {"½": 0.5, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 0.25, "¾": 0.75, "⅛": 0.125}
# Words that say how a food is prepared or what it is like, not which food it is.
DESCRIPTIONS = frozenset(
    """
    fresh freshly chopped finely roughly diced sliced grated minced crushed peeled ground
    large small medium ripe whole halved cooked raw dried toasted roasted melted softened
    beaten warm cold organic about approximately heaped level
    vers verse gehakt gehakte fijngehakt fijngehakte gesneden geraspt geraspte gepeld gepelde
    groot grote klein kleine middelgroot middelgrote rijp rijpe gekookt gekookte geroosterd
    geroosterde gesmolten ongeveer
""".split()
)
# Words that count things rather than weigh them: "2 slices bread", "1 teen knoflook". They
# give grams where the food's household portion names them ("1 slice").
COUNTS = frozenset(
    """
    slice slices piece pieces clove cloves can cans tin tins jar jars pinch handful handfuls
    bunch sprig sprigs stalk stalks pack packs bag bags scoop scoops dash bowl bowls glass
    glasses mug mugs cup-sized portion portions serving servings
    snee sneetje sneetjes plak plakje plakjes stuk stuks stukje stukjes teen teentje teentjes
    blik blikje blikken pot potje snufje handje handjes bos bosje takje takjes zakje pak
    schep schepje scheutje kom kommetje glas glazen beker portie porties
""".split()
)
# Joining words before the food: "a pinch of salt", "een snufje van".
_JOINING = frozenset(("of", "van", "a", "an", "een"))
_NUMBER = r"\d+(?:[.,]\d+)?"
_FRACTION = "[" + "".join(FRACTIONS) + "]"
# One amount: "1 1/2", "1/2", "1½", "½", "1.5".
_AMOUNT = rf"(?:\d+\s+\d+/\d+|\d+/\d+|(?:\d+\s*)?{_FRACTION}|{_NUMBER})"
_LEADING = re.compile(
    rf"^\s*(?P<amount>{_AMOUNT})(?:\s*(?:-|–|to|tot)\s*(?P<upper>{_AMOUNT}))?", re.IGNORECASE
)
_ARTICLE = re.compile(r"^\s*(?:a|an|een)\b", re.IGNORECASE)
_WORD = re.compile(r"^\s*(?P<word>[^\W\d_]+)\.?(?=[\s,;(]|$)")
_BRACKETED = re.compile(rf"\((?P<amount>{_AMOUNT})\s*(?P<unit>[^\W\d_]+)\.?[^)]*\)")
_BRACKETS = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_LOOKED_AT = 50  # search hits looked at for a food named exactly as the line names it


class How(StrEnum):
    """How a line's amount was read; the window and the command line say it in words."""

    GRAMS = "grams"  # a unit of mass
    VOLUME = "volume"  # a unit of volume, 1 ml taken as 1 g
    PORTIONS = "portions"  # household portions of the food
    NO_AMOUNT = "no_amount"  # no amount that gives grams ("a pinch", "to taste")
    NO_FOOD = "no_food"  # no food of the table found for the words
    CHOSEN = "chosen"  # the food and grams the user chose in review


@dataclass(frozen=True)
class Reading:
    """A line as read: its number, unit, grams (for a measure) and the food's words."""

    number: float | None  # None when the line gives none
    unit: str  # a measure (MASS, VOLUME) or a word of COUNTS; "" for none
    grams: float | None  # from a measure, or an amount in brackets
    how: How | None  # GRAMS or VOLUME when grams is known
    words: str  # the words naming the food


@dataclass(frozen=True)
class LineMatch:
    """A line and what it was matched to: a food and grams (with the household portions
    when it was counted in them), or why not (`how` is NO_AMOUNT or NO_FOOD)."""

    line: str
    food_id: str | None
    grams: float | None
    portions: float | None
    how: How

    @property
    def matched(self) -> bool:
        return self.food_id is not None and self.grams is not None


def number(text: str) -> float:
    """40, 1,5, 1/2, 1 1/2, ½, 1½ as a number."""
    text = text.strip()
    if text[-1] in FRACTIONS:
        return float(text[:-1].strip() or 0) + FRACTIONS[text[-1]]
    whole = 0.0
    if " " in text:
        first, text = text.split(None, 1)
        whole = float(first)
    if "/" in text:
        top, bottom = (float(n) for n in text.split("/"))
        return whole + (top / bottom if bottom else 0.0)
    return whole + float(text.replace(",", "."))


def read_line(line: str) -> Reading:
    """The line's amount, unit and the words naming its food."""
    count, rest = None, line
    if leading := _LEADING.match(line):
        count = number(leading["amount"])
        if leading["upper"]:
            count = (count + number(leading["upper"])) / 2
        rest = line[leading.end() :]
    elif article := _ARTICLE.match(line):
        count, rest = 1.0, line[article.end() :]
    unit = ""
    word = _WORD.match(rest)
    if (
        count is not None
        and word
        and (word["word"].lower() in COUNTS or _measure(word["word"]) is not None)
    ):
        unit, rest = word["word"].lower(), rest[word.end() :]
    grams, how = None, None
    measured = _measure(unit)
    bracketed = _BRACKETED.search(line)
    if count is not None and measured is not None:
        grams, how = count * measured[0], measured[1]
    elif bracketed and (in_brackets := _measure(bracketed["unit"])) is not None:
        # "1 can (400 g) chickpeas", "2 (14 oz) cans": the brackets weigh each one.
        grams, how = number(bracketed["amount"]) * in_brackets[0] * (count or 1.0), in_brackets[1]
    return Reading(count, unit, grams, how, food_words(rest))


def _measure(unit: str) -> tuple[float, How] | None:
    """Grams per unit of a measure, and whether it weighs or is a volume."""
    unit = unit.lower().rstrip(".")
    if unit in MASS:
        return MASS[unit], How.GRAMS
    if unit in VOLUME:
        return VOLUME[unit], How.VOLUME
    return None


def food_words(rest: str) -> str:
    """The words naming the food: no brackets, nothing after a comma or ';', no joining word
    in front, no "to taste"."""
    text = _BRACKETS.sub(" ", rest)
    text = re.split(r"[,;]", text, maxsplit=1)[0]
    text = re.sub(r"\b(?:to taste|naar smaak|or more|of meer)\b", " ", text, flags=re.I)
    words = text.split()
    while words and words[0].lower() in _JOINING:
        words = words[1:]
    return " ".join(words)


def find_food(words: str, foods: FoodTable) -> int | None:
    """The food's row for the words, or None: see the module's description. A food found for
    fewer words than the line gives must name each of them (not only hold it inside a word:
    "dust" is not "industrial")."""
    plain = [
        w
        for w in normalise(words).split()
        if w not in DESCRIPTIONS and len(w) >= 2 and not any(c.isdigit() for c in w)
    ]
    tries = [normalise(words)] + [" ".join(plain[i:]) for i in range(len(plain))]
    for n, query in enumerate(dict.fromkeys(q for q in tries if len(q) >= 3)):
        rows = foods.search(query)[:_LOOKED_AT]
        names = [
            list(pair)
            for pair in zip(foods.strings("name_en", rows), foods.strings("name_nl", rows))
        ]
        for row, pair in zip(rows.tolist(), names):
            if query in (normalise(pair[0]), normalise(pair[1])):
                return int(row)
        for row, pair in zip(rows.tolist(), names):
            if n == 0 or _names_every_word(query, " ".join(pair)):
                return int(row)
    return None


def _names_every_word(query: str, name: str) -> bool:
    """Whether each word of the query begins a word of the name (plurals folded)."""
    words = normalise(name).split()
    folded = {fold(w) for w in words}
    return all(fold(q) in folded or any(w.startswith(q) for w in words) for q in query.split())


def match_line(line: str, foods: FoodTable) -> LineMatch:
    """The line matched to a food and grams, or why not."""
    reading = read_line(line)
    if reading.words in foods:  # a food named by its id: "40 g ciqual:32140"
        row: int | None = foods.position(reading.words)
    else:
        row = find_food(reading.words, foods) if reading.words else None
    if row is None:
        return LineMatch(line, None, None, None, How.NO_FOOD)
    food_id = foods.id_at(row)
    if reading.grams is not None and reading.how is not None:
        grams: float | None = reading.grams
        how, portions = reading.how, None
    elif reading.number is not None and _counts_portions(reading.unit, row, foods):
        grams = reading.number * float(foods.portion_g[row])
        how, portions = How.PORTIONS, reading.number
    else:
        grams = None
    if grams is None or not 0 < grams <= MAX_RECIPE_GRAMS:
        return LineMatch(line, food_id, None, None, How.NO_AMOUNT)
    return LineMatch(line, food_id, grams, portions, how)


def _counts_portions(unit: str, row: int, foods: FoodTable) -> bool:
    """Whether "2 <unit>" counts the food's household portions: no unit, or a unit its
    portion ("1 slice", "1 snee") names."""
    if not unit:
        return True
    labels = " ".join(foods.strings(c, [row])[0] for c in ("portion_en", "portion_nl"))
    return fold(normalise(unit)) in {fold(w) for w in normalise(labels).split()}
