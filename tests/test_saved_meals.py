"""Saved meals: figures per serving by hand, a plan of saved meals against the same foods one
by one, the plan file, the data folder's meals file, and everything that reads a day's foods
(shopping list, CSV, printing, balancing) seeing the ingredients."""

import datetime as dt
import json
import re

import pytest

from planner import csv_io, schema, storage
from planner.balance import balance
from planner.foods import NUTRIENTS
from planner.plan import MEALS, Entry, Plan, PlanError, Recipe, Slot, empty_meals
from planner.report import week_html
from planner.saved_meals import (
    MAX_FILE_BYTES,
    MAX_SAVED_MEALS,
    Ingredient,
    MealError,
    SavedMeal,
    SavedMeals,
    meal_figures,
)
from planner.shopping import shopping_list
from planner.totals import assess, contributions, day_totals, estimated_entries, figures

MONDAY = dt.date(2026, 11, 30)
OATS, MILK, BREAD, BANANA, ALMONDS = (
    "ciqual:32140",
    "ciqual:19042",
    "ciqual:7111",
    "ciqual:13005",
    "ciqual:15000",
)
STANDARD = csv_io.DIALECTS["standard"]


def breakfast(servings: int = 2, unmatched: tuple[str, ...] = ()) -> SavedMeal:
    """80 g rolled oats, 400 g semi-skimmed milk and 70 g wholemeal bread, for two."""
    return SavedMeal(
        "meal:breakfast",
        "Oats and bread",
        "Havermout en brood",
        (Ingredient(OATS, 80), Ingredient(MILK, 400), Ingredient(BREAD, 70, portions=2)),
        servings,
        unmatched,
    )


def test_figures_per_serving_by_hand(foods):
    # Per 100 g: oats Mg 101, Ca 52, D 0; milk Mg 11.1, Ca 119, D 0.048; wholemeal bread
    # Mg 52, Ca 42.3 and no vitamin D value. Two servings.
    got = meal_figures([breakfast()], foods).of(0)
    assert got.known["magnesium_mg"] == pytest.approx((0.8 * 101 + 4 * 11.1 + 0.7 * 52) / 2)
    assert got.known["magnesium_mg"] == pytest.approx(80.8)
    assert got.known["calcium_mg"] == pytest.approx((0.8 * 52 + 4 * 119 + 0.7 * 42.3) / 2)
    # Vitamin D is at least the milk's: the bread's is unknown, not zero.
    assert got.known["vitamin_d_ug"] == pytest.approx(4 * 0.048 / 2)
    assert got.missing["vitamin_d_ug"] == 1 and got.at_least("vitamin_d_ug")
    assert got.missing["magnesium_mg"] == 0 and not got.at_least("magnesium_mg")
    assert got.foods == 3
    assert breakfast().serving_grams == 275
    # The plan's own sum of a serving says the same.
    assert figures(breakfast().recipe().parts(1), foods) == got


def test_a_line_matched_to_no_food_is_unknown_for_every_nutrient(foods):
    got = meal_figures([breakfast(unmatched=("a pinch of saffron",))], foods).of(0)
    assert got.known["magnesium_mg"] == pytest.approx(80.8)  # nothing added for it
    assert got.missing["magnesium_mg"] == 1 and got.missing["vitamin_d_ug"] == 2
    assert got.foods == 4


def test_an_ingredients_estimated_figure_is_counted_per_nutrient(foods):
    # Ciqual gives almonds' vitamin D as "< x" (an estimate); oats and milk are measured.
    meal = SavedMeal(
        "meal:muesli",
        "Oats and almonds",
        "Havermout met amandelen",
        (Ingredient(OATS, 60), Ingredient(ALMONDS, 15), Ingredient(MILK, 200)),
        1,
    )
    found = meal_figures([breakfast(), meal], foods)
    vitamin_d, magnesium = NUTRIENTS.index("vitamin_d_ug"), NUTRIENTS.index("magnesium_mg")
    assert found.estimated[1, vitamin_d] == 1 and found.estimated[1, magnesium] == 0
    assert not found.estimated[0].any()


