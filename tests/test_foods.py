import numpy as np
import pandas as pd
import pytest

from planner.foods import BUNDLED_FOODS, NUTRIENTS, FoodTable, FoodTableError, fold, normalise


def raw_table() -> pd.DataFrame:
    return pd.read_csv(BUNDLED_FOODS, dtype=str, keep_default_na=False)


def names(foods: FoodTable, rows: np.ndarray, n: int = 5) -> list[str]:
    return foods.frame["food_id"].to_numpy()[rows[:n]].tolist()


@pytest.mark.parametrize(
    "query",
    [
        "pompoenpitten",
        "pumpkin seeds",
        "pompoen",
        "Pumpkin SEEDS",
        "pitten pompoen",
        "  pompoenpitten  ",
    ],
)
def test_pumpkin_seeds_are_found_near_the_top(foods, query):
    assert "ciqual:15064" in names(foods, foods.search(query), 3)


def test_accents_and_case_are_ignored(foods):
    assert names(foods, foods.search("huttenkase"), 1) == names(
        foods, foods.search("Hüttenkäse"), 1
    )
    assert "ciqual:12114" in names(foods, foods.search("gruyere"))
    assert "usda:18216" in names(foods, foods.search("KNACKEBROD"))


def test_words_are_and_and_whole_words_rank_first(foods):
    rows = foods.search("milk semi")
    assert len(rows) and all("semi" in normalise(foods.frame["name_en"].iat[r]) for r in rows)
    # "ei" is a whole Dutch word (egg) and also inside many words ("eiwit", "romeinse"):
    first = foods.frame["name_nl"].iat[foods.search("ei")[0]]
    assert normalise(first).split()[0] == "ei"


def test_inside_word_matches_come_after_prefix_matches(foods):
    rows = foods.search("pitten")  # only inside compound Dutch words
    assert "ciqual:15064" in names(foods, rows, 10)
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
    assert np.isnan(values[len(known) :]).all(), "unknown values come last"


def test_order_puts_unknown_vitamin_d_last(foods):
    rows = foods.order(foods.search("bread"), "vitamin_d_ug")  # wholemeal: unknown
    values = foods.per("vitamin_d_ug")[rows]
    assert np.isnan(values[-1]) and not np.isnan(values[0])


def test_per_portion_and_per_100_kcal_by_hand(foods):
    i = foods.position("ciqual:15064")  # 592 mg per 100 g, 618 kcal, portion 25 g
    assert foods.per("magnesium_mg", "portion")[i] == pytest.approx(592 * 25 / 100)
    assert foods.per("magnesium_mg", "100kcal")[i] == pytest.approx(592 / 618 * 100)


def test_unknown_stays_unknown(foods):
    assert np.isnan(foods.row("ciqual:7111")["vitamin_d_ug"])  # wholemeal bread


@pytest.mark.parametrize(
    "change, message",
    [
        (lambda f: f.drop(columns="calcium_mg"), "missing column 'calcium_mg'"),
        (lambda f: f.assign(iron_mg="1"), "unknown column 'iron_mg'"),
        (
            lambda f: f.assign(magnesium_mg=f["magnesium_mg"].where(f.index != 4, "lots")),
            "line 6, column 'magnesium_mg': 'lots' is not a number",
        ),
        (
            lambda f: f.assign(calcium_mg=f["calcium_mg"].where(f.index != 9, "-3")),
            "line 11, column 'calcium_mg': -3 is negative",
        ),
        (
            lambda f: f.assign(food_id=f["food_id"].where(f.index != 7, f["food_id"][2])),
            "line 9, column 'food_id': 'ciqual:.*' appears twice",
        ),
        (
            lambda f: f.assign(section=f["section"].where(f.index != 3, "snacks")),
            "line 5, column 'section': 'snacks' is not a store section",
        ),
        (
            lambda f: f.assign(vegan=f["vegan"].where(f.index != 0, "2")),
            "line 2, column 'vegan': must be 0 or 1",
        ),
        (
            lambda f: f.assign(portion_g=f["portion_g"].where(f.index != 0, "0")),
            "line 2, column 'portion_g'",
        ),
        (
            lambda f: f.assign(name_nl=f["name_nl"].where(f.index != 1, "")),
            "line 3, column 'name_nl': is empty",
        ),
        (
            lambda f: f.assign(food_id=f["food_id"].where(f.index != 2, "usda:1\x00")),
            r"line 4, column 'food_id': 'usda:1\\x00' is not an id",
        ),
    ],
)
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


def named(rows: list[tuple[str, str]]) -> FoodTable:
    """A table of foods with these (Dutch, English) names, in the order given."""
    frame = raw_table().iloc[: len(rows)].copy()
    frame["name_nl"] = [nl for nl, _ in rows]
    frame["name_en"] = [en for _, en in rows]
    return FoodTable(frame)


