"""Recipes in and out as schema.org Recipe JSON-LD, ingredient lines matched to foods and
grams, and `magplan meals` on the command line, on real files."""

import json
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner import recipe_ld
from planner.ingredient_lines import How, match_line, number, read_line
from planner.recipe_ld import RecipeImportError, propose, read_recipes
from planner.saved_meals import MealError, SavedMeals
from tests.in_process import magplan

OATS, MILK, BANANA, ALMONDS, BREAD = (
    "ciqual:32140",
    "ciqual:19042",
    "ciqual:13005",
    "ciqual:15000",
    "ciqual:7111",
)
RECIPE = {
    "@context": "https://schema.org",
    "@type": "Recipe",
    "name": "Overnight oats",
    "recipeYield": "2 servings",
    "recipeIngredient": [
        "80 g rolled oats",
        "400 ml semi-skimmed milk",
        "2 bananas",
        "30 g almonds, chopped",
        "a pinch of saffron",
    ],
    "description": "Soak <b>overnight</b>.",
}
NO_MEALS = SavedMeals(Path("no-folder"))  # a book never written to: only its ids asked


@pytest.mark.parametrize(
    "line, food_id, grams, portions, how",
    [
        ("40 g rolled oats", OATS, 40, None, How.GRAMS),
        ("40g havermout", OATS, 40, None, How.GRAMS),
        ("0.25 kg rolled oats", OATS, 250, None, How.GRAMS),
        ("1 ons havermout", OATS, 100, None, How.GRAMS),
        ("250 ml semi-skimmed milk", MILK, 250, None, How.VOLUME),
        ("1,5 dl halfvolle melk", MILK, 150, None, How.VOLUME),
        ("1 1/2 cups rolled oats", OATS, 360, None, How.VOLUME),
        ("2-3 el halfvolle melk", MILK, 37.5, None, How.VOLUME),
        ("1 banana", BANANA, 118, 1, How.PORTIONS),  # its household portion: 118 g
        ("2 ripe bananas", BANANA, 236, 2, How.PORTIONS),
        ("½ banana", BANANA, 59, 0.5, How.PORTIONS),
        ("1 handful almonds", ALMONDS, 25, 1, How.PORTIONS),  # "1 handful" is 25 g
        ("3 slices wholemeal bread", BREAD, 105, 3, How.PORTIONS),
        ("1 can (400 g) rolled oats", OATS, 400, None, How.GRAMS),
        ("40 g ciqual:32140", OATS, 40, None, How.GRAMS),
        ("1 tin almonds", ALMONDS, None, None, How.NO_AMOUNT),  # a tin's grams are not known
        ("almonds to taste", ALMONDS, None, None, How.NO_AMOUNT),
        ("10 g unicorn dust", None, None, None, How.NO_FOOD),
        ("unicorn dust 10 g", None, None, None, How.NO_FOOD),
        ("100000 kg rolled oats", OATS, None, None, How.NO_AMOUNT),  # more than a recipe holds
    ],
)
def test_ingredient_lines(foods, line, food_id, grams, portions, how):
    found = match_line(line, foods)
    assert (found.food_id, found.how, found.portions) == (food_id, how, portions)
    assert found.grams == (None if grams is None else pytest.approx(grams))
    assert found.matched == (grams is not None and food_id is not None)


def test_numbers_as_recipes_write_them():
    assert [number(t) for t in ("40", "1,5", "1.5", "1/2", "1 1/2", "½", "1½", "3/0")] == [
        40,
        1.5,
        1.5,
        0.5,
        1.5,
        0.5,
        1.5,
        0,
    ]
    assert read_line("2 (14 oz) cans tomatoes").grams == pytest.approx(2 * 14 * 28.35)


def recipes_of(document) -> list:
    found, skipped = read_recipes(json.dumps(document).encode())
    return [(r.name_en, r.name_nl, r.servings, len(r.lines)) for r in found]


