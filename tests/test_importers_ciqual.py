"""Ciqual xlsx: unit-carrying headers with line breaks, 'traces', '< x', '-'; figures by hand."""

import warnings
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

import numpy as np
import pytest
from openpyxl import Workbook, load_workbook

from planner.importers import FoodImportError, detect_format, read

HEADER = [
    "alim_grp_code",
    "alim_ssgrp_code",
    "alim_grp_nom_fr",
    "alim_ssgrp_nom_fr",
    "alim_code",
    "alim_nom_fr",
    "alim_nom_sci",
    "Energie, Règlement UE N° 1169/2011 (kJ/100 g)",
    "Energie, Règlement UE N° 1169/2011 (kcal/100 g)",
    "Protéines, N x facteur de Jones (g/100 g)",
    "Protéines, N x 6.25 (g/100 g)",
    "Glucides (g/100 g)",
    "Lipides (g/100 g)",
    "Fibres alimentaires\n(g/100 g)",
    "Calcium (mg/100 g)",
    "Magnésium\n(mg/100 g)",
    "Phosphore (mg/100 g)",
    "Potassium (mg/100 g)",
    "Sodium (mg/100 g)",
    "Vitamine D (µg/100 g)",
    "Fer (mg/100 g)",
]
ROWS = [
    [
        "02",
        "0201",
        "fruits, légumes, légumineuses et oléagineux",
        "légumes",
        "20044",
        "Épinard, cru",
        "Spinacia oleracea",
        "118",
        "28,4",
        "2,62",
        "2,9",
        "1,26",
        "0,4",
        "2,2",
        "99",
        "79,3",
        "49",
        "558",
        "traces",
        "-",
        "2,71",
    ],
    [
        "02",
        "0203",
        "fruits, légumes, légumineuses et oléagineux",
        "légumineuses",
        "20587",
        "Lentille verte, cuite",
        "",
        "531",
        "126",
        "< 0,5",
        "10,1",
        "16,3",
        "0,6",
        "8,4",
        "21,4",
        "36",
        "180",
        "320",
        "< 2",
        "-",
        "3,3",
    ],
    [
        "04",
        "0401",
        "viandes, œufs, poissons et assimilés",
        "poissons crus",
        "26036",
        "Saumon, cru, élevage",
        "Salmo salar",
        "913",
        "220",
        "20,4",
        "20,9",
        "0",
        "15,3",
        "0",
        12.5,
        "27,7",
        "250",
        "363",
        "57",
        "8,7",
        "0,3",
    ],
]


def write(
    folder: Path, header=HEADER, rows=ROWS, name="Table Ciqual 2020_FR_2020 07 07.xlsx"
) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    path = folder / name
    book.save(path)
    return path


def test_figures_units_and_ciqual_markers(tmp_path: Path) -> None:
    path = write(tmp_path)
    assert detect_format(path) == "ciqual"
    table = read(path)
    frame = table.frame.set_index("food_id")
    assert (table.source, table.version) == ("ciqual", "Ciqual 2020")
    spinach = frame.loc["ciqual:20044"]
    assert spinach.name_en == "Épinard, cru"
    assert (spinach.magnesium_mg, spinach.calcium_mg, spinach.energy_kcal) == (79.3, 99, 28.4)
    assert spinach.protein_g == 2.62  # N x Jones' factor, preferred over N x 6.25
    assert spinach.sodium_mg == 0  # "traces"
    assert np.isnan(spinach.vitamin_d_ug)  # "-"
    lentils = frame.loc["ciqual:20587"]
    assert lentils.protein_g == 0.25  # "< 0,5" -> 0.5 / 2
    assert lentils.sodium_mg == 1  # "< 2" -> 1
    salmon = frame.loc["ciqual:26036"]
    assert salmon.calcium_mg == 12.5  # a number Excel stored as a number
    assert salmon.vitamin_d_ug == 8.7
    assert table.notes == {"'traces' taken as 0": 1, "'< x' taken as x / 2": 2}


def test_sections_from_french_sub_groups(tmp_path: Path) -> None:
    frame = read(write(tmp_path)).frame.set_index("food_id")
    assert frame.loc["ciqual:20044", "section"] == "vegetables"  # légumes
    assert frame.loc["ciqual:20587", "section"] == "legumes"  # légumineuses
    assert frame.loc["ciqual:26036", "section"] == "fish"
    assert frame.loc["ciqual:26036", ["contains_fish", "vegan"]].tolist() == [1, 0]