def test_a_plan_of_saved_meals_sums_as_the_same_foods_one_by_one(foods, intakes):
    meal = breakfast()
    with_meals, one_by_one = Plan(start=MONDAY), Plan(start=MONDAY)
    for day, servings in ((0, 1), (2, 2), (4, 1.5)):
        with_meals.add(day, "breakfast", meal.entry(servings))
        with_meals.add(day, "breakfast", Entry(BANANA, 118, 1))
        for ingredient in meal.ingredients:
            one_by_one.add(
                day, "breakfast", Entry(ingredient.food_id, ingredient.grams / 2 * servings)
            )
        one_by_one.add(day, "breakfast", Entry(BANANA, 118, 1))
    a, b = day_totals(with_meals, foods), day_totals(one_by_one, foods)
    assert a.known.to_numpy() == pytest.approx(b.known.to_numpy(), rel=1e-12)
    assert (a.missing.to_numpy() == b.missing.to_numpy()).all()
    assert a.missing["vitamin_d_ug"].tolist() == [1, 0, 1, 0, 1, 0, 0]
    assert a.entries.tolist() == [2, 0, 2, 0, 2, 0, 0]
    assert a.known["magnesium_mg"].iloc[2] == pytest.approx(2 * 80.8 + 1.18 * 28)
    targets = intakes.for_profile(with_meals.profile)
    judged = [assess(p, foods, targets).days for p in (with_meals, one_by_one)]
    for mine, theirs in zip(*judged):
        for key in ("magnesium", "calcium", "vitamin_d"):
            assert mine.food[key].amount == pytest.approx(theirs.food[key].amount, rel=1e-12)
            assert mine.food[key].status == theirs.food[key].status
    # A day's contributions list each ingredient, marked as in a saved meal.
    top = contributions(with_meals, foods, 2, "magnesium_mg")
    assert sorted(top["food_id"]) == sorted([OATS, MILK, BREAD, BANANA])
    assert top.set_index("food_id")["in_saved_meal"].to_dict() == {
        OATS: True,
        MILK: True,
        BREAD: True,
        BANANA: False,
    }
    assert top.set_index("food_id").loc[OATS, "grams"] == pytest.approx(80)
    assert estimated_entries(with_meals, foods, 2) == estimated_entries(one_by_one, foods, 2)


def test_an_entry_of_a_saved_meal_carries_its_ingredients_per_serving():
    entry = breakfast().entry(1.5)
    assert entry.food_id == "meal:breakfast" and entry.portions == 1.5
    assert entry.grams == pytest.approx(275 * 1.5)
    assert entry.recipe.ingredients == ((OATS, 40), (MILK, 200), (BREAD, 35))
    assert [(p.food_id, p.grams) for p in entry.parts()] == [
        (OATS, pytest.approx(60)),
        (MILK, pytest.approx(300)),
        (BREAD, pytest.approx(52.5)),
    ]
    with pytest.raises(MealError, match="weigh 2200 g; an entry holds at most 2000 g"):
        breakfast().entry(8)


def test_the_plan_file_keeps_a_saved_meal_and_its_version(tmp_path):
    plan = Plan(start=MONDAY)
    plan.add(0, "lunch", Entry(BANANA, 118))
    assert storage.to_dict(plan)["version"] == 1  # no saved meal: an older Magplan reads it
    plan.add(0, "breakfast", breakfast(unmatched=("a pinch of salt",)).entry(2))
    doc = storage.to_dict(plan)
    assert doc["version"] == 2
    assert doc["days"][0]["meals"]["breakfast"][0]["recipe"] == {
        "name_en": "Oats and bread",
        "name_nl": "Havermout en brood",
        "ingredients": [
            {"food_id": OATS, "grams": 40.0},
            {"food_id": MILK, "grams": 200.0},
            {"food_id": BREAD, "grams": 35.0},
        ],
        "unmatched": ["a pinch of salt"],
    }
    storage.save(plan, tmp_path / "week.json")
    assert storage.load(tmp_path / "week.json") == plan


def test_a_version_1_file_still_loads():
    from planner import SAMPLE_WEEK

    assert json.loads(SAMPLE_WEEK.read_bytes())["version"] == 1  # as Magplan wrote it before
    plan = storage.load(SAMPLE_WEEK)
    assert plan.entries() and all(e.recipe is None for _, _, e in plan.entries())
    assert storage.to_dict(plan)["version"] == 1


def refusal(entry: dict) -> str:
    doc = storage.to_dict(Plan(start=MONDAY))
    doc["days"][1]["meals"]["lunch"] = [entry]
    with pytest.raises(storage.PlanFileError) as raised:
        storage.loads(json.dumps(doc).encode())
    return str(raised.value)


