"""One food table as numpy arrays, and stored as such, so that it opens without rebuilding.

At 400,000 foods a pandas frame of Python strings takes about 370 MB and seconds to build and
validate; as arrays the table takes a third of that, and a stored one opens memory-mapped in
milliseconds, only the pages a search or the window touch being read.

    numbers    float64 (n, 13)  NUMBERS: NUTRIENTS per 100 g (NaN: unknown), then portion_g
    flags      int8 (n, 23)     FLAGS: TAGS, the section's place in SECTIONS, the meals as
                                bits (1 << MEALS.index(meal)), mg_source, then 1 for each of
                                the NUTRIENTS whose figure is an estimate
    codes      int32 (n, 10)    each of TEXT's strings, by its place in the dictionary:
    text       uint8            the distinct strings as UTF-8, one after the other,
    offsets    int64            and where each begins (Arrow's layout for strings)
    ids        bytes            the food ids (UTF-8), sorted, for binary search;
    id_rows    int32            the row of each, and
    id_ranks   int32            each row's id's place in `ids`
    number_names, flag_names    NUMBERS and FLAGS as they were when the table was stored
    and the word index's arrays (planner.word_index.WordIndex.ARRAYS).

Stored, each array is one .npy file (numpy's own format, read by np.load) in a folder of its
own. Nothing is validated when a stored table opens, only its shape: it was validated when it
was written. FORMAT goes up whenever this layout changes; SCHEMA changes by itself with the
schema the columns were derived by (the order of sections, nutrients and tags, the meals a
section's foods fit). A table stored under another is read by the names stored with it
(`frame`) and derived again.
"""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

import numpy as np
import pandas as pd

from planner import food_schema
from planner.file_io import write_atomic
from planner.food_schema import NUTRIENTS, SECTIONS, TAGS, meal_bits
from planner.word_index import WordIndex

FORMAT = 1
SCHEMA = hashlib.sha256(
    repr(
        [
            getattr(food_schema, name)
            for name in (
                "SECTIONS",
                "NUTRIENTS",
                "TAGS",
                "MEALS",
                "MEALS_BY_SECTION",
                "MG_SOURCE_SECTIONS",
            )
        ]
    ).encode()
).hexdigest()[:8]
TEXT = (
    "name_en",
    "name_nl",
    "section",
    "portion_en",
    "portion_nl",
    "meals",
    "family",
    "swap_group",
    "estimated",
    "source",
)
NUMBERS = NUTRIENTS + ("portion_g",)
FLAGS = TAGS + ("section", "meals", "mg_source") + tuple(f"estimated {n}" for n in NUTRIENTS)


class StoredTableError(ValueError):
    """A stored table that cannot be opened: missing, cut short or of another shape."""