NEVO_NAMES = [
    ("Melk karne-", "Buttermilk"),
    ("Melk karne- m vruchten", "Buttermilk w fruit"),
    ("Mout haver-", "Oatmeal"),
    ("Noten cashew- ongezouten", "Cashew nuts unsalted"),
    ("Tarwebrood volkoren", "Wheat bread wholemeal"),
    ("Kool bloem- rauw", "Cauliflower raw"),
    ("Selderij bleek- gekookt", "Celery boiled"),
    ("Biscuit tarwe-/volkoren-", "Biscuit"),
    ("Melk halfvolle", "Milk semi-skimmed"),
    ("Brood wit", "Bread white"),
    ("Kool rode rauw", "Red cabbage raw"),
    ("Bak- en braadvet", "Cooking fat"),
    ("Bonen bruine", "Beans brown"),
    ("Kippen- poten", "Chicken legs"),
]


@pytest.mark.parametrize(
    "query, found",
    [
        ("karnemelk", ["Melk karne-", "Melk karne- m vruchten"]),  # joined, whole word
        ("havermout", ["Mout haver-"]),
        ("cashewnoten", ["Noten cashew- ongezouten"]),
        ("bloemkool", ["Kool bloem- rauw"]),
        ("bleekselderij", ["Selderij bleek- gekookt"]),
        ("volkorenbiscuit", ["Biscuit tarwe-/volkoren-"]),
        ("volkorenbrood", ["Tarwebrood volkoren"]),  # split against the table's words
        ("karnemelk vruchten", ["Melk karne- m vruchten"]),
        ("boon", ["Bonen bruine"]),
        ("bruine bonen", ["Bonen bruine"]),  # plurals fold
        ("melk karne", ["Melk karne-", "Melk karne- m vruchten"]),
    ],
)
def test_dutch_compounds_as_nevo_writes_them(query: str, found: list[str]) -> None:
    table = named(NEVO_NAMES)
    rows = table.search(query)
    assert table.frame["name_nl"].to_numpy()[rows].tolist() == found


def test_only_a_trailing_hyphen_after_the_first_word_joins() -> None:
    words = set(
        named(NEVO_NAMES + [("Tosti ham-kaas", "Toasted sandwich")])._parts[0].index.vocabulary
    )
    assert {"karnemelk", "havermout", "bloemkool", "tarwebiscuit", "volkorenbiscuit"} <= words
    assert not {"bakbak", "kippenkippen", "hamtosti", "kaastosti"} & words


def test_whole_words_still_rank_above_split_compounds() -> None:
    table = named(
        [
            ("Tarwebrood volkoren", "Wheat bread wholemeal"),
            ("Volkorenbrood", "Wholemeal bread, a long English name"),
            ("Volkorenbroodje", "Roll"),
        ]
    )
    names = table.frame["name_nl"].to_numpy()[table.search("volkorenbrood")].tolist()
    assert names == ["Volkorenbrood", "Volkorenbroodje", "Tarwebrood volkoren"]


@pytest.mark.parametrize(
    "query, found",
    [
        ("épinards crus", ["Épinard, cru", "Épinard, jeunes pousses, cru"]),
        ("graine de courge", ["Courge, graine, séchée"]),  # "de" ranks but does not filter
        ("graines de courge", ["Courge, graine, séchée"]),
        ("choux", ["Chou rouge, cru"]),
        ("pizza's", ["Pizza margherita"]),
        ("pizzas", ["Pizza margherita"]),
    ],
)
def test_french_plurals_and_function_words(query: str, found: list[str]) -> None:
    table = named(
        [
            ("Épinard, cru", "Spinach, raw"),
            ("Courge, graine, séchée", "Pumpkin seed"),
            ("Épinard, jeunes pousses, cru", "Spinach, young leaves, raw"),
            ("Chou rouge, cru", "Red cabbage, raw"),
            ("Pizza margherita", "Pizza"),
        ]
    )
    assert table.frame["name_nl"].to_numpy()[table.search(query)].tolist() == found


def test_a_query_of_function_words_alone_still_filters() -> None:
    table = named([("Pain de mie", "Bread"), ("Pain complet", "Wholemeal bread")])
    assert table.frame["name_nl"].to_numpy()[table.search("de")].tolist() == ["Pain de mie"]


@pytest.mark.parametrize(
    "one, other",
    [
        ("bonen", "boon"),
        ("noten", "noot"),
        ("kippen", "kip"),
        ("druiven", "druif"),
        ("kazen", "kaas"),
        ("tomaten", "tomaat"),
        ("appels", "appel"),
        ("pizzas", "pizza"),
        ("epinards", "epinard"),
        ("choux", "chou"),
        ("graines", "graine"),
        ("seeds", "seed"),
    ],
)
def test_plural_and_singular_fold_alike(one: str, other: str) -> None:
    assert fold(one) == fold(other)


