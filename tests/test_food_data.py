"""The bundled food table, data/foods.csv: its shape and tags always, and, where the shared
source files are present, that every nutrient figure is its cited source row's: Ciqual 2025
for `ciqual:` rows, USDA SR28 for `usda:` rows. Plain pandas and openpyxl; no Qt, no planner
code, and none of tools/build_foods.py: the source cells are read and converted here anew."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest

ROOT = Path(__file__).resolve().parent.parent
FOODS = ROOT / "data" / "foods.csv"
SELECTION = ROOT / "data" / "foods_selection.csv"
SHARED = ROOT.parent / "shared" / "data"
USDA = SHARED / "usda_sr28_foods.csv"
CIQUAL = SHARED / "ciqual_2025_fr.xlsx"

NUTRIENTS = [
    "energy_kcal",
    "protein_g",
    "fat_g",
    "carbohydrate_g",
    "fiber_g",
    "magnesium_mg",
    "calcium_mg",
    "vitamin_d_ug",
    "potassium_mg",
    "phosphorus_mg",
    "sodium_mg",
]
TAGS = [
    "vegetarian",
    "vegan",
    "contains_nuts",
    "contains_fish",
    "contains_dairy",
    "contains_gluten",
    "contains_egg",
    "contains_soy",
]
COLUMNS = (
    ["food_id", "name_en", "name_nl", "section"]
    + NUTRIENTS
    + ["caffeine_mg"]
    + ["portion_g", "portion_en", "portion_nl"]
    + TAGS
    + ["meals", "family", "swap_group", "mg_source", "estimated"]
)
SECTIONS = {
    "vegetables",
    "fruit",
    "bread and cereals",
    "grains and pasta",
    "potatoes",
    "legumes",
    "nuts and seeds",
    "dairy and eggs",
    "cheese",
    "meat",
    "fish",
    "plant proteins",
    "fats and spreads",
    "sweets and snacks",
    "drinks",
    "herbs and spices",
    "other",
}
# Foods the planner must always offer, by the source row they cite.
REQUIRED = {
    "ciqual:32140": "rolled oats",
    "ciqual:9102": "brown rice, raw",
    "ciqual:9103": "brown rice, cooked",
    "ciqual:7111": "wholemeal bread",
    "ciqual:20270": "spinach, raw",
    "ciqual:20218": "kale, raw",
    "ciqual:15000": "almonds",
    "ciqual:15055": "cashews",
    "ciqual:15064": "pumpkin seeds",
    "ciqual:20587": "lentils, cooked",
    "ciqual:20507": "chickpeas, cooked",
    "ciqual:13004": "avocado",
    "ciqual:13005": "banana",
    "ciqual:31074": "dark chocolate about 70%",
    "ciqual:19024": "whole milk",
    "ciqual:19042": "semi-skimmed milk",
    "ciqual:19051": "skimmed milk",
    "ciqual:19593": "plain yoghurt",
    "ciqual:19860": "Greek yoghurt",
    "usda:01012": "cottage cheese",
    "ciqual:12736": "Gouda",
    "ciqual:12729": "Edam",
    "ciqual:12300": "processed cheese slices",
    "usda:16426": "tofu, calcium sulfate",
    "ciqual:26034": "sardines in oil",
    "ciqual:26036": "salmon, farmed, raw",
    "usda:15086": "salmon, sockeye, cooked",
    "ciqual:26037": "smoked salmon",
    "ciqual:26010": "herring, pickled",
    "ciqual:26013": "herring, kippered",
    "ciqual:26051": "mackerel",
    "ciqual:26087": "smoked mackerel",
    "ciqual:22000": "egg, raw",
    "ciqual:22010": "egg, boiled",
    "ciqual:16590": "margarine with vitamin D",
    "ciqual:7009": "white bread",
    "ciqual:4003": "potatoes, boiled",
    "ciqual:9811": "pasta, cooked",
    "ciqual:9104": "white rice, cooked",
    "ciqual:20057": "broccoli",
    "ciqual:20009": "carrots",
    "ciqual:20385": "tomato",
    "ciqual:20019": "cucumber",
    "ciqual:13039": "apple",
    "ciqual:18004": "coffee",
    "ciqual:18154": "tea",
    "ciqual:16402": "butter",
    "ciqual:15202": "peanut butter",
    "ciqual:36017": "chicken breast",
    "ciqual:6254": "minced beef",
    "ciqual:28900": "ham",
    "ciqual:26043": "cod",
    "ciqual:2012": "orange juice",
    "ciqual:32141": "muesli",
    # The everyday Dutch foods issue 12 asked for.
    "ciqual:19644": "kwark (quark), low fat",
    "ciqual:19711": "kwark (quark), full fat",
    "ciqual:19724": "skyr",
    "ciqual:39229": "vanillevla",
    "ciqual:39200": "chocoladevla",
    "ciqual:31085": "hagelslag",
    "ciqual:23200": "ontbijtkoek",
    "usda:18047": "krentenbol",
    "usda:16086": "kapucijners",
    "usda:01088": "karnemelk (buttermilk)",
    "usda:16044": "bruine bonen from a jar",
}
# Each source's marker for a figure below what it can measure, and what we make of it:
# "traces" is 0 and "< x" is half of x, both estimates; "-" is not analysed (unknown).
BELOW = re.compile(r"<\s*(?P<limit>\d+(?:[.,]\d+)?)")


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
    assert foods["food_id"].str.fullmatch(r"(ciqual|usda):\d+").all()
    assert foods["food_id"].is_unique  # no two foods cite one source row
    # Ciqual first: USDA only where Ciqual lacks the food.
    assert foods["food_id"].str.startswith("ciqual:").mean() > 0.8


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
    assert (tags.loc[foods["section"].isin(["meat", "fish"]), "vegetarian"] == 0).all()


def test_animal_rennet_cheeses_and_fined_wine_are_tagged_so(foods: pd.DataFrame) -> None:
    """Cheeses whose protected recipe prescribes calf rennet (Parmigiano-Reggiano, Gruyère,
    Emmental, Camembert) and pesto made with them are not vegetarian; wine may be fined with
    gelatine, isinglass, egg white or casein, so it is not vegan."""
    table = foods.set_index("food_id")
    for food_id in (
        "ciqual:12120",
        "usda:01032",
        "ciqual:12114",
        "ciqual:12115",
        "ciqual:12001",
        "ciqual:11179",
    ):
        assert table.at[food_id, "vegetarian"] == "0", table.at[food_id, "name_en"]
    for food_id in ("ciqual:5214", "ciqual:5215"):
        assert table.at[food_id, "vegan"] == "0", table.at[food_id, "name_en"]


def test_advice_columns(foods: pd.DataFrame) -> None:
    meals = {"breakfast", "lunch", "dinner", "snack"}
    assert foods["meals"].map(lambda m: set(m.split()) <= meals and m != "").all()
    assert foods["mg_source"].isin(["0", "1"]).all()
    estimated = foods["estimated"].str.split()
    assert estimated.map(lambda names: set(names) <= set(NUTRIENTS)).all()
    # USDA writes no "traces" or "< x": only Ciqual rows have estimates.
    assert estimated[foods["food_id"].str.startswith("usda:")].map(len).eq(0).all()


def test_required_foods_present(foods: pd.DataFrame) -> None:
    missing = {i: what for i, what in REQUIRED.items() if i not in set(foods["food_id"])}
    assert not missing


def test_table_is_built_from_the_selection(foods: pd.DataFrame) -> None:
    """foods.csv is tools/build_foods.py's output: the curated columns match the selection."""
    selection = read(SELECTION)
    assert list(foods["food_id"]) == list(selection["food_id"])
    curated = [c for c in selection.columns if c in foods.columns]
    assert "caffeine_mg" in curated and "mg_source" in curated
    pd.testing.assert_frame_equal(foods[curated], selection[curated])
    # A caffeine figure names where it comes from; 0 needs no source (no coffee, tea, cocoa,
    # cola or guarana in the food).
    sourced = selection["caffeine_source"].ne("")
    assert selection.loc[sourced, "caffeine_mg"].ne("").all()
    assert selection.loc[~sourced, "caffeine_mg"].isin(["", "0"]).all()