RECIPE = {
    "name_en": "Oats",
    "name_nl": "Havermout",
    "ingredients": [{"food_id": OATS, "grams": 40}],
}


@pytest.mark.parametrize(
    "recipe, message",
    [
        ({**RECIPE, "servings": 2}, "its saved meal: the saved meal has an unknown key 'servings'"),
        ({**RECIPE, "ingredients": []}, "needs at least one ingredient from the food table"),
        (
            {**RECIPE, "ingredients": [{"food_id": OATS, "grams": 0}]},
            "ingredient 1: grams must be above 0 and at most 20000, not 0",
        ),
        (
            {**RECIPE, "ingredients": [{"food_id": OATS, "grams": 40}] * 51},
            "a saved meal has at most 50 ingredient lines, not 51",
        ),
        ({**RECIPE, "name_en": "Oats\nand more"}, "the meal's name must be a name on one line"),
        ({**RECIPE, "name_nl": "x" * 81}, "the meal's Dutch name must be at most 80 characters"),
        ({**RECIPE, "unmatched": [""]}, "an ingredient line must be text on one line"),
        ({**RECIPE, "ingredients": [[OATS, 40]]}, "the ingredient must be a JSON object"),
    ],
)
def test_a_bad_saved_meal_in_a_plan_is_refused_with_its_place(recipe, message):
    got = refusal({"food_id": "meal:oats", "grams": 40, "recipe": recipe})
    assert got.startswith("day 2, lunch, entry 1: its saved meal: ")
    assert message in got


def test_a_week_holds_at_most_so_many_ingredient_lines():
    meal = Recipe("Big", "Groot", tuple((OATS, 1.0) for _ in range(schema.MAX_INGREDIENTS)))
    plan = Plan(start=MONDAY)
    per_week = schema.MAX_WEEK_INGREDIENTS // schema.MAX_INGREDIENTS
    for i in range(per_week):
        plan.add(i % 7, "dinner", Entry("meal:big", 50, 1, meal))
    before = plan.copy()
    with pytest.raises(
        PlanError, match="would hold 1550 ingredient lines; a week holds at most 1500"
    ):
        plan.add(0, "lunch", Entry("meal:big", 50, 1, meal))
    with pytest.raises(PlanError, match="at most 1500"):
        plan.replace_day(1, {**plan.day(0).meals, "lunch": [Entry("meal:big", 50, 1, meal)]})
    assert plan == before
    plan.add(0, "lunch", Entry(OATS, 40))  # a food is no ingredient line
    plan.replace_day(1, plan.day(0).meals)  # a day replaced by as many lines is fine


def test_days_replaced_together_are_checked_as_the_week_they_make():
    meal = Recipe("Big", "Groot", tuple((OATS, 1.0) for _ in range(schema.MAX_INGREDIENTS)))
    plan = Plan(start=MONDAY)
    per_week = schema.MAX_WEEK_INGREDIENTS // schema.MAX_INGREDIENTS  # 30 entries of 50 lines
    for i in range(per_week):
        plan.add(i % 7, "dinner", Entry("meal:big", 50, 1, meal))
    monday, tuesday = plan.day(0).meals, plan.day(1).meals
    big = {**empty_meals(), "dinner": [Entry("meal:big", 50, 1, meal)] * 6}
    # The week is full. Monday gains one entry's lines and Tuesday frees five: the week ends
    # within its limit, though Monday replaced alone first would pass it.
    old = plan.replace_days({0: big, 1: empty_meals()})
    assert old == {0: monday, 1: tuesday}
    assert plan.lines() == schema.MAX_WEEK_INGREDIENTS - 4 * schema.MAX_INGREDIENTS
    before = plan.copy()
    with pytest.raises(PlanError):
        plan.replace_days({1: big, 9: big})  # there is no day 10
    with pytest.raises(PlanError, match="at most 1500"):
        plan.replace_days({1: big, 2: big})
    assert plan == before


