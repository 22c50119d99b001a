"""The three food-table sizes every figure is measured at."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from planner.foods import COLUMNS, NUTRIENTS, SECTIONS, TAGS, FoodTable

USDA_FOODS = Path(__file__).resolve().parents[2] / "shared" / "data" / "usda_sr28_foods.csv"


def bundled() -> FoodTable:
    return FoodTable.load()


def usda() -> FoodTable | None:
    """The 8,789-food SR28 table in the project's schema, or None when the file is absent."""
    if not USDA_FOODS.exists():
        return None
    return FoodTable(usda_frame(USDA_FOODS), origin=str(USDA_FOODS))


def usda_frame(path: Path) -> pd.DataFrame:
    raw = pd.read_csv(path, dtype=str, keep_default_na=False)
    frame = pd.DataFrame({
        "food_id": "usda:" + raw["ndb_no"], "name_en": raw["name"], "name_nl": raw["name"],
        "section": "other", "portion_en": "100 g", "portion_nl": "100 g", "portion_g": "100",
    })
    for column in NUTRIENTS:
        frame[column] = raw[column] if column in raw else ""
    for tag in TAGS:
        frame[tag] = "0"
    return frame[list(COLUMNS)]


def synthetic(size: int = 400_000, seed: int = 28) -> FoodTable:
    """A table of `size` foods whose names are recombined from real USDA and bundled names,
    so word counts, lengths and vocabulary resemble a national table's."""
    rng = np.random.default_rng(seed)
    source = usda()
    names = (source or bundled()).frame["name_en"].to_numpy(dtype=str)
    words = np.unique(" ".join(names).replace(",", " ").split())
    lengths = rng.integers(2, 9, size)
    picks = rng.integers(0, len(words), lengths.sum())
    cuts = np.cumsum(lengths)[:-1]
    name_en = [", ".join(ws) for ws in np.split(words[picks], cuts)]
    frame = pd.DataFrame({
        "food_id": [f"syn:{i}" for i in range(size)], "name_en": name_en,
        "name_nl": rng.permutation(name_en),
        "section": np.asarray(SECTIONS)[rng.integers(0, len(SECTIONS), size)],
        "portion_en": "100 g", "portion_nl": "100 g", "portion_g": 100.0,
    })
    values = rng.gamma(1.5, 40, (size, len(NUTRIENTS)))
    values[rng.random(values.shape) < 0.1] = np.nan   # some unknown values, as in real tables
    for i, column in enumerate(NUTRIENTS):
        frame[column] = values[:, i]
    for tag in TAGS:
        frame[tag] = 0
    return FoodTable(frame, origin="synthetic table")
