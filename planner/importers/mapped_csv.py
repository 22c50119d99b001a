"""Any CSV with a column mapping: which column holds the name, the id, the group, each nutrient.

The delimiter (comma, semicolon, tab or pipe) is detected from the first records (a header
cell may span lines), the decimal separator from the figures themselves; figures are taken as
per 100 g in the planner's units (magnesium_mg in mg, vitamin_d_ug in µg).
An empty cell, "-", "NA", "n/a" or "?" is unknown; "traces" and "< x" are read as Ciqual's
(common.marked_numbers) and marked as estimates; other text in a number column is an error.
"""

from __future__ import annotations

import csv
import io
import itertools
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from planner.foods import NUTRIENTS, SECTIONS, normalise
from planner.importers.common import (
    FoodImportError,
    ImportedTable,
    Progress,
    detail,
    duplicates_reason,
    estimated_column,
    finish,
    fuller_copies,
    marked_numbers,
    read_text,
    rows_to_keep,
    section_for_group,
)
from planner.messages import Message

TEXT_FIELDS = ("id", "name", "name_nl", "group", "portion")
FIELDS = TEXT_FIELDS + NUTRIENTS + ("portion_g",)
NUMBER_FIELDS = NUTRIENTS + ("portion_g",)
DELIMITERS = (",", ";", "\t", "|")
UNKNOWN = ("", "-", "na", "n/a", "n.a.", "?")
SNIFF_RECORDS = 50
_PREFIX = re.compile(r"^[a-z]+$")

# Header words that suggest a field, best first; a header is used for one field at most.
GUESSES: dict[str, tuple[str, ...]] = {
    "id": (
        r"^(food )?id$",
        r"^(food )?code$",
        r"\bndb\b",
        r"^(nr|nummer|number|no)$",
        r"\bcode\b",
        r"\bid$",
    ),
    "name": (
        r"^(food )?name( en| english)?$",
        r"^description$",
        r"^naam$",
        r"\benglish\b",
        r"^product",
        r"^(omschrijving|food)$",
        r"\bname\b",
        r"\bnaam\b",
    ),
    "name_nl": (r"\b(dutch|nederlands|naam nl|name nl)\b", r"\bnaam\b"),
    "group": (
        r"^(food )?group( name)?$",
        r"\b(food )?group\b",
        r"\bgroep\b",
        r"\bcategor",
        r"\bsection\b",
    ),
    "energy_kcal": (r"\bkcal\b", r"\b(energy|energie|calories)\b(?!.*\bkj\b)"),
    "protein_g": (r"\b(protein|eiwit|prot)",),
    "fat_g": (
        r"^(total )?(fat|vet)\b",
        r"\b(fat|vet|lipid)",
    ),
    "carbohydrate_g": (r"\b(carbohydrate|koolhydra|cho\b|carb)",),
    "fiber_g": (r"\b(fibre|fiber|vezel|fibt)",),
    "magnesium_mg": (r"\bmagnes", r"^mg( mg)?$"),
    "calcium_mg": (r"\bcalc", r"^ca( mg)?$"),
    "vitamin_d_ug": (r"\bvit(amin(e)?)? ?d\b(?!.*\biu\b)",),
    "potassium_mg": (r"\b(potassium|kalium)", r"^k( mg)?$"),
    "phosphorus_mg": (r"\b(phosph|fosfor)", r"^p( mg)?$"),
    "sodium_mg": (r"\b(sodium|natrium)", r"^na( mg)?$"),
    "portion_g": (r"\b(portion|portie|serving)\b.*\bg\b", r"\b(gram weight|portion g)\b"),
    "portion": (r"\b(portion|portie|serving|measure)\b",),
}


@dataclass(frozen=True)
class Layout:
    delimiter: str
    decimal: str


def parse_mapping(text: str | list[str]) -> dict[str, str]:
    """'name=Naam,magnesium_mg=Mg' (or several such strings) -> {field: column}.

    Splits only at commas followed by a word and '=', so a column name may hold commas.
    """
    parts = [text] if isinstance(text, str) else list(text)
    mapping: dict[str, str] = {}
    for part in parts:
        for item in re.split(r",\s*(?=[a-z_]+\s*=)", part.strip()):
            if not item.strip():
                continue
            field, sep, column = item.partition("=")
            field = field.strip()
            if not sep or not column.strip():
                raise FoodImportError("import.mapping_item", item=repr(item))
            if field not in FIELDS:
                raise FoodImportError(
                    "import.mapping_field", field=repr(field), fields=", ".join(FIELDS)
                )
            mapping[field] = column.strip()
    if "name" not in mapping:
        raise FoodImportError("import.mapping_name")
    return mapping


def sniff(text: str) -> Layout:
    """The delimiter that splits the first records into the same number of columns (the
    most), and the decimal separator the figures among them use."""
    best, width, records = None, 1, []
    for delimiter in DELIMITERS:
        rows = _first_records(text, delimiter)
        widths = {len(row) for row in rows}
        if len(widths) == 1 and (w := widths.pop()) > width:
            best, width, records = delimiter, w, rows
    if best is None:
        raise FoodImportError("import.separator")
    return Layout(best, decimal_of(c for row in records[1:] for c in row))