def test_the_largest_plan_with_saved_meals_stays_within_the_file_limit():
    """Every limit at its most with saved meals: the names and lines at their longest in the
    widest characters, the week's ingredient lines all used, the other entries as long."""
    wide = "\U0001f966"

    def text(n: int, length: int) -> str:
        return f"{n:06d}" + wide * (length - 6)

    plan = Plan(start=MONDAY, household_size=50)
    lines = schema.MAX_WEEK_INGREDIENTS
    for day in range(7):
        for m, meal in enumerate(MEALS):
            for i in range(schema.MAX_ENTRIES_PER_MEAL):
                n = (day * 4 + m) * 100 + i
                recipe = None
                if lines:  # one line each, so as many entries as can carry the long names
                    recipe = Recipe(
                        text(n, schema.MAX_MEAL_NAME),
                        text(n, schema.MAX_MEAL_NAME),
                        ((text(n, schema.MAX_FOOD_ID), 19999.999999999996),),
                    )
                    lines -= 1
                plan.add(
                    day,
                    meal,
                    Entry(
                        text(n, schema.MAX_FOOD_ID), 1999.9999999999998, 3999.9999999999995, recipe
                    ),
                )
        plan.set_note(day, "\x01" * schema.MAX_NOTE)
    for n, name in enumerate(("favourites", "disliked", "in_stock", "ticked")):
        setattr(
            plan,
            name,
            {
                text(100_000 * (n + 1) + i, schema.MAX_FOOD_ID)
                for i in range(schema.MAX_LISTED_FOODS)
            },
        )
    data = storage.dumps(plan).encode("utf-8")
    assert len(data) <= schema.MAX_FILE_BYTES
    assert storage.loads(data) == plan


def test_the_shopping_list_sums_ingredients_with_the_same_foods(foods):
    plan = Plan(start=MONDAY)
    plan.add(0, "breakfast", breakfast(unmatched=("a pinch of saffron",)).entry(2))
    plan.add(1, "breakfast", breakfast(unmatched=("a pinch of saffron",)).entry(1))
    plan.add(1, "lunch", Entry(OATS, 40))
    shopping = shopping_list(plan, foods, people=2)
    grams = {i.food_id: i.grams for i in shopping.items}
    assert grams[OATS] == pytest.approx((80 + 40 + 40) * 2)  # 2 + 1 servings, and 40 g
    assert grams[MILK] == pytest.approx(600 * 2)
    assert "meal:breakfast" not in grams
    assert shopping.unmatched == [("a pinch of saffron", "Oats and bread")]
    assert shopping_list(plan, foods, lang="nl").unmatched == [
        ("a pinch of saffron", "Havermout en brood")
    ]


def test_csv_has_a_row_per_ingredient_and_reads_back_the_saved_meal(foods):
    plan = Plan(start=MONDAY)
    plan.add(0, "breakfast", breakfast(unmatched=("a pinch of saffron",)).entry(1.5))
    plan.add(0, "breakfast", Entry(BANANA, 118, 1))
    data = csv_io.export_entries(plan, foods, STANDARD)
    rows = data.decode().splitlines()
    assert rows[0].endswith(",portions,saved_meal_id,saved_meal,servings")
    assert rows[1] == (
        "2026-11-30,Monday,breakfast,ciqual:32140,Rolled oats,60,221.4,60.6,"
        "31.2,0,,meal:breakfast,Oats and bread,1.5"
    )
    assert rows[4] == (
        "2026-11-30,Monday,breakfast,,a pinch of saffron,,,,,,,meal:breakfast,Oats and bread,1.5"
    )
    assert rows[5].startswith("2026-11-30,Monday,breakfast,ciqual:13005,Banana,118,")
    assert rows[5].endswith(",1,,,")
    result = csv_io.read_entries(data, foods)
    assert result.bad_rows == [] and result.used_rows == 5
    back = result.plan.day(0).meals["breakfast"]
    assert back[1] == Entry(BANANA, 118, 1)
    for (food, grams), (wrote, wrote_grams) in zip(
        back[0].recipe.ingredients, plan.day(0).meals["breakfast"][0].recipe.ingredients
    ):
        assert food == wrote and grams == pytest.approx(wrote_grams)
    assert back[0].recipe.unmatched == ("a pinch of saffron",)
    assert (back[0].food_id, back[0].portions) == ("meal:breakfast", 1.5)
    assert back[0].grams == pytest.approx(275 * 1.5)
    assert day_totals(result.plan, foods).known.to_numpy() == pytest.approx(
        day_totals(plan, foods).known.to_numpy()
    )