def test_english_edition(tmp_path: Path) -> None:
    header = [
        h.replace("alim_nom_fr", "alim_nom_eng")
        .replace("nom_fr", "nom_eng")
        .replace("Magnésium", "Magnesium")
        for h in HEADER
    ]
    rows = [row[:5] + ["Spinach, raw"] + row[6:] for row in ROWS[:1]]
    rows[0][3] = "vegetables"
    frame = read(write(tmp_path, header, rows, name="Table Ciqual 2020_ENG.xlsx")).frame
    assert frame.loc[0, ["name_en", "section", "magnesium_mg"]].tolist() == [
        "Spinach, raw",
        "vegetables",
        79.3,
    ]


@pytest.mark.parametrize(
    "change, message",
    [
        (lambda h, r: (h[:4] + ["code"] + h[5:], r), "column 'alim_code' is missing"),
        (
            lambda h, r: (h, [r[0][:15] + ["beaucoup"] + r[0][16:]] + r[1:]),
            r"line 2, column 'Magnésium \(mg/100 g\)': 'beaucoup' is not a number",
        ),
        (
            lambda h, r: ([c for c in h if "/100 g" not in c], [x[:7] for x in r]),
            "no nutrient column",
        ),
    ],
)
def test_wrong_files_give_one_clear_message(tmp_path: Path, change, message: str) -> None:
    header, rows = change(list(HEADER), [list(r) for r in ROWS])
    with pytest.raises(FoodImportError, match=message):
        read(write(tmp_path, header, rows))


def test_truncated_and_empty_files(tmp_path: Path) -> None:
    path = write(tmp_path)
    path.write_bytes(path.read_bytes()[:2000])
    with pytest.raises(FoodImportError, match="not a readable Excel file"):
        read(path)
    empty = tmp_path / "empty.xlsx"
    Workbook().save(empty)
    with pytest.raises(FoodImportError, match="the file is empty"):
        read(empty)


# The XML edition: the same foods in Ciqual's four files, windows-1252 as ANSES writes them.
ALIM = """<?xml version="1.0" encoding="windows-1252"?>
<TABLE>
<ALIM>
<alim_code> 20044 </alim_code>
<alim_nom_fr> Épinard, cru </alim_nom_fr>
<ALIM_NOM_INDEX_FR> Épinard, cru </ALIM_NOM_INDEX_FR>
<alim_nom_eng> Spinach, raw </alim_nom_eng>
<alim_grp_code> 02 </alim_grp_code>
<alim_ssgrp_code> 0201 </alim_ssgrp_code>
<alim_ssssgrp_code> 020101 </alim_ssssgrp_code>
</ALIM>
<ALIM>
<alim_code> 26036 </alim_code>
<alim_nom_fr> Saumon, cru, élevage </alim_nom_fr>
<alim_nom_eng> Salmon, raw, farmed </alim_nom_eng>
<alim_grp_code> 04 </alim_grp_code>
<alim_ssgrp_code> 0402 </alim_ssgrp_code>
<alim_ssssgrp_code> 040200 </alim_ssssgrp_code>
</ALIM>
</TABLE>
"""
ALIM_GRP = """<?xml version="1.0" encoding="windows-1252"?>
<TABLE>
<ALIM_GRP>
<alim_grp_code> 02 </alim_grp_code>
<alim_grp_nom_fr> fruits, légumes, légumineuses et oléagineux </alim_grp_nom_fr>
<alim_grp_nom_eng> fruits, vegetables, legumes and nuts </alim_grp_nom_eng>
<alim_ssgrp_code> 0201 </alim_ssgrp_code>
<alim_ssgrp_nom_fr> légumes </alim_ssgrp_nom_fr>
<alim_ssgrp_nom_eng> vegetables </alim_ssgrp_nom_eng>
</ALIM_GRP>
<ALIM_GRP>
<alim_grp_code> 04 </alim_grp_code>
<alim_grp_nom_fr> viandes, œufs, poissons </alim_grp_nom_fr>
<alim_grp_nom_eng> meat, egg and fish </alim_grp_nom_eng>
<alim_ssgrp_code> 0402 </alim_ssgrp_code>
<alim_ssgrp_nom_fr> poissons crus </alim_ssgrp_nom_fr>
<alim_ssgrp_nom_eng> raw fish </alim_ssgrp_nom_eng>
</ALIM_GRP>
</TABLE>
"""
CONST = """<?xml version="1.0" encoding="windows-1252"?>
<TABLE>
<CONST><const_code> 328 </const_code>
<const_nom_fr> Energie, Règlement UE N° 1169/2011 (kcal/100 g) </const_nom_fr>
<const_nom_eng> Energy, Regulation EU No 1169/2011 (kcal/100g) </const_nom_eng></CONST>
<CONST><const_code> 10120 </const_code>
<const_nom_fr> Magnésium (mg/100 g) </const_nom_fr>
<const_nom_eng> Magnesium (mg/100g) </const_nom_eng></CONST>
<CONST><const_code> 10110 </const_code>
<const_nom_fr> Sodium (mg/100 g) </const_nom_fr>
<const_nom_eng> Sodium (mg/100g) </const_nom_eng></CONST>
<CONST><const_code> 52100 </const_code>
<const_nom_fr> Vitamine D (µg/100 g) </const_nom_fr>
<const_nom_eng> Vitamin D (µg/100g) </const_nom_eng></CONST>
<CONST><const_code> 400 </const_code>
<const_nom_fr> Eau (g/100 g) </const_nom_fr>
<const_nom_eng> Water (g/100g) </const_nom_eng></CONST>
</TABLE>
"""


