"""FoodData Central downloads: small files in the exact shape USDA publishes, figures by hand."""

import zipfile
from pathlib import Path

import numpy as np
import pytest

from planner.foods import FoodTable
from planner.importers import FoodImportError, detect_format, fdc, read

FOOD = """"fdc_id","data_type","description","food_category_id","publication_date"
"170556","sr_legacy_food","Seeds, pumpkin and squash seed kernels, dried","12","2019-04-01"
"168462","sr_legacy_food","Spinach, raw","11","2019-04-01"
"173706","sr_legacy_food","Fish, salmon, sockeye, cooked, dry heat","15","2019-04-01"
"171287","sr_legacy_food","Egg, whole, raw, fresh","1","2019-04-01"
"170851","sr_legacy_food","Cheese, gouda","1","2019-04-01"
"999999","sr_legacy_food","Water, tap, analysed for nothing we use","14","2019-04-01"
"""
LEGACY = """"fdc_id","NDB_number"
"170556","12014"
"168462","11457"
"173706","15086"
"171287","1123"
"170851","1022"
"999999","14411"
"""
CATEGORY = """"id","code","description"
"1","0100","Dairy and Egg Products"
"11","1100","Vegetables and Vegetable Products"
"12","1200","Nut and Seed Products"
"14","1400","Beverages"
"15","1500","Finfish and Shellfish Products"
"""
NUTRIENT = """"id","name","unit_name","nutrient_nbr","rank"
"1003","Protein","G","203","600.0"
"1004","Total lipid (fat)","G","204","800.0"
"1005","Carbohydrate, by difference","G","205","1110.0"
"1008","Energy","KCAL","208","300.0"
"1079","Fiber, total dietary","G","291","1200.0"
"1087","Calcium, Ca","MG","301","5300.0"
"1090","Magnesium, Mg","MG","304","5500.0"
"1091","Phosphorus, P","MG","305","5600.0"
"1092","Potassium, K","MG","306","5700.0"
"1093","Sodium, Na","MG","307","5800.0"
"1110","Vitamin D (D2 + D3), International Units","IU","324","8650.0"
"1114","Vitamin D (D2 + D3)","UG","328","8700.0"
"1089","Iron, Fe","MG","303","5400.0"
"""
HEADER = (
    '"id","fdc_id","nutrient_id","amount","data_points","derivation_id","min","max",'
    '"median","footnote","min_year_acquired"\n'
)
# (fdc_id, nutrient_id, amount); iron (1089) is in the file and must be ignored.
AMOUNTS = [
    (170556, 1008, "559"),
    (170556, 1090, "592"),
    (170556, 1087, "46"),
    (170556, 1003, "30.23"),
    (170556, 1089, "8.82"),
    (170556, 1114, "0.0"),
    (168462, 1008, "23"),
    (168462, 1090, "79"),
    (168462, 1087, "99"),
    (168462, 1079, "2.2"),
    (173706, 1008, "169"),
    (173706, 1090, "36"),
    (173706, 1110, "668"),
    (171287, 1090, "12"),
    (171287, 1087, "56"),
    (171287, 1114, "2.0"),
    (171287, 1093, "142"),
    (170851, 1087, "700"),
    (170851, 1090, "29"),
    (999999, 1089, "0.01"),
]
PORTION = """"id","fdc_id","seq_num","amount","measure_unit_id","portion_description","modifier","gram_weight","data_points","footnote","min_year_acquired"
"90001","170556","2","1.0","9999","","oz","28.35","","",""
"90002","170556","1","1.0","9999","","cup","129.0","","",""
"90003","168462","1","1.0","9999","","cup","30.0","","",""
"""


def food_nutrient(rows=AMOUNTS) -> str:
    return HEADER + "".join(
        f'"{i}","{f}","{n}","{a}","1","1","","","","",""\n'
        for i, (f, n, a) in enumerate(rows, start=1)
    )


def files(**changes: str | None) -> dict[str, str]:
    out = {
        "food.csv": FOOD,
        "sr_legacy_food.csv": LEGACY,
        "food_category.csv": CATEGORY,
        "nutrient.csv": NUTRIENT,
        "food_nutrient.csv": food_nutrient(),
        "food_portion.csv": PORTION,
    }
    for name, text in changes.items():
        name = name.replace("_csv", ".csv")
        if text is None:
            out.pop(name)
        else:
            out[name] = text
    return out


def write_zip(
    folder: Path,
    contents: dict[str, str],
    name: str = "FoodData_Central_sr_legacy_food_csv_2018-04.zip",
) -> Path:
    path = folder / name
    inner = "FoodData_Central_sr_legacy_food_csv_ 2018-04"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for member, text in contents.items():
            archive.writestr(f"{inner}/{member}", text)
    return path


@pytest.fixture
def sr_zip(tmp_path: Path) -> Path:
    return write_zip(tmp_path, files())