def test_csv_rows_of_a_saved_meal_without_a_food_are_bad_together(foods):
    text = (
        "date,meal,food_id,food,grams,saved_meal_id,saved_meal,servings\n"
        "2026-11-30,lunch,,a pinch of salt,,meal:x,Salt,1\n"
        "2026-11-30,lunch,,pepper,,meal:x,Salt,1\n"
        "2026-11-30,lunch,ciqual:13005,,118,,,\n"
    )
    result = csv_io.read_entries(text.encode(), foods)
    assert [(b.line, b.reason) for b in result.bad_rows] == [
        (2, "saved meal 'Salt': a saved meal needs at least one ingredient from the food table"),
        (3, "saved meal 'Salt': a saved meal needs at least one ingredient from the food table"),
    ]
    assert result.used_rows == 1


def test_the_printed_week_names_the_meal_and_its_ingredients(foods, intakes):
    plan = Plan(start=MONDAY)
    plan.add(0, "breakfast", breakfast(unmatched=("a pinch of saffron",)).entry(2))
    page = week_html(
        plan, assess(plan, foods, intakes.for_profile(plan.profile)), foods, chart_size=None
    )
    assert (
        "Oats and bread 2&nbsp;servings<br><span class='small'>Rolled oats, Semi-skimmed "
        "milk, Wholemeal bread, a pinch of saffron</span>"
    ) in page
    # The day's magnesium is the ingredients': 2 servings of 80.8 mg, at least (the saffron).
    assert "<td class='num'>\u2265162 / 300 mg<br><span class='flag'>? possibly low" in page


def test_balancing_counts_a_saved_meal_and_never_changes_it(foods, intakes):
    plan = Plan(start=MONDAY)
    meal = SavedMeal(
        "meal:toast", "Toast", "Toast", (Ingredient("ciqual:7009", 70), Ingredient(ALMONDS, 10))
    )
    for day in range(7):
        plan.add(day, "breakfast", meal.entry(1))
        plan.add(day, "lunch", Entry("ciqual:7009", 70, 2))  # white bread, swappable
    targets = intakes.for_profile(plan.profile)
    result = balance(plan, foods, targets)
    assert result.changes
    for day in range(7):
        assert result.plan.entry(Slot(day, "breakfast", 0)) == plan.entry(Slot(day, "breakfast", 0))
        assert not [
            c
            for c in result.changes
            if c.day == day and c.meal == "breakfast" and c.entry_index == 0
        ]
    # The breakfast's almonds count: no second form of them is added to breakfast.
    almond_family = foods.family[foods.position(ALMONDS)]
    added_to_breakfast = [
        foods.family[foods.position(c.food_id)] for c in result.changes if c.meal == "breakfast"
    ]
    assert almond_family not in added_to_breakfast
    # And the swap goes to the lunch bread, which is a food of its own.
    assert any(c.is_swap and c.meal == "lunch" for c in result.changes)
    # Balancing starts from the totals with the ingredients counted.
    assert result.before.totals.known["magnesium_mg"].iloc[0] == pytest.approx(
        day_totals(plan, foods).known["magnesium_mg"].iloc[0]
    )


def test_old_ids_are_mapped_in_saved_meals_too():
    from planner.replaced_ids import REPLACED_IDS

    old, new = next(iter(REPLACED_IDS.items()))
    plan = Plan(start=MONDAY)
    recipe = Recipe("Old", "Oud", ((old, 50.0), (OATS, 40.0)))
    plan.add(0, "lunch", Entry("meal:old", 90, 1, recipe))
    assert old in plan.food_ids()
    before = plan.to_dict()
    undo = plan.replace_food_ids({old: new})
    assert plan.entry(Slot(0, "lunch", 0)).recipe.ingredients == ((new, 50.0), (OATS, 40.0))
    assert plan.entry(Slot(0, "lunch", 0)).food_id == "meal:old"
    plan.set_food_ids(undo)
    assert plan.to_dict() == before


# --- the data folder's meals ------------------------------------------------------------


def test_meals_are_saved_read_back_and_changed_with_what_undo_needs(tmp_path):
    book = SavedMeals.open(tmp_path)
    assert book.meals == () and not (tmp_path / "meals.json").exists()
    assert book.put(breakfast()) is None
    other = SavedMeals.open(tmp_path)  # another window, or the command line
    assert other.meals == (breakfast(),)
    changed = SavedMeal("meal:breakfast", "Oats", "Havermout", (Ingredient(OATS, 40),))
    assert other.put(changed) == breakfast()
    # A change reads the file first: the first book's next change keeps the other's.
    toast = SavedMeal("meal:toast", "Toast", "Geroosterd brood", (Ingredient(BREAD, 35),))
    book.put(toast)
    assert book.meals == (changed, toast)
    assert book.remove("meal:breakfast") == changed
    book.restore([("meal:breakfast", changed), ("meal:toast", None)])
    assert SavedMeals.open(tmp_path).meals == (changed,)
    doc = json.loads((tmp_path / "meals.json").read_text())
    assert doc["kind"] == "magplan-meals" and doc["version"] == 1