def compo(rows: list[tuple[str, str, str]]) -> str:
    return (
        '<?xml version="1.0" encoding="windows-1252"?>\n<TABLE>\n'
        + "".join(
            f"<COMPO>\n<alim_code> {a} </alim_code>\n<const_code> {c} </const_code>\n"
            f'<teneur> {escape(t)} </teneur>\n<min missing=" " />\n<max missing=" " />\n'
            f"<code_confiance> A </code_confiance>\n<source_code> 4 </source_code>\n</COMPO>\n"
            for a, c, t in rows
        )
        + "</TABLE>\n"
    )


COMPO = [
    ("20044", "328", "28,4"),
    ("20044", "10120", "79,3"),
    ("20044", "10110", "traces"),
    ("20044", "52100", "-"),
    ("20044", "400", "91,4"),
    ("26036", "10120", "27,7"),
    ("26036", "10110", "< 2"),
    ("26036", "52100", "8,7"),
]


def write_xml(folder: Path, amounts=COMPO, zipped: bool = True) -> Path:
    files = {
        "alim_2020_07_07.xml": ALIM,
        "alim_grp_2020_07_07.xml": ALIM_GRP,
        "const_2020_07_07.xml": CONST,
        "compo_2020_07_07.xml": compo(amounts),
    }
    if zipped:
        path = folder / "XML_2020_07_07.zip"
        with zipfile.ZipFile(path, "w") as archive:
            for name, text in files.items():
                archive.writestr(name, text.encode("cp1252"))
        return path
    for name, text in files.items():
        (folder / name).write_bytes(text.encode("cp1252"))
    return folder


def test_the_xml_edition_gives_the_same_figures(tmp_path: Path) -> None:
    path = write_xml(tmp_path)
    assert detect_format(path) == "ciqual"
    table = read(path)
    frame = table.frame.set_index("food_id")
    spinach = frame.loc["ciqual:20044"]
    assert (spinach.magnesium_mg, spinach.energy_kcal, spinach.sodium_mg) == (79.3, 28.4, 0)
    assert np.isnan(spinach.vitamin_d_ug) and np.isnan(spinach.calcium_mg)  # "-", absent
    assert spinach.name_en == "Spinach, raw" and spinach.section == "vegetables"
    salmon = frame.loc["ciqual:26036"]
    assert (salmon.magnesium_mg, salmon.sodium_mg, salmon.vitamin_d_ug) == (27.7, 1, 8.7)
    assert salmon.section == "fish" and np.isnan(salmon.energy_kcal)
    assert table.notes == {"'traces' taken as 0": 1, "'< x' taken as x / 2": 1}
    folder = tmp_path / "unpacked"
    folder.mkdir()
    write_xml(folder, zipped=False)
    assert read(folder / "compo_2020_07_07.xml").frame.equals(table.frame)


def test_a_wrong_xml_set_gives_one_clear_message(tmp_path: Path) -> None:
    bad = [("20044", "10120", "beaucoup")]
    with pytest.raises(
        FoodImportError, match=r"alim_code 20044, column 'Magnésium \(mg/100 g\)': 'beaucoup'"
    ):
        read(write_xml(tmp_path, bad))
    path = write_xml(tmp_path)
    path.write_bytes(path.read_bytes()[:-40])
    with pytest.raises(FoodImportError, match="not a readable"):
        read(path)


