"""What every reader shares: the error, the result, reading text, numbers, sections and tags.

A reader turns a file into rows of the project's schema (`planner.foods.COLUMNS`): figures per
100 g, an empty value where the source has none (unknown is not zero), a store section mapped
from the source's own groups, and tags derived conservatively from section and name, because the
optimiser trusts tags for exclusions: a food is vegan only when its section is plant food and its
names mention nothing animal; a `contains_*` tag is set whenever a section or word hints at it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from planner.file_io import read_bytes
from planner.food_schema import COLUMNS, NUTRIENTS, TAGS, FoodTableError, validated
from planner.messages import Message, PlannerError
from planner.word_index import normalise

# progress(done_bytes, total_bytes), called as a reader works through a file.
Progress = Callable[[int, int], None]
SOURCES = ("usda", "nevo", "ciqual", "csv")
# An imported table's columns: the schema, and which of its figures are estimates.
IMPORT_COLUMNS = COLUMNS + ("estimated",)


class FoodImportError(PlannerError):
    """A file that cannot be imported; the message names the file and what is wrong."""


def detail(err: BaseException) -> str:
    """A parser's own message (pandas', openpyxl's) on one line, for an error's `detail`."""
    closed = re.sub(r"\s*\n\s*(?=[)\]]|$)", "", str(err))  # "saw 25\n)" -> "saw 25)"
    return re.sub(r"\s*\n\s*", " ", closed).strip()


@dataclass
class ImportedTable:
    """Foods read from one file, in the project's schema, with where they came from."""

    frame: pd.DataFrame  # IMPORT_COLUMNS, one row per food
    source: str  # one of SOURCES
    version: str  # the edition, as the file names it ("" when unknown)
    file: str  # the file's name
    # reason -> foods, and conversion -> values or foods: Messages, kept in English on disk.
    skipped: Counter[str] = field(default_factory=Counter)
    notes: Counter[str] = field(default_factory=Counter)

    @property
    def coverage(self) -> dict[str, int]:
        """How many foods have a value, per nutrient."""
        return {n: int(self.frame[n].notna().sum()) for n in NUTRIENTS}

    def provenance(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "version": self.version,
            "file": self.file,
            "foods": len(self.frame),
            "skipped": dict(self.skipped),
            "notes": dict(self.notes),
            "coverage": self.coverage,
        }


def read_text(path: Path) -> str:
    """The whole file as text: UTF-8 with or without a byte-order mark, else Windows-1252."""
    data = read_bytes(path, FoodImportError)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    if not text.strip():
        raise FoodImportError("import.empty", file=path.name)
    return text


def to_numbers(
    raw: pd.Series,
    origin: str,
    column: str,
    decimal: str = ".",
    first_line: int = 2,
    row_name: Callable[[int], str] | None = None,
) -> np.ndarray:
    """Text cells as floats: empty is unknown (NaN); text, a negative or an infinite number
    (such as 1e400) is an error.

    The message names the row as "line N", counting from `first_line`, or by `row_name`.
    """

    def where(i: int) -> str | Message:
        return row_name(i) if row_name else Message("import.line", number=i + first_line)

    text = raw.fillna("").astype(str).str.strip()
    if decimal != ".":
        text = text.str.replace(decimal, ".", regex=False)
    number = pd.to_numeric(text.where(text != ""), errors="coerce").to_numpy(dtype=float)
    wrong = np.flatnonzero(np.isnan(number) & (text != "").to_numpy())
    if len(wrong):
        raise FoodImportError(
            "import.not_number",
            origin=origin,
            row=where(wrong[0]),
            column=repr(column),
            value=repr(raw.iloc[wrong[0]]),
        )
    negative = np.flatnonzero(number < 0)
    if len(negative):
        raise FoodImportError(
            "import.negative",
            origin=origin,
            row=where(negative[0]),
            column=repr(column),
            value=repr(raw.iloc[negative[0]]),
        )
    infinite = np.flatnonzero(np.isinf(number))
    if len(infinite):
        raise FoodImportError(
            "import.too_large",
            origin=origin,
            row=where(infinite[0]),
            column=repr(column),
            value=repr(raw.iloc[infinite[0]]),
        )
    return number