def test_sr_legacy_zip_gives_ndb_ids_and_the_file_figures(sr_zip: Path) -> None:
    calls = []
    table = read(sr_zip, progress=lambda done, total: calls.append((done, total)))
    frame = table.frame.set_index("food_id")
    assert table.source == "usda" and table.version == "SR Legacy 2018-04"
    assert sorted(frame.index) == [
        "usda:01022",
        "usda:01123",
        "usda:11457",
        "usda:12014",
        "usda:15086",
    ]
    seeds = frame.loc["usda:12014"]
    assert (seeds.magnesium_mg, seeds.calcium_mg, seeds.energy_kcal) == (592, 46, 559)
    assert seeds.protein_g == 30.23 and seeds.vitamin_d_ug == 0.0
    # Unknown stays unknown: no fat was given for the seeds, no vitamin D for spinach.
    assert np.isnan(seeds.fat_g) and np.isnan(frame.loc["usda:11457", "vitamin_d_ug"])
    # Only IU given for the salmon: 668 IU / 40 = 16.7 µg.
    assert frame.loc["usda:15086", "vitamin_d_ug"] == pytest.approx(668 / 40)
    assert table.notes["vitamin D from IU / 40"] == 1
    # The portion with the lowest seq_num, not the first line.
    assert (seeds.portion_g, seeds.portion_en) == (129.0, "1 cup")
    assert (frame.loc["usda:01123", "portion_g"], frame.loc["usda:01123", "portion_en"]) == (
        100.0,
        "100 g",
    )
    assert table.skipped == {"no nutrient the planner uses": 1}
    assert calls and calls[-1][0] == calls[-1][1] > 0
    assert all(a <= b for (a, _), (b, _) in zip(calls, calls[1:]))


def test_sections_and_conservative_tags(sr_zip: Path) -> None:
    frame = read(sr_zip).frame.set_index("food_id")
    assert frame.loc["usda:12014", "section"] == "nuts and seeds"
    assert frame.loc["usda:11457", "section"] == "vegetables"
    assert frame.loc["usda:15086", "section"] == "fish"
    assert frame.loc["usda:01022", "section"] == "cheese"
    assert frame.loc["usda:11457", ["vegan", "vegetarian"]].tolist() == [1, 1]
    salmon = frame.loc["usda:15086"]
    assert (salmon.contains_fish, salmon.vegetarian, salmon.vegan) == (1, 0, 0)
    egg = frame.loc["usda:01123"]
    assert (egg.contains_egg, egg.vegan, egg.vegetarian) == (1, 0, 1)
    assert frame.loc["usda:12014", "contains_nuts"] == 1
    assert frame.loc["usda:01022", ["contains_dairy", "vegan"]].tolist() == [1, 0]


def test_unpacked_folder_reads_the_same(tmp_path: Path, sr_zip: Path) -> None:
    folder = tmp_path / "FoodData_Central_sr_legacy_food_csv_2018-04"
    folder.mkdir()
    for member, text in files().items():
        (folder / member).write_text(text, encoding="utf-8")
    assert detect_format(folder) == "usda"
    assert read(folder).frame.equals(read(sr_zip).frame)
    # Choosing any one file of the unpacked download reads the whole download.
    assert read(folder / "food.csv").frame.equals(read(sr_zip).frame)


def test_the_result_loads_as_a_food_table(sr_zip: Path) -> None:
    table = FoodTable(read(sr_zip).frame)
    assert table.name("usda:12014") == "Seeds, pumpkin and squash seed kernels, dried"
    assert table.ids[table.search("spinach")[0]] == "usda:11457"


FOUNDATION_FOOD = """"fdc_id","data_type","description","food_category_id","publication_date"
"2346381","foundation_food","Almonds, whole, raw","12","2022-10-28"
"2346382","sub_sample_food","Almonds, whole, raw, sample 1","12","2022-10-28"
"2346383","market_acquisition","Almonds, lot 7","12","2022-10-28"
"""
FOUNDATION = """"fdc_id","NDB_number","footnote"
"2346381","12061",""
"""
MEASURE = """"id","name"
"1000","cup"
"9999","undetermined"
"""
FOUNDATION_PORTION = """"id","fdc_id","seq_num","amount","measure_unit_id","portion_description","modifier","gram_weight","data_points","footnote","min_year_acquired"
"1","2346381","1","0.25","1000","","whole","35.8","","",""
"""


def test_foundation_download_energy_fallback_and_samples_skipped(tmp_path: Path) -> None:
    rows = [
        (2346381, 2047, "620"),
        (2346381, 2048, "579"),
        (2346381, 1090, "258"),
        (2346382, 1090, "250"),
        (2346383, 1090, "262"),
    ]
    path = write_zip(
        tmp_path,
        {
            "food.csv": FOUNDATION_FOOD,
            "foundation_food.csv": FOUNDATION,
            "food_category.csv": CATEGORY,
            "nutrient.csv": NUTRIENT + '"2047","Energy (Atwater '
            'General Factors)","KCAL","957","280.0"\n"2048","Energy (Atwater Specific Factors)",'
            '"KCAL","958","290.0"\n',
            "food_nutrient.csv": food_nutrient(rows),
            "food_portion.csv": FOUNDATION_PORTION,
            "measure_unit.csv": MEASURE,
        },
        name="FoodData_Central_foundation_food_csv_2022-10-28.zip",
    )
    table = read(path)
    assert table.version == "Foundation 2022-10-28"
    [almonds] = table.frame.itertuples()
    # Foundation foods keep their own id: their figures are not SR Legacy's.
    assert almonds.food_id == "usda:fdc-2346381"
    assert almonds.energy_kcal == 579  # Atwater specific factors before general
    assert almonds.magnesium_mg == 258
    assert (almonds.portion_g, almonds.portion_en) == (35.8, "0.25 cup whole")
    assert table.skipped == {"laboratory sample, not a food": 2}


