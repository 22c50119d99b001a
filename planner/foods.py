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
        word; shorter names win ties. An empty text matches every food in table order.
        """
        hits = self._index.search(normalise(text))
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


class _WordIndex:
    """Every distinct word of both names, sorted, with the rows each word occurs in.

    A query word is looked up in the vocabulary (a few thousand words), never in every row:
    exact and prefix matches are a binary search, matches inside a word one scan of the
    joined vocabulary. That keeps a keystroke under a few milliseconds at 400,000 foods.
    """

    WHOLE, PREFIX, INSIDE = 3, 2, 1

    def __init__(self, names_en: pd.Series, names_nl: pd.Series) -> None:
        vocabulary: dict[str, int] = {}
        seen: dict[str, tuple[int, ...]] = {}   # raw token -> its normalised words' ids
        word_ids, rows = array("i"), array("i")
        for row, text in enumerate(en + " " + nl for en, nl in zip(names_en, names_nl)):
            for token in text.split():
                ids = seen.get(token)
                if ids is None:
                    ids = seen[token] = tuple(vocabulary.setdefault(word, len(vocabulary))
                                              for word in normalise(token).split())
                for word_id in ids:
                    word_ids.append(word_id)
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
        self.blob = "\n".join(self.vocabulary)
        self.blob_starts = np.cumsum([0] + [len(w) + 1 for w in self.vocabulary[:-1]])
        self.name_length = np.fromiter((len(n) for n in names_en), dtype=np.int32,
                                       count=self.size)

    def _rows(self, first: int | np.integer, last: int | np.integer) -> np.ndarray:
        return self.postings[self.starts[first]:self.starts[last]]

    def _word_scores(self, word: str) -> np.ndarray:
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
        return score

    def search(self, query: str) -> np.ndarray:
        words = query.split()
        if not words:
            return np.arange(self.size)
        total = np.zeros(self.size, dtype=np.int32)
        alive = np.ones(self.size, dtype=bool)
        for word in dict.fromkeys(words):
            score = self._word_scores(word)
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
