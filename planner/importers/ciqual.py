"""Ciqual, the French food composition table (ANSES), from its Excel file or its XML files.

Excel (.xlsx, or the legacy .xls of the official 2020 download): columns are found by name:
`alim_code`, `alim_nom_eng` or `alim_nom_fr`, the group names, and nutrient columns whose
header carries the unit: "Magnésium (mg/100 g)" until 2020, "Magnésium\n(mg\n100 g)" with line
breaks for slashes since 2025. Cells are text with decimal commas, or numbers.
XML (a zip or folder of alim_*, alim_grp_*, const_* and compo_*.xml): the same table is put
together from foods, groups, constituents (whose names carry the unit) and their amounts.
Ciqual's own markers ("-", "traces", "< x") are read by common.marked_numbers; "traces" and
"< x" mark the figure as an estimate. A food listed twice keeps the row with more figures.
"""

from __future__ import annotations

import re
import unicodedata
import warnings
import zipfile
import zlib
from collections import Counter
from collections.abc import Callable
from functools import partial
from pathlib import Path
from xml.etree import ElementTree

import pandas as pd

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
    rows_to_keep,
    section_for_group,
)
from planner.messages import Message, os_reason

# Nutrient names as Ciqual writes them (accents and case folded), best first; the unit comes
# from the header itself.
NAMES = {
    "energy_kcal": (
        "energie, reglement ue n° 1169/2011",
        "energy, regulation eu no 1169/2011",
        "energie",
        "energy",
    ),
    "protein_g": (
        "proteines, n x facteur de jones",
        "protein, n x jones' factor",
        "proteines, n x 6.25",
        "protein, n x 6.25",
        "proteines",
        "protein",
    ),
    "fat_g": ("lipides", "fat"),
    "carbohydrate_g": ("glucides", "carbohydrate"),
    "fiber_g": ("fibres alimentaires", "fibres", "fibre", "dietary fibre", "fiber"),
    "magnesium_mg": ("magnesium",),
    "calcium_mg": ("calcium",),
    "vitamin_d_ug": ("vitamine d", "vitamin d"),
    "potassium_mg": ("potassium",),
    "phosphorus_mg": ("phosphore", "phosphorus"),
    "sodium_mg": ("sodium",),
}
UNIT_FACTOR = {"g": 1e6, "mg": 1e3, "ug": 1.0}  # energy is kcal as it is
# French sub-group names where a word means something else than in English.
FRENCH_GROUPS = {
    "legumes": "vegetables",
    "legumes crus": "vegetables",
    "legumes cuits": "vegetables",
    "legumineuses": "legumes",
}
# "Name (unit/100 g)"; since 2025 a line break (a space once folded) stands for the slash.
_HEADER = re.compile(r"^(?P<name>.+?)\s*\((?P<unit>kcal|kj|g|mg|ug)\s*[/ ]\s*100\s*g\)$")
# The first bytes of a legacy Excel (.xls) file: an OLE2 compound document.
XLS_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _plain(text: object) -> str:
    decomposed = unicodedata.normalize("NFKD", str(text).replace("µ", "u").replace("μ", "u"))
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return re.sub(r"\s+", " ", plain).strip()


def _name_key(name: str) -> str:
    """A nutrient's name with slashes as spaces: "1169/2011" was "1169\n2011" in 2025."""
    return re.sub(r"[\s/]+", " ", name)


def read(path: Path, progress: Progress | None = None) -> ImportedTable:
    if progress:
        progress(0, 1)
    xml = is_xml(path)
    raw = _xml_sheet(path) if xml else _sheet(path)
    origin = path.name
    headers = {_plain(c): c for c in raw.columns}
    if "alim_code" not in headers:
        raise FoodImportError("import.ciqual_no_code", origin=origin)
    names = [headers[h] for h in ("alim_nom_eng", "alim_nom_fr") if h in headers]
    if not names:
        raise FoodImportError("import.ciqual_no_name", origin=origin)
    skipped: Counter[str] = Counter()
    notes: Counter[str] = Counter()

    frame = pd.DataFrame({"food_id": "ciqual:" + raw[headers["alim_code"]].str.strip()})
    name = raw[names[0]].str.strip()
    frame["name_en"] = name
    frame["name_nl"] = name
    frame["section"] = _sections(raw, headers)
    nutrient_columns = _nutrient_columns(raw.columns)
    codes = raw[headers["alim_code"]].str.strip()
    row_name = (lambda i: f"alim_code {codes.iloc[i]}") if xml else None
    estimated = {}
    for nutrient, (header, unit) in nutrient_columns.items():
        values, estimated[nutrient] = marked_numbers(
            raw[header], origin, " ".join(str(header).split()), notes, row_name=row_name
        )
        frame[nutrient] = values * _factor(unit, nutrient)
    frame["estimated"] = estimated_column(estimated, len(frame))

    copies = fuller_copies(codes, frame[list(nutrient_columns)])
    keep = rows_to_keep(
        len(frame),
        (
            (
                Message("import.skip.no_id", what="alim_code"),
                frame["food_id"].eq("ciqual:").to_numpy(),
            ),
            (Message("import.skip.no_name"), frame["name_en"].eq("").to_numpy()),
            (duplicates_reason("alim_code", codes, copies), copies),
        ),
        skipped,
        origin,
    )
    if not nutrient_columns:
        raise FoodImportError("import.ciqual_no_nutrient", origin=origin)
    if progress:
        progress(1, 1)
    year = re.search(r"20\d\d", path.name)
    return ImportedTable(
        finish(frame[keep], origin),
        source="ciqual",
        version=f"Ciqual {year.group(0)}" if year else "Ciqual",
        file=path.name,
        skipped=+skipped,
        notes=+notes,
    )


