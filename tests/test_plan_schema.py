"""The plan schema: every case the fuzzing of the loader found, refused with one line naming
the value and where it is, and the limits a plan keeps to."""

import json
import time

import pytest

from bench.figures_limits import plan_at_the_limit
from planner import csv_io, schema, storage
from planner.balance import balance
from planner.plan import MEALS, Entry, MealFullError, Plan, PlanError, Slot
from planner.schema import MAX_ENTRIES_PER_MEAL, MAX_FILE_BYTES
from tests.test_storage import FOOD_IDS, MONDAY


def document(**changes) -> dict:
    doc = storage.to_dict(Plan(start=MONDAY))
    doc["days"][0]["meals"]["breakfast"] = [{"food_id": "ciqual:32140", "grams": 40}]
    doc.update(changes)
    return doc


def refusal(text: str) -> str:
    """The one line loading this file's text gives."""
    with pytest.raises(storage.PlanFileError) as caught:
        storage.loads(text.encode("utf-8"))
    message = str(caught.value)
    assert message and "\n" not in message
    return message


def with_entry(entry_text: str) -> str:
    """A plan file whose first entry is this JSON text, written as is."""
    text = json.dumps(document())
    return text.replace('{"food_id": "ciqual:32140", "grams": 40}', entry_text)


@pytest.mark.parametrize(
    "entry, message",
    [
        (
            '{"food_id": "ciqual:32140", "grams": ' + "9" * 5000 + "}",
            "day 1, breakfast, entry 1: grams must be above 0 and at most 2000, not inf",
        ),
        (
            '{"food_id": "ciqual:32140", "grams": 1' + "0" * 400 + "}",
            "day 1, breakfast, entry 1: grams must be above 0 and at most 2000, not inf",
        ),
        (
            '{"food_id": "ciqual:32140", "grams": 1e400}',
            "day 1, breakfast, entry 1: grams must be above 0 and at most 2000, not inf",
        ),
        (
            '{"food_id": "ciqual:32140", "grams": 40, "portions": 1e308}',
            "day 1, breakfast, entry 1: portions must be above 0 and at most 4000, not 1e+308",
        ),
        (
            '{"food_id": "ciqual:32140", "grams": 40, "portions": Infinity}',
            "damaged (not valid JSON: Infinity is not a JSON number)",
        ),
        ('{"food_id": "ciqual:32140", "grams": NaN}', "damaged (not valid JSON: NaN is not"),
        (
            '{"food_id": "ciqual:32140", "grams": "40"}',
            "day 1, breakfast, entry 1: grams must be a number, not '40'",
        ),
        (
            '{"food_id": "ciqual:32140", "grams": true}',
            "day 1, breakfast, entry 1: grams must be a number, not True",
        ),
        ('{"food_id": "\\ud800", "grams": 40}', "holds a lone surrogate"),
        ('{"food_id": 12014, "grams": 40}', "a food id must be text, not 12014"),
        (
            '{"food_id": "ciqual:32140", "grams": 40, "colour": "red"}',
            "day 1, breakfast, entry 1: the entry has an unknown key 'colour'",
        ),
        ('{"grams": 40}', "day 1, breakfast, entry 1: the entry lacks 'food_id'"),
    ],
)
def test_a_bad_entry_is_refused_with_one_line_naming_it(entry, message):
    assert message in refusal(with_entry(entry))


@pytest.mark.parametrize(
    "changes, message",
    [
        ({"version": 0}, "format version must be a whole number from 1, not 0"),
        ({"version": -5}, "format version must be a whole number from 1, not -5"),
        ({"version": True}, "format version must be a whole number from 1, not True"),
        ({"version": 1.0}, "format version must be a whole number from 1, not 1"),
        ({"in_stock": [None, True]}, "a food id must be text, not None"),
        ({"in_stock": "ciqual:16402"}, "in stock must be a list of food ids, not 'ciqual:16402'"),
        ({"ticked": "abc"}, "ticked must be a list of food ids, not 'abc'"),
        ({"favourites": {"ciqual:16402": 1}}, "favourites must be a list of food ids"),
        (
            {"supplements": {"vitamin_d_ug": 1e300}},
            "a daily supplement of vitamin_d_ug must be from 0 and at most 5000, not 1e+300",
        ),
        ({"supplements": {"iron_mg": 10}}, "supplements has an unknown key 'iron_mg'"),
        ({"household_size": 2.5}, "household size must be a whole number from 1 to 50, not 2.5"),
        ({"ratio_band": [1.7]}, "the Ca:Mg band is two numbers, not 1"),
        ({"ratio_band": ["low", 2]}, "the Ca:Mg band must be a number, not 'low'"),
        ({"exclusions": [["nuts"]]}, "exclusions are text"),
        ({"exclusions": ["chocolate"]}, "exclusions are vegetarian, vegan"),
        ({"start": "2026-W49-1"}, "the start must be a date like 2026-11-30"),
        ({"start": "9999-12-27"}, "the start must be in the years 1900 to 2999, not 9999-12-27"),
        ({"owner": "me"}, "the plan has an unknown key 'owner'"),
    ],
)
def test_a_bad_plan_value_is_refused_with_one_line(changes, message):
    assert message in refusal(json.dumps(document(**changes)))


