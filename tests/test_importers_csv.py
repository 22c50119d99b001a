"""Any CSV with a column mapping: delimiter and decimal detected, BOM, quotes, unknowns."""

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from planner.foods import NUTRIENTS, FoodTable
from planner.importers import FoodImportError, detect_format, read
from planner.importers.common import derive_tags
from planner.importers.mapped_csv import guess_mapping, parse_mapping, preview

DUTCH = (
    "Code;Naam;Groep;Energie (kcal);Mg (mg);Calcium (mg);Vitamine D (µg);Portie (g)\n"
    '101;"Havermout; volkoren";Graanproducten;372;129,5;52;;40\n'
    '102;Amandelen;Noten;598;"270";269;0;25\n'
    "103;Boerenkool;Groenten;36;-;181;n/a;\n"
    "104;;Groenten;1;1;1;1;1\n"
)
MAPPING = {
    "id": "Code",
    "name": "Naam",
    "group": "Groep",
    "energy_kcal": "Energie (kcal)",
    "magnesium_mg": "Mg (mg)",
    "calcium_mg": "Calcium (mg)",
    "vitamin_d_ug": "Vitamine D (µg)",
    "portion_g": "Portie (g)",
}


def write(
    folder: Path, text: str, name: str = "mijn tabel.csv", encoding: str = "utf-8-sig"
) -> Path:
    path = folder / name
    path.write_bytes(text.encode(encoding))
    return path


def test_semicolons_decimal_commas_bom_and_quotes(tmp_path: Path) -> None:
    path = write(tmp_path, DUTCH)
    assert detect_format(path) == "csv"
    table = read(path, mapping=MAPPING, prefix="eigen")
    frame = table.frame.set_index("food_id")
    oats = frame.loc["eigen:101"]
    assert (oats.name_en, oats.section) == ("Havermout; volkoren", "grains and pasta")
    assert (oats.magnesium_mg, oats.calcium_mg, oats.energy_kcal) == (129.5, 52, 372)
    assert np.isnan(oats.vitamin_d_ug)  # empty: unknown
    assert (oats.portion_g, oats.portion_en) == (40, "")
    kale = frame.loc["eigen:103"]
    assert np.isnan(kale.magnesium_mg) and np.isnan(kale.vitamin_d_ug)  # "-" and "n/a"
    assert (kale.portion_g, kale.portion_en) == (100, "100 g")
    assert frame.loc["eigen:102", "section"] == "nuts and seeds"
    assert table.skipped == {"no name": 1}
    assert np.isnan(frame["protein_g"]).all()  # not mapped: unknown, not zero


def test_preview_and_guessed_mapping(tmp_path: Path) -> None:
    rows, dialect = preview(write(tmp_path, DUTCH), rows=2)
    assert (dialect.delimiter, dialect.decimal) == (";", ",")
    assert len(rows) == 2
    assert guess_mapping(list(rows.columns)) == {
        "id": "Code",
        "name": "Naam",
        "group": "Groep",
        "energy_kcal": "Energie (kcal)",
        "magnesium_mg": "Mg (mg)",
        "calcium_mg": "Calcium (mg)",
        "vitamin_d_ug": "Vitamine D (µg)",
        "portion_g": "Portie (g)",
    }


def test_mapping_text_may_hold_commas_in_column_names() -> None:
    assert parse_mapping("name=Food, full name,magnesium_mg=Magnesium, Mg (mg)") == {
        "name": "Food, full name",
        "magnesium_mg": "Magnesium, Mg (mg)",
    }
    assert parse_mapping(["name=Naam", "calcium_mg=Ca"]) == {"name": "Naam", "calcium_mg": "Ca"}
    with pytest.raises(FoodImportError, match="'magnesium' is not a field"):
        parse_mapping("name=Naam,magnesium=Mg")
    with pytest.raises(FoodImportError, match="at least the name"):
        parse_mapping("magnesium_mg=Mg")