def test_a_recipe_alone_in_a_list_in_a_graph_or_in_a_page(foods):
    single = ("Overnight oats", "Overnight oats", 2, 5)
    assert recipes_of(RECIPE) == [single]
    assert recipes_of([RECIPE, {**RECIPE, "name": "Porridge", "recipeYield": 4}]) == [
        single,
        ("Porridge", "Porridge", 4, 5),
    ]
    assert recipes_of(
        {
            "@context": "https://schema.org",
            "@graph": [{"@type": "WebPage", "name": "x"}, {**RECIPE, "@type": ["Recipe", "HowTo"]}],
        }
    ) == [single]
    assert recipes_of({"mainEntity": {**RECIPE, "@type": "schema:Recipe"}}) == [single]
    page = (
        "<html><head><script type='application/ld+json'>{broken</script>"
        '<script type="application/ld+json">' + json.dumps(RECIPE) + "</script></head>"
        "<body>...</body></html>"
    )
    found, skipped = read_recipes(page.encode())
    assert [r.name_en for r in found] == ["Overnight oats"] and skipped == []
    assert found[0].notes == "Soak overnight."


def test_dutch_names_yields_and_ingredients_as_text():
    dutch = {
        **RECIPE,
        "name": "Havermout voor de nacht",
        "inLanguage": "nl-NL",
        "alternateName": "Overnight oats",
        "recipeYield": ["4-6", "4 porties"],
        "recipeIngredient": "80 g havermout\n2 bananen\n",
    }
    assert recipes_of(dutch) == [("Overnight oats", "Havermout voor de nacht", 4, 2)]
    assert recipes_of({**RECIPE, "recipeYield": None})[0][2] == 1
    assert (
        recipes_of({**RECIPE, "name": " A  <i>long</i>\nname " + "x" * 100})[0][0]
        == "A long name " + "x" * 67 + "…"
    )


@pytest.mark.parametrize(
    "document, message",
    [
        ({"@type": "WebPage"}, "no schema.org Recipe in it"),
        ({**RECIPE, "name": ""}, "recipe 1: it has no name"),
        (
            {**RECIPE, "recipeIngredient": [1, 2]},
            "recipe 1 (Overnight oats): its ingredients are not a list of text lines",
        ),
        ({**RECIPE, "recipeIngredient": []}, "recipe 1 (Overnight oats): it lists no ingredients"),
        (
            {**RECIPE, "recipeIngredient": ["1 egg"] * 51},
            "recipe 1 (Overnight oats): it lists 51 ingredients; a saved meal holds at most 50",
        ),
        (
            {**RECIPE, "recipeYield": "makes 200 cookies"},
            "recipe 1 (Overnight oats): it makes 200 servings; a saved meal makes 1 to 100",
        ),
        (
            [{**RECIPE, "name": ""}, {**RECIPE, "recipeIngredient": []}],
            "none of its 2 recipes can be read (recipe 1: it has no name)",
        ),
    ],
)
def test_a_file_without_a_usable_recipe_is_one_line(document, message):
    with pytest.raises(RecipeImportError) as raised:
        read_recipes(json.dumps(document).encode())
    assert str(raised.value) == message


def test_bad_files_are_one_line():
    for data, message in (
        (b"{", "damaged (not valid JSON"),
        (b"\xff\xfe", "damaged"),
        (b"<html>no data</html>", "the page holds no schema.org data"),
    ):
        with pytest.raises(RecipeImportError) as raised:
            read_recipes(data)
        assert str(raised.value).startswith(message)
    found, skipped = read_recipes(json.dumps([RECIPE, {**RECIPE, "name": 5}]).encode())
    assert len(found) == 1 and skipped == ["recipe 2: it has no name"]