# Since 2025 a line break stands where the slash was ("Magnésium\n(mg\n100 g)"), the first
# sheet is followed by a sheet of INFOODS codes, and the sub-sub-group has its own column.
HEADER_2025 = [
    "alim_grp_code",
    "alim_ssgrp_code",
    "alim_ssssgrp_code",
    "alim_grp_nom_fr",
    "alim_ssgrp_nom_fr",
    "alim_ssssgrp_nom_fr",
    "alim_code",
    "alim_nom_fr",
    "alim_nom_sci",
    "Energie,\nRèglement\nUE N°\n1169\n2011 (kJ\n100 g)",
    "Energie,\nRèglement\nUE N°\n1169\n2011 (kcal\n100 g)",
    "Eau\n(g\n100\ng)",
    "Protéines,\nN x\nfacteur de\nJones (g\n100 g)",
    "Protéines,\nN x 6.25\n(g\n100 g)",
    "Glucides\n(g\n100 g)",
    "Lipides\n(g\n100 g)",
    "Fibres\nalimentaires\n(g\n100 g)",
    "Calcium\n(mg\n100 g)",
    "Magnésium\n(mg\n100 g)",
    "Phosphore\n(mg\n100 g)",
    "Potassium\n(mg\n100 g)",
    "Sodium\n(mg\n100 g)",
    "Vitamine\nD (µg\n100 g)",
    "Vitamine D2\n(ergocalciférol)\n(µg\n100 g)",
    "Facteur\nde\nJones",
]
VEG_2025 = [
    "02",
    "0201",
    "020101",
    "fruits, légumes, légumineuses et oléagineux",
    "légumes",
    "légumes crus",
]
NUTS_2025 = [
    "02",
    "0205",
    "000000",
    "fruits, légumes, légumineuses et oléagineux",
    "fruits à coque et graines oléagineuses",
    "-",
]
MISC_2025 = [
    "10",
    "1003",
    "000000",
    "aides culinaires et ingrédients divers",
    "aides culinaires",
    "-",
]
ROWS_2025 = [
    VEG_2025
    + [
        "20059",
        "Épinard, cru",
        "",
        "119",
        "28,4",
        "91,4",
        "2,62",
        "2,9",
        "1,26",
        "0,4",
        "2,2",
        "99",
        "79,3",
        "49",
        "558",
        "traces",
        "-",
        "0,5",
        "6.25",
    ],
    NUTS_2025
    + [
        "15064",
        "Courge, graine, séchée",
        "",
        "2400",
        "574",
        "5,2",
        "30,2",
        "30,2",
        "4,7",
        "49,1",
        "6",
        "< 50",
        "550",
        "1230",
        "810",
        "18",
        "< 0,5",
        "-",
        "5.3",
    ],
    MISC_2025
    + [
        "9621",
        "Son de blé",
        "",
        "-",
        "-",
        "-",
        "-",
        "-",
        "-",
        "-",
        "-",
        "-",
        "-",
        "-",
        "-",
        "-",
        "-",
        "-",
        "-",
    ],
    MISC_2025
    + [
        "9621",
        "Son de blé",
        "",
        "903",
        "216",
        "9,4",
        "15,6",
        "15,5",
        "26,8",
        "4,3",
        "42,8",
        "73",
        "611",
        "1010",
        "1180",
        "5",
        "0",
        "-",
        "5.7",
    ],
]


def write_2025(folder: Path) -> Path:
    path = write(folder, HEADER_2025, ROWS_2025, name="Table Ciqual 2025_FR_2025_11_03.xlsx")
    book = load_workbook(path)
    book.create_sheet("codes INFOODS").append(["alim_code", "ENERC"])
    book.save(path)
    return path


def test_the_2025_table_with_line_breaks_in_its_headers(tmp_path: Path) -> None:
    table = read(write_2025(tmp_path))
    frame = table.frame.set_index("food_id")
    assert table.version == "Ciqual 2025" and len(frame) == 3
    spinach = frame.loc["ciqual:20059"]
    assert (
        spinach.energy_kcal,
        spinach.protein_g,
        spinach.carbohydrate_g,
        spinach.fat_g,
        spinach.fiber_g,
    ) == (28.4, 2.62, 1.26, 0.4, 2.2)
    assert (
        spinach.calcium_mg,
        spinach.magnesium_mg,
        spinach.phosphorus_mg,
        spinach.potassium_mg,
        spinach.sodium_mg,
    ) == (99, 79.3, 49, 558, 0)  # traces
    assert np.isnan(spinach.vitamin_d_ug)  # "-"; vitamin D2 alone (0,5) is not vitamin D
    assert spinach.section == "vegetables" and spinach.estimated == "sodium_mg"
    seeds = frame.loc["ciqual:15064"]
    assert (seeds.magnesium_mg, seeds.calcium_mg, seeds.vitamin_d_ug) == (550, 25, 0.25)
    assert seeds.section == "nuts and seeds"
    assert seeds.estimated == "calcium_mg vitamin_d_ug"
    assert table.notes == {"'traces' taken as 0": 1, "'< x' taken as x / 2": 2}