def _first_records(text: str, delimiter: str) -> list[list[str]]:
    try:
        reader = csv.reader(io.StringIO(text), delimiter=delimiter)
        return list(itertools.islice(filter(None, reader), SNIFF_RECORDS))
    except csv.Error as err:  # a cell over the csv module's limit (128 KB), a stray NUL
        raise FoodImportError("import.not_csv", detail=detail(err)) from None


def decimal_of(cells: Iterable[str]) -> str:
    """ "," when more figures have a decimal comma than a decimal point, else "."."""
    commas = points = 0
    for cell in cells:
        number = re.sub(r"^<\s*", "", cell.strip())
        commas += bool(re.fullmatch(r"-?\d+,\d+", number))
        points += bool(re.fullmatch(r"-?\d*\.\d+", number))
    return "," if commas > points else "."


def _parse(text: str, layout: Layout, origin: str, nrows: int | None = None) -> pd.DataFrame:
    try:
        return pd.read_csv(
            io.StringIO(text), sep=layout.delimiter, dtype=str, keep_default_na=False, nrows=nrows
        )
    except (pd.errors.ParserError, pd.errors.EmptyDataError) as err:
        raise FoodImportError("file.not_csv", file=origin, detail=detail(err)) from None


def preview(path: Path, rows: int = 20) -> tuple[pd.DataFrame, Layout]:
    """The first rows as text and the detected layout, for the mapping dialog."""
    text = read_text(path)
    try:
        layout = sniff(text)
    except FoodImportError as err:
        raise FoodImportError("file.in", path=path.name, error=err.message) from None
    return _parse(text, layout, path.name, nrows=rows), layout


def guess_mapping(columns: list[str]) -> dict[str, str]:
    """A first guess at the mapping from the header names; the user checks it."""
    plain = {c: normalise(c) for c in columns}
    mapping: dict[str, str] = {}
    for field, patterns in GUESSES.items():
        for pattern in patterns:
            hit = next(
                (c for c in columns if c not in mapping.values() and re.search(pattern, plain[c])),
                None,
            )
            if hit is not None:
                mapping[field] = hit
                break
    return mapping


def read(
    path: Path, mapping: dict[str, str], prefix: str = "csv", progress: Progress | None = None
) -> ImportedTable:
    if not _PREFIX.match(prefix):
        raise FoodImportError("import.prefix", prefix=repr(prefix))
    if "name" not in mapping:
        raise FoodImportError("import.csv_needs_mapping", file=path.name)
    text = read_text(path)
    if progress:
        progress(0, len(text))
    try:
        layout = sniff(text)
    except FoodImportError as err:
        raise FoodImportError("file.in", path=path.name, error=err.message) from None
    raw = _parse(text, layout, path.name)
    absent = [(f, c) for f, c in mapping.items() if c not in raw.columns]
    if absent:
        raise FoodImportError(
            "import.no_mapped_column",
            file=path.name,
            column=repr(absent[0][1]),
            field=absent[0][0],
            columns=", ".join(map(repr, raw.columns[:12])),
        )
    skipped: Counter[str] = Counter()
    notes: Counter[str] = Counter()
    cell = {f: raw[c].str.strip() for f, c in mapping.items() if f in TEXT_FIELDS}
    lines = np.arange(len(raw)) + 2
    if "id" in cell:
        ids = cell["id"].str.replace(r"\s+", "_", regex=True)
    else:
        ids = pd.Series(lines.astype(str), index=raw.index)
    frame = pd.DataFrame({"food_id": prefix + ":" + ids, "name_en": cell["name"]})
    frame["name_nl"] = (
        cell["name_nl"].where(cell["name_nl"] != "", frame["name_en"])
        if "name_nl" in cell
        else frame["name_en"]
    )
    frame["section"] = _sections(cell["group"]) if "group" in cell else "other"
    numbers = [f for f in NUMBER_FIELDS if f in mapping]
    # The figures themselves tell the decimal separator; the first records may all be header.
    decimal = decimal_of(raw[list({mapping[f] for f in numbers})].stack()) if numbers else "."
    estimated = {}
    for field in numbers:
        frame[field], estimated[field] = marked_numbers(
            raw[mapping[field]], path.name, mapping[field], notes, decimal, UNKNOWN
        )
    frame["estimated"] = estimated_column(estimated, len(frame))
    if "portion" in cell:
        frame["portion_en"] = cell["portion"]
        frame["portion_nl"] = cell["portion"]
    if "portion_g" in frame:
        frame["portion_g"] = frame["portion_g"].where(frame["portion_g"] > 0)

    copies = fuller_copies(ids, frame[[f for f in numbers if f != "portion_g"]])
    keep = rows_to_keep(
        len(frame),
        (
            (Message("import.skip.no_id", what="id"), ids.eq("").to_numpy()),
            (Message("import.skip.no_name"), frame["name_en"].eq("").to_numpy()),
            (duplicates_reason("id", ids, copies), copies),
        ),
        skipped,
        path.name,
    )
    if progress:
        progress(len(text), len(text))
    return ImportedTable(
        finish(frame[keep], path.name),
        source="csv",
        version="",
        file=path.name,
        skipped=+skipped,
        notes=+notes,
    )


def _sections(groups: pd.Series) -> pd.Series:
    """A group that is already a store section stays; others are mapped by their words."""
    mapping = {g: g if g in SECTIONS else section_for_group(g) for g in groups.unique()}
    return groups.map(mapping)