def test_a_proposal_reviewed_becomes_a_saved_meal(foods, tmp_path):
    recipe = read_recipes(json.dumps(RECIPE).encode())[0][0]
    proposal = propose(recipe, foods)
    assert [m.food_id for m in proposal.matches] == [OATS, MILK, BANANA, ALMONDS, None]
    assert proposal.matched == 4
    # Review: the milk is whole milk after all, and the saffron left as it is.
    reviewed = proposal.with_choice(1, "ciqual:19024", 400)
    assert reviewed.matches[1].how is How.CHOSEN
    book = SavedMeals.open(tmp_path)
    meal = reviewed.saved_meal(book)
    assert meal.meal_id == "meal:overnight-oats" and meal.servings == 2
    assert [(i.food_id, i.grams, i.portions) for i in meal.ingredients] == [
        (OATS, 80, None),
        ("ciqual:19024", 400, None),
        (BANANA, 236, 2),
        (ALMONDS, 30, None),
    ]
    assert meal.unmatched == ("a pinch of saffron",)
    assert meal.notes == "Soak overnight."
    # A line matched to no food is kept in at most the 200 characters a saved meal holds.
    long = {**RECIPE, "recipeIngredient": ["80 g rolled oats", "a pinch of " + "saffron " * 30]}
    kept = propose(read_recipes(json.dumps(long).encode())[0][0], foods).saved_meal(book)
    assert kept.unmatched == (("a pinch of " + "saffron " * 30)[:199].rstrip() + "…",)
    assert len(kept.unmatched[0]) <= 200
    nothing = proposal
    for i in range(4):
        nothing = nothing.with_choice(i, None, None)
    with pytest.raises(Exception, match="no ingredient line names a food of the table"):
        nothing.saved_meal(book)


def test_export_then_import_gives_the_same_meals(foods, tmp_path):
    book = SavedMeals.open(tmp_path / "one")
    recipe = read_recipes(json.dumps({**RECIPE, "alternateName": "Havermout"}).encode())[0][0]
    meal = propose(recipe, foods).saved_meal(book)
    book.put(meal)
    data = recipe_ld.dumps([meal], foods)
    document = json.loads(data)
    assert document["recipeIngredient"] == [
        "80 g Rolled oats",
        "400 g Semi-skimmed milk",
        "236 g Banana",
        "30 g Almonds",
        "a pinch of saffron",
    ]
    assert (document["identifier"], document["recipeYield"]) == (
        "meal:overnight-oats",
        "2 servings",
    )
    other = SavedMeals.open(tmp_path / "two")
    again = propose(read_recipes(data)[0][0], foods).saved_meal(other)
    assert again.meal_id == meal.meal_id
    assert [(i.food_id, i.grams) for i in again.ingredients] == [
        (i.food_id, i.grams) for i in meal.ingredients
    ]
    assert (again.name_en, again.name_nl, again.servings, again.unmatched, again.notes) == (
        meal.name_en,
        meal.name_nl,
        meal.servings,
        meal.unmatched,
        meal.notes,
    )
    # Where the id is taken, the import gets one of its own.
    assert (
        propose(read_recipes(data)[0][0], foods).saved_meal(book).meal_id == "meal:overnight-oats-2"
    )


json_values = st.recursive(
    st.one_of(
        st.none(),
        st.booleans(),
        st.integers(),
        st.floats(allow_nan=False),
        st.text(max_size=20),
        st.sampled_from(["Recipe", "80 g havermout", "½ banaan", "1 1/2 cups", "4-6", "\ud800x"]),
    ),
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.dictionaries(
            st.sampled_from(
                [
                    "@type",
                    "name",
                    "recipeIngredient",
                    "recipeYield",
                    "@graph",
                    "alternateName",
                    "inLanguage",
                    "identifier",
                    "description",
                    "x",
                ]
            ),
            inner,
            max_size=6,
        ),
    ),
    max_leaves=25,
)