def test_a_food_listed_twice_keeps_its_fullest_row(tmp_path: Path) -> None:
    table = read(write_2025(tmp_path))
    bran = table.frame.set_index("food_id").loc["ciqual:9621"]
    assert (
        bran.name_en,
        bran.magnesium_mg,
        bran.calcium_mg,
        bran.fiber_g,
        bran.sodium_mg,
        bran.vitamin_d_ug,
    ) == ("Son de blé", 611, 73, 42.8, 5, 0)
    assert bran.estimated == ""
    assert table.skipped == {"the same alim_code as a row with more figures (9621)": 1}


def test_the_official_2020_download_as_legacy_excel(tmp_path: Path) -> None:
    # tests/data/ciqual_2020.xls is made by tests/data/make_ciqual_2020_xls.py (see there).
    path = tmp_path / "Table Ciqual 2020_ENG_2020 07 07.xls"
    path.write_bytes((Path(__file__).parent / "data" / "ciqual_2020.xls").read_bytes())
    assert detect_format(path) == "ciqual"
    table = read(path)
    frame = table.frame.set_index("food_id")
    assert table.version == "Ciqual 2020"
    assert sorted(frame.index) == ["ciqual:15064", "ciqual:20059", "ciqual:9621"]  # not 9621.0
    spinach = frame.loc["ciqual:20059"]
    assert spinach.name_en == "Spinach, raw" and spinach.section == "vegetables"
    assert (
        spinach.magnesium_mg,
        spinach.calcium_mg,
        spinach.sodium_mg,
        spinach.vitamin_d_ug,
        spinach.protein_g,
        spinach.fiber_g,
    ) == (52.5, 114, 66.7, 0, 2.62, 2.2)
    assert np.isnan(spinach.energy_kcal)  # "-"
    bran = frame.loc["ciqual:9621"]  # the empty row first, the full one kept
    assert (bran.magnesium_mg, bran.calcium_mg, bran.energy_kcal, bran.fiber_g) == (
        546,
        73.9,
        216,
        42.8,
    )
    assert (bran.sodium_mg, bran.vitamin_d_ug) == (2.5, 0)  # "< 5", "traces"
    assert bran.estimated == "vitamin_d_ug sodium_mg"  # in the schema's order
    seeds = frame.loc["ciqual:15064"]
    assert (seeds.magnesium_mg, seeds.calcium_mg, seeds.section) == (550, 25, "nuts and seeds")
    assert table.skipped == {"the same alim_code as a row with more figures (9621)": 1}
    assert table.notes == {"'traces' taken as 0": 1, "'< x' taken as x / 2": 2}


def test_a_damaged_legacy_excel_file_gives_one_clear_message(tmp_path: Path) -> None:
    data = (Path(__file__).parent / "data" / "ciqual_2020.xls").read_bytes()
    path = tmp_path / "Table Ciqual 2020.xls"
    path.write_bytes(data[:3000])
    with pytest.raises(FoodImportError, match="not a readable Excel file"):
        read(path)


def test_excel_print_headers_openpyxl_cannot_parse_are_ignored_quietly(tmp_path: Path) -> None:
    # Ciqual's files carry the print header "The SAS System", which openpyxl warns about.
    path = write(tmp_path)
    with zipfile.ZipFile(path) as archive:
        parts = {n: archive.read(n) for n in archive.namelist()}
    sheet = "xl/worksheets/sheet1.xml"
    parts[sheet] = parts[sheet].replace(
        b"</worksheet>",
        b"<headerFooter><oddHeader>The SAS System</oddHeader></headerFooter></worksheet>",
    )
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        frame = read(path).frame
    assert len(frame) == 3 and not caught


SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"


@pytest.mark.parametrize(
    "name, foods, magnesium",
    [
        ("ciqual_2025_fr.xlsx", 3484, ("ciqual:20059", 79.0)),
        ("ciqual_2020_en.xlsx", 3185, ("ciqual:20059", 52.5)),
    ],
)
def test_the_real_ciqual_tables(name: str, foods: int, magnesium) -> None:
    path = SHARED / name
    if not path.exists():
        pytest.skip(f"{path} is not here (reference data, see the project's README)")
    table = read(path)
    frame = table.frame.set_index("food_id")
    assert len(frame) == foods
    assert frame.loc[magnesium[0], "magnesium_mg"] == magnesium[1]
    assert frame.loc["ciqual:9621", "magnesium_mg"] > 500  # wheat bran, not its empty row
    assert (frame["estimated"] != "").sum() > 1000
