"""The user's data folder: imported food tables (switched on or off) and custom foods.

    <folder>/tables/<name>.json          a table's description: where it came from, when, what
                                         was skipped, whether it is on, its data and its stamp
    <folder>/tables/<name>.<token>.table/  the table, validated, as numpy arrays
                                         (planner.food_columns), with its word index
    <folder>/custom_foods.csv            foods the user made, with ids custom:<name>
    <folder>/cache/foods.<digest>.table/  the bundled table as arrays, kept from the first
                                         start (by the bundled file's content and STAMP)

The folder is passed in: the window gives QStandardPaths' AppDataLocation, the command line
`default_folder()`. Nothing here is written until a whole table has been read, and every file
is written atomically. An import writes a new data folder and then the description naming it:
the description is the commit, so a crash at any moment leaves the old table with its old
description or the new with the new. Files a crash left behind (temporary files, data no
description names, tables a newer edition replaced) are removed when the library is next
opened. The install is never written to.

The description's stamp names the stored form's layout and its word index's version
(STAMP). A table stored otherwise, by an older Magplan as CSV (<name>.<digest>.csv) or with an
older index, is rebuilt the first time it is opened, and stored again the same way (new data,
then its description).

A table is an edition of a lineage (NEVO, Ciqual, USDA SR Legacy, USDA Foundation; a CSV file
is its own): importing a newer edition replaces the older and says so in `replaced`; an older
edition than the one there is refused.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import secrets
import shutil
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from planner import food_columns, word_index
from planner.file_io import read_bytes, write_atomic
from planner.food_columns import FoodColumns, StoredTableError
from planner.food_schema import validated
from planner.foods import (
    BUNDLED_FOODS,
    COLUMNS,
    NUTRIENTS,
    SECTIONS,
    TAGS,
    TEXT_COLUMNS,
    FoodTable,
    FoodTableError,
    normalise,
    read_csv,
)
from planner.importers import ImportedTable
from planner.importers.common import IMPORT_COLUMNS
from planner.messages import Message, PlannerError, message_of

ENV = "MAGPLAN_DATA_DIR"
KIND = "magplan-food-table"
VERSION = 1
BUNDLED, CUSTOM = "bundled", "custom"
# How a table is stored now; a description with another stamp names data to rebuild.
STAMP = f"columns {food_columns.FORMAT}, index {word_index.VERSION}, schema {food_columns.SCHEMA}"
_NAME = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_DATA = re.compile(r"^[a-z0-9][a-z0-9-]*(\.[0-9a-f]+)?\.(csv|table)$")  # what tables/ holds
# Leftovers younger than this may belong to an import running in another process right now.
STALE_SECONDS = 600


class LibraryError(PlannerError):
    """A library request that cannot be met; nothing in the folder has changed."""


def default_folder() -> Path:
    """$MAGPLAN_DATA_DIR if set, else the platform's user data folder for magplan."""
    if os.environ.get(ENV):
        return Path(os.environ[ENV])
    from platformdirs import user_data_dir

    return Path(user_data_dir("magplan", appauthor=False))


@dataclass(frozen=True)
class TableInfo:
    """An imported table as its sidecar describes it."""

    name: str
    source: str
    version: str
    file: str
    imported: str  # ISO date and time of the import
    foods: int
    enabled: bool
    skipped: dict[str, int] = field(default_factory=dict)
    notes: dict[str, int] = field(default_factory=dict)
    coverage: dict[str, int] = field(default_factory=dict)
    data: str = ""  # the data in tables/ ("" before it was named: <name>.csv)
    replaced: list[str] = field(default_factory=list)  # older editions this import replaced
    stamp: str = ""  # how the data is stored (STAMP); "" for CSV

    @property
    def data_file(self) -> str:
        return self.data or f"{self.name}.csv"


def edition(source: str, version: str) -> tuple[str, tuple[int, ...]]:
    """(lineage, number) of a table: editions of one lineage replace each other, a higher
    number is newer ((2025, 9, 0) for "NEVO 2025 9.0"); () when the version gives none.
    A CSV file has no lineage ("")."""
    if source == "csv":
        return "", ()
    numbers = tuple(int(n) for n in re.findall(r"\d+", version))
    if source == "usda":  # SR Legacy and Foundation are different tables, not editions
        return "usda " + normalise(re.sub(r"[\d-]+", " ", version)), numbers
    return source, numbers