def compare(foods: pd.DataFrame, source: pd.DataFrame, name: str) -> list[str]:
    """Where our figures differ from the source's (both as text: "" is unknown)."""
    problems = []
    for column in NUTRIENTS:
        ours, theirs = foods[column], source[column]
        for row in (ours.eq("") != theirs.eq("")).to_numpy().nonzero()[0]:
            problems.append(
                f"{foods['food_id'].iat[row]} {column}: ours {ours.iat[row]!r}, "
                f"{name} {theirs.iat[row]!r}"
            )
        both = ours.ne("") & theirs.ne("")
        a, b = pd.to_numeric(ours[both]), pd.to_numeric(theirs[both])
        for row in a.index[a.to_numpy() != b.to_numpy()]:
            problems.append(f"{foods['food_id'][row]} {column}: ours {a[row]}, {name} {b[row]}")
    return problems


def test_usda_rows_are_usdas_figures(foods: pd.DataFrame) -> None:
    if not USDA.exists():
        pytest.skip(
            f"the shared USDA SR28 table is not here ({USDA}); the figures of "
            "usda: rows cannot be checked against their source"
        )
    usda = read(USDA).set_index("ndb_no")
    rows = foods[foods["food_id"].str.startswith("usda:")].reset_index(drop=True)
    ndb = rows["food_id"].str.removeprefix("usda:")
    assert ndb.isin(usda.index).all(), "food_ids citing NDB numbers USDA does not have"
    source = usda.loc[ndb, NUTRIENTS].reset_index(drop=True)
    problems = compare(rows, source, "USDA")
    assert not problems, "\n".join(problems[:20])