@pytest.mark.parametrize(
    "damage, message",
    [
        (
            lambda d: d.write_bytes(d.read_bytes()[: len(d.read_bytes()) // 2]),
            "not a readable zip file",
        ),
        (lambda d: d.write_bytes(b""), "not a readable zip file"),
    ],
)
def test_damaged_zip(sr_zip: Path, damage, message: str) -> None:
    damage(sr_zip)
    with pytest.raises(FoodImportError, match=message):
        read(sr_zip)


@pytest.mark.parametrize(
    "changes, message",
    [
        ({"food_nutrient_csv": None}, "food_nutrient.csv is missing"),
        (
            {"food_nutrient_csv": food_nutrient().replace('","', '";"')},
            "column 'fdc_id' is missing",
        ),
        (
            {"food_nutrient_csv": food_nutrient().replace('"amount"', '"value"')},
            "column 'amount' is missing",
        ),
        (
            {"food_nutrient_csv": food_nutrient().replace('"79"', '"seventy-nine"')},
            r"food_nutrient.csv, line 9, column 'amount': 'seventy-nine' is not a number",
        ),
        (
            {"food_nutrient_csv": food_nutrient().replace('"99"', '"-99"')},
            r"line 10, column 'amount': '-99' is negative",
        ),
        ({"food_csv": ""}, "food.csv is empty"),
        (
            {"food_csv": FOOD.replace('"168462","sr', '"abc","sr')},
            r"food.csv, line 3, column 'fdc_id': 'abc' is not a number",
        ),
        (
            {"nutrient_csv": NUTRIENT.replace('"Magnesium, Mg","MG"', '"Magnesium, Mg","UG"')},
            "nutrient 1090 in 'UG', not MG",
        ),
        (
            {"food_csv": FOOD.replace('"168462","sr', '"1e30","sr')},
            r"food.csv, line 3, column 'fdc_id': '1e30' is not an id \(a whole number\)",
        ),
        (
            {"food_nutrient_csv": food_nutrient().replace('"79"', '"1e400"')},
            r"line 9, column 'amount': '1e400' is too large a number",
        ),
        (
            {"food_category_csv": CATEGORY.replace('"description"\n', '"description\n', 1)},
            "food_category.csv has an unreadable header",
        ),
    ],
)
def test_wrong_files_give_one_clear_message(tmp_path: Path, changes, message: str) -> None:
    path = write_zip(tmp_path, files(**changes))
    with pytest.raises(FoodImportError, match=message):
        read(path)


def test_cut_short_member_is_named(tmp_path: Path) -> None:
    path = write_zip(tmp_path, files())
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        info = next(i for i in archive.infolist() if i.filename.endswith("food_nutrient.csv"))
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    data[start + 10 : start + 40] = bytes(30)  # damage the compressed data in place
    path.write_bytes(bytes(data))
    with pytest.raises(FoodImportError, match="food_nutrient.csv is damaged"):
        read(path)


def test_chunks_give_the_same_result(sr_zip: Path) -> None:
    assert fdc.read(sr_zip, chunk_rows=3).frame.equals(read(sr_zip).frame)


def test_a_measure_of_no_food_is_passed_over_and_caffeine_is_read(tmp_path: Path) -> None:
    portions = PORTION + '"90004","","1","1.0","9999","","cup","50.0","","",""\n'
    rows = AMOUNTS + [(170556, 1057, "0"), (168462, 1057, "12.5")]
    table = read(
        write_zip(tmp_path, files(food_portion_csv=portions, food_nutrient_csv=food_nutrient(rows)))
    )
    frame = table.frame.set_index("food_id")
    assert (frame.loc["usda:11457", "portion_g"], frame.loc["usda:12014", "portion_g"]) == (
        30.0,
        129.0,
    )
    assert (frame.loc["usda:11457", "caffeine_mg"], frame.loc["usda:12014", "caffeine_mg"]) == (
        12.5,
        0,
    )
    assert np.isnan(frame.loc["usda:15086", "caffeine_mg"])  # not given: unknown


def test_a_damaged_zip_is_told_apart_without_an_error(sr_zip: Path) -> None:
    data = sr_zip.read_bytes()
    sr_zip.write_bytes(data[:100] + bytes(400) + data[500:])  # the directory still there
    assert detect_format(sr_zip) == "usda"
    with pytest.raises(FoodImportError):
        read(sr_zip)
