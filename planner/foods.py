"""The food table: loading and validating it, nutrients per 100 g by id, search and order."""

from __future__ import annotations

import re
import unicodedata
from array import array
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pandas as pd

from planner import DATA_DIR

BUNDLED_FOODS = DATA_DIR / "foods.csv"

SECTIONS = (
    "vegetables", "fruit", "bread and cereals", "grains and pasta", "potatoes", "legumes",
    "nuts and seeds", "dairy and eggs", "cheese", "meat", "fish", "plant proteins",
    "fats and spreads", "sweets and snacks", "drinks", "herbs and spices", "other",
)
# Per 100 g of edible food; an empty cell means "not analysed", never zero.
NUTRIENTS = (
    "energy_kcal", "protein_g", "fat_g", "carbohydrate_g", "fiber_g", "magnesium_mg",
    "calcium_mg", "vitamin_d_ug", "potassium_mg", "phosphorus_mg", "sodium_mg", "caffeine_mg",
)
TAGS = (
    "vegetarian", "vegan", "contains_nuts", "contains_fish", "contains_dairy",
    "contains_gluten", "contains_egg", "contains_soy",
)
# Added after tables were first saved, and in few sources: a table without the column knows
# none of it.
LATER_NUTRIENTS = ("caffeine_mg",)
TEXT_COLUMNS = ("food_id", "name_en", "name_nl", "section", "portion_en", "portion_nl")
COLUMNS = TEXT_COLUMNS + NUTRIENTS + ("portion_g",) + TAGS
# What a curated table says of a food beyond its figures, for advice; a table without these
# columns (an import) gets the defaults below, from the store section.
#   meals       the meals it fits, space-separated ("breakfast lunch")
#   family      one key for every form of one food ("spinach": raw, cooked, frozen)
#   swap_group  foods that stand in for one another in a meal ("bread": white, wholemeal)
#   mg_source   1 for the magnesium sources Magplan is built around: whole grains, nuts,
#               seeds, pulses, leafy greens, avocado, banana, dark chocolate
#   estimated   nutrient columns whose figure is an estimate (the source says "traces"
#               or "< x"), space-separated
ADVICE_COLUMNS = ("meals", "family", "swap_group", "mg_source", "estimated")
OPTIONAL_COLUMNS = ("source",) + ADVICE_COLUMNS
MEALS = ("breakfast", "lunch", "dinner", "snack")
MEALS_BY_SECTION = {
    "vegetables": "lunch dinner", "fruit": "breakfast lunch snack",
    "bread and cereals": "breakfast lunch", "grains and pasta": "dinner",
    "potatoes": "dinner", "legumes": "lunch dinner", "nuts and seeds": "breakfast snack",
    "dairy and eggs": "breakfast lunch snack", "cheese": "breakfast lunch",
    "meat": "lunch dinner", "fish": "lunch dinner", "plant proteins": "lunch dinner",
    "fats and spreads": "breakfast lunch dinner", "sweets and snacks": "snack",
    "drinks": "breakfast lunch dinner snack", "herbs and spices": "lunch dinner",
    "other": "lunch dinner",
}
MG_SOURCE_SECTIONS = ("nuts and seeds", "legumes")
PER = ("100g", "portion", "100kcal")

_FOOD_ID = re.compile(r"^[a-z]+:\S+$")


class FoodTableError(ValueError):
    """A food table that cannot be used; the message names the row and column."""


