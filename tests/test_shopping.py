import csv
import datetime as dt
import io
import json

import pytest

from planner import DATA_DIR, cli, storage
from planner.foods import SECTIONS
from planner.plan import Entry, Plan, PlanError
from planner.shopping import (
    UNKNOWN_SECTION,
    about_amount,
    buy_amount,
    format_amount,
    is_countable,
    parse_days,
    portion_count,
    shopping_list,
    weekday_index,
)

SAMPLE = DATA_DIR / "sample-week.json"
MONDAY = dt.date(2026, 11, 30)


@pytest.fixture
def sample() -> Plan:
    return storage.load(SAMPLE)


def grams_by_hand(days: list[int] | None = None) -> dict[str, float]:
    """Sum the sample file's grams per food straight from its JSON, not through the planner."""
    doc = json.loads(SAMPLE.read_text(encoding="utf-8"))
    sums: dict[str, float] = {}
    for i, day in enumerate(doc["days"]):
        if days is not None and i not in days:
            continue
        for entries in day["meals"].values():
            for e in entries:
                sums[e["food_id"]] = sums.get(e["food_id"], 0.0) + e["grams"]
    return sums


def test_sample_week_sums_by_hand_times_household(sample, foods):
    by_hand = grams_by_hand()
    people = sample.household_size
    assert people == 2
    shopping = shopping_list(sample, foods)
    listed = {i.food_id: i for i in shopping.items + shopping.in_stock}
    assert set(listed) == set(by_hand)
    # Foods eaten on several days: the interesting sums.
    days = json.loads(SAMPLE.read_text(encoding="utf-8"))["days"]
    repeated = [
        fid
        for fid in by_hand
        if sum(any(e["food_id"] == fid for m in d["meals"].values() for e in m) for d in days) >= 3
    ]
    assert len(repeated) >= 4
    for food_id in repeated:
        assert listed[food_id].grams == pytest.approx(by_hand[food_id] * people)
        assert listed[food_id].buy_grams >= listed[food_id].grams * 0.8


def test_household_size_multiplies_and_days_choose(sample, foods):
    one = {i.food_id: i.grams for i in shopping_list(sample, foods, people=1).items}
    three = {i.food_id: i.grams for i in shopping_list(sample, foods, people=3).items}
    assert three == {fid: pytest.approx(g * 3) for fid, g in one.items()}
    weekend = shopping_list(sample, foods, days=[5, 6], people=1)
    by_hand = grams_by_hand([5, 6])
    assert {i.food_id: i.grams for i in weekend.items + weekend.in_stock} == {
        fid: pytest.approx(g) for fid, g in by_hand.items()
    }
    assert weekend.dates == [MONDAY + dt.timedelta(days=5), MONDAY + dt.timedelta(days=6)]


def test_sections_in_store_order_and_names_sorted(sample, foods):
    shopping = shopping_list(sample, foods)
    sections = [s for s, _ in shopping.by_section()]
    assert sections == sorted(sections, key=SECTIONS.index)
    assert len(sections) == len(set(sections))
    for _, items in shopping.by_section():
        names = [i.name_en.casefold() for i in items]
        assert names == sorted(names)


def test_in_stock_apart_ticked_marked_unknown_kept_supplements_absent(foods):
    plan = Plan(
        start=MONDAY, household_size=2, supplements={"vitamin_d_ug": 10.0, "magnesium_mg": 100.0}
    )
    oil, oats, banana = "ciqual:17270", "ciqual:32140", "ciqual:13005"
    for day in range(7):
        plan.add(day, "breakfast", Entry(oats, 40))
        plan.add(day, "dinner", Entry(oil, 10))
    plan.add(2, "snack", Entry(banana, 118))
    plan.add(3, "lunch", Entry("nevo:99999", 80))
    plan.in_stock = {oil}
    plan.ticked = {oats}
    shopping = shopping_list(plan, foods)
    assert [i.food_id for i in shopping.in_stock] == [oil]
    assert shopping.in_stock[0].grams == pytest.approx(7 * 10 * 2)
    assert oil not in {i.food_id for i in shopping.items}
    by_id = {i.food_id: i for i in shopping.items}
    assert by_id[oats].ticked and not by_id[banana].ticked
    assert by_id[oats].grams == pytest.approx(7 * 40 * 2)
    unknown = by_id["nevo:99999"]
    assert (unknown.section, unknown.name_en, unknown.grams, unknown.count) == (
        UNKNOWN_SECTION,
        "nevo:99999",
        160,
        None,
    )
    assert list(shopping.by_section())[-1][0] == UNKNOWN_SECTION
    # Supplements are counted for the nutrients, never bought as groceries.
    assert set(by_id) == {oats, banana, "nevo:99999"}


@pytest.mark.parametrize(
    "grams, buy",
    [
        (437, 450),
        (450, 450),
        (450.0000000001, 450),
        (451, 500),
        (95, 100),
        (3, 10),
        (0.2, 10),
        (999, 1000),
        (1000, 1000),
        (1001, 1100),
        (2360, 2400),
        (100, 100),
    ],
)
def test_buy_amount_rounds_up_to_a_step(grams, buy):
    assert buy_amount(grams) == buy


