"""`magplan foods import / add / tables`: summaries, one-line errors, the folder untouched."""

from pathlib import Path

import pytest

from planner.cli import main
from planner.library import Library
from tests.test_importers_fdc import files, write_zip
from tests.test_importers_nevo import TEXT
from tests.test_importers_nevo import write as write_nevo
from tests.test_library import snapshot


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv("MAGPLAN_DATA_DIR", str(folder))
    return folder


def test_import_prints_a_summary_and_search_finds_the_foods(
    folder: Path, tmp_path: Path, capsys
) -> None:
    assert main(["foods", "import", str(write_nevo(tmp_path))]) == 0
    out = capsys.readouterr().out
    assert "Imported 5 foods from NEVO2023_8.0.csv (nevo, NEVO-Online 2023 8.0)" in out
    assert "Skipped 2 foods:" in out
    assert "1  per 100 ml, with no stated density for its group" in out
    assert "magnesium_mg          5 of 5 (100%)" in out
    assert "vitamin_d_ug          3 of 5 (60%)" in out
    assert main(["foods", "search", "Hollandse", "Nieuwe"]) == 0
    assert "nevo:5" in capsys.readouterr().out


def test_usda_zip_and_a_csv_with_a_mapping(folder: Path, tmp_path: Path, capsys) -> None:
    assert main(["foods", "import", str(write_zip(tmp_path, files()))]) == 0
    assert "(usda, SR Legacy 2018-04)" in capsys.readouterr().out
    path = tmp_path / "eigen.csv"
    path.write_text("Naam;Mg\nZelfgebakken brood;45,5\n", encoding="utf-8")
    assert (
        main(
            [
                "foods",
                "import",
                str(path),
                "--map",
                "name=Naam,magnesium_mg=Mg",
                "--prefix",
                "eigen",
            ]
        )
        == 0
    )
    assert main(["foods", "search", "zelfgebakken"]) == 0
    assert "eigen:2" in capsys.readouterr().out
    assert sorted(i.name for i in Library(folder).tables()) == [
        "csv-eigen",
        "usda-sr-legacy-2018-04",
    ]


@pytest.mark.parametrize(
    "args, message",
    [
        (["nevo-broken"], "line 3, column 'MG (mg)': 'veel' is not a number"),
        (["missing.csv"], "missing.csv: no such file"),
        (["eigen", "--map", "name=Naam,magnesium_mg=Magnesium"], "no column 'Magnesium'"),
        (["eigen", "--map", "naam=Naam"], "'naam' is not a field"),
        (["eigen"], "needs a column mapping"),
    ],
)
def test_a_failed_import_is_one_line_and_changes_nothing(
    folder: Path, tmp_path: Path, capsys, args, message: str
) -> None:
    main(["foods", "import", str(write_nevo(tmp_path))])
    before = snapshot(folder)
    write_nevo(tmp_path, TEXT.replace("|79,3|", "|veel|"), name="nevo-broken")
    (tmp_path / "eigen").write_text("Naam;Mg\nBrood;45\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["foods", "import", str(tmp_path / args[0]), *args[1:]]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("magplan: ") and message in err
    assert snapshot(folder) == before


def test_add_a_custom_food_and_switch_tables(folder: Path, tmp_path: Path, capsys) -> None:
    assert (
        main(
            [
                "foods",
                "add",
                "Grandma's muesli",
                "--nl",
                "Oma's muesli",
                "--section",
                "bread and cereals",
                "--magnesium-mg",
                "110",
                "--portion-g",
                "45",
                "--portion",
                "1 bowl",
                "--tags",
                "vegetarian,vegan,contains_gluten",
            ]
        )
        == 0
    )
    assert capsys.readouterr().out.strip() == "saved custom:grandma-s-muesli"
    food = Library(folder).custom_foods().iloc[0]
    assert (food.name_nl, food.magnesium_mg, food.portion_g, food.vegan, food.contains_nuts) == (
        "Oma's muesli",
        110,
        45,
        1,
        0,
    )
    assert main(["foods", "add", "X", "--tags", "gluten"]) == 2
    assert "'gluten' is not a tag" in capsys.readouterr().err
    main(["foods", "import", str(write_nevo(tmp_path))])
    assert main(["foods", "tables", "--disable", "nevo-online-2023-8-0"]) == 0
    assert capsys.readouterr().out.splitlines()[-1].startswith("off  nevo-online-2023-8-0")
    assert main(["foods", "search", "pompoenpitten"]) == 0
    assert "nevo:2806" not in capsys.readouterr().out


def test_a_newer_nevo_replaces_the_older_and_says_so(folder: Path, tmp_path: Path, capsys) -> None:
    from tests.test_library import nevo_2025

    assert main(["foods", "import", str(write_nevo(tmp_path))]) == 0
    assert main(["foods", "import", str(nevo_2025(tmp_path))]) == 0
    out = capsys.readouterr().out
    assert "It replaces the older edition 'nevo-online-2023-8-0'" in out
    assert main(["foods", "search", "spinazie", "rauw"]) == 0
    assert "81 " in capsys.readouterr().out.splitlines()[1]  # 81,2 mg: 2025's figure
    before = snapshot(folder)
    assert main(["foods", "import", str(write_nevo(tmp_path))]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "is an older edition than the table" in err
    assert snapshot(folder) == before