def test_supplements_and_own_targets_of_huge_numbers_are_refused():
    for literal in ("9" * 5000, "1" + "0" * 400, "1e400"):
        supplements = json.dumps(document(supplements={"vitamin_d_ug": "X"}))
        assert "supplement of vitamin_d_ug must be from 0 and at most 5000, not inf" in refusal(
            supplements.replace('"X"', literal)
        )
        own = document()
        own["profile"]["own_targets"] = {"magnesium": "X"}
        assert (
            "the profile: own target for magnesium must be above 0 and at most 10000, "
            "not inf" in refusal(json.dumps(own).replace('"X"', literal))
        )


@pytest.mark.parametrize(
    "note, message",
    [
        ("\ud800", "day 1: the note holds a lone surrogate"),
        (42, "day 1: the note must be text, not 42"),
        (["a", "b"], "day 1: the note must be text, not ['a', 'b']"),
        (None, "day 1: the note must be text, not None"),
        ("x" * 2001, "day 1: the note must be at most 2000 characters, not 2001"),
    ],
)
def test_a_note_is_text_that_can_be_saved(note, message):
    doc = document()
    doc["days"][0]["note"] = note
    assert message in refusal(json.dumps(doc))


def test_a_plan_nested_100000_deep_is_refused_before_it_is_parsed():
    started = time.perf_counter()
    assert refusal("[" * 100_000 + "]" * 100_000) == "damaged (nested more than 20 deep)"
    doc = document()
    doc["days"][2]["note"] = "[{" * 1000  # brackets in text are text
    assert storage.loads(json.dumps(doc).encode()).days[2].note == "[{" * 1000
    assert time.perf_counter() - started < 5


def test_a_file_over_the_size_limit_is_refused_before_it_is_read(tmp_path):
    path = tmp_path / "huge.json"
    with open(path, "wb") as out:
        out.truncate(MAX_FILE_BYTES + 1)
    with pytest.raises(
        storage.PlanFileError, match="huge.json: larger than 16 MB, the most a plan can be"
    ):
        storage.load(path)


def test_a_meal_holds_at_most_100_entries():
    plan = Plan(start=MONDAY)
    plan.add_entries(0, "lunch", [Entry("ciqual:32140", 10) for _ in range(MAX_ENTRIES_PER_MEAL)])
    plan.add(0, "dinner", Entry("ciqual:13005", 10))
    before = plan.copy()
    with pytest.raises(
        MealFullError, match="lunch of day 1 holds 100 entries; a meal holds at most 100"
    ):
        plan.add(0, "lunch", Entry("ciqual:13005", 10))
    with pytest.raises(MealFullError):
        plan.move(Slot(0, "dinner", 0), 0, "lunch")
    with pytest.raises(MealFullError):  # all or none
        plan.add_entries(0, "dinner", [Entry("ciqual:13005", 10)] * MAX_ENTRIES_PER_MEAL)
    assert plan == before
    assert plan.move(Slot(0, "lunch", 0), 0, "lunch", 99) == Slot(0, "lunch", 99)
    doc = storage.to_dict(plan)
    doc["days"][1]["meals"]["dinner"] = [{"food_id": "ciqual:32140", "grams": 1}] * 101
    assert "day 2: dinner holds 101 entries; a meal holds at most 100" in refusal(json.dumps(doc))


