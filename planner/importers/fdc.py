"""USDA FoodData Central CSV downloads: SR Legacy and Foundation foods, zipped or unpacked.

Files are read by header name, never by column position. `food_nutrient.csv` runs to hundreds
of megabytes, so it is streamed in chunks of a million rows, three columns each; only the
nutrients the planner uses are kept, scattered straight into one foods x nutrients matrix.
SR Legacy foods keep the NDB number as their id (`usda:12014`, as in the bundled table), so
plans keep working; Foundation foods are `usda:fdc-<fdc_id>`.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path, PurePosixPath
from typing import IO

import numpy as np
import pandas as pd

from planner.importers.common import (
    FoodImportError,
    ImportedTable,
    Progress,
    detail,
    finish,
    require_columns,
    to_ids,
    to_numbers,
)
from planner.messages import Message, os_reason

# FoodData Central nutrient ids, with the unit nutrient.csv must give them in.
ENERGY, ENERGY_SPECIFIC, ENERGY_GENERAL, VITAMIN_D_UG, VITAMIN_D_IU = 1008, 2048, 2047, 1114, 1110
NUTRIENT_IDS = {
    ENERGY: "KCAL",
    ENERGY_SPECIFIC: "KCAL",
    ENERGY_GENERAL: "KCAL",
    1003: "G",
    1004: "G",
    1005: "G",
    1079: "G",
    1090: "MG",
    1087: "MG",
    VITAMIN_D_UG: "UG",
    VITAMIN_D_IU: "IU",
    1092: "MG",
    1091: "MG",
    1093: "MG",
    1057: "MG",
}
DIRECT = {
    1003: "protein_g",
    1004: "fat_g",
    1005: "carbohydrate_g",
    1079: "fiber_g",
    1090: "magnesium_mg",
    1087: "calcium_mg",
    1092: "potassium_mg",
    1091: "phosphorus_mg",
    1093: "sodium_mg",
    1057: "caffeine_mg",
}
IU_PER_UG = 40  # vitamin D: 1 µg = 40 IU

# Data types that are foods as bought or eaten; the Foundation download also lists the
# laboratory samples each Foundation food was averaged from.
FOOD_TYPES = ("sr_legacy_food", "foundation_food")
SAMPLE_TYPES = ("sub_sample_food", "market_acquisition", "agricultural_acquisition", "sample_food")

# FoodData Central's food categories (food_category.csv) onto store sections.
CATEGORY_SECTIONS = {
    "Dairy and Egg Products": "dairy and eggs",
    "Spices and Herbs": "herbs and spices",
    "Baby Foods": "other",
    "Fats and Oils": "fats and spreads",
    "Poultry Products": "meat",
    "Soups, Sauces, and Gravies": "other",
    "Sausages and Luncheon Meats": "meat",
    "Breakfast Cereals": "bread and cereals",
    "Fruits and Fruit Juices": "fruit",
    "Pork Products": "meat",
    "Vegetables and Vegetable Products": "vegetables",
    "Nut and Seed Products": "nuts and seeds",
    "Beef Products": "meat",
    "Beverages": "drinks",
    "Finfish and Shellfish Products": "fish",
    "Legumes and Legume Products": "legumes",
    "Lamb, Veal, and Game Products": "meat",
    "Baked Products": "bread and cereals",
    "Sweets": "sweets and snacks",
    "Cereal Grains and Pasta": "grains and pasta",
    "Fast Foods": "other",
    "Meals, Entrees, and Side Dishes": "other",
    "Snacks": "sweets and snacks",
    "American Indian/Alaska Native Foods": "other",
    "Restaurant Foods": "other",
    "Alcoholic Beverages": "drinks",
}
# Within a category, SR names start with the food: these get a more useful section.
FIRST_WORD_SECTIONS = {"Cheese": "cheese", "Potatoes": "potatoes", "Tofu": "plant proteins"}

REQUIRED = ("food.csv", "nutrient.csv", "food_nutrient.csv")
OPTIONAL = (
    "food_category.csv",
    "sr_legacy_food.csv",
    "foundation_food.csv",
    "food_portion.csv",
    "measure_unit.csv",
)
CHUNK_ROWS = 1_000_000
_DAMAGED = (zipfile.BadZipFile, zlib.error, EOFError)


def looks_like(path: Path) -> bool:
    """A zip or folder holding food_nutrient.csv."""
    if path.is_dir():
        return any(path.rglob("food_nutrient.csv"))
    return path.suffix.lower() == ".zip"


def read(
    path: Path, progress: Progress | None = None, chunk_rows: int = CHUNK_ROWS
) -> ImportedTable:
    with _Download.open(path, progress) as download:
        return _read(download, path, chunk_rows)


# A file of the download: in a folder, or a member of the zip.
_Member = Path | zipfile.ZipInfo


class _Download:
    """The CSV files of a download, by file name, whether zipped or in a folder."""

    def __init__(
        self,
        path: Path,
        files: dict[str, _Member],
        sizes: dict[str, int],
        archive: zipfile.ZipFile | None,
        progress: Progress | None,
    ) -> None:
        self.path, self.files, self.archive, self.progress = path, files, archive, progress
        self.total = sum(sizes.values())
        self.done = 0

    @classmethod
    @contextmanager
    def open(cls, path: Path, progress: Progress | None) -> Iterator[_Download]:
        if not path.exists():
            raise FoodImportError("import.no_file_or_folder", path=str(path))
        archive = None
        if path.is_dir():
            found = {p.name: p for p in sorted(path.rglob("*.csv"))}
            files: dict[str, _Member] = dict(found)
            sizes = {name: p.stat().st_size for name, p in found.items()}
        else:
            try:
                archive = zipfile.ZipFile(path)
            except zipfile.BadZipFile:
                raise FoodImportError("import.bad_zip", file=path.name) from None
            except OSError as err:
                raise FoodImportError(
                    "file.cannot_read", path=str(path), reason=os_reason(err)
                ) from None
            infos = {
                PurePosixPath(i.filename).name: i
                for i in archive.infolist()
                if i.filename.lower().endswith(".csv")
            }
            files = dict(infos)
            sizes = {name: i.file_size for name, i in infos.items()}
        try:
            missing = [name for name in REQUIRED if name not in files]
            if missing:
                raise FoodImportError("import.fdc_missing", file=path.name, member=missing[0])
            wanted = REQUIRED + OPTIONAL
            yield cls(
                path, files, {n: s for n, s in sizes.items() if n in wanted}, archive, progress
            )
        finally:
            if archive is not None:
                archive.close()

    def has(self, name: str) -> bool:
        return name in self.files

    @contextmanager
    def text(self, name: str, counted: bool = True) -> Iterator[IO[str]]:
        """One file as text, counting the bytes read for the progress callback."""
        source = self.files[name]
        try:
            if isinstance(source, Path):
                raw: IO[bytes] = open(source, "rb")
            else:
                assert self.archive is not None  # a member of the zip
                raw = self.archive.open(source)
        except _DAMAGED as err:
            raise FoodImportError(
                "import.member_damaged", file=self.path.name, member=name, detail=detail(err)
            ) from None
        stream = io.TextIOWrapper(
            io.BufferedReader(_Counted(raw, self if counted else None), 1 << 20),
            encoding="utf-8-sig",
            newline="",
        )
        try:
            yield stream
        except _DAMAGED as err:
            raise FoodImportError(
                "import.member_cut_short", file=self.path.name, member=name, detail=detail(err)
            ) from None
        except UnicodeDecodeError:
            raise FoodImportError(
                "import.member_not_utf8", file=self.path.name, member=name
            ) from None
        finally:
            stream.close()

    def advanced(self, count: int) -> None:
        before = self.done
        self.done += count
        # About 200 calls over the whole download, not one per read.
        step = max(self.total // 200, 1)
        if self.progress is not None and before // step != self.done // step:
            self.progress(min(self.done, self.total), self.total)

    def finished(self) -> None:
        if self.progress is not None:
            self.progress(self.total, self.total)

    def header(self, name: str) -> list[str]:
        with self.text(name, counted=False) as stream:
            line = stream.readline()
        if not line.strip():
            raise FoodImportError("import.member_empty", file=self.path.name, member=name)
        try:
            return list(pd.read_csv(io.StringIO(line), dtype=str, nrows=0).columns)
        except pd.errors.ParserError as err:
            raise FoodImportError(
                "import.member_header", file=self.path.name, member=name, detail=detail(err)
            ) from None

    def table(self, name: str, columns: list[str], optional: tuple[str, ...] = ()) -> pd.DataFrame:
        """A small file whole, as text, only the named columns."""
        present = self.header(name)
        require_columns(present, columns, f"{self.path.name}: {name}")
        usecols = columns + [c for c in optional if c in present]
        with self.text(name) as stream:
            try:
                frame = pd.read_csv(stream, usecols=usecols, dtype=str, keep_default_na=False)
            except pd.errors.ParserError as err:
                raise FoodImportError(
                    "import.origin_not_csv", origin=f"{self.path.name}: {name}", detail=detail(err)
                ) from None
        return frame


class _Counted(io.RawIOBase):
    def __init__(self, raw: IO[bytes], download: _Download | None) -> None:
        self.raw, self.download = raw, download

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # noqa: ANN001 - a writable buffer
        data = self.raw.read(len(buffer))
        buffer[: len(data)] = data
        if self.download is not None:
            self.download.advanced(len(data))
        return len(data)

    def close(self) -> None:
        self.raw.close()
        super().close()


def _read(download: _Download, path: Path, chunk_rows: int) -> ImportedTable:
    name = path.name
    skipped: Counter[str] = Counter()
    notes: Counter[str] = Counter()

    foods = download.table(
        "food.csv", ["fdc_id", "data_type", "description"], optional=("food_category_id",)
    )
    if foods.empty:
        raise FoodImportError("import.fdc_no_foods", file=name)
    fdc_id = to_ids(foods["fdc_id"], f"{name}: food.csv", "fdc_id")
    data_type = foods["data_type"].str.strip()
    for kind, count in data_type[~data_type.isin(FOOD_TYPES)].value_counts().items():
        skipped[
            Message("import.skip.sample")
            if kind in SAMPLE_TYPES
            else Message("import.skip.data_type", kind=repr(kind))
        ] += int(count)
    keep = data_type.isin(FOOD_TYPES).to_numpy()
    if not keep.any():
        raise FoodImportError("import.fdc_no_kind", file=name)
    foods = foods[keep].reset_index(drop=True)
    fdc_id, data_type = fdc_id[keep], data_type[keep].reset_index(drop=True)
    order = np.argsort(fdc_id, kind="stable")
    if len(np.unique(fdc_id)) != len(fdc_id):
        raise FoodImportError("import.fdc_twice", file=name)

    _check_units(download)
    values = _nutrient_matrix(download, np.sort(fdc_id), chunk_rows)[np.argsort(order)]

    sections = _sections(download, foods)
    portion_g, portion_text = _portions(download, fdc_id)
    frame = pd.DataFrame(
        {
            "food_id": _ids(download, fdc_id, data_type),
            "name_en": foods["description"].str.strip(),
            "section": sections,
            "portion_g": portion_g,
            "portion_en": portion_text,
        }
    )
    frame["name_nl"] = frame["name_en"]
    frame["portion_nl"] = frame["portion_en"]
    column = {nid: i for i, nid in enumerate(NUTRIENT_IDS)}
    for nid, nutrient in DIRECT.items():
        frame[nutrient] = values[:, column[nid]]
    energy = values[:, column[ENERGY]]
    for fallback in (ENERGY_SPECIFIC, ENERGY_GENERAL):
        energy = np.where(np.isnan(energy), values[:, column[fallback]], energy)
    frame["energy_kcal"] = energy
    vitamin_d = values[:, column[VITAMIN_D_UG]]
    from_iu = np.isnan(vitamin_d) & ~np.isnan(values[:, column[VITAMIN_D_IU]])
    notes[Message("import.vitamin_d_from_iu")] += int(from_iu.sum())
    frame["vitamin_d_ug"] = np.where(
        from_iu, values[:, column[VITAMIN_D_IU]] / IU_PER_UG, vitamin_d
    )

    empty = np.isnan(values).all(axis=1)
    skipped[Message("import.skip.no_nutrient")] += int(empty.sum())
    frame = frame[~empty]
    twice = frame["food_id"].duplicated()
    skipped[Message("import.skip.same_ndb")] += int(twice.sum())
    frame = frame[~twice]
    if frame.empty:
        raise FoodImportError("import.fdc_no_nutrient", file=name)
    download.finished()
    labels = {"sr_legacy_food": "SR Legacy", "foundation_food": "Foundation"}
    version = " + ".join(label for kind, label in labels.items() if (data_type == kind).any())
    date = re.search(r"\d{4}-\d{2}(?:-\d{2})?", str(path))
    return ImportedTable(
        finish(frame, name),
        source="usda",
        version=f"{version} {date.group(0)}" if date else version,
        file=name,
        skipped=+skipped,
        notes=+notes,
    )


def _check_units(download: _Download) -> None:
    nutrients = download.table("nutrient.csv", ["id", "unit_name"])
    ids = pd.to_numeric(nutrients["id"], errors="coerce")
    for nid, unit in NUTRIENT_IDS.items():
        given = nutrients["unit_name"][ids == nid]
        if len(given) and given.iloc[0].strip().upper() != unit:
            raise FoodImportError(
                "import.fdc_unit",
                file=download.path.name,
                nutrient=nid,
                given=repr(given.iloc[0]),
                unit=unit,
            )


def _nutrient_matrix(download: _Download, fdc_sorted: np.ndarray, chunk_rows: int) -> np.ndarray:
    """Foods (in fdc_id order) x NUTRIENT_IDS, NaN where food_nutrient.csv has no value."""
    name = "food_nutrient.csv"
    origin = f"{download.path.name}: {name}"
    columns = ["fdc_id", "nutrient_id", "amount"]
    require_columns(download.header(name), columns, origin)
    wanted = np.array(sorted(NUTRIENT_IDS), dtype=float)
    column = np.array([list(NUTRIENT_IDS).index(int(n)) for n in wanted])
    values = np.full((len(fdc_sorted), len(wanted)), np.nan)
    with download.text(name) as stream:
        # Numbers parsed by pandas' C parser; text in a number column is found and named
        # by a second, slower pass that only runs then.
        try:
            chunks = pd.read_csv(
                stream,
                usecols=columns,
                chunksize=chunk_rows,
                dtype={c: "float64" for c in columns},
                engine="c",
            )
            for chunk in chunks:
                nutrient = chunk["nutrient_id"].to_numpy()
                at_wanted = np.searchsorted(wanted, nutrient)
                mine = wanted[np.minimum(at_wanted, len(wanted) - 1)] == nutrient
                food = chunk["fdc_id"].to_numpy()[mine]
                amount = chunk["amount"].to_numpy()[mine]
                if (amount < 0).any() or np.isinf(amount).any():
                    _raise_bad_number(download, origin, columns)
                at = np.searchsorted(fdc_sorted, food)
                found = fdc_sorted[np.minimum(at, len(fdc_sorted) - 1)] == food
                values[at[found], column[at_wanted[mine][found]]] = amount[found]
        except ValueError as err:
            if isinstance(err, FoodImportError):
                raise
            if isinstance(err, pd.errors.ParserError):
                raise FoodImportError(
                    "import.origin_not_csv", origin=origin, detail=detail(err)
                ) from None
            _raise_bad_number(download, origin, columns)
    return values


def _raise_bad_number(download: _Download, origin: str, columns: list[str]) -> None:
    """Find the first cell that is not a number of 0 or more, and name its line."""
    first_line = 2
    with download.text("food_nutrient.csv", counted=False) as stream:
        try:
            for chunk in pd.read_csv(
                stream, usecols=columns, chunksize=CHUNK_ROWS, dtype=str, keep_default_na=False
            ):
                for column in columns:
                    to_numbers(chunk[column], origin, column, first_line=first_line)
                first_line += len(chunk)
        except pd.errors.ParserError as err:
            raise FoodImportError(
                "import.origin_not_csv", origin=origin, detail=detail(err)
            ) from None
    raise FoodImportError("import.a_number", origin=origin)


def _ids(download: _Download, fdc_id: np.ndarray, data_type: pd.Series) -> np.ndarray:
    ids = np.array([f"usda:fdc-{i}" for i in fdc_id], dtype=object)
    if download.has("sr_legacy_food.csv"):
        legacy = download.table("sr_legacy_food.csv", ["fdc_id", "NDB_number"])
        origin = f"{download.path.name}: sr_legacy_food.csv"
        known = legacy["NDB_number"].str.strip() != ""
        legacy = legacy[known]
        ndb = pd.Series(
            to_ids(legacy["NDB_number"], origin, "NDB_number"),
            index=to_ids(legacy["fdc_id"], origin, "fdc_id"),
            dtype=float,
        )
        ndb = ndb[~ndb.index.duplicated()]
        number = ndb.reindex(fdc_id).to_numpy()
        use = (data_type == "sr_legacy_food").to_numpy() & ~np.isnan(number)
        ids[use] = [f"usda:{int(n):05d}" for n in number[use]]
    return ids


def _sections(download: _Download, foods: pd.DataFrame) -> pd.Series:
    section = pd.Series("other", index=foods.index, dtype=object)
    if download.has("food_category.csv") and "food_category_id" in foods:
        categories = download.table("food_category.csv", ["id", "description"])
        by_id = dict(
            zip(
                categories["id"].str.strip(),
                categories["description"]
                .str.strip()
                .map(lambda d: CATEGORY_SECTIONS.get(d, "other")),
            )
        )
        section = foods["food_category_id"].str.strip().map(by_id).fillna("other")
    first = foods["description"].str.extract(r"^\s*([A-Za-z]+)", expand=False)
    better = first.map(FIRST_WORD_SECTIONS)
    return better.where(better.notna(), section).astype(object)


def _portions(download: _Download, fdc_id: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The first household measure of each food (by seq_num), else 100 g."""
    grams = np.full(len(fdc_id), 100.0)
    text = np.full(len(fdc_id), "", dtype=object)
    if not download.has("food_portion.csv"):
        return grams, text
    portions = download.table(
        "food_portion.csv",
        ["fdc_id", "gram_weight"],
        optional=("seq_num", "amount", "measure_unit_id", "portion_description", "modifier"),
    )
    origin = f"{download.path.name}: food_portion.csv"
    portions = portions[portions["fdc_id"].str.strip() != ""]  # a measure of no food
    portions["fdc"] = to_ids(portions["fdc_id"], origin, "fdc_id")
    portions["g"] = to_numbers(portions["gram_weight"], origin, "gram_weight")
    portions["seq"] = pd.to_numeric(portions.get("seq_num", pd.Series(dtype=str)), errors="coerce")
    portions = portions[portions["g"] > 0].sort_values(
        ["fdc", "seq"], na_position="last", kind="stable"
    )
    portions = portions.drop_duplicates("fdc")
    units: dict[str, str] = {}
    if download.has("measure_unit.csv") and "measure_unit_id" in portions:
        measure = download.table("measure_unit.csv", ["id", "name"])
        units = dict(zip(measure["id"].str.strip(), measure["name"].str.strip()))
    units.pop("9999", None)  # "undetermined": SR Legacy puts its measure in `modifier`

    def column(name: str) -> pd.Series:
        return portions[name].str.strip() if name in portions else pd.Series("", portions.index)

    amount = pd.to_numeric(column("amount"), errors="coerce")
    amount_text = amount.map(lambda a: "" if a != a else f"{a:g}").astype(str)
    unit = column("measure_unit_id").map(lambda u: units.get(u, "")).astype(str)
    label = (amount_text + " " + unit + " " + column("modifier")).str.split().str.join(" ")
    described = label.where(
        (unit != "") | (column("modifier") != ""),
        column("portion_description").where(column("portion_description") != "", label),
    )
    at = pd.Index(fdc_id).get_indexer(portions["fdc"])
    grams[at[at >= 0]] = portions["g"].to_numpy()[at >= 0]
    text[at[at >= 0]] = described.to_numpy(dtype=object)[at >= 0]
    return grams, text
