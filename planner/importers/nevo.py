"""NEVO, the Dutch food composition table (RIVM), from the user's own download.

NEVO may not be redistributed: Magplan imports the user's copy and never ships it.
The CSV is pipe-separated with decimal commas, UTF-8 with or without a byte-order mark (older
copies Windows-1252); an empty cell is unknown. Most foods are given per 100 g and some drinks
per 100 ml: those are converted to per 100 g with the density stated in DENSITY_G_PER_ML, by
store section, and a food per 100 ml with no stated density is skipped, never taken as grams.
"""

from __future__ import annotations

import io
import re
import unicodedata
from collections import Counter
from pathlib import Path

import numpy as np
import pandas as pd

from planner.importers.common import (
    FoodImportError,
    ImportedTable,
    Progress,
    detail,
    duplicates_reason,
    finish,
    fuller_copies,
    read_text,
    require_columns,
    rows_to_keep,
    sections_for_groups,
    to_numbers,
)
from planner.messages import Message

CODE, NAME_NL, NAME_EN = "NEVO-code", "Voedingsmiddelnaam/Dutch food name", "Engelse naam/Food name"
GROUP_NL, GROUP_EN, QUANTITY = "Voedingsmiddelgroep", "Food group", "Hoeveelheid/Quantity"
VERSION = "NEVO-versie/NEVO-version"
NUTRIENT_COLUMNS = {
    "ENERCC (kcal)": "energy_kcal",
    "PROT (g)": "protein_g",
    "FAT (g)": "fat_g",
    "CHO (g)": "carbohydrate_g",
    "FIBT (g)": "fiber_g",
    "MG (mg)": "magnesium_mg",
    "CA (mg)": "calcium_mg",
    "VITD (µg)": "vitamin_d_ug",
    "K (mg)": "potassium_mg",
    "P (mg)": "phosphorus_mg",
    "NA (mg)": "sodium_mg",
}
# Grams per millilitre for foods NEVO gives per 100 ml, by store section: drinks as water
# (juices and soft drinks are 1.03 to 1.05, wine 0.99: within 5 %), milk and milk drinks 1.03,
# oils 0.92.
DENSITY_G_PER_ML = {"drinks": 1.0, "dairy and eggs": 1.03, "fats and spreads": 0.92}


def _key(header: str) -> str:
    # NFKC folds the micro sign into the Greek mu, so "µg" matches however it was typed.
    return unicodedata.normalize("NFKC", str(header)).strip().casefold()


def looks_like(text_start: str) -> bool:
    return "NEVO-code" in text_start and "|" in text_start


def read(path: Path, progress: Progress | None = None) -> ImportedTable:
    text = read_text(path)
    if progress:
        progress(0, len(text))
    try:
        raw = pd.read_csv(io.StringIO(text), sep="|", dtype=str, keep_default_na=False)
    except (pd.errors.ParserError, pd.errors.EmptyDataError) as err:
        raise FoodImportError("import.not_nevo", file=path.name, detail=detail(err)) from None
    by_key = {_key(c): c for c in raw.columns}
    wanted = [CODE, NAME_NL, NAME_EN, GROUP_NL, QUANTITY] + list(NUTRIENT_COLUMNS)
    missing = [c for c in wanted if _key(c) not in by_key]
    if missing:
        if len(raw.columns) == 1:
            raise FoodImportError("import.nevo_separator", file=path.name)
        require_columns([], missing, path.name)
    column = {c: by_key[_key(c)] for c in wanted + [GROUP_EN, VERSION] if _key(c) in by_key}
    skipped: Counter[str] = Counter()
    notes: Counter[str] = Counter()

    frame = pd.DataFrame(
        {
            "food_id": "nevo:" + raw[column[CODE]].str.strip(),
            "name_nl": raw[column[NAME_NL]].str.strip(),
            "name_en": raw[column[NAME_EN]].str.strip(),
        }
    )
    frame["name_en"] = frame["name_en"].where(frame["name_en"] != "", frame["name_nl"])
    group = raw[column[GROUP_EN]] if GROUP_EN in column else raw[column[GROUP_NL]]
    frame["section"] = sections_for_groups(group.str.strip())
    for header, nutrient in NUTRIENT_COLUMNS.items():
        frame[nutrient] = to_numbers(raw[column[header]], path.name, column[header], decimal=",")

    quantity = raw[column[QUANTITY]].str.replace(" ", "").str.casefold()
    per_ml = quantity.eq("per100ml").to_numpy()
    density = frame["section"].map(DENSITY_G_PER_ML).to_numpy(dtype=float)
    nutrients = list(NUTRIENT_COLUMNS.values())
    converted = per_ml & ~np.isnan(density)
    # 100 ml weighs 100 x density grams, so per 100 g is the per-100-ml value / density.
    frame.loc[converted, nutrients] = frame.loc[converted, nutrients].div(
        density[converted], axis=0
    )
    frame["portion_g"] = np.where(converted, 100 * np.nan_to_num(density), 100.0)
    frame["portion_en"] = np.where(converted, "100 ml", "100 g")
    frame["portion_nl"] = frame["portion_en"]
    for d in np.unique(density[converted]):
        notes[Message("import.per_100ml", density=float(d))] += int((density[converted] == d).sum())

    codes = raw[column[CODE]].str.strip()
    copies = fuller_copies(codes, frame[nutrients])
    keep = rows_to_keep(
        len(frame),
        (
            (
                Message("import.skip.no_id", what="NEVO-code"),
                frame["food_id"].eq("nevo:").to_numpy(),
            ),
            (Message("import.skip.no_name"), frame["name_nl"].eq("").to_numpy()),
            (Message("import.skip.no_density"), per_ml & np.isnan(density)),
            (Message("import.skip.quantity"), ~quantity.isin(("per100g", "per100ml")).to_numpy()),
            (duplicates_reason("NEVO-code", codes, copies), copies),
        ),
        skipped,
        path.name,
    )
    if progress:
        progress(len(text), len(text))
    return ImportedTable(
        finish(frame[keep], path.name),
        source="nevo",
        version=_version(raw, column, path),
        file=path.name,
        skipped=+skipped,
        notes=+notes,
    )


def _version(raw: pd.DataFrame, column: dict[str, str], path: Path) -> str:
    if VERSION in column:
        given = raw[column[VERSION]].str.strip()
        given = given[given != ""]
        if len(given):
            return str(given.iloc[0])
    match = re.search(r"NEVO(\d{4})_v?(\d+(?:\.\d+)?)", path.name, re.IGNORECASE)
    return f"NEVO {match.group(1)} {match.group(2)}" if match else ""