def test_tabs_and_no_id_column(tmp_path: Path) -> None:
    path = write(tmp_path, "name\tmagnesium\nOats\t138.5\nKale\t\n", encoding="utf-8")
    table = read(path, mapping={"name": "name", "magnesium_mg": "magnesium"})
    assert table.frame["food_id"].tolist() == ["csv:2", "csv:3"]  # ids by line number
    assert table.frame["magnesium_mg"].iloc[0] == 138.5


@pytest.mark.parametrize(
    "text, mapping, message",
    [
        (DUTCH, {**MAPPING, "calcium_mg": "Ca"}, r"no column 'Ca' \(mapped to calcium_mg\)"),
        (
            DUTCH.replace("598", "veel"),
            MAPPING,
            r"line 3, column 'Energie \(kcal\)': 'veel' is not a number",
        ),
        ("", MAPPING, "the file is empty"),
        ("Naam\nHavermout\nAmandelen\n", MAPPING, "cannot tell how the columns are separated"),
        (DUTCH.replace(";", "|", 3), MAPPING, "cannot tell how the columns are separated"),
    ],
)
def test_wrong_files_give_one_clear_message(tmp_path: Path, text: str, mapping, message) -> None:
    with pytest.raises(FoodImportError, match=message):
        read(write(tmp_path, text), mapping=mapping)


def test_a_csv_without_mapping_is_refused(tmp_path: Path) -> None:
    with pytest.raises(FoodImportError, match="needs a column mapping"):
        read(write(tmp_path, DUTCH))


def test_usda_sr28_through_the_csv_path_keeps_every_figure(usda_foods_path: Path) -> None:
    raw = pd.read_csv(usda_foods_path, dtype={"ndb_no": str})
    nutrients = [n for n in NUTRIENTS if n in raw]  # the shared file has no caffeine
    mapping = {"id": "ndb_no", "name": "name", "group": "food_group", **{n: n for n in nutrients}}
    table = read(usda_foods_path, mapping=mapping, prefix="usda")
    assert len(table.frame) == 8789 and not table.skipped
    frame = table.frame
    assert frame["food_id"].tolist() == ("usda:" + raw["ndb_no"]).tolist()
    for nutrient in nutrients:
        np.testing.assert_array_equal(
            frame[nutrient].to_numpy(), raw[nutrient].to_numpy(), err_msg=nutrient
        )
    foods = FoodTable(frame)
    seeds = foods.row("usda:12014")
    assert (seeds.magnesium_mg, foods.row("usda:11457").calcium_mg) == (592, 99)
    assert foods.row("usda:15086").vitamin_d_ug == 16.7
    # Unknown stays unknown: SR28 lacks magnesium for 739 foods, vitamin D for 3,211.
    assert (np.isnan(frame["magnesium_mg"]).sum(), np.isnan(frame["vitamin_d_ug"]).sum()) == (
        739,
        3211,
    )


def test_tags_are_conservative() -> None:
    rows = [
        ("Potatoes, mashed, whole milk and butter added", "potatoes"),
        ("Spinach, raw", "vegetables"),
        ("Honing", "sweets and snacks"),
        ("Linzen met spek", "legumes"),
        ("Gouda 48+", "cheese"),
        ("Kipfilet", "meat"),
        ("Soup, tomato", "other"),
        ("Volkorenbrood", "bread and cereals"),
        ("Amandelen", "nuts and seeds"),
        ("Tofu, firm", "plant proteins"),
    ]
    tags = derive_tags(pd.Series([s for _, s in rows]), pd.Series([n for n, _ in rows]))
    tags.index = [n for n, _ in rows]
    assert tags.loc["Spinach, raw", ["vegan", "vegetarian"]].tolist() == [1, 1]
    mashed = tags.loc["Potatoes, mashed, whole milk and butter added"]
    assert (mashed.vegetarian, mashed.vegan, mashed.contains_dairy) == (1, 0, 1)
    assert tags.loc["Linzen met spek", ["vegetarian", "vegan"]].tolist() == [0, 0]
    assert tags.loc["Gouda 48+", ["vegetarian", "contains_dairy"]].tolist() == [0, 1]
    assert tags.loc["Kipfilet", ["vegetarian", "vegan"]].tolist() == [0, 0]
    # Mixed dishes could hold anything: every contains_* tag set, never vegetarian.
    soup = tags.loc["Soup, tomato"]
    assert soup.vegetarian == 0 and all(soup[[t for t in tags if t.startswith("contains")]])
    assert tags.loc["Volkorenbrood", ["contains_gluten", "vegan"]].tolist() == [1, 0]
    assert tags.loc["Amandelen", ["contains_nuts", "vegan"]].tolist() == [1, 1]
    assert tags.loc["Tofu, firm", ["contains_soy", "vegan"]].tolist() == [1, 1]