def to_ids(raw: pd.Series, origin: str, column: str) -> np.ndarray:
    """Numeric ids as int64: every cell a whole number from 0 to 2**53 (exact as a float)."""
    number = to_numbers(raw, origin, column)
    wrong = np.flatnonzero(~((number >= 0) & (number <= 2.0**53) & (number % 1 == 0)))
    if len(wrong):
        raise FoodImportError(
            "import.not_id",
            origin=origin,
            row=Message("import.line", number=wrong[0] + 2),
            column=repr(column),
            value=repr(raw.iloc[wrong[0]]),
        )
    return number.astype(np.int64)


# Words food tables write for "present, below what can be measured".
TRACES = ("traces", "trace", "tr", "sporen")


def marked_numbers(
    raw: pd.Series,
    origin: str,
    column: str,
    notes: Counter[str],
    decimal: str = ",",
    unknown: tuple[str, ...] = ("", "-"),
    row_name: Callable[[int], str] | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """Figures as food tables write them below the detection limit, and which are estimates:

      a word in `unknown`  -> unknown
      "traces"             -> 0 (present, below what can be measured: too little to count)
      "< x"                -> x / 2 (somewhere between 0 and x; half is off by at most x / 2)

    Each use is counted in `notes`. Returns (values, estimated) per row.
    """
    text = raw.fillna("").astype(str).str.strip()
    folded = text.str.casefold()
    trace = folded.isin(TRACES)
    below = text.str.match(r"^<\s*\d")
    notes[Message("import.traces_as_0")] += int(trace.sum())
    notes[Message("import.below_as_half")] += int(below.sum())
    text = text.mask(folded.isin(unknown), "").mask(trace, "0")
    text = text.where(~below, text.str.replace(r"^<\s*", "", regex=True))
    values = to_numbers(text, origin, column, decimal=decimal, row_name=row_name)
    estimated = (trace | below).to_numpy(dtype=bool)
    return np.where(below.to_numpy(), values / 2, values), estimated


def estimated_column(estimated: dict[str, np.ndarray], size: int) -> np.ndarray:
    """The schema's `estimated` cell per row: the nutrient columns whose figure is an
    estimate, space-separated in NUTRIENTS order."""
    cells = np.full(size, "", dtype=object)
    for nutrient in NUTRIENTS:
        if nutrient in estimated:
            cells = np.where(estimated[nutrient], cells + " " + nutrient, cells)
    return np.array([c.strip() for c in cells], dtype=object)


def fuller_copies(ids: pd.Series, figures: pd.DataFrame) -> np.ndarray:
    """Per row, whether another row of the same id has more known figures (on a tie, the
    first row is kept): a table listing a food twice keeps its fullest row."""
    known = figures.notna().sum(axis=1).to_numpy()
    order = np.lexsort((np.arange(len(ids)), -known))
    copy = np.zeros(len(ids), dtype=bool)
    copy[order] = ids.iloc[order].duplicated().to_numpy()
    return copy


def duplicates_reason(what: str, ids: pd.Series, copies: np.ndarray) -> Message:
    """The skip reason for `fuller_copies`, naming up to five of the ids listed twice."""
    twice = list(dict.fromkeys(ids[copies]))
    shown = ", ".join(twice[:5]) + (", …" if len(twice) > 5 else "")
    return Message("import.skip.fuller_copy", what=what, ids=shown)


def require_columns(columns: pd.Index | list[str], wanted: list[str], origin: str) -> None:
    missing = [c for c in wanted if c not in columns]
    if missing:
        raise FoodImportError("import.column_missing", origin=origin, column=repr(missing[0]))


# Source groups onto store sections, by words in the group's name (English, Dutch, French),
# first match wins; the order puts the specific before the general ("cheese" before "dairy",
# "potato" before "vegetable"). A group that matches nothing goes to "other".
GROUP_WORDS: tuple[tuple[str, str], ...] = (
    ("cheese", "cheese"),
    ("kaas", "cheese"),
    ("fromage", "cheese"),
    ("potato", "potatoes"),
    ("aardappel", "potatoes"),
    ("pomme de terre", "potatoes"),
    ("pommes de terre", "potatoes"),
    ("legume", "legumes"),
    ("peulvrucht", "legumes"),
    ("legumineuse", "legumes"),
    ("pulse", "legumes"),
    ("nuts", "nuts and seeds"),
    ("noten", "nuts and seeds"),
    ("seed", "nuts and seeds"),
    ("zaden", "nuts and seeds"),
    ("fruits a coque", "nuts and seeds"),
    ("graine", "nuts and seeds"),
    ("spice", "herbs and spices"),
    ("herb", "herbs and spices"),
    ("kruiden", "herbs and spices"),
    ("epice", "herbs and spices"),
    ("aromate", "herbs and spices"),
    ("condiment", "herbs and spices"),
    ("vegetarian", "plant proteins"),
    ("vegetarisch", "plant proteins"),
    ("vleesvervanger", "plant proteins"),
    ("meat substitute", "plant proteins"),
    ("soy", "plant proteins"),
    ("soja", "plant proteins"),
    ("vegetable oil", "fats and spreads"),
    ("vegetable", "vegetables"),
    ("groente", "vegetables"),
    ("fruit", "fruit"),
    ("fish", "fish"),
    ("vis", "fish"),
    ("poisson", "fish"),
    ("seafood", "fish"),
    ("shellfish", "fish"),
    ("mollus", "fish"),
    ("crustace", "fish"),
    ("meat", "meat"),
    ("vlees", "meat"),
    ("viande", "meat"),
    ("poultry", "meat"),
    ("gevogelte", "meat"),
    ("volaille", "meat"),
    ("offal", "meat"),
    ("abats", "meat"),
    ("charcuterie", "meat"),
    ("delicatessen meat", "meat"),
    ("beef", "meat"),
    ("pork", "meat"),
    ("lamb", "meat"),
    ("veal", "meat"),
    ("sausage", "meat"),
    ("game", "meat"),
    ("butter", "fats and spreads"),
    ("margarine", "fats and spreads"),
    ("egg", "dairy and eggs"),
    ("eieren", "dairy and eggs"),
    ("oeuf", "dairy and eggs"),
    ("dairy", "dairy and eggs"),
    ("milk", "dairy and eggs"),
    ("melk", "dairy and eggs"),
    ("lait", "dairy and eggs"),
    ("laitier", "dairy and eggs"),
    ("zuivel", "dairy and eggs"),
    ("bread", "bread and cereals"),
    ("brood", "bread and cereals"),
    ("pain", "bread and cereals"),
    ("breakfast cereal", "bread and cereals"),
    ("cereales pour petit", "bread and cereals"),
    ("ontbijtgranen", "bread and cereals"),
    ("baked", "bread and cereals"),
    ("cereal", "grains and pasta"),
    ("graan", "grains and pasta"),
    ("grain", "grains and pasta"),
    ("pasta", "grains and pasta"),
    ("rice", "grains and pasta"),
    ("riz", "grains and pasta"),
    ("cereale", "grains and pasta"),
    ("pates", "grains and pasta"),
    ("fats", "fats and spreads"),
    ("oil", "fats and spreads"),
    ("vetten", "fats and spreads"),
    ("matieres grasses", "fats and spreads"),
    ("huile", "fats and spreads"),
    ("sweet", "sweets and snacks"),
    ("snack", "sweets and snacks"),
    ("suiker", "sweets and snacks"),
    ("snoep", "sweets and snacks"),
    ("gebak", "sweets and snacks"),
    ("sucre", "sweets and snacks"),
    ("sugar", "sweets and snacks"),
    ("confection", "sweets and snacks"),
    ("chocola", "sweets and snacks"),
    ("confiserie", "sweets and snacks"),
    ("beverage", "drinks"),
    ("drink", "drinks"),
    ("dranken", "drinks"),
    ("boisson", "drinks"),
    ("eaux", "drinks"),
    ("water", "drinks"),
)


def section_for_group(group: str) -> str:
    """A store section for a source's food group, by the words in the group's name."""
    words = f" {normalise(group)} "
    for word, section in GROUP_WORDS:
        if re.search(rf" {word}", words):
            return section
    return "other"


def sections_for_groups(groups: pd.Series) -> pd.Series:
    """One lookup per distinct group, not per food."""
    mapping = {g: section_for_group(g) for g in groups.fillna("").unique()}
    return groups.fillna("").map(mapping)


# Words in a food's names (English, Dutch, French) that rule out vegan or vegetarian or set a
# contains_* tag. Whole words, or stems matched anywhere in a word (Dutch compounds:
# "kipfilet", "volkorenbrood"). A false hit only makes a food excluded more often: safe.
_WORDS = {
    "meat": (
        "beef",
        "pork",
        "chicken",
        "turkey",
        "lamb",
        "veal",
        "ham",
        "bacon",
        "sausage",
        "meat",
        "gelatin",
        "gelatine",
        "lard",
        "liver",
        "duck",
        "goose",
        "venison",
        "kip",
        "rund",
        "varken",
        "spek",
        "worst",
        "lever",
        "eend",
        "viande",
        "poulet",
        "boeuf",
        "porc",
        "jambon",
        "canard",
        "saucisse",
        "foie",
        "broth",
        "bouillon",
    ),
    "meat_stems": ("vlees", "gehakt", "kippen", "runder", "varkens", "gelatin", "saucisson"),
    "fish": (
        "fish",
        "salmon",
        "tuna",
        "cod",
        "herring",
        "mackerel",
        "sardine",
        "sardines",
        "anchovy",
        "anchovies",
        "shrimp",
        "prawn",
        "crab",
        "lobster",
        "mussel",
        "mussels",
        "oyster",
        "squid",
        "trout",
        "vis",
        "garnalen",
        "mosselen",
        "poisson",
        "saumon",
        "thon",
        "morue",
        "hareng",
        "crevette",
        "moule",
        "paling",
        "eel",
        "kabeljauw",
    ),
    "fish_stems": (
        "zalm",
        "tonijn",
        "haring",
        "makreel",
        "sardien",
        "ansjovis",
        "garnaal",
        "kabeljauw",
        "forel",
        "schelvis",
        "visstick",
        "vissoep",
    ),
    "dairy": (
        "milk",
        "cheese",
        "butter",
        "cream",
        "yogurt",
        "yoghurt",
        "whey",
        "kefir",
        "buttermilk",
        "curd",
        "ghee",
        "lait",
        "fromage",
        "beurre",
        "creme",
        "yaourt",
        "room",
        "kwark",
        "vla",
        "karnemelk",
    ),
    "dairy_stems": ("melk", "kaas", "boter", "yoghurt", "zuivel", "roomboter", "slagroom"),
    "egg": ("egg", "eggs", "ei", "eieren", "oeuf", "oeufs", "mayonnaise", "meringue"),
    "egg_stems": ("eidooier", "eiwit", "eierkoek", "eiersalade"),
    "honey": ("honey", "honing", "miel"),
    "nuts": (
        "nut",
        "nuts",
        "almond",
        "almonds",
        "hazelnut",
        "hazelnuts",
        "walnut",
        "walnuts",
        "cashew",
        "cashews",
        "pecan",
        "pecans",
        "pistachio",
        "pistachios",
        "peanut",
        "peanuts",
        "macadamia",
        "marzipan",
        "praline",
        "nutella",
        "amande",
        "noisette",
        "noix",
        "cacahuete",
        "pinda",
        "pindas",
        "noot",
        "noten",
    ),
    "nuts_stems": ("amandel", "hazelnoot", "walnoot", "cashewnoot", "pinda", "notenpasta"),
    "gluten": (
        "wheat",
        "bread",
        "pasta",
        "flour",
        "barley",
        "rye",
        "spelt",
        "couscous",
        "semolina",
        "bulgur",
        "noodles",
        "cracker",
        "crackers",
        "biscuit",
        "cookie",
        "cake",
        "pie",
        "pizza",
        "breaded",
        "malt",
        "seitan",
        "ble",
        "pain",
        "farine",
        "orge",
        "seigle",
        "pates",
        "tarwe",
        "gerst",
        "rogge",
        "beschuit",
    ),
    "gluten_stems": ("brood", "meel", "koek", "tarwe", "spelt", "volkoren", "pasta", "biscuit"),
    "soy": ("soy", "soya", "soja", "tofu", "tempeh", "edamame", "miso"),
    "soy_stems": ("soja", "tofu"),
}
PLANT_SECTIONS = (
    "vegetables",
    "fruit",
    "legumes",
    "nuts and seeds",
    "grains and pasta",
    "potatoes",
    "herbs and spices",
    "plant proteins",
)
_SECTION_TAGS = {
    "contains_fish": ("fish",),
    "contains_dairy": ("cheese",),
    "contains_nuts": ("nuts and seeds",),
    "contains_gluten": ("bread and cereals", "grains and pasta", "sweets and snacks"),
    "contains_soy": ("plant proteins",),
}


def _mentions(text: pd.Series, key: str) -> np.ndarray:
    pattern = rf"\b(?:{'|'.join(_WORDS[key])})\b"
    if f"{key}_stems" in _WORDS:
        pattern += f"|{'|'.join(_WORDS[key + '_stems'])}"
    return text.str.contains(pattern, regex=True).to_numpy(dtype=bool, copy=True)


def _plain_names(names: tuple[pd.Series, ...]) -> pd.Series:
    """Both names in one text, lower case, accents and punctuation gone (as foods.normalise)."""
    text = names[0].fillna("")
    for other in names[1:]:
        other = other.fillna("")
        text = text.str.cat(other.where(other != names[0], ""), sep=" ")
    return (
        text.str.casefold()
        .str.normalize("NFKD")
        .str.encode("ascii", "ignore")
        .str.decode("ascii")
        .str.replace(r"[^0-9a-z]+", " ", regex=True)
    )


def derive_tags(section: pd.Series, *names: pd.Series) -> pd.DataFrame:
    """The TAGS columns (0/1) from section and names; unsure means not vegan, may contain."""
    text = _plain_names(names)
    sec = section.to_numpy(dtype=object)
    meat, fish = _mentions(text, "meat"), _mentions(text, "fish")
    dairy, egg = _mentions(text, "dairy"), _mentions(text, "egg")
    unknown = sec == "other"  # mixed dishes, soups, baby foods: anything may be in them
    tags = {
        "contains_fish": fish,
        "contains_dairy": dairy,
        "contains_egg": egg,
        "contains_nuts": _mentions(text, "nuts"),
        "contains_gluten": _mentions(text, "gluten"),
        "contains_soy": _mentions(text, "soy"),
    }
    for tag, sections in _SECTION_TAGS.items():
        tags[tag] = tags[tag] | np.isin(sec, sections)
    dairy_eggs = sec == "dairy and eggs"
    tags["contains_dairy"] |= dairy_eggs & ~(egg & ~dairy)
    tags["contains_egg"] |= dairy_eggs & ~dairy
    for tag in tags:
        tags[tag] |= unknown
    animal = meat | fish | np.isin(sec, ("meat", "fish"))
    plant = np.isin(sec, PLANT_SECTIONS) & ~animal
    # Cheese is left out of vegetarian: most is made with animal rennet, and names rarely say.
    tags["vegetarian"] = plant | (dairy_eggs & ~animal)
    tags["vegan"] = (
        plant & ~tags["contains_dairy"] & ~tags["contains_egg"] & ~_mentions(text, "honey")
    )
    return pd.DataFrame({t: tags[t].astype(np.int8) for t in TAGS}, index=section.index)


def rows_to_keep(
    size: int, reasons: Iterable[tuple[Message, np.ndarray]], skipped: Counter, origin: str
) -> np.ndarray:
    """The rows no reason rules out; each other row is counted in `skipped` under its first
    reason. FoodImportError when no row is left."""
    keep = np.ones(size, dtype=bool)
    for reason, rows in reasons:
        rows = rows & keep
        skipped[reason] += int(rows.sum())
        keep &= ~rows
    if not keep.any():
        raise FoodImportError("import.no_food", origin=origin)
    return keep


def finish(rows: pd.DataFrame, origin: str) -> pd.DataFrame:
    """Rows with at least food_id, names, section and some nutrients -> the full schema.

    Missing nutrients are unknown; a missing portion is 100 g; missing tags are derived.
    `estimated` (see planner.foods) is kept when the reader filled it. The result is checked
    by the food table's own validator, so it always loads.
    """
    out = rows.reset_index(drop=True).copy()
    for nutrient in NUTRIENTS:
        if nutrient not in out:
            out[nutrient] = np.nan
    if "portion_g" not in out:
        out["portion_g"] = 100.0
    out["portion_g"] = out["portion_g"].fillna(100.0)
    for column in ("portion_en", "portion_nl"):
        if column not in out:
            out[column] = ""
    hundred = out["portion_g"].eq(100.0) & out["portion_en"].eq("")
    out.loc[hundred, ["portion_en", "portion_nl"]] = "100 g"
    if not all(t in out for t in TAGS):
        out[list(TAGS)] = derive_tags(out["section"], out["name_en"], out["name_nl"])
    if "estimated" not in out:
        out["estimated"] = ""
    out = out.loc[:, list(IMPORT_COLUMNS)]
    try:
        validated(out, origin)
    except FoodTableError as err:
        raise FoodImportError(err.message) from None
    return out
