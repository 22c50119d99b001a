"""The user's data folder: imported tables on and off, custom foods, one combined table."""

import datetime as dt
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

from planner import storage
from planner.foods import FoodTable, FoodTableError
from planner.importers import FoodImportError, read
from planner.importers.common import IMPORT_COLUMNS
from planner.library import (
    STALE_SECONDS,
    STAMP,
    Library,
    LibraryError,
    TableInfo,
    default_folder,
    edition,
)
from planner.plan import Entry, Plan
from planner.totals import day_totals
from tests.test_importers_fdc import files, write_zip
from tests.test_importers_nevo import TEXT as NEVO_TEXT
from tests.test_importers_nevo import write as write_nevo


def snapshot(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


@pytest.fixture
def library(tmp_path: Path) -> Library:
    return Library(tmp_path / "data")


@pytest.fixture
def nevo_file(tmp_path: Path) -> Path:
    return write_nevo(tmp_path)


def test_an_import_is_saved_with_its_provenance_and_combined(
    library: Library, nevo_file: Path, foods: FoodTable
) -> None:
    info = library.add(read(nevo_file))
    assert (info.name, info.source, info.version, info.file, info.foods, info.enabled) == (
        "nevo-online-2023-8-0",
        "nevo",
        "NEVO-Online 2023 8.0",
        "NEVO2023_8.0.csv",
        5,
        True,
    )
    sidecar = json.loads((library.tables_dir / f"{info.name}.json").read_text())
    assert sidecar["skipped"] == {
        "per 100 ml, with no stated density for its group": 1,
        "no NEVO-code": 1,
    }
    assert sidecar["coverage"]["magnesium_mg"] == 5
    assert library.tables() == [info]
    combined = library.food_table(foods)
    assert len(combined) == len(foods) + 5
    assert combined.row("nevo:2806").magnesium_mg == 592
    assert combined.row("nevo:2806").source == info.name
    assert combined.row(foods.ids[0]).source == "bundled"
    assert "nevo:2806" in combined.ids[combined.search("pompoenpitten")]
    assert np.isnan(combined.row("nevo:379").vitamin_d_ug)  # unknown survives the round trip


def test_switching_a_table_off_and_on(library: Library, nevo_file: Path, foods: FoodTable) -> None:
    info = library.add(read(nevo_file))
    library.set_enabled(info.name, False)
    assert library.tables()[0].enabled is False
    assert "nevo:2806" not in library.food_table(foods)
    library.set_enabled(info.name, True)
    assert "nevo:2806" in library.food_table(foods)
    library.remove(info.name)
    assert library.tables() == [] and list(library.tables_dir.iterdir()) == []
    with pytest.raises(LibraryError, match="no imported table named"):
        library.set_enabled(info.name, True)


def test_the_bundled_table_wins_on_shared_ids(
    library: Library, tmp_path: Path, foods: FoodTable
) -> None:
    bundled_id = next(i for i in foods.ids if i.startswith("usda:"))
    ndb = bundled_id.split(":")[1]
    legacy = files()["sr_legacy_food.csv"].replace('"12014"', f'"{int(ndb)}"')
    library.add(read(write_zip(tmp_path, files(sr_legacy_food_csv=legacy))))
    combined = library.food_table(foods)
    assert combined.row(bundled_id).name_en == foods.row(bundled_id).name_en
    assert combined.row(bundled_id).source == "bundled"


def test_a_failed_import_changes_nothing(library: Library, nevo_file: Path, tmp_path: Path) -> None:
    library.add(read(nevo_file))
    before = snapshot(library.folder)
    broken = write_nevo(
        tmp_path,
        nevo_file.read_text(encoding="utf-8-sig").replace("|79,3|", "|veel|"),
        name="broken.csv",
    )
    with pytest.raises(FoodImportError):
        library.add(read(broken))
    assert snapshot(library.folder) == before


def test_a_damaged_table_file_is_left_out_and_named(
    library: Library, nevo_file: Path, foods: FoodTable
) -> None:
    info = library.add(read(nevo_file))
    numbers = library.tables_dir / info.data_file / "numbers.npy"
    numbers.write_bytes(numbers.read_bytes()[:-8])  # cut short
    combined = library.food_table(foods)
    assert len(combined) == len(foods)
    assert len(library.problems) == 1 and "numbers.npy: cannot be read" in library.problems[0]


def old_library(library: Library, imported, data: str = "") -> TableInfo:
    """An imported table as Magplan stored it before issue 19: CSV, no stamp; data "" is the
    first layout (<name>.csv)."""
    info = TableInfo(
        name="nevo-online-2023-8-0",
        imported="2026-01-05T10:00:00",
        enabled=True,
        data=data,
        **imported.provenance(),
    )
    library.tables_dir.mkdir(parents=True, exist_ok=True)
    csv = imported.frame.loc[:, list(IMPORT_COLUMNS)].to_csv(index=False, lineterminator="\n")
    (library.tables_dir / info.data_file).write_text(csv, encoding="utf-8")
    doc = {"kind": "magplan-food-table", "format": 1, **info.__dict__}
    del doc["stamp"]
    (library.tables_dir / f"{info.name}.json").write_text(json.dumps(doc), encoding="utf-8")
    return info


@pytest.mark.parametrize("data", ["", "nevo-online-2023-8-0.0123456789abcdef.csv"])
def test_a_table_stored_as_csv_is_converted_on_first_open(
    library: Library, nevo_file: Path, foods: FoodTable, data: str
) -> None:
    imported = read(nevo_file)
    old = old_library(library, imported, data)
    assert [i.name for i in library.to_rebuild()] == [old.name]
    from_csv = FoodTable.combine({"bundled": foods, old.name: imported.frame})
    converted = library.food_table(foods)
    assert library.problems == [] and library.to_rebuild() == []
    [info] = library.tables()
    assert info.stamp == STAMP and info.data.endswith(".table")
    assert {k: v for k, v in info.__dict__.items() if k not in ("data", "stamp")} == {
        k: v for k, v in old.__dict__.items() if k not in ("data", "stamp")
    }
    assert sorted(p.name for p in library.tables_dir.iterdir()) == [
        info.data_file,
        f"{info.name}.json",
    ]  # the CSV is gone
    # Nothing is lost: every column of every food, unknown figures and estimates included.
    assert converted.frame.equals(from_csv.frame)
    assert converted.row("nevo:2806").magnesium_mg == 592
    assert np.isnan(converted.row("nevo:379").vitamin_d_ug)
    assert converted.search("pompoenpitten").tolist() == from_csv.search("pompoenpitten").tolist()
    assert Library(library.folder).food_table(foods).frame.equals(from_csv.frame)


def test_a_damaged_csv_table_is_left_out_and_named_when_converted(
    library: Library, nevo_file: Path, foods: FoodTable
) -> None:
    info = old_library(library, read(nevo_file), "nevo-online-2023-8-0.0123456789abcdef.csv")
    path = library.tables_dir / info.data_file
    path.write_text(path.read_text().replace(",592.0,", ",lots,"))
    before = snapshot(library.folder)
    combined = library.food_table(foods)
    assert len(combined) == len(foods)
    assert len(library.problems) == 1 and "'lots' is not a number" in library.problems[0]
    assert snapshot(library.folder) == before  # kept as it was


def test_a_table_with_an_older_index_is_rebuilt(
    library: Library, nevo_file: Path, foods: FoodTable
) -> None:
    info = library.add(read(nevo_file))
    before = library.food_table(foods)
    sidecar = library.tables_dir / f"{info.name}.json"
    sidecar.write_text(sidecar.read_text().replace(STAMP, "columns 1, index 0"))
    assert [i.name for i in library.to_rebuild()] == [info.name]
    rebuilt = library.food_table(foods)
    [now] = library.tables()
    assert now.stamp == STAMP and now.data != info.data
    assert not (library.tables_dir / info.data_file).exists()
    assert rebuilt.frame.equals(before.frame)


def test_a_table_stored_under_another_schema_is_read_by_its_names(
    library: Library, nevo_file: Path, foods: FoodTable
) -> None:
    """As stored before caffeine had a column: the other figures are kept, caffeine is
    unknown."""
    info = library.add(read(nevo_file))
    before = library.food_table(foods)
    folder = library.tables_dir / info.data_file
    names = np.load(folder / "number_names.npy").tolist()
    keep = [i for i, n in enumerate(names) if n != "caffeine_mg"]
    np.save(folder / "numbers.npy", np.load(folder / "numbers.npy")[:, keep])
    np.save(folder / "number_names.npy", np.array([names[i] for i in keep]))
    sidecar = library.tables_dir / f"{info.name}.json"
    sidecar.write_text(sidecar.read_text().replace(STAMP, "columns 1, index 1, schema 0"))
    rebuilt = library.food_table(foods)
    assert library.problems == [] and library.tables()[0].stamp == STAMP
    assert rebuilt.frame.drop(columns="caffeine_mg").equals(
        before.frame.drop(columns="caffeine_mg")
    )
    assert np.isnan(rebuilt.column("caffeine_mg")[len(foods) :]).all()


def test_custom_foods_create_edit_remove(library: Library, foods: FoodTable) -> None:
    food_id = library.save_custom_food(
        {
            "name_en": "Grandma's muesli",
            "name_nl": "Oma's muesli",
            "section": "bread and cereals",
            "magnesium_mg": 110.0,
            "calcium_mg": 60.0,
            "portion_g": 45.0,
            "portion_en": "1 bowl",
            "portion_nl": "1 kom",
            "vegetarian": 1,
            "vegan": 1,
            "contains_gluten": 1,
        }
    )
    assert food_id == "custom:grandma-s-muesli"
    again = library.save_custom_food({"name_en": "Grandma's muesli"})
    assert again == "custom:grandma-s-muesli-2"
    combined = library.food_table(foods)
    muesli = combined.row(food_id)
    assert (muesli.magnesium_mg, muesli.portion_g, muesli.portion_nl, muesli.source) == (
        110,
        45,
        "1 kom",
        "custom",
    )
    assert np.isnan(muesli.vitamin_d_ug)  # not given: unknown
    assert combined.row(again).portion_en == "100 g"
    library.save_custom_food(
        {
            "food_id": food_id,
            "name_en": "Grandma's muesli",
            "section": "bread and cereals",
            "magnesium_mg": 120.0,
        }
    )
    assert library.food_table(foods).row(food_id).magnesium_mg == 120
    library.remove_custom_food(again)
    assert list(library.custom_foods()["food_id"]) == [food_id]


@pytest.mark.parametrize(
    "food, message",
    [
        ({"name_en": ""}, "needs a name"),
        ({"name_en": "X", "section": "bakery"}, "'bakery' is not a store section"),
        (
            {"name_en": "X", "magnesium_mg": -1.0},
            "custom food, column 'magnesium_mg': -1 is negative",
        ),
        ({"name_en": "X", "portion_g": 0.0}, "above 0"),
        ({"name_en": "X", "calcium_mg": float("inf")}, "calcium_mg must be a finite number"),
        ({"name_en": "X", "colour": "red"}, "no field 'colour'"),
        ({"food_id": "usda:12014", "name_en": "X"}, "is not a custom food"),
    ],
)
def test_a_wrong_custom_food_changes_nothing(library: Library, food, message: str) -> None:
    library.save_custom_food({"name_en": "Kept"})
    before = snapshot(library.folder)
    with pytest.raises((LibraryError, FoodTableError), match=message):
        library.save_custom_food(food)
    assert snapshot(library.folder) == before


def test_a_plan_with_foods_from_a_missing_table_keeps_its_entries(
    library: Library, nevo_file: Path, foods: FoodTable, tmp_path: Path
) -> None:
    info = library.add(read(nevo_file))
    plan = Plan(start=dt.date(2025, 3, 3))
    plan.add(0, "breakfast", Entry("nevo:2806", 30))
    path = tmp_path / "week.json"
    storage.save(plan, path)
    with_nevo = day_totals(storage.load(path), library.food_table(foods))
    assert with_nevo.known.iloc[0]["magnesium_mg"] == pytest.approx(30 / 100 * 592)
    # On a machine without NEVO (here: switched off) the entry stays, counted as missing.
    library.set_enabled(info.name, False)
    reopened = storage.load(path)
    without = day_totals(reopened, library.food_table(foods))
    assert [e.food_id for _, _, e in reopened.entries()] == ["nevo:2806"]
    assert without.missing.iloc[0]["magnesium_mg"] == 1
    assert storage.missing_foods(reopened, library.food_table(foods)) == ["nevo:2806"]


def test_default_folder_follows_the_environment(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("MAGPLAN_DATA_DIR", str(tmp_path))
    assert default_folder() == tmp_path
    monkeypatch.delenv("MAGPLAN_DATA_DIR")
    assert default_folder().name == "magplan"
    assert not str(default_folder()).startswith(str(Path(__file__).parents[1]))
    assert os.access(tmp_path, os.W_OK)


def test_library_and_importers_load_no_qt() -> None:
    code = (
        "import sys, planner.library, planner.importers; "
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'ui'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def nevo_2025(folder: Path) -> Path:
    """The test NEVO file as its next edition: spinach re-analysed (79,3 -> 81,2 mg Mg) and
    the pumpkin seeds renamed in NEVO's style."""
    text = (
        NEVO_TEXT.replace("NEVO-Online 2023 8.0", "NEVO-Online 2025 9.0")
        .replace("|79,3|", "|81,2|")
        .replace("|Pompoenpitten|", "|Pitten pompoen- gedroogd|")
    )
    return write_nevo(folder, text, name="NEVO2025_v9.0.csv")


def test_a_newer_edition_replaces_the_older_and_says_so(
    library: Library, nevo_file: Path, tmp_path: Path, foods: FoodTable
) -> None:
    old = library.add(read(nevo_file))
    new = library.add(read(nevo_2025(tmp_path)))
    assert (new.name, new.version, new.replaced) == (
        "nevo-online-2025-9-0",
        "NEVO-Online 2025 9.0",
        [old.name],
    )
    assert library.tables() == [new]
    assert sorted(p.name for p in library.tables_dir.iterdir()) == [
        new.data_file,
        f"{new.name}.json",
    ]
    combined = library.food_table(foods)
    assert combined.row("nevo:379").magnesium_mg == 81.2  # 2025's figure, not 2023's
    seeds = combined.ids[combined.search("pompoenpitten")]
    assert "nevo:2806" in seeds[:2] and combined.row("nevo:2806").source == new.name
    # Going back to the older edition is refused, and nothing changes.
    before = snapshot(library.folder)
    with pytest.raises(LibraryError, match="older edition than the table 'nevo-online-2025-9-0'"):
        library.add(read(nevo_file))
    assert snapshot(library.folder) == before
    # The same edition again replaces itself in place; other sources are left alone.
    again = library.add(read(nevo_2025(tmp_path)))
    assert again.replaced == [] and [i.name for i in library.tables()] == [new.name]


def test_editions_of_a_lineage() -> None:
    assert edition("nevo", "NEVO-Online 2025 9.0") == ("nevo", (2025, 9, 0))
    assert edition("nevo", "NEVO 2023 8.0") < edition("nevo", "NEVO-Online 2025 9.0")
    assert edition("ciqual", "Ciqual 2020") == ("ciqual", (2020,))
    # SR Legacy and Foundation are two tables, not two editions of one.
    assert edition("usda", "SR Legacy 2018-04") == ("usda sr legacy", (2018, 4))
    assert edition("usda", "Foundation 2024-10-31")[0] == "usda foundation"
    assert edition("csv", "")[0] == ""


def test_the_table_and_its_description_change_together(
    library: Library, nevo_file: Path, tmp_path: Path, foods: FoodTable
) -> None:
    """A crash after the new data file is written but before its description: the old table
    stays whole, and the next start removes what the crash left."""
    old = library.add(read(nevo_file))
    before = snapshot(library.folder)
    newer = read(nevo_2025(tmp_path))
    # What the import had written when it was killed: part of its data, a temporary file.
    part = library.tables_dir / "nevo-online-2025-9-0.0123456789abcdef.table"
    part.mkdir()
    np.save(part / "numbers.npy", newer.frame.loc[:, ["magnesium_mg"]].to_numpy())
    (library.tables_dir / ".nevo-online-2025-9-0.json.x1y2.tmp").write_bytes(b'{"kind": ')
    reopened = Library(library.folder)
    assert reopened.tables() == [old]
    assert reopened.food_table(foods).row("nevo:379").magnesium_mg == 79.3
    assert len(snapshot(library.folder)) == len(before) + 2  # too fresh to be leftovers
    stale = time.time() - STALE_SECONDS - 1
    for path in library.tables_dir.iterdir():
        os.utime(path, (stale, stale))
    Library(library.folder)
    assert snapshot(library.folder) == before


def test_a_replacement_cut_short_is_finished_at_the_next_start(
    library: Library, nevo_file: Path, tmp_path: Path
) -> None:
    old = library.add(read(nevo_file))
    old_sidecar = (library.tables_dir / f"{old.name}.json").read_bytes()
    shutil.copytree(library.tables_dir / old.data_file, tmp_path / "old data")
    new = library.add(read(nevo_2025(tmp_path)))
    # As if killed after the new description was written, before the old table was removed.
    (library.tables_dir / f"{old.name}.json").write_bytes(old_sidecar)
    shutil.copytree(tmp_path / "old data", library.tables_dir / old.data_file)
    assert Library(library.folder).tables() == [new]
    assert sorted(p.name for p in library.tables_dir.iterdir()) == [
        new.data_file,
        f"{new.name}.json",
    ]


KILL_SCRIPT = """
import sys
from planner.importers import read
from planner.library import Library
library, path = Library(sys.argv[1]), sys.argv[2]
table = read(path)
print("read", flush=True)
library.add(table)
"""


def test_an_import_killed_at_any_moment_leaves_a_consistent_library(
    library: Library, nevo_file: Path, tmp_path: Path
) -> None:
    """Kill a real import process at spread-out moments after it has read the file: the
    library always opens with each table's description matching its data."""
    newer = nevo_2025(tmp_path)
    root = Path(__file__).resolve().parents[1]
    for delay in (0.0, 0.002, 0.005, 0.01, 0.02, 0.05):
        library.add(read(nevo_file))
        process = subprocess.Popen(
            [sys.executable, "-c", KILL_SCRIPT, str(library.folder), str(newer)],
            cwd=root,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert process.stdout.readline() == "read\n"
        time.sleep(delay)
        process.kill()
        process.wait()
        process.stdout.close()
        reopened = Library(library.folder)
        [info] = reopened.tables()
        table = FoodTable.combine({info.name: reopened.columns(info)})
        spinach = table.row("nevo:379").magnesium_mg
        assert (info.version, spinach) in (
            ("NEVO-Online 2023 8.0", 79.3),
            ("NEVO-Online 2025 9.0", 81.2),
        )
        assert len(table) == info.foods
        for info in reopened.tables():
            reopened.remove(info.name)


def test_the_bundled_table_is_kept_checked_and_indexed_after_the_first_start(
    library: Library, foods: FoodTable
) -> None:
    first = library.food_table()
    [kept] = (library.folder / "cache").iterdir()
    assert kept.name.startswith("foods.") and kept.name.endswith(".table")
    again = Library(library.folder).food_table()
    assert again.frame.equals(first.frame) and first.frame.drop(columns="source").equals(
        foods.frame.drop(columns="source")
    )
    assert again.search("pompoenpitten").tolist() == foods.search("pompoenpitten").tolist()
    # Kept by content: what another version kept is replaced, not read.
    (kept / "numbers.npy").write_bytes(b"not numbers")
    stale = kept.with_name("foods.0123456789abcdef.table")
    kept.rename(stale)
    assert Library(library.folder).food_table().frame.equals(first.frame)
    assert [p.name for p in (library.folder / "cache").iterdir()] == [kept.name]