def _sheet(path: Path) -> pd.DataFrame:
    """The first sheet as text cells (see _cell_text), .xlsx or legacy .xls alike."""
    try:
        with path.open("rb") as f:
            legacy = f.read(len(XLS_MAGIC)) == XLS_MAGIC
    except OSError as err:
        raise FoodImportError("file.cannot_read", path=str(path), reason=os_reason(err)) from None
    rows = _xls_rows(path) if legacy else _xlsx_rows(path)
    if not rows or all(h == "" for h in rows[0]):
        raise FoodImportError("import.empty", file=path.name)
    header, width = rows[0], len(rows[0])
    return pd.DataFrame(
        [(row + [""] * width)[:width] for row in rows[1:]], columns=header, dtype=str
    )


def _cell_text(value: object) -> str:
    """A cell as text: numbers Excel stored as numbers keep a decimal point, whole numbers
    lose the ".0" legacy Excel gives every number (alim_code 9621, not 9621.0)."""
    if value is None:
        return ""
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    return str(value)


def _xlsx_rows(path: Path) -> list[list[str]]:
    from openpyxl import load_workbook  # only needed for Ciqual files

    # Any failure of the parser on these bytes means the same to the user: the file cannot
    # be read. openpyxl raises many kinds (zip, XML, KeyError, ValueError, TypeError...).
    with warnings.catch_warnings():
        # openpyxl warns about print headers it cannot parse; they do not matter here.
        warnings.filterwarnings("ignore", category=UserWarning, module="openpyxl")
        try:
            book = load_workbook(path, read_only=True, data_only=True)
        except Exception as err:  # noqa: BLE001 - see above
            raise FoodImportError("import.not_excel", file=path.name, detail=detail(err)) from None
        try:
            if not book.worksheets:
                raise FoodImportError("import.empty", file=path.name)
            return [
                [_cell_text(v) for v in row]
                for row in book.worksheets[0].iter_rows(values_only=True)
            ]
        except FoodImportError:
            raise
        except Exception as err:  # noqa: BLE001 - see above
            raise FoodImportError(
                "import.excel_damaged", file=path.name, detail=detail(err)
            ) from None
        finally:
            book.close()


def _xls_rows(path: Path) -> list[list[str]]:
    """The first sheet of a legacy .xls (Excel 97-2003), as the official Ciqual 2020 is."""
    import xlrd  # only needed for legacy Excel files

    try:  # any failure of xlrd on these bytes: the file cannot be read
        with xlrd.open_workbook(path, on_demand=True) as book:
            if book.nsheets == 0:
                raise FoodImportError("import.empty", file=path.name)
            sheet = book.sheet_by_index(0)
            return [[_cell_text(v) for v in sheet.row_values(r)] for r in range(sheet.nrows)]
    except FoodImportError:
        raise
    except Exception as err:  # noqa: BLE001 - see above
        raise FoodImportError("import.not_excel", file=path.name, detail=detail(err)) from None


def _sections(raw: pd.DataFrame, headers: dict[str, str]) -> pd.Series:
    """From the most specific group name Ciqual gives (sub-group, then group)."""
    group = pd.Series("", index=raw.index, dtype=object)
    for level in ("alim_grp_nom_", "alim_ssgrp_nom_"):
        for language in ("eng", "fr"):
            if level + language in headers:
                given = raw[headers[level + language]].str.strip()
                usable = (given != "") & (given != "-")
                group = group.where(~usable, given.map(lambda g, lang=language: f"{lang}:{g}"))
                break
    mapping = {g: _section(g) for g in group.unique()}
    return group.map(mapping)


def _section(tagged: str) -> str:
    language, _, group = tagged.partition(":")
    if language == "fr" and _plain(group) in FRENCH_GROUPS:
        return FRENCH_GROUPS[_plain(group)]
    return section_for_group(group)


def _nutrient_columns(columns: pd.Index) -> dict[str, tuple[str, str]]:
    """Nutrient -> (header, unit), taking the best-ranked name each nutrient has."""
    parsed = {}
    for header in columns:
        match = _HEADER.match(_plain(header))
        if match:
            parsed[header] = (_name_key(match.group("name")), match.group("unit"))
    found = {}
    for nutrient, names in NAMES.items():
        for wanted in map(_name_key, names):
            hit = next(
                (
                    h
                    for h, (n, unit) in parsed.items()
                    if (n == wanted or n.startswith(wanted + ","))
                    and (unit == "kcal") == (nutrient == "energy_kcal")
                ),
                None,
            )
            if hit:
                found[nutrient] = (hit, parsed[hit][1])
                break
    return found


