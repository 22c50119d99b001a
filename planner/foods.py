"""The food table: nutrients per 100 g by id, search and order, over one table or several."""

from __future__ import annotations

from bisect import bisect_right
from functools import cached_property
from pathlib import Path

import numpy as np
import pandas as pd

from planner import DATA_DIR
from planner.food_columns import FLAGS, NUMBERS, TEXT, FoodColumns
from planner.food_schema import (
    ADVICE_COLUMNS,
    COLUMNS,
    MEALS,
    NUTRIENTS,
    OPTIONAL_COLUMNS,
    PER,
    SECTIONS,
    TAGS,
    TEXT_COLUMNS,
    FoodTableError,
    validated,
)
from planner.word_index import fold, match, normalise, ranked

# The schema's names, for the modules that import them from here.
__all__ = [
    "ADVICE_COLUMNS",
    "BUNDLED_FOODS",
    "COLUMNS",
    "MEALS",
    "NUTRIENTS",
    "OPTIONAL_COLUMNS",
    "PER",
    "SECTIONS",
    "TAGS",
    "TEXT_COLUMNS",
    "FoodTable",
    "FoodTableError",
    "fold",
    "normalise",
    "read_csv",
]

BUNDLED_FOODS = DATA_DIR / "foods.csv"
# Where each kind of column sits in FoodColumns.flags.
_SECTION, _MEALS = FLAGS.index("section"), FLAGS.index("meals")
_MG_SOURCE, _ESTIMATED = FLAGS.index("mg_source"), FLAGS.index(f"estimated {NUTRIENTS[0]}")


def read_csv(path: Path | str) -> pd.DataFrame:
    """A food table's CSV file as text, to be checked (FoodTableError if it cannot be read)."""
    try:
        return pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    except FileNotFoundError:
        raise FoodTableError("file.missing", path=str(path)) from None
    except (UnicodeDecodeError, pd.errors.ParserError, pd.errors.EmptyDataError) as err:
        raise FoodTableError("file.not_csv", file=str(path), detail=str(err)) from None


