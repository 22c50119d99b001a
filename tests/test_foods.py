import numpy as np
import pandas as pd
import pytest

from planner.foods import BUNDLED_FOODS, FoodTable, FoodTableError, normalise


def raw_table() -> pd.DataFrame:
    return pd.read_csv(BUNDLED_FOODS, dtype=str, keep_default_na=False)


def names(foods: FoodTable, rows: np.ndarray, n: int = 5) -> list[str]:
    return foods.frame["food_id"].to_numpy()[rows[:n]].tolist()


@pytest.mark.parametrize("query", ["pompoenpitten", "pumpkin seeds", "pompoen", "Pumpkin SEEDS",
                                   "pitten pompoen", "  pompoenpitten  "])
def test_pumpkin_seeds_are_found_near_the_top(foods, query):
    assert "usda:12014" in names(foods, foods.search(query), 3)


def test_accents_and_case_are_ignored(foods):
    assert names(foods, foods.search("huttenkase"), 1) == names(foods, foods.search("Hüttenkäse"), 1)
    assert "usda:01023" in names(foods, foods.search("gruyere"))
    assert "usda:18216" in names(foods, foods.search("KNACKEBROD"))


def test_words_are_and_and_whole_words_rank_first(foods):
    rows = foods.search("milk semi")
    assert len(rows) and all("semi" in normalise(foods.frame["name_en"].iat[r]) for r in rows)
    # "ei" is a whole Dutch word (egg) and also inside many words ("eiwit", "romeinse"):
    first = foods.frame["name_nl"].iat[foods.search("ei")[0]]
    assert normalise(first).split()[0] == "ei"


def test_inside_word_matches_come_after_prefix_matches(foods):
    rows = foods.search("pitten")      # only inside compound Dutch words
    assert "usda:12014" in names(foods, rows, 10)
    assert len(foods.search("xqzw")) == 0
    assert len(foods.search("")) == len(foods)


def test_section_filter(foods):
    rows = foods.search("", section="nuts and seeds")
    assert len(rows) > 10
    assert set(foods.frame["section"].to_numpy()[rows]) == {"nuts and seeds"}


@pytest.mark.parametrize("per", ["100g", "portion", "100kcal"])
def test_order_by_magnesium(foods, per):
    rows = foods.order(foods.search("bread"), "magnesium_mg", per)
    values = foods.per("magnesium_mg", per)[rows]
    known = values[~np.isnan(values)]
    assert (np.diff(known) <= 0).all()
    assert np.isnan(values[len(known):]).all(), "unknown values come last"


def test_order_puts_unknown_vitamin_d_last(foods):
    rows = foods.order(foods.search("chocolate"), "vitamin_d_ug")
    values = foods.per("vitamin_d_ug")[rows]
    assert np.isnan(values[-1]) and not np.isnan(values[0])


def test_per_portion_and_per_100_kcal_by_hand(foods):
    i = foods.position("usda:12014")       # 592 mg per 100 g, 559 kcal, portion 25 g
    assert foods.per("magnesium_mg", "portion")[i] == pytest.approx(592 * 25 / 100)
    assert foods.per("magnesium_mg", "100kcal")[i] == pytest.approx(592 / 559 * 100)


def test_unknown_stays_unknown(foods):
    assert np.isnan(foods.row("usda:19904")["vitamin_d_ug"])


@pytest.mark.parametrize("change, message", [
    (lambda f: f.drop(columns="calcium_mg"), "missing column 'calcium_mg'"),
    (lambda f: f.assign(iron_mg="1"), "unknown column 'iron_mg'"),
    (lambda f: f.assign(magnesium_mg=f["magnesium_mg"].where(f.index != 4, "lots")),
     "line 6, column 'magnesium_mg': 'lots' is not a number"),
    (lambda f: f.assign(calcium_mg=f["calcium_mg"].where(f.index != 9, "-3")),
     "line 11, column 'calcium_mg': -3 is negative"),
    (lambda f: f.assign(food_id=f["food_id"].where(f.index != 7, f["food_id"][2])),
     "line 9, column 'food_id': 'usda:.*' appears twice"),
    (lambda f: f.assign(section=f["section"].where(f.index != 3, "snacks")),
     "line 5, column 'section': 'snacks' is not a store section"),
    (lambda f: f.assign(vegan=f["vegan"].where(f.index != 0, "2")),
     "line 2, column 'vegan': must be 0 or 1"),
    (lambda f: f.assign(portion_g=f["portion_g"].where(f.index != 0, "0")),
     "line 2, column 'portion_g'"),
    (lambda f: f.assign(name_nl=f["name_nl"].where(f.index != 1, "")),
     "line 3, column 'name_nl': is empty"),
])
def test_validation_names_row_and_column(change, message):
    with pytest.raises(FoodTableError, match=message):
        FoodTable(change(raw_table()), origin="foods.csv")


def test_damaged_files(tmp_path):
    with pytest.raises(FoodTableError, match="no such file"):
        FoodTable.load(tmp_path / "nope.csv")
    empty = tmp_path / "empty.csv"
    empty.write_text("")
    with pytest.raises(FoodTableError, match="not a readable CSV"):
        FoodTable.load(empty)
    latin = tmp_path / "latin.csv"
    latin.write_bytes("food_id,name_en\nusda:1,Gruy\xe8re\n".encode("latin-1"))
    with pytest.raises(FoodTableError):
        FoodTable.load(latin)


def test_the_usda_table_loads_through_the_same_loader(usda_foods_path):
    from bench.tables import usda_frame
    table = FoodTable(usda_frame(usda_foods_path))
    assert len(table) == 8789
    assert table.row("usda:12014")["magnesium_mg"] == 592
    assert "usda:12014" in names(table, table.search("pumpkin seed kernels"), 3)