def test_search_find_and_ids(tmp_path):
    book = SavedMeals.open(tmp_path)
    for meal_id, en, nl in (
        ("meal:a", "Overnight oats", "Havermout voor de nacht"),
        ("meal:b", "Lentil soup", "Linzensoep"),
        ("meal:c", "Oat pancakes", "Havermoutpannenkoeken"),
    ):
        book.put(SavedMeal(meal_id, en, nl, (Ingredient(OATS, 40),)))
    assert [book.meals[i].meal_id for i in book.search("oat")] == ["meal:c", "meal:a"]
    assert [book.meals[i].meal_id for i in book.search("havermout")] == ["meal:a", "meal:c"]
    assert [book.meals[i].meal_id for i in book.search("soep")] == ["meal:b"]
    assert [book.meals[i].meal_id for i in book.search("")] == ["meal:b", "meal:c", "meal:a"]
    assert book.find("linzensoep").meal_id == "meal:b"
    assert book.find("b").meal_id == "meal:b"
    with pytest.raises(MealError, match="'oat' names 2 saved meals"):
        book.find("oat")
    assert book.free_id("Lentil soup!") == "meal:lentil-soup"
    book.put(SavedMeal("meal:lentil-soup", "Lentil soup", "Linzensoep", (Ingredient(OATS, 1),)))
    assert book.free_id("Lentil soup") == "meal:lentil-soup-2"


@pytest.mark.parametrize(
    "content, message",
    [
        (b"{", "damaged (not valid JSON"),
        (b'{"kind": "magplan-meals", "version": 2, "meals": []}', "saved by a newer Magplan"),
        (b'{"kind": "magplan-plan", "version": 1}', "not a Magplan meals file"),
        (
            b'{"kind": "magplan-meals", "version": 1, "meals": [{"meal_id": "meal:a",'
            b' "name_en": "A", "name_nl": "A", "servings": 0,'
            b' "ingredients": [{"food_id": "x", "grams": 1}]}]}',
            "saved meal 1: servings must be a whole number from 1 to 100, not 0",
        ),
        (b'{"kind": "magplan-meals", "version": 1, "meals": [], "extra": 1}', "unknown key"),
    ],
)
def test_a_damaged_meals_file_is_refused_and_never_written_over(tmp_path, content, message):
    path = tmp_path / "meals.json"
    path.write_bytes(content)
    with pytest.raises(MealError, match=re.escape(message)) as raised:
        SavedMeals.open(tmp_path)
    assert str(raised.value).startswith(f"{path}: ")
    with pytest.raises(MealError):
        SavedMeals(tmp_path).put(breakfast())
    assert path.read_bytes() == content


def test_the_largest_meals_file_stays_within_its_limit(tmp_path):
    wide = "\U0001f966"

    def text(n: int, length: int) -> str:
        return f"{n:06d}" + wide * (length - 6)

    meals = tuple(
        SavedMeal(
            f"meal:{n:06d}" + wide * (schema.MAX_FOOD_ID - 11),
            text(n, schema.MAX_MEAL_NAME),
            text(n, schema.MAX_MEAL_NAME),
            tuple(
                Ingredient(text(i, schema.MAX_FOOD_ID), 19999.999999999996, 3999.9999999999995)
                for i in range(schema.MAX_INGREDIENTS // 2)
            ),
            schema.MAX_SERVINGS,
            tuple(text(i, schema.MAX_LINE) for i in range(schema.MAX_INGREDIENTS // 2)),
            "\x01" * schema.MAX_NOTE,
        )
        for n in range(MAX_SAVED_MEALS)
    )
    book = SavedMeals(tmp_path)
    book._write(meals)
    assert (tmp_path / "meals.json").stat().st_size <= MAX_FILE_BYTES
    assert SavedMeals.open(tmp_path).meals == meals
    with pytest.raises(
        MealError, match="there would be 1001 saved meals; Magplan keeps at most 1000"
    ):
        book.put(breakfast())