class FoodTable:
    """An immutable table of foods indexed by id, with a word index for search.

    The foods are held as numpy columns (planner.food_columns), in parts: a table read from
    a frame has one, a combined table one per table combined, each with its own word index,
    so an imported table of 400,000 foods is combined with the bundled one without rebuilding
    anything. Figures and flags are joined into whole-table arrays; text stays in the parts
    and becomes Python strings only for the rows asked for. `frame`, `ids` and `family` make
    whole columns of strings on first use (all three 1.5 s and 290 MB more resident memory
    over bench.figures_import's 400,000 foods, measured once; no benchmark times them), so
    the window's start-up, search and editing never ask for them.
    """

    def __init__(self, frame: pd.DataFrame, origin: str = "food table") -> None:
        self._join([(None, FoodColumns.from_frame(validated(frame, origin)))])

    @classmethod
    def load(cls, path: Path | str = BUNDLED_FOODS) -> FoodTable:
        return cls(read_csv(path), origin=str(path))

    @classmethod
    def combine(cls, tables: dict[str, FoodTable | FoodColumns | pd.DataFrame]) -> FoodTable:
        """One table from several (tables, stored columns, or frames in the schema), keyed by
        source name, which fills the `source` column. The first holding an id wins, so the
        bundled table keeps its curated rows.
        """
        parts: list[tuple[str | None, FoodColumns]] = []
        for source, table in tables.items():
            if isinstance(table, FoodTable):
                parts += [(source, part) for part in table._parts]
            elif isinstance(table, FoodColumns):
                parts.append((source, table))
            else:
                parts.append((source, FoodColumns.from_frame(validated(table, source))))
        combined = cls.__new__(cls)
        combined._join(parts)
        return combined

    def _join(self, parts: list[tuple[str | None, FoodColumns]]) -> None:
        """Hold the parts as one table: each part's rows whose id no earlier part holds."""
        self._parts = [part for _, part in parts]
        self._sources = [source for source, _ in parts]
        # Per part: the part's rows this table shows (None: all), and the inverse.
        self._kept: list[np.ndarray | None] = []
        self._where: list[np.ndarray | None] = []
        for i, part in enumerate(self._parts):
            shadowed = np.zeros(len(part), dtype=bool)
            for earlier in self._parts[:i]:
                rows = part.find(earlier.ids)
                shadowed[rows[rows >= 0]] = True
            if shadowed.any():
                kept = np.flatnonzero(~shadowed)
                where = np.full(len(part), -1, dtype=np.intp)
                where[kept] = np.arange(len(kept))
                self._kept.append(kept)
                self._where.append(where)
            else:
                self._kept.append(None)
                self._where.append(None)
        self._starts = np.cumsum(
            [0] + [len(p) if k is None else len(k) for p, k in zip(self._parts, self._kept)]
        )
        self._start_list = self._starts.tolist()
        numbers = self._joined("numbers", np.float64, len(NUMBERS))
        flags = self._joined("flags", np.int8, len(FLAGS))
        self.values = numbers[:, : len(NUTRIENTS)]
        self.portion_g = numbers[:, len(NUTRIENTS)]
        self.tags = flags[:, : len(TAGS)]
        self.section_codes = flags[:, _SECTION]
        # Per row: the meals it fits as bits (1 << MEALS.index(meal)), whether it is a
        # magnesium source, and which figures are estimates.
        self.meal_bits = flags[:, _MEALS]
        self.mg_source = flags[:, _MG_SOURCE].astype(bool)
        self.estimated = flags[:, _ESTIMATED:].astype(bool)
        self._whole: dict[str, np.ndarray] = {}

    def _joined(self, name: str, dtype: type, width: int) -> np.ndarray:
        """One array of the parts' arrays, filled in place (no concatenated copies)."""
        out: np.ndarray = np.empty((int(self._starts[-1]), width), dtype=dtype)
        for part, kept, start in zip(self._parts, self._kept, self._starts):
            array = getattr(part, name)
            end = start + (len(array) if kept is None else len(kept))
            out[start:end] = array if kept is None else array[kept]
        return out

    # --- rows and ids -----------------------------------------------------------------------

    def __len__(self) -> int:
        return int(self._starts[-1])

    def __contains__(self, food_id: object) -> bool:
        return isinstance(food_id, str) and self.positions([food_id])[0] >= 0

    def position(self, food_id: str) -> int:
        found = int(self.positions([food_id])[0])
        if found < 0:
            raise KeyError(food_id)
        return found

    def positions(self, food_ids: list[str] | pd.Index) -> np.ndarray:
        """Row positions of the ids, -1 where a food is not in the table."""
        wanted = np.array([str(i).encode("utf-8") for i in food_ids], dtype=bytes)
        out = np.full(len(wanted), -1, dtype=np.intp)
        for p, part in enumerate(self._parts):
            missing = np.flatnonzero(out < 0)
            if not len(missing):
                break
            rows = part.find(wanted[missing])
            out[missing] = self._rows_of(p, rows)
        return out

    def _rows_of(self, p: int, part_rows: np.ndarray) -> np.ndarray:
        """The table's rows for rows of part p (-1 for -1, and for rows it leaves out)."""
        where = self._where[p]
        rows = part_rows if where is None else np.where(part_rows >= 0, where[part_rows], -1)
        if p == 0 or not len(rows) or rows.min() >= 0:
            return rows + self._starts[p]
        return np.where(rows >= 0, rows + self._starts[p], -1)

    def _in_parts(self, rows: np.ndarray) -> list[tuple[int, np.ndarray, np.ndarray]]:
        """(part, the part's rows, where they go among `rows`) for each part rows fall in."""
        rows = np.asarray(rows, dtype=np.intp)
        if rows.size and (rows.min() < 0 or rows.max() >= len(self)):
            raise IndexError("row out of range")
        part_of = np.searchsorted(self._starts, rows, side="right") - 1
        out = []
        for p in np.unique(part_of).tolist():
            at = np.flatnonzero(part_of == p)
            local = rows[at] - self._starts[p]
            kept = self._kept[p]
            out.append((p, local if kept is None else kept[local], at))
        return out

    def id_at(self, row: int) -> str:
        return self.food_ids([row])[0]

    def food_ids(self, rows: np.ndarray | list[int]) -> list[str]:
        out = [""] * len(rows)
        for p, part_rows, at in self._in_parts(np.asarray(rows)):
            for i, food_id in zip(at.tolist(), self._parts[p].food_ids(part_rows)):
                out[i] = food_id
        return out

    def strings(self, field: str, rows: np.ndarray | list[int]) -> list[str]:
        """A text column's values for the rows: name_en, name_nl, portion_en, portion_nl,
        meals, family, swap_group, estimated or source."""
        out = [""] * len(rows)
        for p, part_rows, at in self._in_parts(np.asarray(rows)):
            source = self._sources[p]
            values = (
                [source] * len(at)
                if field == "source" and source is not None
                else self._parts[p].strings(field, part_rows)
            )
            for i, value in zip(at.tolist(), values):
                out[i] = value
        return out

    def name_at(self, row: int, lang: str = "en") -> str:
        """One row's name: a lookup, no arrays (the browser asks it for every cell it draws)."""
        if not 0 <= row < len(self):
            raise IndexError(row)
        p = bisect_right(self._start_list, row) - 1
        local, kept = row - self._start_list[p], self._kept[p]
        return self._parts[p].string(f"name_{lang}", local if kept is None else int(kept[local]))

    def name(self, food_id: str, lang: str = "en") -> str:
        """The food's name, or its id when the table lacks it."""
        row = self.positions([food_id])[0]
        return self.name_at(int(row), lang) if row >= 0 else food_id

    def portion(self, food_id: str, lang: str = "en") -> str:
        """The food's household portion in words ('1 slice'), or '' when the table lacks it."""
        row = self.positions([food_id])[0]
        return self.strings(f"portion_{lang}", [int(row)])[0] if row >= 0 else ""

    def column(self, name: str, rows: np.ndarray | list[int] | None = None) -> np.ndarray:
        """One column of the schema (COLUMNS, or source, meals, family, swap_group, mg_source,
        estimated) for the rows, or for every row (text kept once made); text as str."""
        if rows is None:
            whole = self._whole.get(name)
            if whole is None:
                whole = self._whole[name] = self.column(name, np.arange(len(self)))
            return whole
        rows = np.asarray(rows, dtype=np.intp)
        if name == "food_id":
            return np.array(self.food_ids(rows), dtype=object)
        if name == "section":
            return np.asarray(SECTIONS, dtype=object)[self.section_codes[rows]]
        if name in TEXT:
            return np.array(self.strings(name, rows), dtype=object)
        if name in NUTRIENTS:
            return self.values[rows, NUTRIENTS.index(name)]
        if name == "portion_g":
            return self.portion_g[rows]
        if name in TAGS:
            return self.tags[rows, TAGS.index(name)]
        if name == "mg_source":
            return self.mg_source[rows].astype(np.int8)
        raise KeyError(name)

    def row_at(self, row: int) -> pd.Series:
        """Every column of one food, named by the columns of `frame`."""
        return pd.Series(
            {c: self.column(c, [row])[0] for c in self._frame_columns()},
            name=self.id_at(row),
            dtype=object,
        )

    def row(self, food_id: str) -> pd.Series:
        return self.row_at(self.position(food_id))

    @cached_property
    def ids(self) -> pd.Index:
        """Every food's id, in row order."""
        return pd.Index(self.column("food_id"), dtype=str)

    @cached_property
    def family(self) -> np.ndarray:
        """Per row, its family, or its own id when it has none."""
        family = self.column("family")
        return np.where(family == "", self.ids.to_numpy(dtype=object), family)

    @cached_property
    def frame(self) -> pd.DataFrame:
        """The whole table as a frame indexed by id (slow for a large table: see above)."""
        columns = {c: self.column(c) for c in self._frame_columns()}
        frame = pd.DataFrame(columns, index=self.ids)
        for c in ("food_id", *TEXT):
            frame[c] = frame[c].astype(str)
        return frame

    @staticmethod
    def _frame_columns() -> tuple[str, ...]:
        return COLUMNS + OPTIONAL_COLUMNS

    # --- what the planner asks ---------------------------------------------------------------

    def has_tag(self, tag: str) -> np.ndarray:
        return self.tags[:, TAGS.index(tag)].astype(bool)

    def fits(self, meal: str) -> np.ndarray:
        """Per row, whether the food fits the meal."""
        return (self.meal_bits & (1 << MEALS.index(meal))) != 0

    def search(self, text: str, section: str | None = None) -> np.ndarray:
        """Row positions of the foods matching every word of the text, best first.

        Whole-word matches rank above word-prefix matches, which rank above matches inside a
        word; shorter names win ties. An empty text matches every food in table order. Dutch
        compounds, NEVO's hyphenated names and plurals are matched as
        planner.word_index.WordIndex describes.
        """
        found = match([part.index for part in self._parts], text)
        if found is None:
            hits = np.arange(len(self))
        else:
            # One letter typed can match half of 400,000 foods: the arrays here are as few
            # and as small as will do, as making them costs more than the arithmetic.
            rows, scores, lengths = [], [], []
            for p, (part_rows, score) in enumerate(found):
                if not len(part_rows):
                    continue
                length = self._parts[p].index.name_length[part_rows]
                where = self._where[p]
                if where is None:
                    part_rows += self._starts[p]  # match's own array: shifted in place
                else:  # rows an earlier part has left out
                    ours = where[part_rows]
                    shown = ours >= 0
                    part_rows = ours[shown] + self._starts[p]
                    score, length = score[shown], length[shown]
                rows.append(part_rows)
                scores.append(score)
                lengths.append(length)
            if not rows:
                return np.arange(0)
            if len(rows) == 1:
                hits = ranked(rows[0], scores[0], lengths[0])
            else:
                hits = ranked(np.concatenate(rows), np.concatenate(scores), np.concatenate(lengths))
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

    def order(
        self, rows: np.ndarray, nutrient: str, per: str = "100g", descending: bool = True
    ) -> np.ndarray:
        """The rows sorted by a nutrient; foods without a value always come last."""
        value = self.per(nutrient, per)[rows]
        key = -value if descending else value
        return rows[np.lexsort((key, np.isnan(value)))]
