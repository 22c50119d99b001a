"""The bundled food table, data/foods.csv: its shape and tags always, and, where the
shared USDA file is present, that every nutrient figure is USDA's for the cited NDB
number. Plain pandas; no Qt, no planner code."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

ROOT = Path(__file__).resolve().parent.parent
FOODS = ROOT / "data" / "foods.csv"
SELECTION = ROOT / "data" / "foods_selection.csv"
USDA = ROOT.parent / "shared" / "data" / "usda_sr28_foods.csv"

NUTRIENTS = [
    "energy_kcal", "protein_g", "fat_g", "carbohydrate_g", "fiber_g", "magnesium_mg",
    "calcium_mg", "vitamin_d_ug", "potassium_mg", "phosphorus_mg", "sodium_mg",
]
TAGS = [
    "vegetarian", "vegan", "contains_nuts", "contains_fish", "contains_dairy",
    "contains_gluten", "contains_egg", "contains_soy",
]
COLUMNS = (["food_id", "name_en", "name_nl", "section"] + NUTRIENTS
           + ["portion_g", "portion_en", "portion_nl"] + TAGS)
SECTIONS = {
    "vegetables", "fruit", "bread and cereals", "grains and pasta", "potatoes", "legumes",
    "nuts and seeds", "dairy and eggs", "cheese", "meat", "fish", "plant proteins",
    "fats and spreads", "sweets and snacks", "drinks", "herbs and spices", "other",
}
# Foods the planner must always offer, by the NDB number they cite.
REQUIRED = {
    "usda:08120": "rolled oats",
    "usda:20036": "brown rice, raw",
    "usda:20037": "brown rice, cooked",
    "usda:18075": "wholemeal bread",
    "usda:11457": "spinach, raw",
    "usda:11233": "kale, raw",
    "usda:12061": "almonds",
    "usda:12087": "cashews",
    "usda:12014": "pumpkin seeds",
    "usda:16070": "lentils, cooked",
    "usda:16057": "chickpeas, cooked",
    "usda:09037": "avocado",
    "usda:09040": "banana",
    "usda:19904": "dark chocolate 70-85%",
    "usda:01211": "whole milk",
    "usda:01174": "semi-skimmed milk",
    "usda:01151": "skimmed milk",
    "usda:01116": "plain yoghurt",
    "usda:01293": "Greek yoghurt",
    "usda:01012": "cottage cheese (fresh cheese)",
    "usda:01022": "Gouda",
    "usda:01018": "Edam",
    "usda:01253": "processed cheese slices",
    "usda:16427": "tofu, calcium sulfate",
    "usda:15088": "sardines in oil",
    "usda:15236": "salmon, farmed, raw",
    "usda:15086": "salmon, sockeye, cooked",
    "usda:15077": "smoked salmon",
    "usda:15041": "herring, pickled",
    "usda:15042": "herring, kippered",
    "usda:15046": "mackerel",
    "usda:01123": "egg, raw",
    "usda:01129": "egg, boiled",
    "usda:04692": "margarine with vitamin D",
    "usda:18069": "white bread",
    "usda:11367": "potatoes, boiled",
    "usda:20421": "pasta, cooked",
    "usda:20445": "white rice, cooked",
    "usda:11090": "broccoli",
    "usda:11124": "carrots",
    "usda:11529": "tomato",
    "usda:11205": "cucumber",
    "usda:09003": "apple",
    "usda:14209": "coffee",
    "usda:14355": "tea",
    "usda:01001": "butter",
    "usda:16098": "peanut butter",
    "usda:05062": "chicken breast",
    "usda:23572": "minced beef",
    "usda:07029": "ham",
    "usda:15015": "cod",
    "usda:09209": "orange juice",
    "usda:43218": "muesli",
}


def read(path: Path) -> pd.DataFrame:
    """A CSV with every cell as text, so leading zeros and empty cells survive."""
    return pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")


@pytest.fixture(scope="module")
def foods() -> pd.DataFrame:
    return read(FOODS)


def test_columns_in_order(foods: pd.DataFrame) -> None:
    assert list(foods.columns) == COLUMNS


def test_size_and_ids(foods: pd.DataFrame) -> None:
    assert len(foods) >= 400
    assert foods["food_id"].str.fullmatch(r"usda:\d{5}").all()
    assert foods["food_id"].is_unique


def test_sections_names_and_portions(foods: pd.DataFrame) -> None:
    assert set(foods["section"]) <= SECTIONS
    for column in ("name_en", "name_nl", "portion_en", "portion_nl"):
        assert foods[column].str.strip().ne("").all(), column
    for column in ("name_en", "name_nl"):
        repeated = foods.loc[foods[column].duplicated(), column].tolist()
        assert not repeated, f"{column} not unique: {repeated}"
    assert (pd.to_numeric(foods["portion_g"]) > 0).all()


def test_tags_are_0_or_1_and_agree(foods: pd.DataFrame) -> None:
    for tag in TAGS:
        assert foods[tag].isin(["0", "1"]).all(), tag
    tags = foods[TAGS].astype(int)
    vegan = tags["vegan"] == 1
    assert (tags.loc[vegan, "vegetarian"] == 1).all()
    for animal in ("contains_fish", "contains_dairy", "contains_egg"):
        assert (tags.loc[vegan, animal] == 0).all(), animal
    assert (tags.loc[tags["vegetarian"] == 1, "contains_fish"] == 0).all()


def test_required_foods_present(foods: pd.DataFrame) -> None:
    missing = {i: what for i, what in REQUIRED.items() if i not in set(foods["food_id"])}
    assert not missing


def test_table_is_built_from_the_selection(foods: pd.DataFrame) -> None:
    """foods.csv is tools/build_foods.py's output: the curated columns match the selection."""
    selection = read(SELECTION)
    assert list(foods["food_id"]) == list(selection["food_id"])
    curated = list(selection.columns)
    pd.testing.assert_frame_equal(foods[curated], selection[curated])