def ciqual_cells() -> dict[str, dict[str, str]]:
    """Ciqual 2025's text for our nutrients, by alim_code. Its header cells carry line breaks
    ("Magnésium\\n(mg\\n100 g)"); the name before the unit identifies the column."""
    from openpyxl import load_workbook

    wanted = {  # nutrient: (name, unit) as in "Magnésium (mg 100 g)"
        "energy_kcal": ("Energie, Règlement UE N° 1169 2011", "kcal"),
        "protein_g": ("Protéines, N x facteur de Jones", "g"),
        "fat_g": ("Lipides", "g"),
        "carbohydrate_g": ("Glucides", "g"),
        "fiber_g": ("Fibres alimentaires", "g"),
        "magnesium_mg": ("Magnésium", "mg"),
        "calcium_mg": ("Calcium", "mg"),
        "vitamin_d_ug": ("Vitamine D", "µg"),
        "potassium_mg": ("Potassium", "mg"),
        "phosphorus_mg": ("Phosphore", "mg"),
        "sodium_mg": ("Sodium", "mg"),
    }
    book = load_workbook(CIQUAL, read_only=True, data_only=True)
    try:
        rows = book.worksheets[0].iter_rows(values_only=True)
        header = [" ".join(str(h or "").split()) for h in next(rows)]
        at = {n: header.index(f"{name} ({unit} 100 g)") for n, (name, unit) in wanted.items()}
        code = header.index("alim_code")
        return {
            str(row[code]).strip(): {
                n: "" if row[i] is None else str(row[i]).strip() for n, i in at.items()
            }
            for row in rows
            if row[code] is not None
        }
    finally:
        book.close()