def test_the_largest_plan_the_limits_allow_saves_and_loads_back_within_the_file_limit():
    """Every limit at its most, written with the widest characters JSON has: 4-byte UTF-8 in
    ids, 6-byte escapes in notes. The file-size limit must never refuse a plan Magplan made."""
    wide = "\U0001f966"  # broccoli, 4 bytes in UTF-8

    def food(n: int) -> str:
        return f"x:{n:06d}" + wide * (schema.MAX_FOOD_ID - 8)

    plan = Plan(start=MONDAY, household_size=50)
    for day in range(7):
        for m, meal in enumerate(MEALS):
            plan.add_entries(
                day,
                meal,
                [
                    Entry(food((day * 4 + m) * 100 + i), 1999.9999999999998, 3999.9999999999995)
                    for i in range(MAX_ENTRIES_PER_MEAL)
                ],
            )
        plan.set_note(day, "\x01" * schema.MAX_NOTE)
    for n, name in enumerate(("favourites", "disliked", "in_stock", "ticked")):
        setattr(plan, name, {food(100_000 * (n + 1) + i) for i in range(schema.MAX_LISTED_FOODS)})
    data = storage.dumps(plan).encode("utf-8")
    assert len(data) <= MAX_FILE_BYTES
    assert storage.loads(data) == plan


def test_an_import_csv_with_portions_of_1e400_reports_the_row():
    text = (
        "date,meal,food_id,grams,portions\r\n"
        "2026-11-30,lunch,ciqual:32140,40,1e400\r\n"
        "2026-11-30,lunch,ciqual:32140," + "9" * 5000 + ",\r\n"
        "2026-11-30,lunch,ciqual:32140,40,2\r\n"
    )
    result = csv_io.read_entries(text.encode(), set(FOOD_IDS))
    assert [(b.line, b.reason) for b in result.bad_rows] == [
        (2, "portions must be above 0 and at most 4000, not inf"),
        (3, "grams must be above 0 and at most 2000, not inf"),
    ]
    assert result.used_rows == 1
    assert storage.loads(storage.dumps(result.plan).encode()) == result.plan


def test_an_import_csv_with_more_rows_than_a_meal_holds_reports_the_rest():
    rows = "".join("2026-11-30,lunch,ciqual:32140,40\r\n" for _ in range(MAX_ENTRIES_PER_MEAL + 2))
    result = csv_io.read_entries(("date,meal,food_id,grams\r\n" + rows).encode(), set(FOOD_IDS))
    assert result.used_rows == MAX_ENTRIES_PER_MEAL
    assert [b.line for b in result.bad_rows] == [102, 103]
    assert "a meal holds at most 100" in result.bad_rows[0].reason


def test_a_csv_at_the_end_of_the_calendar_is_one_error():
    with pytest.raises(csv_io.CsvImportError, match="the last day must be in the years"):
        csv_io.read_entries(
            b"date,meal,food_id,grams\n2999-12-31,lunch,ciqual:32140,40\n", set(FOOD_IDS)
        )
    result = csv_io.read_entries(
        b"date,meal,food_id,grams\n0001-01-02,lunch,ciqual:32140,40\n", set(FOOD_IDS), start=MONDAY
    )
    assert result.bad_rows[0].reason == "the date must be in the years 1900 to 2999, not 0001-01-02"


def test_a_csv_cell_too_long_for_the_reader_is_one_error():
    with pytest.raises(csv_io.CsvImportError, match="line 2: field larger than field limit"):
        csv_io.read_entries(
            b'date,meal,food_id,grams\n2026-11-30,lunch,"' + b"x" * 200_000 + b'",40\n',
            set(FOOD_IDS),
        )


def test_a_plan_with_a_bad_value_made_in_code_is_refused_too():
    with pytest.raises(PlanError, match="portions must be above 0 and at most 4000, not inf"):
        Entry("ciqual:32140", 40, float("inf"))
    plan = Plan(start=MONDAY)
    with pytest.raises(PlanError, match="the note holds a lone surrogate"):
        plan.set_note(0, "\udc80")
    with pytest.raises(PlanError, match="ticked must be a list of food ids"):
        Plan(start=MONDAY, ticked="abc")


def test_a_plan_at_the_size_limit_is_balanced_without_adding_to_a_full_meal(foods, intakes):
    plan = plan_at_the_limit(foods)
    result = balance(plan, foods, intakes.for_profile(plan.profile))
    assert result.changes and not any(c.is_new_entry for c in result.changes)
    assert all(plan.room(day, meal) == 0 for day in range(7) for meal in MEALS)
    assert all(result.plan.room(day, meal) == 0 for day in range(7) for meal in MEALS)