def test_a_header_longer_than_the_first_fifty_lines_and_markers(tmp_path: Path) -> None:
    # A table saved from Ciqual 2025's Excel file: header cells broken over many lines, so
    # the first 50 lines are all header; figures with decimal commas and "< x" below them.
    names = [f'"Constituant {i}\nen\nplusieurs\nlignes (mg\n100 g)"' for i in range(15)]
    header = ";".join(
        ['"alim\ncode"', '"alim_nom\nfr"', '"Magnésium\n(mg\n100 g)"', '"Calcium\n(mg\n100 g)"']
        + names
    )
    rows = [
        "20059;Épinard, cru;79,3;< 0,58;" + ";".join(["1"] * 15),
        "15064;Courge, graine;550;traces;" + ";".join(["1"] * 15),
        "15064;Courge, graine;;;" + ";".join(["1"] * 15),
    ]
    text = "\n".join([header] + rows) + "\n"
    assert text.split("\n").index(rows[0]) > 50
    path = write(tmp_path, text, name="ciqual 2025.csv")
    assert preview(path)[1].decimal == ","
    table = read(
        path,
        mapping={
            "id": "alim\ncode",
            "name": "alim_nom\nfr",
            "magnesium_mg": "Magnésium\n(mg\n100 g)",
            "calcium_mg": "Calcium\n(mg\n100 g)",
        },
        prefix="cq",
    )
    frame = table.frame.set_index("food_id")
    spinach, seeds = frame.loc["cq:20059"], frame.loc["cq:15064"]
    assert (spinach.magnesium_mg, spinach.calcium_mg) == (79.3, 0.29)  # 0,58 / 2
    assert spinach.estimated == "calcium_mg"
    assert (seeds.magnesium_mg, seeds.calcium_mg, seeds.estimated) == (550, 0, "calcium_mg")
    assert table.notes == {"'traces' taken as 0": 1, "'< x' taken as x / 2": 1}
    assert table.skipped == {"the same id as a row with more figures (15064)": 1}


def test_the_decimal_separator_comes_from_the_mapped_figures(tmp_path: Path) -> None:
    # Commas in a text column do not make a decimal comma; the figures decide.
    text = 'name,note,mg\nOats,"1,5 cups",138.5\nKale,"2,0",47.0\n'
    table = read(write(tmp_path, text), mapping={"name": "name", "magnesium_mg": "mg"})
    assert table.frame["magnesium_mg"].tolist() == [138.5, 47.0]


@pytest.mark.parametrize(
    "text, message",
    [
        ("name;mg\nOats;1e400\n", r"line 2, column 'mg': '1e400' is too large a number"),
        ("name;mg\nOats;" + "9" * 140_000 + "\n", "not a readable CSV file"),
    ],
)
def test_too_large_figures_and_cells_are_refused(tmp_path: Path, text: str, message) -> None:
    with pytest.raises(FoodImportError, match=message):
        read(write(tmp_path, text), mapping={"name": "name", "magnesium_mg": "mg"})