def test_amounts_are_written_in_g_kg_ml_l():
    assert format_amount(450) == "450 g"
    assert format_amount(1300) == "1.3 kg"
    assert format_amount(2000) == "2 kg"
    assert format_amount(1300, decimal=",") == "1,3 kg"
    assert format_amount(400, liquid=True) == "400 ml"
    assert format_amount(1200, liquid=True) == "1.2 l"
    assert about_amount(4 * 118) == 470
    assert about_amount(3) == 10


@pytest.mark.parametrize(
    "label, countable",
    [
        ("1 banana", True),
        ("1 egg", True),
        ("1 slice", True),
        ("1 can", True),
        ("1 spring roll", True),
        ("1 handful", False),
        ("1 tbsp", False),
        ("1 glass", False),
        ("1 portion", False),
        ("30 g", False),
        ("4 squares", False),
        ("1/2 avocado", False),
        ("for 1 slice", False),
    ],
)
def test_countable_portions(label, countable):
    assert is_countable(label) is countable


def test_counts_round_up_but_let_a_small_excess_go():
    assert portion_count(340, 118) == 3  # 2.9 bananas: buy 3
    assert portion_count(370, 123) == 3  # 3.01 tomatoes: 3 will do
    assert portion_count(3.3 * 50, 50) == 4  # 3.3 eggs: buy 4
    assert portion_count(10, 50) == 1  # never zero


def test_sample_week_countable_foods_have_counts(sample, foods):
    shopping = shopping_list(sample, foods)
    counted = [i for i in shopping.items if i.count is not None]
    assert counted
    for item in counted:
        assert is_countable(item.portion_en)
        exact = item.grams / item.portion_g
        assert exact - 0.2 <= item.count < exact + 1
        assert item.buy_grams == about_amount(item.count * item.portion_g)
    for item in shopping.items:
        if item.count is None:
            assert item.buy_grams == buy_amount(item.grams)


def test_parse_days(sample):
    assert parse_days("mon-wed,sat", sample) == [0, 1, 2, 5]
    assert parse_days("2026-12-01", sample) == [1]
    assert parse_days("1,7", sample) == [0, 6]
    assert parse_days("ma,zo", sample) == [0, 6]
    for bad in ("xyz", "2026-12-09", "2026-02-30", "sun-mon", ","):
        with pytest.raises(PlanError):
            parse_days(bad, sample)


def test_weekday_names():
    assert weekday_index("Monday") == 0
    assert weekday_index("woensdag") == 2
    assert weekday_index("sat") == 5
    assert weekday_index("x") is None and weekday_index("blue") is None


def test_cli_shopping_list_text(capsys, sample, foods):
    assert cli.main(["shopping-list", str(SAMPLE), "--people", "3", "--days", "sat-sun"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Shopping list, Sat 5 Dec \u2013 Sun 6 Dec 2026, for 3 people")
    weekend = shopping_list(sample, foods, days=[5, 6], people=3)
    for item in weekend.items:
        line = next(line for line in out.splitlines() if f" {item.name_en} " in line)
        assert line.startswith("  [ ] ")
        assert line.endswith(f"({item.grams:.0f} {'ml' if item.liquid else 'g'})")
    # The amounts line up in one column.
    ends = {len(line.split("  (")[0]) for line in out.splitlines() if line.startswith("  [")}
    assert len(ends) == 1


def test_cli_shopping_list_bad_input(capsys, tmp_path):
    assert cli.main(["shopping-list", str(SAMPLE), "--days", "someday"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("magplan: 'someday' is not a day") and err.count("\n") == 1
    assert cli.main(["shopping-list", str(SAMPLE), "--people", "0"]) == 1
    assert "household size" in capsys.readouterr().err
    # Without the Qt part (planner.cli on its own) a PDF cannot be drawn: one line, no file.
    out = tmp_path / "list.pdf"
    assert cli.main(["shopping-list", str(SAMPLE), "--pdf", str(out)]) == 2
    assert "needs the Qt part" in capsys.readouterr().err
    assert not out.exists()


def test_cli_shopping_list_csv(tmp_path, sample, foods):
    out = tmp_path / "list.csv"
    assert cli.main(["shopping-list", str(SAMPLE), "--csv", str(out)]) == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    shopping = shopping_list(sample, foods)
    everything = shopping.items + shopping.in_stock
    assert [r["food_id"] for r in rows] == [i.food_id for i in everything]
    for row, item in zip(rows, everything):
        assert (row["section"], row["food"]) == (item.section, item.name_en)
        assert float(row["grams"]) == pytest.approx(item.grams)
        assert float(row["buy_grams"]) == item.buy_grams
        assert row["count"] == ("" if item.count is None else str(item.count))
        assert row["in_stock"] == ("1" if item.in_stock else "0")
