"""NEVO: pipe-separated, decimal commas, BOM or cp1252, per 100 ml rows; figures by hand."""

from pathlib import Path

import numpy as np
import pytest

from planner.importers import FoodImportError, detect_format, read
from planner.importers.nevo import DENSITY_G_PER_ML

HEADER = (
    "NEVO-versie/NEVO-version|Voedingsmiddelgroep|Food group|NEVO-code|"
    "Voedingsmiddelnaam/Dutch food name|Engelse naam/Food name|Synoniem|"
    "Hoeveelheid/Quantity|Opmerking|Bevat sporen van/Contains traces of|"
    "Is verrijkt met/Is fortified with|ENERCJ (kJ)|ENERCC (kcal)|WATER (g)|PROT (g)|"
    "FAT (g)|CHO (g)|FIBT (g)|NA (mg)|K (mg)|CA (mg)|P (mg)|MG (mg)|VITD (µg)"
)
ROWS = [
    "NEVO-Online 2023 8.0|Noten, zaden en snacks|Nuts, seeds and snacks|2806|Pompoenpitten|"
    "Pumpkin seeds||per 100g||||2406|575|5,2|30,2|49,1|10,7|6|18|809|46|1233|592|0",
    "NEVO-Online 2023 8.0|Groenten|Vegetables|379|Spinazie rauw|Spinach raw||per 100g||||"
    "96|23|91,4|2,9|0,4|1,4|2,2|79|558|99|49|79,3|",
    "NEVO-Online 2023 8.0|Melk en melkproducten|Milk and milk products|1|Melk halfvol|"
    "Milk semi-skimmed||per 100ml||||194|46|89,6|3,5|1,5|4,7|0|42|157|123|94|11|0,02",
    "NEVO-Online 2023 8.0|Niet-alcoholische dranken|Non-alcoholic beverages|354|"
    "Sinaasappelsap vers|Orange juice fresh||per 100ml||||180|43|88,3|0,7|0,2|9,4|0,2|1|"
    "200|11|17|11|",
    "NEVO-Online 2023 8.0|Soepen|Soups|1480|Tomatensoep|Tomato soup||per 100ml||||150|36|"
    "90|0,9|1,5|4,4|0,6|350|180|10|20|9|",
    'NEVO-Online 2023 8.0|Vis|Fish|5|"Haring ""Hollandse Nieuwe"" | gezouten"|'
    "Herring salted||per 100g||||1000|240|62|16|19|0|0|800|200|40|210|30|4,7",
    "NEVO-Online 2023 8.0|Diversen|Miscellaneous||Zonder code|No code||per 100g||||"
    "0|0|100|0|0|0|0|0|0|0|0|0|",
]
TEXT = "\n".join([HEADER] + ROWS) + "\n"


def write(
    folder: Path, text: str = TEXT, name: str = "NEVO2023_8.0.csv", encoding: str = "utf-8-sig"
) -> Path:
    path = folder / name
    path.write_bytes(text.encode(encoding))
    return path


def test_figures_decimal_commas_and_unknowns(tmp_path: Path) -> None:
    path = write(tmp_path)
    assert detect_format(path) == "nevo"
    table = read(path)
    frame = table.frame.set_index("food_id")
    assert (table.source, table.version) == ("nevo", "NEVO-Online 2023 8.0")
    seeds = frame.loc["nevo:2806"]
    assert (seeds.name_nl, seeds.name_en, seeds.section) == (
        "Pompoenpitten",
        "Pumpkin seeds",
        "nuts and seeds",
    )
    assert (seeds.magnesium_mg, seeds.calcium_mg, seeds.protein_g, seeds.fat_g) == (
        592,
        46,
        30.2,
        49.1,
    )
    spinach = frame.loc["nevo:379"]
    assert spinach.magnesium_mg == 79.3 and np.isnan(spinach.vitamin_d_ug)
    assert frame.loc["nevo:5", "name_nl"] == 'Haring "Hollandse Nieuwe" | gezouten'
    assert frame.loc["nevo:5", "vitamin_d_ug"] == 4.7
    assert frame.loc["nevo:5", ["contains_fish", "vegetarian"]].tolist() == [1, 0]