def normalise(text: str) -> str:
    """Lower case, accents stripped, anything but letters and digits turned into spaces."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return re.sub(r"[^0-9a-z]+", " ", plain).strip()


class FoodTable:
    """An immutable table of foods indexed by id, with a word index for search."""

    def __init__(self, frame: pd.DataFrame, origin: str = "food table") -> None:
        self.frame = _validated(frame, origin)
        self.ids = self.frame.index
        self.values = self.frame.loc[:, list(NUTRIENTS)].to_numpy(dtype=float)
        self.portion_g = self.frame["portion_g"].to_numpy(dtype=float)
        self.section_codes = pd.Categorical(self.frame["section"], categories=SECTIONS).codes
        # Per row: the meals it fits as bits (1 << MEALS.index(meal)), its family (its own id
        # when it has none), whether it is a magnesium source, and which figures are estimates.
        self.meal_bits = self.frame["meals"].map(_meal_bits).to_numpy(dtype=np.int8)
        family = self.frame["family"].to_numpy(dtype=object)
        self.family = np.where(family == "", self.ids.to_numpy(dtype=object), family)
        self.mg_source = self.frame["mg_source"].to_numpy(dtype=bool)
        self.estimated = np.column_stack(
            [self.frame["estimated"].str.contains(rf"\b{n}\b", regex=True).to_numpy(dtype=bool)
             for n in NUTRIENTS])
        self._index = _WordIndex(self.frame["name_en"], self.frame["name_nl"])

    @classmethod
    def load(cls, path: Path | str = BUNDLED_FOODS) -> FoodTable:
        try:
            frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
        except FileNotFoundError:
            raise FoodTableError(f"{path}: no such file") from None
        except (UnicodeDecodeError, pd.errors.ParserError, pd.errors.EmptyDataError) as err:
            raise FoodTableError(f"{path}: not a readable CSV file ({err})") from None
        return cls(frame, origin=str(path))

    @classmethod
    def combine(cls, tables: dict[str, FoodTable | pd.DataFrame]) -> FoodTable:
        """One table from several (tables, or frames in the schema), keyed by source name,
        which fills the `source` column. The first holding an id wins, so the bundled table
        keeps its curated rows. Frames are validated once, here, not each on its own.
        """
        frames = [(t.frame if isinstance(t, FoodTable) else t).assign(source=source)
                  for source, t in tables.items()]
        frame = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(
            columns=list(COLUMNS + OPTIONAL_COLUMNS))
        return cls(frame[~frame["food_id"].duplicated()], origin="combined food table")

    def __len__(self) -> int:
        return len(self.ids)

    def __contains__(self, food_id: object) -> bool:
        return food_id in self.ids

    def position(self, food_id: str) -> int:
        return self.ids.get_loc(food_id)

    def positions(self, food_ids: list[str] | pd.Index) -> np.ndarray:
        """Row positions of the ids, -1 where a food is not in the table."""
        return self.ids.get_indexer(food_ids)

    def row(self, food_id: str) -> pd.Series:
        return self.frame.loc[food_id]

    def name(self, food_id: str, lang: str = "en") -> str:
        return self.frame.at[food_id, f"name_{lang}"] if food_id in self.ids else food_id

    def has_tag(self, tag: str) -> np.ndarray:
        return self.frame[tag].to_numpy(dtype=bool)

    def fits(self, meal: str) -> np.ndarray:
        """Per row, whether the food fits the meal."""
        return (self.meal_bits & (1 << MEALS.index(meal))) != 0

    def search(self, text: str, section: str | None = None) -> np.ndarray:
        """Row positions of the foods matching every word of the text, best first.

        Whole-word matches rank above word-prefix matches, which rank above matches inside a
        word; shorter names win ties. An empty text matches every food in table order. Dutch
        compounds, NEVO's hyphenated names and plurals are matched as _WordIndex describes.
        """
        hits = self._index.search(search_words(text))
        if section is not None:
            hits = hits[self.section_codes[hits] == SECTIONS.index(section)]
        return hits

    def per(self, nutrient: str, per: str = "100g") -> np.ndarray:
        """A nutrient per 100 g, per household portion, or per 100 kcal, for every row."""
        value = self.values[:, NUTRIENTS.index(nutrient)]
        if per == "100g":
            return value
        if per == "portion":
            return value * self.portion_g / 100
        if per == "100kcal":
            energy = self.values[:, NUTRIENTS.index("energy_kcal")]
            with np.errstate(divide="ignore", invalid="ignore"):
                return np.where(energy > 0, value / energy * 100, np.nan)
        raise ValueError(f"per must be one of {', '.join(PER)}, not {per!r}")

    def order(self, rows: np.ndarray, nutrient: str, per: str = "100g",
              descending: bool = True) -> np.ndarray:
        """The rows sorted by a nutrient; foods without a value always come last."""
        value = self.per(nutrient, per)[rows]
        key = -value if descending else value
        return rows[np.lexsort((key, np.isnan(value)))]


# Words that join others ("graine de courge", "yoghurt met muesli", NEVO's "m" for met):
# when a query has other words too, these rank a food higher but never rule one out.
FUNCTION_WORDS = frozenset((
    "de", "het", "een", "van", "met", "en", "of", "in", "op", "m",
    "du", "des", "la", "le", "les", "d", "l", "au", "aux", "et", "a",
    "the", "and", "with", "w",
))
# A word NEVO writes with a trailing hyphen is the front of a compound whose head is the
# name's first word: "Melk karne-" is karnemelk, "Biscuit tarwe-/volkoren-" tarwebiscuit and
# volkorenbiscuit.
_FRONT = re.compile(r"(?<=[\s/])([^\W\d_]+)-(?=[\s/,;)]|$)")
_APOSTROPHE_S = re.compile(r"(?<=\w)['’]s\b")     # Dutch plural: pizza's, kiwi's


def search_words(text: str) -> list[str]:
    """The words of a name or a query as search sees them: normalised, with "pizza's" as one
    word ("pizzas")."""
    return normalise(_APOSTROPHE_S.sub("s", text)).split()


def fold(word: str) -> str:
    """One key for a word's simple singular and plural forms.

    Dutch -en (bonen/boon, kippen/kip, druiven/druif, kazen/kaas), -s and -'s (appels,
    pizza's), French -s and -x (épinards, choux), English -s. A long vowel is written double in
    a closed syllable and single in an open one, so a final double vowel folds to one (boon and
    bon-en alike to "bon"). Both the table's words and the query's are folded, so a rule only
    has to give the two forms the same key, not the right singular.
    """
    if len(word) < 4 or word.isdigit():
        return word
    stem = word
    if word.endswith("en") and len(word) >= 5:
        stem = word[:-2]
        if stem[-1] == stem[-2] and stem[-1] not in "aeiou":
            stem = stem[:-1]                                        # kipp-en -> kip
        stem = stem[:-1] + {"v": "f", "z": "s"}.get(stem[-1], stem[-1])   # druiv-en -> druif
    elif word.endswith("x") or (word.endswith("s") and not word.endswith("ss")
                                and not (word[-3] in "aeiouy" and word[-2] in "aeiouy")
                                and not word.endswith("ijs")):
        stem = word[:-1]                  # not kaas, huis, mais, radijs: singulars in -s
    return re.sub(r"([aeou])\1(?=[^aeiouy]+$)", r"\1", stem)


def _joined_fronts(name: str) -> list[str]:
    """NEVO's hyphenated fronts joined to the name's first word: "Kool bloem- rauw" ->
    ["bloemkool"]."""
    fronts = _FRONT.findall(name)
    head = search_words(name.split(None, 1)[0])[:1] if fronts else []
    return [normalise(front) + head[0] for front in fronts] if head else []


class _WordIndex:
    """Every distinct word of both names, sorted, with the rows each word occurs in.

    A query word is looked up in the vocabulary (a few thousand words), never in every row:
    exact and prefix matches are a binary search, matches inside a word one scan of the
    joined vocabulary. That keeps a keystroke under a few milliseconds at 400,000 foods.

    Dutch and French are found as people type them, against the table's own words:
    - NEVO's hyphenated fronts are joined to the head ("Melk karne-" is indexed as karnemelk);
    - plurals fold (`fold`): "épinards" finds "Épinard" as a whole word, through a second
      sorted array of the vocabulary's folded keys;
    - a query word made of two table words ("volkorenbrood": volkoren + brood, with Dutch's
      linking s or en allowed between) also finds the foods holding both ("Tarwebrood
      volkoren"), ranked no higher than a prefix match;
    - function words (FUNCTION_WORDS) rank but do not filter.
    Everything is built here, into plain numpy arrays.
    """

    WHOLE, PREFIX, INSIDE = 3, 2, 1
    LINKS = ("", "s", "en")     # what Dutch puts between the parts of a compound

    def __init__(self, names_en: pd.Series, names_nl: pd.Series) -> None:
        vocabulary: dict[str, int] = {}
        seen: dict[str, tuple[int, ...]] = {}   # raw token -> its normalised words' ids
        word_ids, rows = array("i"), array("i")
        for row, (en, nl) in enumerate(zip(names_en, names_nl)):
            text = f"{en} {nl}"
            for token in text.split():
                ids = seen.get(token)
                if ids is None:
                    ids = seen[token] = tuple(vocabulary.setdefault(word, len(vocabulary))
                                              for word in search_words(token))
                for word_id in ids:
                    word_ids.append(word_id)
                    rows.append(row)
            # Substring tests first: most hyphens join words ("ready-to-eat").
            if "- " in text or "-/" in text or text.endswith("-"):
                for word in _joined_fronts(en) + _joined_fronts(nl):
                    word_ids.append(vocabulary.setdefault(word, len(vocabulary)))
                    rows.append(row)
        self.size = len(names_en)
        words = np.array(list(vocabulary), dtype=object)
        alphabetical = np.argsort(words.astype(str))
        self.vocabulary = words[alphabetical].astype(str)
        rank = np.empty(len(words), dtype=np.int32)
        rank[alphabetical] = np.arange(len(words), dtype=np.int32)
        ranks = rank[np.frombuffer(word_ids, dtype=np.int32)]
        order = np.argsort(ranks, kind="stable")
        self.postings = np.frombuffer(rows, dtype=np.int32)[order]
        self.starts = np.searchsorted(ranks[order], np.arange(len(words) + 1))
        # Each word followed by a newline, so "brood\n" in blob says a word ends in "brood".
        self.blob = "".join(w + "\n" for w in self.vocabulary)
        self.blob_starts = np.cumsum([0] + [len(w) + 1 for w in self.vocabulary[:-1]])
        folded = np.array([fold(w) for w in self.vocabulary], dtype=str)
        self.fold_words = np.argsort(folded, kind="stable").astype(np.int32)
        self.fold_keys = folded[self.fold_words]
        self.name_length = np.fromiter((len(n) for n in names_en), dtype=np.int32,
                                       count=self.size)

    def _rows(self, first: int | np.integer, last: int | np.integer) -> np.ndarray:
        return self.postings[self.starts[first]:self.starts[last]]

    def _is_word(self, word: str) -> bool:
        at = np.searchsorted(self.vocabulary, word)
        return bool(at < len(self.vocabulary) and self.vocabulary[at] == word)

    def _word_scores(self, word: str, compounds: bool = True) -> np.ndarray:
        score = np.zeros(self.size, dtype=np.int8)
        if len(word) >= 3:
            at = np.fromiter((m.start() for m in re.finditer(re.escape(word), self.blob)),
                             dtype=np.int64)
            inside = np.unique(np.searchsorted(self.blob_starts, at, side="right") - 1)
            if len(inside):
                score[np.concatenate([self._rows(i, i + 1) for i in inside])] = self.INSIDE
        lo = np.searchsorted(self.vocabulary, word, side="left")
        hi = np.searchsorted(self.vocabulary, word + "\uffff", side="left")
        score[self._rows(lo, hi)] = self.PREFIX
        if lo < len(self.vocabulary) and self.vocabulary[lo] == word:
            score[self._rows(lo, lo + 1)] = self.WHOLE
        key = fold(word)
        lo, hi = np.searchsorted(self.fold_keys, key), np.searchsorted(self.fold_keys, key,
                                                                       side="right")
        for i in self.fold_words[lo:hi]:
            score[self._rows(i, i + 1)] = self.WHOLE
        if compounds:
            for head, tail in self._compound_parts(word):
                both = np.minimum(self._word_scores(head, False),
                                  self._word_scores(tail, False))
                np.maximum(score, np.minimum(both, self.PREFIX), out=score)
        return score

    def _compound_parts(self, word: str) -> list[tuple[str, str]]:
        """(head, tail) for each way the word is a table word followed by the end of one,
        both of three letters or more."""
        parts = []
        for cut in range(3, len(word) - 2):
            head = word[:cut]
            if not self._is_word(head):
                continue
            for link in self.LINKS:
                tail = word[cut:]
                if tail.startswith(link) and len(tail) - len(link) >= 3 \
                        and tail[len(link):] + "\n" in self.blob:
                    parts.append((head, tail[len(link):]))
        return parts

    def search(self, words: list[str]) -> np.ndarray:
        if not words:
            return np.arange(self.size)
        words = list(dict.fromkeys(words))
        optional = set(words) & FUNCTION_WORDS if set(words) - FUNCTION_WORDS else set()
        total = np.zeros(self.size, dtype=np.int32)
        alive = np.ones(self.size, dtype=bool)
        for word in words:
            score = self._word_scores(word)
            if word in optional:
                score = np.where(score == self.WHOLE, score, 0)
            else:
                alive &= score > 0
            total += score
        rows = np.flatnonzero(alive)
        return rows[np.lexsort((self.name_length[rows], -total[rows]))]


def _meal_bits(meals: str) -> int:
    return sum(1 << MEALS.index(m) for m in meals.split())


def _validated(frame: pd.DataFrame, origin: str) -> pd.DataFrame:
    """The frame with numbers parsed and the id as index, or one clear FoodTableError."""
    missing = [c for c in COLUMNS if c not in frame.columns and c not in LATER_NUTRIENTS]
    if missing:
        raise FoodTableError(f"{origin}: missing column {missing[0]!r}")
    unknown = [c for c in frame.columns if c not in COLUMNS + OPTIONAL_COLUMNS]
    if unknown:
        raise FoodTableError(f"{origin}: unknown column {unknown[0]!r}")

    def fail(position: int, column: str, problem: str) -> FoodTableError:
        # Line numbers as a spreadsheet shows them: the header is line 1.
        return FoodTableError(f"{origin}, line {position + 2}, column {column!r}: {problem}")

    out = frame.reset_index(drop=True)
    for nutrient in LATER_NUTRIENTS:
        if nutrient not in out.columns:
            out[nutrient] = np.nan
    for column in TEXT_COLUMNS:
        text = out[column].fillna("").astype(str).str.strip()
        if column in ("food_id", "name_en", "name_nl", "section"):
            empty = np.flatnonzero(text.eq("").to_numpy())
            if len(empty):
                raise fail(int(empty[0]), column, "is empty")
        out[column] = text
    bad_id = np.flatnonzero(~out["food_id"].str.match(_FOOD_ID).to_numpy())
    if len(bad_id):
        raise fail(int(bad_id[0]), "food_id",
                   f"{out['food_id'][bad_id[0]]!r} is not an id like 'usda:12014'")
    duplicate = np.flatnonzero(out["food_id"].duplicated().to_numpy())
    if len(duplicate):
        raise fail(int(duplicate[0]), "food_id", f"{out['food_id'][duplicate[0]]!r} appears twice")
    bad_section = np.flatnonzero(~out["section"].isin(SECTIONS).to_numpy())
    if len(bad_section):
        raise fail(int(bad_section[0]), "section",
                   f"{out['section'][bad_section[0]]!r} is not a store section")

    for column in NUTRIENTS + ("portion_g",) + TAGS:
        raw = out[column]
        if raw.dtype == object or pd.api.types.is_string_dtype(raw):
            raw = raw.fillna("").astype(str).str.strip()
            number = pd.to_numeric(raw.where(raw != ""), errors="coerce")
            wrong = np.flatnonzero((number.isna() & raw.ne("")).to_numpy())
            if len(wrong):
                raise fail(int(wrong[0]), column, f"{raw[wrong[0]]!r} is not a number")
        else:
            number = pd.to_numeric(raw, errors="coerce")
        values = number.to_numpy(dtype=float)
        negative = np.flatnonzero(values < 0)
        if len(negative):
            raise fail(int(negative[0]), column, f"{values[negative[0]]:g} is negative")
        infinite = np.flatnonzero(np.isinf(values))
        if len(infinite):
            raise fail(int(infinite[0]), column, "is not a finite number")
        if column == "portion_g":
            bad = np.flatnonzero(~(values > 0))
            if len(bad):
                raise fail(int(bad[0]), column, "must be a number of grams above 0")
        if column in TAGS:
            bad = np.flatnonzero(~np.isin(values, (0, 1)))
            if len(bad):
                raise fail(int(bad[0]), column, "must be 0 or 1")
            out[column] = values.astype(np.int8)
        else:
            out[column] = values
    _add_advice(out, fail)
    return out.set_index("food_id", drop=False).rename_axis(None)


def _add_advice(out: pd.DataFrame, fail: Callable[[int, str, str], FoodTableError]) -> None:
    """Checks the advice columns where given and fills in the section's defaults where not."""
    def text(column: str) -> pd.Series:
        if column not in out.columns:
            return pd.Series("", index=out.index)
        values = out[column]
        return values.astype(str).where(values.notna(), "").str.strip().str.lower()

    meals = text("meals")
    meals = meals.where(meals != "", out["section"].map(MEALS_BY_SECTION))
    bad = np.flatnonzero(~meals.map(lambda m: bool(m) and set(m.split()) <= set(MEALS))
                         .to_numpy(dtype=bool))
    if len(bad):
        raise fail(int(bad[0]), "meals", f"{meals[bad[0]]!r} is not a list of meals "
                                         f"({' '.join(MEALS)})")
    out["meals"] = meals
    out["family"] = text("family")
    out["swap_group"] = text("swap_group")
    estimated = text("estimated")
    bad = np.flatnonzero(~estimated.map(lambda e: set(e.split()) <= set(NUTRIENTS))
                         .to_numpy(dtype=bool))
    if len(bad):
        raise fail(int(bad[0]), "estimated", f"{estimated[bad[0]]!r} is not a list of "
                                             "nutrient columns")
    out["estimated"] = estimated
    given = text("mg_source")
    source = pd.to_numeric(given.where(given != ""), errors="coerce")
    source = source.where(given != "", out["section"].isin(MG_SOURCE_SECTIONS).astype(float))
    bad = np.flatnonzero(~source.isin((0, 1)).to_numpy())
    if len(bad):
        raise fail(int(bad[0]), "mg_source", f"{given[bad[0]]!r} is not 0 or 1")
    out["mg_source"] = source.to_numpy().astype(np.int8)