@pytest.mark.parametrize(
    "word, key",
    [
        ("kaas", "kas"),
        ("huis", "huis"),
        ("mais", "mais"),
        ("radijs", "radijs"),
        ("vis", "vis"),
        ("cress", "cress"),
    ],
)
def test_singulars_in_s_keep_their_s(word: str, key: str) -> None:
    assert fold(word) == key


def test_the_benchmark_nevo_table_finds_the_dutch_queries() -> None:
    from bench.tables import nevo_shaped

    table = nevo_shaped(size=400)
    for query, name in (
        ("karnemelk", "Melk karne-"),
        ("havermout", "Mout haver-"),
        ("cashewnoten", "Noten cashew-"),
        ("volkorenbrood", "Tarwebrood volkoren"),
    ):
        first = table.frame["name_nl"].to_numpy()[table.search(query)[:10]]
        assert any(n.startswith(name) for n in first), query


def test_a_combined_table_is_the_tables_one_after_the_other(foods) -> None:
    """Combined, each table keeps its own word index; what comes out is what one table of
    all the rows (an id an earlier table holds left out) would give."""
    nevo = named(NEVO_NAMES + [("Volkorenmeel", "Wholemeal flour")]).frame
    nevo = nevo.assign(food_id=[f"nevo:{i}" for i in range(len(nevo))], source="")
    nevo.loc[len(nevo)] = foods.row("ciqual:15064").copy()  # the bundled row wins
    nevo.loc[len(nevo) - 1, "name_en"] = "Not the bundled pumpkin seeds"
    combined = FoodTable.combine({"bundled": foods, "nevo": nevo})
    one = FoodTable(
        pd.concat(
            [foods.frame.assign(source="bundled"), nevo.iloc[:-1].assign(source="nevo")],
            ignore_index=True,
        )
    )
    assert len(combined) == len(foods) + len(NEVO_NAMES) + 1 == len(one)
    assert combined.frame.equals(one.frame)
    assert combined.name("ciqual:15064") == foods.name("ciqual:15064")
    assert (
        combined.row("nevo:0").source == "nevo" and combined.row("ciqual:15064").source == "bundled"
    )
    ids = ["nevo:3", "ciqual:15064", "nevo:x", "custom:none", foods.ids[-1]]
    assert combined.positions(ids).tolist() == one.positions(ids).tolist()
    # "volkorenbrood" splits against volkoren (NEVO's words) and brood (bundled ones too).
    for query in (
        "volkorenbrood",
        "karnemelk",
        "pompoenpitten",
        "melk",
        "ch",
        "bonen",
        "",
        "brood wit",
        "x q",
    ):
        assert combined.search(query).tolist() == one.search(query).tolist(), query
        assert (
            combined.search(query, "bread and cereals").tolist()
            == one.search(query, "bread and cereals").tolist()
        )
    rows = np.array([3, len(foods) + 2, len(combined) - 1, 0])
    assert combined.food_ids(rows) == one.frame["food_id"].to_numpy()[rows].tolist()
    assert combined.strings("name_nl", rows) == one.frame["name_nl"].to_numpy()[rows].tolist()
    assert (
        combined.column("portion_g", rows).tolist()
        == one.frame["portion_g"].to_numpy()[rows].tolist()
    )


def test_stored_columns_open_as_they_were_saved(tmp_path, foods) -> None:
    from planner.food_columns import FoodColumns, StoredTableError

    frame = raw_table()
    frame.loc[0, "name_nl"] = "Pompoenpitten ‘gedroogd’ – 𝔁 ✓"  # text beyond Latin-1
    frame.loc[1, "vitamin_d_ug"] = ""  # unknown
    frame["estimated"] = ""
    frame.loc[2, "estimated"] = "calcium_mg magnesium_mg"
    table = FoodTable(frame)
    table._parts[0].save(tmp_path / "stored")
    stored = FoodTable.combine({"x": FoodColumns.load(tmp_path / "stored")})
    assert stored.frame.drop(columns="source").equals(table.frame.drop(columns="source"))
    assert stored.estimated[2].tolist() == [n in ("calcium_mg", "magnesium_mg") for n in NUTRIENTS]
    assert stored.search("pompoenpitten").tolist() == table.search("pompoenpitten").tolist()
    (tmp_path / "stored" / "ids.npy").unlink()
    with pytest.raises(StoredTableError, match="ids.npy: cannot be read"):
        FoodColumns.load(tmp_path / "stored")


def test_a_foods_household_portion_in_each_language_and_none_for_an_unknown_id(foods):
    assert foods.portion("ciqual:11061", "en") == "1 tbsp"
    assert foods.portion("ciqual:11061", "nl") == "1 eetlepel"
    assert foods.portion("nowhere:1", "nl") == ""
