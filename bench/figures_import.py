"""Figures for importing a FoodData Central download of 400,000 foods, and searching the result.

    (measured by `.venv/bin/python -m bench`)

The synthetic download has the exact shape of USDA's SR Legacy CSV zip (same files, same
quoted headers and columns, 20 nutrient rows per food of which 13 are ones the planner reads),
names recombined from real USDA words, and a fixed seed. It is written once under the system's
temp folder and reused, and so is a data folder with it imported (`library_path`), which the
window's figures open. The import runs in a fresh subprocess so its peak memory (VmHWM) is the
import's alone: reading the download, then storing it in a data folder as `foods import` does.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
USDA_FOODS = ROOT.parent / "shared" / "data" / "usda_sr28_foods.csv"
FOODS = 400_000
SEED = 7
CATEGORIES = (
    "Dairy and Egg Products",
    "Spices and Herbs",
    "Baby Foods",
    "Fats and Oils",
    "Poultry Products",
    "Soups, Sauces, and Gravies",
    "Sausages and Luncheon Meats",
    "Breakfast Cereals",
    "Fruits and Fruit Juices",
    "Pork Products",
    "Vegetables and Vegetable Products",
    "Nut and Seed Products",
    "Beef Products",
    "Beverages",
    "Finfish and Shellfish Products",
    "Legumes and Legume Products",
    "Lamb, Veal, and Game Products",
    "Baked Products",
    "Sweets",
    "Cereal Grains and Pasta",
    "Fast Foods",
    "Meals, Entrees, and Side Dishes",
    "Snacks",
    "American Indian/Alaska Native Foods",
    "Restaurant Foods",
)
# (id, name, unit): the 13 the planner reads, then 7 it must skip.
NUTRIENTS = (
    (1008, "Energy", "KCAL"),
    (1003, "Protein", "G"),
    (1004, "Total lipid (fat)", "G"),
    (1005, "Carbohydrate, by difference", "G"),
    (1079, "Fiber, total dietary", "G"),
    (1090, "Magnesium, Mg", "MG"),
    (1087, "Calcium, Ca", "MG"),
    (1114, "Vitamin D (D2 + D3)", "UG"),
    (1110, "Vitamin D (D2 + D3), International Units", "IU"),
    (1092, "Potassium, K", "MG"),
    (1091, "Phosphorus, P", "MG"),
    (1093, "Sodium, Na", "MG"),
    (2047, "Energy (Atwater General Factors)", "KCAL"),
    (1089, "Iron, Fe", "MG"),
    (1095, "Zinc, Zn", "MG"),
    (1051, "Water", "G"),
    (1062, "Energy", "kJ"),
    (1162, "Vitamin C, total ascorbic acid", "MG"),
    (1175, "Vitamin B-6", "MG"),
    (1253, "Cholesterol", "MG"),
)
FALLBACK_WORDS = (
    "cheese cheddar sharp sliced spinach raw frozen chopped boiled drained salt without with "
    "seeds pumpkin squash kernels dried roasted almonds blanched oats rolled bread whole wheat "
    "salmon sockeye cooked dry heat chicken breast meat only skin beef ground lean fat milk "
    "reduced nonfat yogurt plain greek lentils mature canned beans kidney red black rice brown "
    "long grain enriched pasta spaghetti banana apple juice unsweetened chocolate dark cocoa "
    "solids potatoes baked flesh peanut butter smooth style tofu firm prepared calcium sulfate"
).split()


def download_path(foods: int = FOODS, seed: int = SEED) -> Path:
    """The synthetic download (generated on first use), as a zip like USDA's."""
    folder = Path(tempfile.gettempdir()) / f"magplan-fdc-{foods}-{seed}"
    path = folder / "FoodData_Central_sr_legacy_food_csv_2018-04.zip"
    if not path.exists():
        folder.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(".part")
        _write_download(partial, foods, seed)
        partial.replace(path)
    return path


def _words() -> np.ndarray:
    if USDA_FOODS.exists():
        names = pd.read_csv(USDA_FOODS, usecols=["name"])["name"]
        return np.unique(" ".join(names).replace(",", " ").lower().split())
    return np.array(FALLBACK_WORDS)


def _quoted(frame: pd.DataFrame) -> str:
    # Every field quoted, as USDA writes them.
    return frame.to_csv(index=False, quoting=1, lineterminator="\n")


