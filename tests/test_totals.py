"""Day totals checked against sums computed here by hand from data/foods.csv."""

import csv
import datetime as dt
import math

import pytest

from planner import DATA_DIR, storage
from planner.plan import Entry, Plan, Slot
from planner.targets import Profile
from planner.totals import RatioStatus, Status, assess, contributions, day_totals, estimated_entries

SAMPLE = DATA_DIR / "sample-week.json"


@pytest.fixture(scope="module")
def per100() -> dict[str, dict[str, str]]:
    with open(DATA_DIR / "foods.csv", encoding="utf-8") as f:
        return {row["food_id"]: row for row in csv.DictReader(f)}


def by_hand(plan: Plan, day: int, column: str, per100) -> tuple[float, int]:
    """Sum of grams / 100 x value per 100 g over the day's known values, and the unknowns."""
    total, unknown = 0.0, 0
    for _, _, entry in plan.days[day].entries():
        cell = per100[entry.food_id][column] if entry.food_id in per100 else ""
        if cell == "":
            unknown += 1
        else:
            total += entry.grams / 100 * float(cell)
    return total, unknown


@pytest.mark.parametrize("day", [1, 3, 5])  # Tuesday, Thursday, Saturday: each with an unknown
@pytest.mark.parametrize("column", ["magnesium_mg", "calcium_mg", "vitamin_d_ug", "energy_kcal"])
def test_sample_week_totals_match_hand_sums(foods, per100, day, column):
    plan = storage.load(SAMPLE)
    totals = day_totals(plan, foods)
    expected, unknown = by_hand(plan, day, column, per100)
    assert totals.known[column].iloc[day] == pytest.approx(expected, abs=1e-9)
    assert totals.missing[column].iloc[day] == unknown


def test_a_small_day_by_hand(foods, intakes):
    # 40 g rolled oats (Mg 101/100 g, Ca 52, D 0), 200 g semi-skimmed milk (Mg 11.1, Ca 119,
    # D 0.048) and 35 g wholemeal bread (Mg 52, Ca 42.3, vitamin D not analysed).
    plan = Plan(start=dt.date(2026, 11, 30))
    plan.add(2, "breakfast", Entry("ciqual:32140", 40))
    plan.add(2, "breakfast", Entry("ciqual:19042", 200))
    plan.add(2, "lunch", Entry("ciqual:7111", 35))
    totals = day_totals(plan, foods)
    assert totals.known["magnesium_mg"].iloc[2] == pytest.approx(0.4 * 101 + 2 * 11.1 + 0.35 * 52)
    assert totals.known["calcium_mg"].iloc[2] == pytest.approx(0.4 * 52 + 2 * 119 + 0.35 * 42.3)
    assert totals.known["vitamin_d_ug"].iloc[2] == pytest.approx(2 * 0.048)
    assert totals.missing["vitamin_d_ug"].iloc[2] == 1
    assert totals.missing["magnesium_mg"].iloc[2] == 0
    assert totals.known.iloc[0].sum() == 0 and totals.entries.tolist() == [0, 0, 3, 0, 0, 0, 0]

    day = assess(plan, foods, intakes.for_profile(plan.profile)).days[2]
    assert day.food["magnesium"].status is Status.LOW  # 81 mg of 300, all known
    assert day.food["vitamin_d"].status is Status.POSSIBLY_LOW  # 0.1 µg known, one food unknown
    assert day.food["vitamin_d"].missing == 1
    assert day.ratio == pytest.approx(
        (0.4 * 52 + 2 * 119 + 0.35 * 42.3) / (0.4 * 101 + 2 * 11.1 + 0.35 * 52)
    )


def test_missing_food_counts_as_unknown_not_zero(foods, intakes):
    plan = Plan(start=dt.date(2026, 11, 30))
    plan.add(0, "lunch", Entry("ciqual:15064", 25))  # 148 mg magnesium
    plan.add(0, "lunch", Entry("nevo:2806", 100))  # not in the bundled table
    totals = day_totals(plan, foods)
    assert totals.known["magnesium_mg"].iloc[0] == pytest.approx(148)
    assert totals.missing["magnesium_mg"].iloc[0] == 1
    day = assess(plan, foods, intakes.for_profile(plan.profile)).days[0]
    assert day.magnesium.status is Status.POSSIBLY_LOW