class FoodColumns:
    """One table's validated foods, row by row in the order they were given."""

    ARRAYS = (
        "numbers",
        "flags",
        "codes",
        "text",
        "offsets",
        "ids",
        "id_rows",
        "id_ranks",
        "number_names",
        "flag_names",
    ) + WordIndex.ARRAYS

    def __init__(self, arrays: dict[str, np.ndarray]) -> None:
        self.numbers = arrays["numbers"]
        self.flags = arrays["flags"]
        self.codes = arrays["codes"]
        self.text = arrays["text"]
        self.offsets = arrays["offsets"]
        self.ids = arrays["ids"]
        self.id_rows = arrays["id_rows"]
        self.id_ranks = arrays["id_ranks"]
        self.number_names = arrays["number_names"]
        self.flag_names = arrays["flag_names"]
        self.index = WordIndex({name: arrays[name] for name in WordIndex.ARRAYS})

    def __len__(self) -> int:
        return len(self.numbers)

    def arrays(self) -> dict[str, np.ndarray]:
        own = self.ARRAYS[: -len(WordIndex.ARRAYS)]
        return {name: getattr(self, name) for name in own} | self.index.arrays()

    @classmethod
    def from_frame(cls, frame: pd.DataFrame) -> FoodColumns:
        """The columns of a frame planner.food_schema.validated returned."""
        strings = np.column_stack(
            [
                frame[field].fillna("").astype(str).to_numpy(dtype=object)
                if field in frame.columns
                else np.full(len(frame), "", dtype=object)
                for field in TEXT
            ]
        )
        codes, distinct = pd.factorize(strings.ravel())
        encoded = [s.encode("utf-8") for s in distinct]
        ids = np.array([i.encode("utf-8") for i in frame["food_id"]], dtype=bytes)
        order = np.argsort(ids, kind="stable")
        ranks = np.empty(len(ids), dtype=np.int32)
        ranks[order] = np.arange(len(ids), dtype=np.int32)
        return cls(
            {
                "numbers": frame.loc[:, list(NUMBERS)].to_numpy(dtype=float),
                "flags": _flags(frame),
                "codes": codes.astype(np.int32).reshape(strings.shape),
                "text": np.frombuffer(b"".join(encoded), dtype=np.uint8),
                "offsets": np.cumsum([0] + [len(e) for e in encoded], dtype=np.int64),
                "ids": ids[order] if len(ids) else np.zeros(0, dtype="S1"),
                "id_rows": order.astype(np.int32),
                "id_ranks": ranks,
                "number_names": np.array(NUMBERS),
                "flag_names": np.array(FLAGS),
            }
            | WordIndex.build(frame["name_en"], frame["name_nl"]).arrays()
        )

    # --- reading ----------------------------------------------------------------------------

    def strings(self, field: str, rows: np.ndarray | list[int]) -> list[str]:
        """A text field's value for each row."""
        codes = self.codes[rows, TEXT.index(field)]
        distinct = {int(c): self._string(int(c)) for c in np.unique(codes)}
        return [distinct[c] for c in codes.tolist()]

    def string(self, field: str, row: int) -> str:
        return self._string(int(self.codes[row, TEXT.index(field)]))

    def _string(self, code: int) -> str:
        return self.text[self.offsets[code] : self.offsets[code + 1]].tobytes().decode("utf-8")

    def food_ids(self, rows: np.ndarray | list[int]) -> list[str]:
        return [i.decode("utf-8") for i in self.ids[self.id_ranks[rows]].tolist()]

    def find(self, wanted: np.ndarray) -> np.ndarray:
        """Rows of the ids in `wanted` (UTF-8 bytes), -1 for those not in the table."""
        if not len(self.ids) or not len(wanted):
            return np.full(len(wanted), -1, dtype=np.intp)
        at = np.minimum(np.searchsorted(self.ids, wanted), len(self.ids) - 1)
        return np.where(self.ids[at] == wanted, self.id_rows[at], -1).astype(np.intp)

    def frame(self) -> pd.DataFrame:
        """The foods in the schema's columns, read by the names stored with them, for
        planner.food_schema.validated to check and derive again (a nutrient stored before
        there was a column for it is unknown). StoredTableError when a tag is missing: what
        a food contains cannot be guessed."""
        rows = np.arange(len(self))
        numbers = dict(zip(self.number_names.tolist(), self.numbers.T))
        flags = dict(zip(self.flag_names.tolist(), self.flags.T))
        missing = [tag for tag in TAGS if tag not in flags]
        if missing:
            raise StoredTableError(f"stored without the tag {missing[0]!r}")
        frame = pd.DataFrame(
            {"food_id": self.food_ids(rows)}
            | {field: self.strings(field, rows) for field in TEXT if field != "source"}
        )
        for name in NUMBERS:
            frame[name] = numbers.get(name, np.full(len(self), np.nan))
        for tag in TAGS:
            frame[tag] = flags[tag]
        frame["mg_source"] = flags["mg_source"]
        return frame

    # --- storing ----------------------------------------------------------------------------

    def save(self, folder: Path) -> None:
        """Write every array into a new folder (the caller names it in a description after)."""
        folder.mkdir(parents=True)
        for name, values in self.arrays().items():
            out = io.BytesIO()
            np.save(out, np.ascontiguousarray(values), allow_pickle=False)
            write_atomic(folder / f"{name}.npy", out.getvalue())

    @classmethod
    def load(cls, folder: Path, current: bool = True) -> FoodColumns:
        """A stored table, memory-mapped; StoredTableError when a file is missing, cut short,
        of the wrong type or shape, or (if `current`) stored under another schema."""
        arrays = {}
        for name in cls.ARRAYS:
            try:
                arrays[name] = np.asarray(
                    np.load(folder / f"{name}.npy", mmap_mode="r", allow_pickle=False)
                )
            except (OSError, ValueError) as err:
                raise StoredTableError(f"{folder / name}.npy: cannot be read ({err})") from None
        problem = _shape_problem(arrays)
        if (
            not problem
            and current
            and (
                arrays["number_names"].tolist() != list(NUMBERS)
                or arrays["flag_names"].tolist() != list(FLAGS)
            )
        ):
            problem = "stored under another schema"
        if problem:
            raise StoredTableError(f"{folder}: {problem}")
        return cls(arrays)


def _flags(frame: pd.DataFrame) -> np.ndarray:
    """The int8 columns, FLAGS."""
    meals, meal_names = pd.factorize(frame["meals"])
    estimated, estimated_names = pd.factorize(frame["estimated"])
    bits = np.array(
        [[n in e.split() for n in NUTRIENTS] for e in estimated_names], dtype=np.int8
    ).reshape(-1, len(NUTRIENTS))
    return np.column_stack(
        [
            frame.loc[:, list(TAGS)].to_numpy(dtype=np.int8),
            pd.Categorical(frame["section"], categories=SECTIONS).codes,
            np.array([meal_bits(m) for m in meal_names], dtype=np.int8)[meals],
            frame["mg_source"].to_numpy(dtype=np.int8),
            bits[estimated],
        ]
    ).astype(np.int8)


def _shape_problem(a: dict[str, np.ndarray]) -> str | None:
    """What is wrong with the arrays' types and shapes, if anything (cheap: reads no data
    beyond a few elements)."""
    n = len(a["numbers"])
    expected = {
        "numbers": ("f8", (n, len(a["number_names"]))),
        "codes": ("i4", (n, len(TEXT))),
        "flags": ("i1", (n, len(a["flag_names"]))),
        "number_names": ("U", None),
        "flag_names": ("U", None),
        "text": ("u1", None),
        "offsets": ("i8", None),
        "ids": ("S", (n,)),
        "id_rows": ("i4", (n,)),
        "id_ranks": ("i4", (n,)),
        "vocabulary": ("U", None),
        "postings": ("i4", None),
        "starts": ("i8", (len(a["vocabulary"]) + 1,)),
        "fold_words": ("i4", a["vocabulary"].shape),
        "fold_keys": ("U", a["vocabulary"].shape),
        "name_length": ("i4", (n,)),
    }
    for name, (kind, shape) in expected.items():
        array = a[name]
        if (
            not array.dtype.str.lstrip("<>|=").startswith(kind)
            or array.ndim != (len(shape) if shape else 1)
            or (shape and array.shape != shape)
        ):
            return f"{name} is {array.dtype} {array.shape}, not as stored by this version"
    offsets, starts = a["offsets"], a["starts"]
    if not len(offsets) or offsets[0] != 0 or offsets[-1] != len(a["text"]):
        return "the text's offsets do not match the text"
    if starts[0] != 0 or starts[-1] != len(a["postings"]):
        return "the word index's starts do not match its rows"
    return None