def _write_download(path: Path, foods: int, seed: int) -> None:
    rng = np.random.default_rng(seed)
    words = _words()
    fdc = np.arange(foods) + 100_000
    lengths = rng.integers(2, 9, foods)  # SR names run 2 to 8 parts
    picks = words[rng.integers(0, len(words), lengths.sum())]
    names = [", ".join(part).capitalize() for part in np.split(picks, np.cumsum(lengths)[:-1])]
    inner = "FoodData_Central_sr_legacy_food_csv_ 2018-04/"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        archive.writestr(
            inner + "food.csv",
            _quoted(
                pd.DataFrame(
                    {
                        "fdc_id": fdc,
                        "data_type": "sr_legacy_food",
                        "description": names,
                        "food_category_id": rng.integers(1, len(CATEGORIES) + 1, foods),
                        "publication_date": "2019-04-01",
                    }
                )
            ),
        )
        archive.writestr(
            inner + "sr_legacy_food.csv", _quoted(pd.DataFrame({"fdc_id": fdc, "NDB_number": fdc}))
        )
        archive.writestr(
            inner + "food_category.csv",
            _quoted(
                pd.DataFrame(
                    {
                        "id": np.arange(1, len(CATEGORIES) + 1),
                        "code": [f"{i:02d}00" for i in range(1, len(CATEGORIES) + 1)],
                        "description": CATEGORIES,
                    }
                )
            ),
        )
        archive.writestr(
            inner + "nutrient.csv",
            _quoted(
                pd.DataFrame(
                    [(i, n, u, "", "") for i, n, u in NUTRIENTS],
                    columns=["id", "name", "unit_name", "nutrient_nbr", "rank"],
                )
            ),
        )
        with_portion = np.flatnonzero(rng.random(foods) < 0.6)
        archive.writestr(
            inner + "food_portion.csv",
            _quoted(
                pd.DataFrame(
                    {
                        "id": np.arange(len(with_portion)),
                        "fdc_id": fdc[with_portion],
                        "seq_num": 1,
                        "amount": 1.0,
                        "measure_unit_id": 9999,
                        "portion_description": "",
                        "modifier": rng.choice(
                            ["cup", "oz", "slice", "tbsp", "medium"], len(with_portion)
                        ),
                        "gram_weight": rng.integers(5, 250, len(with_portion)).astype(float),
                        "data_points": "",
                        "footnote": "",
                        "min_year_acquired": "",
                    }
                )
            ),
        )
        ids = np.array([n for n, _, _ in NUTRIENTS])
        with archive.open(inner + "food_nutrient.csv", "w", force_zip64=True) as out:
            out.write(
                b'"id","fdc_id","nutrient_id","amount","data_points","derivation_id",'
                b'"min","max","median","footnote","min_year_acquired"\n'
            )
            step = 50_000
            for start in range(0, foods, step):
                block = fdc[start : start + step]
                food = np.repeat(block, len(ids))
                nutrient = np.tile(ids, len(block))
                present = rng.random(len(food)) > 0.08  # some nutrients not analysed
                amount = np.round(rng.gamma(1.5, 40, len(food)), 2)
                rows = pd.DataFrame(
                    {
                        "id": np.arange(len(food)) + start * len(ids),
                        "fdc_id": food,
                        "nutrient_id": nutrient,
                        "amount": amount,
                        "data_points": 3,
                        "derivation_id": 1,
                        "min": "",
                        "max": "",
                        "median": "",
                        "footnote": "",
                        "min_year_acquired": "",
                    }
                )[present]
                out.write(
                    rows.to_csv(index=False, header=False, quoting=1, lineterminator="\n").encode()
                )


_CHILD = """
import json, sys, time
from pathlib import Path
from planner.importers import read
from planner.library import Library
calls = []
start = time.perf_counter()
table = read(Path(sys.argv[1]), progress=lambda done, total: calls.append((done, total)))
seconds = time.perf_counter() - start
start = time.perf_counter()
Library(sys.argv[2]).add(table)
stored = time.perf_counter() - start
status = Path("/proc/self/status").read_text().splitlines()
peak_kb = int(next(line for line in status if line.startswith("VmHWM")).split()[1])
print(json.dumps({"foods": len(table.frame), "seconds": round(seconds, 2),
                  "store_seconds": round(stored, 2),
                  "peak_rss_mb": round(peak_kb / 1024, 1), "progress_calls": len(calls),
                  "progress_last": calls[-1] if calls else None}))
"""


def _import(folder: Path) -> dict:
    out = subprocess.run(
        [sys.executable, "-c", _CHILD, str(download_path()), str(folder)],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    return json.loads(out.stdout)


def import_fdc_400k() -> dict:
    """Import the synthetic 400,000-food download into an empty data folder, in a subprocess:
    seconds to read it and to store it, peak RSS, progress reports."""
    path = download_path()
    with zipfile.ZipFile(path) as archive:
        unpacked = sum(i.file_size for i in archive.infolist())
    with tempfile.TemporaryDirectory() as folder:
        figures = _import(Path(folder))
    figures.update(
        zip_mb=round(path.stat().st_size / 2**20, 1), unpacked_mb=round(unpacked / 2**20, 1)
    )
    return figures


def library_path(foods: int = FOODS, seed: int = SEED) -> Path:
    """A data folder with the synthetic download imported (made on first use, then kept; a
    Magplan that stores tables otherwise converts it when it first opens it)."""
    from planner.library import Library

    folder = Path(tempfile.gettempdir()) / f"magplan-library-{foods}-{seed}"
    if (folder / "tables").is_dir():
        library = Library(folder)
        library.food_table()  # converted here if stored otherwise
        if library.problems:  # stored by a Magplan that cannot be read: again
            shutil.rmtree(folder)
    if not (folder / "tables").is_dir():
        partial = folder.with_name(folder.name + ".part")
        shutil.rmtree(partial, ignore_errors=True)
        _import(partial)
        partial.replace(folder)
    return folder


QUERIES = (
    "cheese",
    "chicken breast",
    "pumpkin seeds",
    "spinach raw",
    "s",
    "sp",
    "spin",
    "rice brown long grain",
    "milk",
    "oat",
    "beef ground lean",
    "xyzzy",
    "a",
    "ed",
)


def search_400k_ms() -> list[float]:
    """Milliseconds per query (best of 3) over the bundled and the imported 400,000 foods, as
    the window opens them."""
    from bench.tables import imported

    table = imported()
    times = []
    for query in QUERIES:
        best = float("inf")
        for _ in range(3):
            start = time.perf_counter()
            table.search(query)
            best = min(best, time.perf_counter() - start)
        times.append(round(best * 1000, 2))
    return times