def test_nutrients_are_usda_figures(foods: pd.DataFrame) -> None:
    if not USDA.exists():
        pytest.skip(f"the shared USDA SR28 table is not here ({USDA}); "
                    "nutrient figures cannot be checked against their source")
    usda = read(USDA).set_index("ndb_no")
    ndb = foods["food_id"].str.removeprefix("usda:")
    assert ndb.isin(usda.index).all(), "food_ids citing NDB numbers USDA does not have"
    source = usda.loc[ndb, NUTRIENTS].reset_index(drop=True)
    ours = foods[NUTRIENTS].reset_index(drop=True)
    problems = []
    for column in NUTRIENTS:
        ours_empty, usda_empty = ours[column].eq(""), source[column].eq("")
        for row in (ours_empty != usda_empty).to_numpy().nonzero()[0]:
            problems.append(f"{foods['food_id'][row]} {column}: ours {ours[column][row]!r}, "
                            f"USDA {source[column][row]!r}")
        both = ~ours_empty & ~usda_empty
        a = pd.to_numeric(ours.loc[both, column])
        b = pd.to_numeric(source.loc[both, column])
        for row in a.index[a.to_numpy() != b.to_numpy()]:
            problems.append(f"{foods['food_id'][row]} {column}: ours {a[row]}, USDA {b[row]}")
    assert not problems, "\n".join(problems[:20])


def test_spot_figures(foods: pd.DataFrame) -> None:
    """A few figures checked by hand against SR28, independent of the shared file."""
    table = foods.set_index("food_id")
    expected = {
        ("usda:12014", "magnesium_mg"): 592,  # pumpkin seed kernels, dried
        ("usda:11457", "magnesium_mg"): 79,  # spinach, raw
        ("usda:11457", "calcium_mg"): 99,
        ("usda:12061", "magnesium_mg"): 270,  # almonds
        ("usda:15086", "vitamin_d_ug"): 16.7,  # sockeye salmon, cooked
        ("usda:15088", "calcium_mg"): 382,  # sardines in oil
        ("usda:15088", "vitamin_d_ug"): 4.8,
        ("usda:01123", "vitamin_d_ug"): 2.0,  # egg, raw
    }
    for (food_id, column), value in expected.items():
        assert float(table.at[food_id, column]) == pytest.approx(value), (food_id, column)
