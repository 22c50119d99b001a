"""Ciqual xlsx: unit-carrying headers with line breaks, 'traces', '< x', '-'; figures by hand."""

import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

import numpy as np
import pytest
from openpyxl import Workbook

from planner.importers import FoodImportError, detect_format, read

HEADER = ["alim_grp_code", "alim_ssgrp_code", "alim_grp_nom_fr", "alim_ssgrp_nom_fr",
          "alim_code", "alim_nom_fr", "alim_nom_sci",
          "Energie, Règlement UE N° 1169/2011 (kJ/100 g)",
          "Energie, Règlement UE N° 1169/2011 (kcal/100 g)",
          "Protéines, N x facteur de Jones (g/100 g)", "Protéines, N x 6.25 (g/100 g)",
          "Glucides (g/100 g)", "Lipides (g/100 g)", "Fibres alimentaires\n(g/100 g)",
          "Calcium (mg/100 g)", "Magnésium\n(mg/100 g)", "Phosphore (mg/100 g)",
          "Potassium (mg/100 g)", "Sodium (mg/100 g)", "Vitamine D (µg/100 g)",
          "Fer (mg/100 g)"]
ROWS = [
    ["02", "0201", "fruits, légumes, légumineuses et oléagineux", "légumes", "20044",
     "Épinard, cru", "Spinacia oleracea", "118", "28,4", "2,62", "2,9", "1,26", "0,4",
     "2,2", "99", "79,3", "49", "558", "traces", "-", "2,71"],
    ["02", "0203", "fruits, légumes, légumineuses et oléagineux", "légumineuses", "20587",
     "Lentille verte, cuite", "", "531", "126", "< 0,5", "10,1", "16,3", "0,6", "8,4",
     "21,4", "36", "180", "320", "< 2", "-", "3,3"],
    ["04", "0401", "viandes, œufs, poissons et assimilés", "poissons crus", "26036",
     "Saumon, cru, élevage", "Salmo salar", "913", "220", "20,4", "20,9", "0", "15,3", "0",
     12.5, "27,7", "250", "363", "57", "8,7", "0,3"],
]


def write(folder: Path, header=HEADER, rows=ROWS, name="Table Ciqual 2020_FR_2020 07 07.xlsx"
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
    assert spinach.protein_g == 2.62            # N x Jones' factor, preferred over N x 6.25
    assert spinach.sodium_mg == 0               # "traces"
    assert np.isnan(spinach.vitamin_d_ug)       # "-"
    lentils = frame.loc["ciqual:20587"]
    assert lentils.protein_g == 0.25            # "< 0,5" -> 0.5 / 2
    assert lentils.sodium_mg == 1               # "< 2" -> 1
    salmon = frame.loc["ciqual:26036"]
    assert salmon.calcium_mg == 12.5            # a number Excel stored as a number
    assert salmon.vitamin_d_ug == 8.7
    assert table.notes == {"'traces' taken as 0": 1, "'< x' taken as x / 2": 2}


def test_sections_from_french_sub_groups(tmp_path: Path) -> None:
    frame = read(write(tmp_path)).frame.set_index("food_id")
    assert frame.loc["ciqual:20044", "section"] == "vegetables"     # légumes
    assert frame.loc["ciqual:20587", "section"] == "legumes"        # légumineuses
    assert frame.loc["ciqual:26036", "section"] == "fish"
    assert frame.loc["ciqual:26036", ["contains_fish", "vegan"]].tolist() == [1, 0]


def test_english_edition(tmp_path: Path) -> None:
    header = [h.replace("alim_nom_fr", "alim_nom_eng").replace("nom_fr", "nom_eng")
              .replace("Magnésium", "Magnesium") for h in HEADER]
    rows = [row[:5] + ["Spinach, raw"] + row[6:] for row in ROWS[:1]]
    rows[0][3] = "vegetables"
    frame = read(write(tmp_path, header, rows, name="Table Ciqual 2020_ENG.xlsx")).frame
    assert frame.loc[0, ["name_en", "section", "magnesium_mg"]].tolist() == \
        ["Spinach, raw", "vegetables", 79.3]


@pytest.mark.parametrize("change, message", [
    (lambda h, r: (h[:4] + ["code"] + h[5:], r), "column 'alim_code' is missing"),
    (lambda h, r: (h, [r[0][:15] + ["beaucoup"] + r[0][16:]] + r[1:]),
     r"line 2, column 'Magnésium \(mg/100 g\)': 'beaucoup' is not a number"),
    (lambda h, r: ([c for c in h if "/100 g" not in c], [x[:7] for x in r]),
     "no nutrient column"),
])
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
    return ('<?xml version="1.0" encoding="windows-1252"?>\n<TABLE>\n' + "".join(
        f"<COMPO>\n<alim_code> {a} </alim_code>\n<const_code> {c} </const_code>\n"
        f"<teneur> {escape(t)} </teneur>\n<min missing=\" \" />\n<max missing=\" \" />\n"
        f"<code_confiance> A </code_confiance>\n<source_code> 4 </source_code>\n</COMPO>\n"
        for a, c, t in rows) + "</TABLE>\n")


COMPO = [("20044", "328", "28,4"), ("20044", "10120", "79,3"), ("20044", "10110", "traces"),
         ("20044", "52100", "-"), ("20044", "400", "91,4"),
         ("26036", "10120", "27,7"), ("26036", "10110", "< 2"), ("26036", "52100", "8,7")]


def write_xml(folder: Path, amounts=COMPO, zipped: bool = True) -> Path:
    files = {"alim_2020_07_07.xml": ALIM, "alim_grp_2020_07_07.xml": ALIM_GRP,
             "const_2020_07_07.xml": CONST, "compo_2020_07_07.xml": compo(amounts)}
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
    assert np.isnan(spinach.vitamin_d_ug) and np.isnan(spinach.calcium_mg)   # "-", absent
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
    with pytest.raises(FoodImportError,
                       match=r"alim_code 20044, column 'Magnésium \(mg/100 g\)': 'beaucoup'"):
        read(write_xml(tmp_path, bad))
    path = write_xml(tmp_path)
    path.write_bytes(path.read_bytes()[:-40])
    with pytest.raises(FoodImportError, match="not a readable"):
        read(path)
