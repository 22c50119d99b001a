"""Writes ciqual_2020.xls: a few foods in the layout of the official Ciqual 2020 download,
a legacy Excel (.xls) file, for tests/test_importers_ciqual.py.

Made once and committed, because no well-kept library writes .xls any more; xlwt (unmaintained)
still does. To make it again:

    python3 -m venv /tmp/xlwt && /tmp/xlwt/bin/pip install xlwt==1.3.0
    /tmp/xlwt/bin/python tests/data/make_ciqual_2020_xls.py

The headers are Ciqual 2020's own (English edition); the figures are made up for the test and
checked by hand there. As in the real file, most figures are text with decimal commas, some
cells are numbers, "-" is unknown, "traces" and "< x" are below the detection limit, and
alim_code 9621 is listed twice, an empty row first.
"""

from pathlib import Path

import xlwt

HEADER = [
    "alim_grp_code",
    "alim_ssgrp_code",
    "alim_ssssgrp_code",
    "alim_grp_nom_eng",
    "alim_ssgrp_nom_eng",
    "alim_ssssgrp_nom_eng",
    "alim_code",
    "alim_nom_eng",
    "alim_nom_sci",
    "Energy, Regulation EU No 1169/2011 (kJ/100g)",
    "Energy, Regulation EU No 1169/2011 (kcal/100g)",
    "Water (g/100g)",
    "Protein (g/100g)",
    "Protein, crude, N x 6.25 (g/100g)",
    "Carbohydrate (g/100g)",
    "Fat (g/100g)",
    "Fibres (g/100g)",
    "Calcium (mg/100g)",
    "Magnesium (mg/100g)",
    "Phosphorus (mg/100g)",
    "Potassium (mg/100g)",
    "Sodium (mg/100g)",
    "Vitamin D (µg/100g)",
]
GROUP_VEG = [
    "02",
    "0201",
    "020101",
    "fruits, vegetables, legumes and nuts",
    "vegetables",
    "vegetables, raw",
]
GROUP_NUTS = ["02", "0205", "000000", "fruits, vegetables, legumes and nuts", "nuts and seeds", "-"]
GROUP_MISC = ["10", "1009", "000000", "miscellaneous", "miscellaneous ingredients", "-"]
ROWS = [
    GROUP_VEG
    + [
        20059,
        "Spinach, raw",
        "Spinacia oleracea",
        "-",
        "-",
        "91,4",
        "2,62",
        "2,9",
        "1,26",
        "0,4",
        "2,2",
        114,
        "52,5",
        "49",
        "558",
        "66,7",
        "0",
    ],
    GROUP_MISC
    + [
        9621,
        "Wheat bran",
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
    ],
    GROUP_MISC
    + [
        9621,
        "Wheat bran",
        "",
        "903",
        "216",
        "9,4",
        "15,6",
        "15,5",
        "26,8",
        "4,3",
        "42,8",
        "73,9",
        546,
        "1010",
        "1180",
        "< 5",
        "traces",
    ],
    GROUP_NUTS
    + [
        15064,
        "Pumpkin seed, dried",
        "Cucurbita pepo",
        "2390",
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
        "-",
    ],
]


def main() -> None:
    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("compo")
    for r, row in enumerate([HEADER] + ROWS):
        for c, value in enumerate(row):
            sheet.write(r, c, value)
    book.save(str(Path(__file__).with_name("ciqual_2020.xls")))


if __name__ == "__main__":
    main()