def _factor(unit: str, nutrient: str) -> float:
    if nutrient == "energy_kcal":
        return 1.0
    want = {"g": "g", "mg": "mg", "ug": "ug"}[nutrient.rsplit("_", 1)[1]]
    return UNIT_FACTOR[unit] / UNIT_FACTOR[want]


# --- the XML edition ----------------------------------------------------------------------

_XML_KINDS = ("alim_grp", "alim", "compo", "const")  # alim_grp before alim: a longer prefix


def is_xml(path: Path) -> bool:
    """An .xml file of the set, a folder holding compo_*.xml, or a zip of them."""
    if path.suffix.lower() == ".xml":
        return True
    if path.is_dir():
        return any(path.glob("compo*.xml"))
    try:
        with zipfile.ZipFile(path) as archive:
            return any(
                Path(n).name.lower().startswith("compo") and n.lower().endswith(".xml")
                for n in archive.namelist()
            )
    except (zipfile.BadZipFile, OSError, EOFError, ValueError):
        return False  # not a zip, or a damaged one: its reader gives the message


def _xml_files(path: Path) -> dict[str, bytes]:
    """kind -> that file's bytes."""
    if path.is_file() and path.suffix.lower() == ".xml":
        path = path.parent
    if path.is_dir():
        named = {p.name: p.read_bytes for p in path.glob("*.xml")}
        return _by_kind(path, named)
    with zipfile.ZipFile(path) as archive:
        named = {
            Path(n).name: partial(archive.read, n)
            for n in archive.namelist()
            if n.lower().endswith(".xml")
        }
        return _by_kind(path, named)


def _by_kind(path: Path, named: dict[str, Callable[[], bytes]]) -> dict[str, bytes]:
    found: dict[str, bytes] = {}
    for name, read_bytes in sorted(named.items()):
        kind = next((k for k in _XML_KINDS if name.lower().startswith(k + "_")), None)
        if kind and kind not in found:
            found[kind] = read_bytes()
    missing = [k for k in ("alim", "compo", "const") if k not in found]
    if missing:
        raise FoodImportError("import.ciqual_xml_missing", file=path.name, kind=missing[0])
    return found


def _records(data: bytes, tag: str, name: str) -> list[dict[str, str]]:
    """The <TAG> elements as {child tag in lower case: stripped text}."""
    try:
        root = ElementTree.fromstring(data)
    except (ElementTree.ParseError, LookupError) as err:  # LookupError: unknown encoding
        raise FoodImportError("import.not_xml", file=name, detail=detail(err)) from None
    return [
        {child.tag.lower(): (child.text or "").strip() for child in element}
        for element in root.iter()
        if element.tag.upper() == tag
    ]


def _xml_sheet(path: Path) -> pd.DataFrame:
    """The XML files as the same wide table the Excel edition has, all text."""
    try:
        files = _xml_files(path)
    except (zipfile.BadZipFile, zlib.error, OSError, EOFError) as err:
        raise FoodImportError("import.not_ciqual_xml", file=path.name, detail=detail(err)) from None
    foods = pd.DataFrame(_records(files["alim"], "ALIM", "alim"), dtype=str)
    constituents = _records(files["const"], "CONST", "const")
    amounts = pd.DataFrame(_records(files["compo"], "COMPO", "compo"), dtype=str)
    groups = (
        pd.DataFrame(_records(files["alim_grp"], "ALIM_GRP", "alim_grp"), dtype=str)
        if "alim_grp" in files
        else pd.DataFrame()
    )
    for frame, columns, name in (
        (foods, ["alim_code"], "alim"),
        (amounts, ["alim_code", "const_code", "teneur"], "compo"),
    ):
        missing = [c for c in columns if c not in frame]
        if missing:
            raise FoodImportError("import.xml_lacks", file=path.name, member=name, tag=missing[0])
    headers = {
        c.get("const_code", ""): c.get("const_nom_fr") or c.get("const_nom_eng", "")
        for c in constituents
    }
    amounts = amounts[
        amounts["const_code"].isin(
            [code for code, header in headers.items() if _HEADER.match(_plain(header))]
        )
    ]
    wide = amounts.drop_duplicates(["alim_code", "const_code"]).pivot(
        index="alim_code", columns="const_code", values="teneur"
    )
    wide.columns = [headers[c] for c in wide.columns]
    table = foods.join(wide, on="alim_code")
    for level in ("alim_grp", "alim_ssgrp"):
        code = f"{level}_code"
        if code in groups and code in table:
            for language in ("fr", "eng"):
                column = f"{level}_nom_{language}"
                if column in groups:
                    names = groups.drop_duplicates(code).set_index(code)[column]
                    table[column] = table[code].map(names)
    return table.fillna("").astype(str)
