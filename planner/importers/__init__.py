"""Readers that turn the food tables people already have into the project's schema.

`read(path)` picks the reader by the file's shape; each returns an `ImportedTable` or raises
one `FoodImportError` naming the problem. Readers only read: saving is the library's job.
"""

from __future__ import annotations

from pathlib import Path

from planner.importers import ciqual, fdc, mapped_csv, nevo
from planner.importers.common import FoodImportError, ImportedTable, Progress

FORMATS = ("usda", "nevo", "ciqual", "csv")
EXCEL_SUFFIXES = (".xlsx", ".xlsm", ".xls")

__all__ = ["FORMATS", "FoodImportError", "ImportedTable", "Progress", "detect_format", "read"]


def detect_format(path: Path) -> str:
    """ciqual for its Excel or XML files, usda for a FoodData Central zip or folder, nevo by
    its header, else csv."""
    if path.suffix.lower() in EXCEL_SUFFIXES or ciqual.is_xml(path):
        return "ciqual"
    if path.is_dir() or fdc.looks_like(path):
        return "usda"
    try:
        with path.open("rb") as f:
            start = f.read(4096).decode("utf-8", errors="replace")
    except OSError:
        return "csv"  # the reader gives the clear message
    return "nevo" if nevo.looks_like(start) else "csv"


def read(
    path: Path | str,
    format: str | None = None,
    mapping: dict[str, str] | None = None,
    prefix: str = "csv",
    progress: Progress | None = None,
) -> ImportedTable:
    path = Path(path)
    if not path.exists():
        raise FoodImportError("file.missing", path=str(path))
    if path.name in fdc.REQUIRED + fdc.OPTIONAL and (path.parent / "food_nutrient.csv").exists():
        path = path.parent  # one file of an unpacked FoodData Central download
        format = format or "usda"
    format = format or detect_format(path)
    if format == "usda":
        return fdc.read(path, progress)
    if format == "nevo":
        return nevo.read(path, progress)
    if format == "ciqual":
        return ciqual.read(path, progress)
    if format == "csv":
        if not mapping:
            raise FoodImportError("import.csv_needs_mapping_name", file=path.name)
        return mapped_csv.read(path, mapping, prefix, progress)
    raise FoodImportError("import.format", format=repr(format), formats=", ".join(FORMATS))