def table_name(imported: ImportedTable) -> str:
    """A file-safe name: the same source and edition imported again replaces the old one."""
    label = imported.version if imported.source != "csv" else Path(imported.file).stem
    label = normalise(label).replace(" ", "-").removeprefix(imported.source).strip("-")
    return "-".join(filter(None, [imported.source, label]))


class Library:
    def __init__(self, folder: Path | str) -> None:
        self.folder = Path(folder)
        self.tables_dir = self.folder / "tables"
        self.custom_path = self.folder / "custom_foods.csv"
        # Tables left out of the last food_table(), and why.
        self.problems: list[Message] = []
        self._clean_up()

    # --- imported tables ----------------------------------------------------------------

    def tables(self) -> list[TableInfo]:
        """Every imported table with a readable sidecar, oldest import first."""
        infos = []
        for sidecar in sorted(self.tables_dir.glob("*.json")):
            try:
                doc = json.loads(sidecar.read_text(encoding="utf-8"))
                if doc.get("kind") != KIND:
                    continue
                infos.append(
                    TableInfo(**{k: doc[k] for k in TableInfo.__dataclass_fields__ if k in doc})
                )
            except (OSError, ValueError, TypeError):
                continue
        return sorted(infos, key=lambda i: (i.imported, i.name))

    def table(self, name: str) -> TableInfo:
        for info in self.tables():
            if info.name == name:
                return info
        raise LibraryError("library.no_table", name=repr(name))

    def add(
        self, imported: ImportedTable, name: str | None = None, enabled: bool = True
    ) -> TableInfo:
        """Save a table that was read whole; a table of the same name is replaced, and so are
        older editions of its lineage (named in the result's `replaced`)."""
        name = name or table_name(imported)
        if not _NAME.match(name):
            raise LibraryError("library.table_name", name=repr(name))
        older = self._older_editions(imported, name)
        try:
            columns = FoodColumns.from_frame(
                validated(imported.frame.loc[:, list(IMPORT_COLUMNS)], imported.file)
            )
        except FoodTableError as err:
            raise LibraryError(err.message) from None
        info = TableInfo(
            name=name,
            imported=dt.datetime.now().isoformat(timespec="seconds"),
            enabled=enabled,
            **imported.provenance(),
            replaced=[i.name for i in older],
        )
        try:
            before = self.table(name)
        except LibraryError:
            before = None
        info = self._store(info, columns)
        if before is not None and before.data_file != info.data_file:
            self._remove_data(before.data_file)
        for old in older:
            self._delete(old)
        return info

    def _store(self, info: TableInfo, columns: FoodColumns) -> TableInfo:
        """Write the columns to new data, then the description naming it (the commit)."""
        data = f"{info.name}.{secrets.token_hex(8)}.table"
        self.tables_dir.mkdir(parents=True, exist_ok=True)
        columns.save(self.tables_dir / data)
        stored = TableInfo(**{**info.__dict__, "data": data, "stamp": STAMP})
        self._write_sidecar(stored)
        return stored

    def _older_editions(self, imported: ImportedTable, name: str) -> list[TableInfo]:
        """The tables the import replaces; LibraryError when a newer edition is there."""
        lineage, number = edition(imported.source, imported.version)
        if not lineage:
            return []
        same = [
            i
            for i in self.tables()
            if i.name != name and edition(i.source, i.version)[0] == lineage
        ]
        newer = [i for i in same if number and edition(i.source, i.version)[1] > number]
        if newer:
            raise LibraryError(
                "library.older_edition",
                file=imported.file,
                version=imported.version,
                table=newer[0].name,
                newer=newer[0].version,
            )
        return same

    def set_enabled(self, name: str, enabled: bool) -> TableInfo:
        info = self.table(name)
        changed = TableInfo(**{**info.__dict__, "enabled": enabled})
        self._write_sidecar(changed)
        return changed

    def remove(self, name: str) -> None:
        self._delete(self.table(name))

    def _delete(self, info: TableInfo) -> None:
        (self.tables_dir / f"{info.name}.json").unlink(missing_ok=True)  # the commit
        self._remove_data(info.data_file)

    def _remove_data(self, name: str) -> None:
        """Remove a table's data file or folder; a name we would not have written is left."""
        if not _DATA.match(name):
            return
        path = self.tables_dir / name
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink(missing_ok=True)

    def _clean_up(self) -> None:
        """Finish what a crash interrupted: drop tables a newer edition replaced, then
        temporary files and data files no description names, once they are stale."""
        if not self.tables_dir.is_dir():
            return
        infos = self.tables()
        replaced = [
            old
            for new in infos
            for old in infos
            if old.name in new.replaced and old.imported <= new.imported
        ]
        for info in replaced:
            self._delete(info)
        named = {i.data_file for i in infos if i not in replaced}
        stale = time.time() - STALE_SECONDS
        for path in self.tables_dir.iterdir():
            try:
                if path.stat().st_mtime >= stale:
                    continue
                if path.name.endswith(".tmp") and path.is_file():
                    path.unlink()
                elif _DATA.match(path.name) and path.name not in named:
                    self._remove_data(path.name)
            except OSError:
                continue  # another process removed it, or it cannot be removed: no matter

    def _write_sidecar(self, info: TableInfo) -> None:
        doc = {"kind": KIND, "format": VERSION, **info.__dict__}
        text = json.dumps(doc, ensure_ascii=False, indent=1) + "\n"
        write_atomic(self.tables_dir / f"{info.name}.json", text.encode("utf-8"))

    # --- custom foods -------------------------------------------------------------------

    def custom_foods(self) -> pd.DataFrame:
        """The user's own foods in the project's schema (no rows when there are none)."""
        if not self.custom_path.exists():
            return pd.DataFrame(
                {c: pd.Series(dtype=object if c in TEXT_COLUMNS else float) for c in COLUMNS}
            )
        return FoodTable(
            _read_schema(self.custom_path), origin=str(self.custom_path)
        ).frame.reset_index(drop=True)

    def save_custom_food(self, food: Mapping[str, Any]) -> str:
        """Create a custom food, or replace one when `food_id` names an existing custom food.

        `food` holds name_en (required), name_nl, section, any NUTRIENTS per 100 g (absent is
        unknown), portion_g, portion_en, portion_nl and TAGS (absent is 0: the user states
        what the food contains). Returns the food's id.
        """
        unknown = sorted(set(food) - set(COLUMNS))
        if unknown:
            raise LibraryError("library.no_field", field=repr(unknown[0]))
        name = str(food.get("name_en") or "").strip()
        if not name:
            raise LibraryError("library.needs_name")
        frame = self.custom_foods()
        food_id = str(food.get("food_id") or "")
        if food_id and not food_id.startswith(f"{CUSTOM}:"):
            raise LibraryError("library.not_custom", food_id=repr(food_id))
        if not food_id:
            food_id = _free_id(name, set(frame["food_id"]))
        portion_g = food.get("portion_g")
        row = {
            "food_id": food_id,
            "name_en": name,
            "name_nl": str(food.get("name_nl") or "").strip() or name,
            "section": str(food.get("section") or "other"),
            "portion_g": 100.0 if portion_g in (None, "") else portion_g,
            "portion_en": str(food.get("portion_en") or "").strip(),
            "portion_nl": str(food.get("portion_nl") or "").strip(),
            **{n: food.get(n, np.nan) for n in NUTRIENTS},
            **{t: int(food.get(t, 0) or 0) for t in TAGS},
        }
        if row["portion_g"] == 100.0 and not row["portion_en"]:
            row["portion_en"] = row["portion_nl"] = "100 g"
        infinite = [
            n for n in NUTRIENTS + ("portion_g",) if isinstance(row[n], float) and np.isinf(row[n])
        ]
        if infinite:
            raise LibraryError("library.not_finite", field=infinite[0])
        if row["section"] not in SECTIONS:
            raise LibraryError(
                "library.section", section=repr(row["section"]), sections=", ".join(SECTIONS)
            )
        new = pd.DataFrame([row], columns=list(COLUMNS))
        try:
            validated(new, Message("what.custom_food"))
        except FoodTableError as err:  # one food: its line number says nothing
            params = dict(err.params)
            params.pop("line", None)
            raise LibraryError(
                "foods.column" if err.code == "foods.cell" else err.code, **params
            ) from None
        others = frame[frame["food_id"] != food_id]
        checked = pd.concat([others, new], ignore_index=True) if len(others) else new
        self._write_custom(checked)
        return food_id

    def remove_custom_food(self, food_id: str) -> None:
        frame = self.custom_foods()
        if food_id not in set(frame["food_id"]):
            raise LibraryError("library.no_custom_food", food_id=repr(food_id))
        self._write_custom(frame[frame["food_id"] != food_id])

    def _write_custom(self, frame: pd.DataFrame) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        data = frame.loc[:, list(COLUMNS)].to_csv(index=False, lineterminator="\n")
        write_atomic(self.custom_path, data.encode("utf-8"))

    # --- everything together ------------------------------------------------------------

    def food_table(self, bundled: FoodTable | None = None, rebuild: bool = True) -> FoodTable:
        """The bundled foods, then custom foods, then each enabled import, as one table.

        A table that cannot be read is left out and named in `problems`, so one damaged file
        does not keep the planner from starting. An import stored by an older Magplan
        (`to_rebuild`) is rebuilt and stored again first, which takes seconds for a large
        one; with rebuild=False it is left out instead (the window rebuilds it in the
        background).
        """
        self.problems = []
        parts: dict[str, FoodTable | FoodColumns] = {
            BUNDLED: self._bundled() if bundled is None else bundled
        }
        if self.custom_path.exists():
            try:
                parts[CUSTOM] = FoodTable(
                    _read_schema(self.custom_path), origin=str(self.custom_path)
                )
            except FoodTableError as err:
                self.problems.append(err.message)
        for info in self.tables():
            if info.enabled and (rebuild or info.stamp == STAMP):
                try:
                    parts[info.name] = self.columns(info)
                except (FoodTableError, StoredTableError, OSError) as err:
                    self.problems.append(
                        Message("library.cannot_open", name=info.name, error=message_of(err))
                    )
        return FoodTable.combine(parts)

    def _bundled(self) -> FoodColumns:
        """The bundled table, checked and indexed at the first start and kept in cache/, so
        later starts only open it; read from its file every time where the data folder
        cannot be written."""
        digest = hashlib.sha256(
            read_bytes(BUNDLED_FOODS, FoodTableError, "food table") + STAMP.encode()
        ).hexdigest()[:16]
        kept = self.folder / "cache" / f"foods.{digest}.table"
        try:
            return FoodColumns.load(kept)
        except StoredTableError:
            pass
        columns = FoodColumns.from_frame(validated(read_csv(BUNDLED_FOODS), str(BUNDLED_FOODS)))
        temporary = kept.with_name(f".{kept.name}.{secrets.token_hex(4)}.tmp")
        try:
            # Another version's, or what a crash left.
            for old in [*kept.parent.glob("foods.*.table"), *kept.parent.glob(".foods.*.tmp")]:
                shutil.rmtree(old, ignore_errors=True)
            columns.save(temporary)
            temporary.replace(kept)  # whole or not at all
        except OSError:
            shutil.rmtree(temporary, ignore_errors=True)
        return columns

    def to_rebuild(self) -> list[TableInfo]:
        """The enabled tables not stored as this Magplan stores them."""
        return [i for i in self.tables() if i.enabled and i.stamp != STAMP]

    def columns(self, info: TableInfo) -> FoodColumns:
        """An imported table as stored, rebuilt first when stored otherwise (StoredTableError
        when its data is damaged, FoodTableError when data to rebuild from is not valid)."""
        if info.stamp == STAMP:
            return FoodColumns.load(self.tables_dir / info.data_file)
        path = self.tables_dir / info.data_file
        if info.stamp:  # arrays stored by another version, read by their names
            frame = FoodColumns.load(path, current=False).frame()
        else:
            frame = _read_schema(path)
        stored = self._store(info, FoodColumns.from_frame(validated(frame, str(path))))
        self._remove_data(info.data_file)
        return FoodColumns.load(self.tables_dir / stored.data_file)  # mapped, not in memory


def _read_schema(path: Path) -> pd.DataFrame:
    """A table the library wrote: text as text, figures as floats, empty as unknown."""
    try:
        return pd.read_csv(
            path,
            dtype={c: str for c in TEXT_COLUMNS + ("estimated",)},
            keep_default_na=False,
            na_values=[""],
            encoding="utf-8",
        )
    except FileNotFoundError:
        raise FoodTableError("file.missing", path=str(path)) from None
    except (UnicodeDecodeError, ValueError) as err:
        raise FoodTableError("library.unreadable", path=str(path), detail=str(err)) from None


def _free_id(name: str, taken: set[str]) -> str:
    base = f"{CUSTOM}:" + (normalise(name).replace(" ", "-") or "food")
    food_id, n = base, 2
    while food_id in taken:
        food_id, n = f"{base}-{n}", n + 1
    return food_id