def ours_from_ciqual(cell: str) -> tuple[str, bool]:
    """What the table should hold for one Ciqual cell, and whether it is an estimate."""
    if cell in ("", "-"):
        return "", False
    if cell.casefold() == "traces":
        return "0", True
    below = BELOW.fullmatch(cell)
    if below:
        return repr(float(below["limit"].replace(",", ".")) / 2), True
    return cell.replace(",", "."), False


# The file's page header is one openpyxl cannot parse; it says so and skips it.
@pytest.mark.filterwarnings("ignore:Cannot parse header or footer:UserWarning")
def test_ciqual_rows_are_ciquals_figures_and_estimates(foods: pd.DataFrame) -> None:
    if not CIQUAL.exists():
        pytest.skip(
            f"the shared Ciqual 2025 table is not here ({CIQUAL}); the figures of "
            "ciqual: rows cannot be checked against their source"
        )
    cells = ciqual_cells()
    rows = foods[foods["food_id"].str.startswith("ciqual:")].reset_index(drop=True)
    codes = rows["food_id"].str.removeprefix("ciqual:")
    assert codes.isin(list(cells)).all(), "food_ids citing alim_codes Ciqual does not have"
    expected = {n: [] for n in NUTRIENTS}
    estimated = []
    for code in codes:
        guesses = []
        for nutrient in NUTRIENTS:
            figure, guess = ours_from_ciqual(cells[code][nutrient])
            expected[nutrient].append(figure)
            if guess:
                guesses.append(nutrient)
        estimated.append(" ".join(guesses))
    problems = compare(rows, pd.DataFrame(expected), "Ciqual")
    problems += [
        f"{rows['food_id'][i]} estimated: ours {rows['estimated'][i]!r}, "
        f"Ciqual's markers {estimated[i]!r}"
        for i in range(len(rows))
        if rows["estimated"][i] != estimated[i]
    ]
    assert not problems, "\n".join(problems[:20])


def test_spot_figures(foods: pd.DataFrame) -> None:
    """A few figures read by hand from the sources, independent of the shared files:
    Ciqual 2025 (cells as Ciqual writes them) and SR28."""
    table = foods.set_index("food_id")
    expected = {
        ("ciqual:15064", "magnesium_mg"): 592,  # pumpkin seeds, dried: "592"
        ("ciqual:7009", "calcium_mg"): 49.8,  # white bread: "49,8" (USDA's had 144)
        ("ciqual:7111", "magnesium_mg"): 52,  # wholemeal sliced bread: "52"
        ("ciqual:12736", "calcium_mg"): 774,  # Gouda: "774"
        ("ciqual:15000", "magnesium_mg"): 270,  # almonds with skin: "270"
        ("ciqual:15000", "calcium_mg"): 260,
        ("ciqual:15000", "vitamin_d_ug"): 0.125,  # "< 0,25": half the limit, an estimate
        ("ciqual:26034", "calcium_mg"): 333,  # sardines in oil, drained: "333"
        ("ciqual:26034", "vitamin_d_ug"): 7.56,
        ("ciqual:22000", "vitamin_d_ug"): 2.0,  # egg, raw: "2"
        ("ciqual:20270", "magnesium_mg"): 44,  # young spinach leaves, raw: "44"
        ("ciqual:7009", "vitamin_d_ug"): 0,  # white bread: "traces"
        ("usda:15086", "vitamin_d_ug"): 16.7,  # SR28 sockeye salmon, cooked
    }
    for (food_id, column), value in expected.items():
        assert float(table.at[food_id, column]) == pytest.approx(value), (food_id, column)
    assert table.at["ciqual:15000", "estimated"].split() == ["vitamin_d_ug", "sodium_mg"]
    assert "vitamin_d_ug" in table.at["ciqual:7009", "estimated"].split()
    assert table.at["ciqual:7111", "vitamin_d_ug"] == ""  # "-": not analysed, unknown
    assert "vitamin_d_ug" not in table.at["ciqual:7111", "estimated"].split()