@settings(
    max_examples=int(os.environ.get("MAGPLAN_FUZZ_EXAMPLES", 200)),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(json_values)
def test_any_json_gives_recipes_or_one_line(foods, document):
    try:
        data = json.dumps(document).encode("utf-8", errors="surrogatepass")
        found, skipped = read_recipes(data)
    except RecipeImportError as err:
        assert "\n" not in str(err) and str(err)
        return
    for recipe in found:
        proposal = propose(recipe, foods)
        assert len(proposal.matches) == len(recipe.lines)
        try:
            proposal.saved_meal(NO_MEALS)
        except MealError as err:
            assert "\n" not in str(err)
    assert all("\n" not in reason for reason in skipped)


@settings(max_examples=int(os.environ.get("MAGPLAN_FUZZ_EXAMPLES", 200)), deadline=None)
@given(st.text(max_size=60))
def test_any_line_is_matched_or_left_unmatched(foods, line):
    found = match_line(line, foods)
    assert found.matched == (found.how in (How.GRAMS, How.VOLUME, How.PORTIONS))
    if found.matched:
        assert 0 < found.grams <= 20_000


# --- the command line -------------------------------------------------------------------


@pytest.fixture
def data_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("MAGPLAN_DATA_DIR", str(tmp_path / "data"))
    return tmp_path / "data"


def test_meals_on_the_command_line(tmp_path, data_folder):
    source = tmp_path / "oats.json"
    source.write_text(json.dumps([RECIPE, {**RECIPE, "name": "x", "recipeIngredient": [1]}]))
    ran = magplan("meals", "import", str(source), "--dry-run")
    assert ran.returncode == 0, ran.stderr
    assert "Overnight oats (2 servings): 4 of 5 ingredient lines matched" in ran.stdout
    assert "2 bananas                -> Banana, 236 g (2 × 1 banana)" in ran.stdout
    assert "a pinch of saffron       -> not matched: no food of the table found" in ran.stdout
    assert "Skipped recipe 2 (x): its ingredients are not a list of text lines" in ran.stdout
    assert not (data_folder / "meals.json").exists()
    assert magplan("meals", "import", str(source)).returncode == 0
    ran = magplan(
        "meals",
        "add",
        "Bread and cheese",
        "--nl",
        "Brood met kaas",
        "-i",
        "2 slices wholemeal bread",
        "-i",
        "30 g gouda",
    )
    assert ran.returncode == 0, ran.stderr
    assert ran.stdout.startswith("Saved meal:bread-and-cheese\n")
    # Per serving, by hand: bread Mg 52, Ca 42.3, no vitamin D value; gouda (ciqual:12736).
    assert "Per serving: magnesium 45 mg, calcium 262 mg, vitamin D ≥0.1 µg" in ran.stdout
    assert "≥ at least: 1 of 2 ingredient lines lack a value for vitamin D" in ran.stdout
    listed = magplan("meals", "list").stdout.splitlines()
    assert listed[1].split() == [
        "meal:bread-and-cheese",
        "Bread",
        "and",
        "cheese",
        "1",
        "45",
        "262",
        "≥0.1",
    ]
    assert listed[2].split()[:3] == ["meal:overnight-oats", "Overnight", "oats"]
    dutch = magplan("meals", "show", "brood met kaas", "--lang", "nl").stdout
    assert dutch.startswith(
        "Brood met kaas  (meal:bread-and-cheese)  Engels: Bread and cheese\n"
        "1 portie; één portie 100 g\n"
    )
    assert "vitamine D ≥0,1 µg" in dutch
    out = tmp_path / "out.jsonld"
    assert magplan("meals", "export", "-o", str(out)).returncode == 0
    assert [r["name"] for r in json.loads(out.read_text())] == [
        "Overnight oats",
        "Bread and cheese",
    ]
    assert magplan("meals", "remove", "overnight oats").returncode == 0
    assert [m.meal_id for m in SavedMeals.open(data_folder).meals] == ["meal:bread-and-cheese"]


@pytest.mark.parametrize(
    "args, message",
    [
        (
            ("meals", "add", "X", "-i", "2 slices unicorn"),
            "magplan: --ingredient '2 slices unicorn': not matched: no food of the table found",
        ),
        (
            ("meals", "add", "X", "-i", "rolled oats"),
            "magplan: --ingredient 'rolled oats': not matched: no amount in grams (Rolled oats?)",
        ),
        (
            ("meals", "add", "X", "-i", "40 g oats", "--servings", "0"),
            "magplan: --servings must be 1 to 100, not 0",
        ),
        (("meals", "show", "nothing"), "magplan: no saved meal is called 'nothing'"),
        (("meals", "import", "missing.json"), "magplan: missing.json: no such file"),
    ],
)
def test_meal_errors_are_one_line(data_folder, args, message):
    ran = magplan(*args)
    assert ran.returncode == 1 and ran.stdout == ""
    assert ran.stderr.startswith(message) and ran.stderr.count("\n") == 1