def test_flags_limits_and_ratio(foods, intakes):
    plan = Plan(
        start=dt.date(2026, 11, 30),
        profile=Profile("F", 55),
        supplements={"vitamin_d_ug": 95.0, "magnesium_mg": 300.0},
    )
    plan.add(0, "snack", Entry("ciqual:15064", 60))  # 355 mg Mg: ok
    plan.add(0, "dinner", Entry("usda:15086", 85))  # 14.2 µg D; with 95 µg above 100
    for _ in range(4):  # 4 x 100 g Parmesan: 3,920 mg Ca
        plan.add(1, "lunch", Entry("ciqual:12120", 100))
    assessment = assess(plan, foods, intakes.for_profile(plan.profile))
    monday, tuesday = assessment.days[0], assessment.days[1]
    assert monday.magnesium.status is Status.OK
    assert monday.food["vitamin_d"].status is Status.OK
    assert monday.with_supplements["vitamin_d"].status is Status.ABOVE_LIMIT
    assert tuesday.food["calcium"].status is Status.ABOVE_LIMIT
    assert tuesday.ratio_status is RatioStatus.ABOVE
    assert (
        assessment.days[2].ratio is None and assessment.days[2].ratio_status is RatioStatus.UNKNOWN
    )
    # Magnesium's limit is for supplements only: 300 mg a day of supplement is over 250.
    assert assessment.supplement_above_limit == ("magnesium",)
    assert assessment.days_below == plan.dates[1:]


def test_sample_week_has_days_above_and_below_target(foods, intakes):
    plan = storage.load(SAMPLE)
    assessment = assess(plan, foods, intakes.for_profile(plan.profile))
    assert 0 < len(assessment.days_below) < 7
    mean = sum(d.magnesium.amount for d in assessment.days) / 7
    assert assessment.week_average() == pytest.approx(mean)


def test_contributions_are_sorted_with_unknown_last(foods):
    plan = Plan(start=dt.date(2026, 11, 30))
    plan.add(0, "lunch", Entry("nevo:2806", 100))
    plan.add(0, "lunch", Entry("ciqual:13005", 118))
    plan.add(0, "snack", Entry("ciqual:15064", 25))
    frame = contributions(plan, foods, 0, "magnesium_mg")
    assert frame["food_id"].tolist() == ["ciqual:15064", "ciqual:13005", "nevo:2806"]
    assert frame["amount"].iloc[0] == pytest.approx(0.25 * 592)
    assert math.isnan(frame["amount"].iloc[2])


def test_contributions_say_which_figures_are_estimates(foods):
    # Almonds' vitamin D is Ciqual's "< 0,25" (an estimate), Gouda's a measured 0.5 µg.
    plan = Plan(start=dt.date(2026, 11, 30))
    plan.add(0, "snack", Entry("ciqual:15000", 25))
    plan.add(0, "lunch", Entry("ciqual:12736", 20))
    plan.add(0, "lunch", Entry("nevo:2806", 100))
    frame = contributions(plan, foods, 0, "vitamin_d_ug").set_index("food_id")
    assert frame["estimated"].to_dict() == {
        "ciqual:12736": False,
        "ciqual:15000": True,
        "nevo:2806": False,
    }
    assert frame.at["ciqual:15000", "amount"] == pytest.approx(0.25 * 0.125)
    assert not contributions(plan, foods, 0, "magnesium_mg")["estimated"].any()


def test_an_edit_sums_only_the_days_it_changed_and_gets_the_hand_sums(foods, per100):
    plan = storage.load(SAMPLE)
    before = day_totals(plan, foods)
    plan.add(2, "snack", Entry("ciqual:15064", 30))  # pumpkin seeds, 592 mg / 100 g
    plan.add(2, "lunch", Entry("custom:not-in-the-table", 50))
    meal, index, _ = plan.days[5].entries()[0]
    plan.remove(Slot(5, meal, index))
    after = day_totals(plan, foods, [2, 5], before)
    for day in range(7):
        for column in ("magnesium_mg", "vitamin_d_ug"):
            expected, unknown = by_hand(plan, day, column, per100)
            assert after.known.iloc[day][column] == pytest.approx(expected)
            assert after.missing.iloc[day][column] == unknown
    whole = day_totals(plan, foods)
    assert after.known.to_numpy() == pytest.approx(whole.known.to_numpy(), rel=1e-12)
    assert after.missing.equals(whole.missing)
    assert after.entries.tolist() == whole.entries.tolist()
    assert before.known.iloc[2]["magnesium_mg"] == pytest.approx(
        after.known.iloc[2]["magnesium_mg"] - 30 / 100 * 592
    )  # the old totals unchanged
    # Told of Wednesday alone, it keeps Saturday as it was before, though Saturday changed.
    partial = day_totals(plan, foods, [2], before)
    assert partial.known.iloc[5].equals(before.known.iloc[5])
    assert not partial.known.iloc[5].equals(after.known.iloc[5])
    assert partial.known.iloc[2].to_numpy() == pytest.approx(after.known.iloc[2].to_numpy())


def test_estimated_entries_count_what_contributions_mark(foods):
    plan = storage.load(SAMPLE)
    plan.add(0, "snack", Entry("ciqual:15000", 25))  # almonds: vitamin D "< 0,25"
    plan.add(0, "lunch", Entry("nevo:2806", 100))  # not in the table
    counts = estimated_entries(plan, foods, 0)
    for column in ("magnesium_mg", "calcium_mg", "vitamin_d_ug"):
        assert counts[column] == contributions(plan, foods, 0, column)["estimated"].sum()
    assert counts["vitamin_d_ug"] >= 1