def test_per_100_ml_is_converted_with_the_stated_density(tmp_path: Path) -> None:
    table = read(write(tmp_path))
    frame = table.frame.set_index("food_id")
    milk, juice = frame.loc["nevo:1"], frame.loc["nevo:354"]
    density = DENSITY_G_PER_ML["dairy and eggs"]
    assert density == 1.03
    # 123 mg per 100 ml; 100 ml weighs 103 g, so per 100 g: 123 / 1.03.
    assert milk.calcium_mg == pytest.approx(123 / 1.03)
    assert milk.magnesium_mg == pytest.approx(11 / 1.03)
    assert (milk.portion_g, milk.portion_en) == (pytest.approx(103.0), "100 ml")
    assert juice.magnesium_mg == 11 and juice.portion_g == 100
    # Soup per 100 ml has no stated density: skipped, never taken as grams.
    assert "nevo:1480" not in frame.index
    assert table.skipped == {
        "per 100 ml, with no stated density for its group": 1,
        "no NEVO-code": 1,
    }
    assert table.notes == {
        "per 100 ml, converted at 1 g/ml": 1,
        "per 100 ml, converted at 1.03 g/ml": 1,
    }


def test_without_bom_and_in_windows_1252(tmp_path: Path) -> None:
    with_bom = read(write(tmp_path)).frame
    plain = read(write(tmp_path, name="a.csv", encoding="utf-8")).frame
    text = TEXT.replace("Pompoenpitten", "Crème fraîche")
    old = read(write(tmp_path, text, name="NEVO2016_5.0.csv", encoding="cp1252"))
    assert plain.equals(with_bom)
    assert old.frame.set_index("food_id").loc["nevo:2806", "name_nl"] == "Crème fraîche"
    assert old.frame["magnesium_mg"].equals(with_bom["magnesium_mg"])


def test_version_from_the_file_name_when_the_column_is_absent(tmp_path: Path) -> None:
    text = "\n".join(line.split("|", 1)[1] for line in [HEADER] + ROWS)
    assert read(write(tmp_path, text, name="NEVO2025_v9.0.csv")).version == "NEVO 2025 9.0"


@pytest.mark.parametrize(
    "text, message",
    [
        (TEXT.replace("|", ";"), r"not separated by '\|'"),
        (TEXT.replace("|MG (mg)|", "|MAGN (mg)|"), r"column 'MG \(mg\)' is missing"),
        (TEXT.replace("|79,3|", "|veel|"), r"line 3, column 'MG \(mg\)': 'veel' is not a number"),
        (
            TEXT.replace("|79,3|", "|1e400|"),
            r"line 3, column 'MG \(mg\)': '1e400' is too large a number",
        ),
        (TEXT.replace("|79,3|", "|79,3|1|"), r"not a readable NEVO file \(.*saw 25\)$"),
        ("", "the file is empty"),
        (
            "\n".join([HEADER] + [r.replace("per 100", "per stuk ") for r in ROWS]),
            "no food could be read",
        ),
    ],
)
def test_wrong_files_give_one_clear_message(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(FoodImportError, match=message) as caught:
        read(write(tmp_path, text), format="nevo")
    assert "\n" not in str(caught.value)


def test_compare_nevo_reads_the_table_as_the_library_stored_it(tmp_path: Path, capsys) -> None:
    from planner.library import Library
    from tools import compare_nevo

    folder = tmp_path / "data"
    Library(folder).add(read(write(tmp_path)))
    pairing = tmp_path / "pairing.csv"
    pairing.write_text(
        "food_id,nevo_code,everyday,what\nciqual:15064,2806,nuts,pumpkin seeds\n", encoding="utf-8"
    )
    assert compare_nevo.main([str(folder), "--pairing", str(pairing)]) == 0
    lines = capsys.readouterr().out.splitlines()
    # Bundled pumpkin seeds: 592 mg Mg, 46 mg Ca, 0 ug D; NEVO's row above gives the same.
    assert lines[2] == (
        "| nuts | ciqual:15064 | Pompoenpitten | nevo:2806 | 592 / 592 ok | 46 / 46 ok | 0 / 0 ok |"
    )
    assert lines[-1].startswith("3 of 3 figures (100%)")

    pairing.write_text("food_id,nevo_code,everyday,what\nciqual:15064,9,nuts,x\n", encoding="utf-8")
    assert compare_nevo.main([str(folder), "--pairing", str(pairing)]) == 1
    assert capsys.readouterr().err == (
        "compare_nevo: pairing names nevo:9, which the NEVO table lacks\n"
    )
