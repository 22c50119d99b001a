import datetime as dt
import math
from dataclasses import replace

import pytest

from planner.plan import Entry, Plan, PlanError, PlanSettings, Slot, empty_meals
from planner.targets import Profile

MONDAY = dt.date(2026, 11, 30)


def make_plan() -> Plan:
    plan = Plan(start=MONDAY)
    plan.add(0, "breakfast", Entry("ciqual:32140", 40))
    plan.add(0, "breakfast", Entry("ciqual:13005", 118, portions=1))
    plan.add(0, "snack", Entry("ciqual:15064", 25))
    return plan


def test_a_new_plan_is_a_week_of_empty_days():
    plan = Plan(start=MONDAY)
    assert plan.dates == [MONDAY + dt.timedelta(days=i) for i in range(7)]
    assert plan.entries() == []


def test_add_remove_and_undo_information():
    plan = make_plan()
    slot = plan.add(0, "breakfast", Entry("ciqual:22000", 50), index=0)
    assert slot == Slot(0, "breakfast", 0)
    assert [e.food_id for e in plan.meal(0, "breakfast")] == [
        "ciqual:22000",
        "ciqual:32140",
        "ciqual:13005",
    ]
    removed = plan.remove(slot)
    assert removed.food_id == "ciqual:22000"
    assert [e.food_id for e in plan.meal(0, "breakfast")] == ["ciqual:32140", "ciqual:13005"]


def test_set_grams_returns_the_old_value():
    plan = make_plan()
    old = plan.set_grams(Slot(0, "breakfast", 1), 236, portions=2)
    assert old == (118, 1)
    assert plan.entry(Slot(0, "breakfast", 1)).grams == 236


@pytest.mark.parametrize("grams", [0, -5, 2000.5, math.nan, math.inf, "40", None, True])
def test_bad_grams_change_nothing(grams):
    plan = make_plan()
    before = plan.copy()
    with pytest.raises(PlanError):
        plan.set_grams(Slot(0, "breakfast", 0), grams)
    with pytest.raises(PlanError):
        plan.add(1, "lunch", Entry("ciqual:32140", grams))
    assert plan == before


@pytest.mark.parametrize(
    "call",
    [
        lambda p: p.add(7, "lunch", Entry("ciqual:32140", 40)),
        lambda p: p.add(0, "brunch", Entry("ciqual:32140", 40)),
        lambda p: p.remove(Slot(0, "lunch", 0)),
        lambda p: p.move(Slot(0, "snack", 3), 1, "lunch"),
        lambda p: p.move(Slot(0, "snack", 0), 1, "lunch", index=4),
        lambda p: p.copy_day(0, 9),
    ],
)
def test_unknown_day_meal_or_position_is_refused(call):
    plan = make_plan()
    before = plan.copy()
    with pytest.raises(PlanError):
        call(plan)
    assert plan == before


def test_move_within_and_between_meals():
    plan = make_plan()
    assert plan.move(Slot(0, "breakfast", 0), 0, "breakfast") == Slot(0, "breakfast", 1)
    assert [e.food_id for e in plan.meal(0, "breakfast")] == ["ciqual:13005", "ciqual:32140"]
    to = plan.move(Slot(0, "snack", 0), 3, "dinner", 0)
    assert to == Slot(3, "dinner", 0) and plan.meal(0, "snack") == []
    assert plan.meal(3, "dinner")[0].food_id == "ciqual:15064"


def test_copy_day_copies_and_undo_restores():
    plan = make_plan()
    old_meals, old_note = plan.copy_day(0, 2)
    assert old_meals == empty_meals() and old_note == ""
    assert plan.days[2].meals == plan.days[0].meals
    plan.set_grams(Slot(2, "snack", 0), 50)
    assert plan.entry(Slot(0, "snack", 0)).grams == 25, "a copy, not the same entries"
    plan.replace_day(2, old_meals)
    assert plan.days[2].meals == empty_meals()


def test_clear_day():
    plan = make_plan()
    old, _ = plan.clear_day(0)
    assert plan.days[0].meals == empty_meals()
    assert len(old["breakfast"]) == 2


def test_settings_are_validated():
    plan = make_plan()
    settings = plan.settings()
    with pytest.raises(PlanError):
        plan.set_settings(replace(settings, household_size=0))
    with pytest.raises(PlanError):
        plan.set_settings(replace(settings, supplements={"iron_mg": 10}))
    with pytest.raises(PlanError):
        plan.set_settings(replace(settings, supplements={"vitamin_d_ug": -1}))
    with pytest.raises(PlanError):
        plan.set_settings(replace(settings, ratio_band=(2.6, 1.7)))
    old = plan.set_settings(replace(settings, supplements={"vitamin_d_ug": 10}))
    assert old.supplements == {}
    assert plan.supplements == {"vitamin_d_ug": 10.0}
    assert plan.set_settings(replace(settings, household_size=3)).household_size == 1


def test_settings_change_all_together_or_not_at_all():
    """The profile dialog's values: one bad value and the plan keeps every old one, even
    those checked (and valid) before it."""
    plan = make_plan()
    before = plan.settings()
    for bad in (
        replace(before, household_size=3, ratio_band=(2.6, 1.7)),
        replace(before, household_size=3, supplements={"iron_mg": 10.0}),
        replace(before, supplements={"vitamin_d_ug": 20.0}, ratio_nudge="yes"),
        replace(before, ratio_band=(1.5, 2.5), household_size=0),
    ):
        with pytest.raises(PlanError):
            plan.set_settings(bad)
        assert plan.settings() == before
    new = PlanSettings(
        Profile(sex="M", age=72, standard="efsa"),
        3,
        {"vitamin_d_ug": 20, "calcium_mg": 0},
        (1.5, 2.5),
        True,
    )
    assert plan.set_settings(new) == before
    # A supplement of 0 is none; amounts and the band are kept as floats.
    assert plan.settings() == replace(new, supplements={"vitamin_d_ug": 20.0})


def test_a_fresh_week_keeps_the_households_settings_and_lists_but_not_the_ticks():
    """The one rule for New Plan and Import CSV: they disagreed on the lists of foods."""
    plan = make_plan()
    plan.profile = Profile(sex="M", age=72, standard="efsa")
    plan.set_settings(
        replace(
            plan.settings(),
            household_size=3,
            supplements={"vitamin_d_ug": 20},
            ratio_band=(1.5, 2.5),
        )
    )
    plan.ratio_nudge = True
    plan.exclusions = {"fish"}
    plan.favourites, plan.disliked = {"ciqual:15064"}, {"ciqual:13005"}
    plan.in_stock, plan.ticked = {"ciqual:32140"}, {"ciqual:15064"}
    next_monday = MONDAY + dt.timedelta(days=7)
    fresh = plan.fresh_week(next_monday)
    assert fresh.start == next_monday and not fresh.entries()
    assert (
        fresh.profile,
        fresh.household_size,
        fresh.supplements,
        fresh.ratio_band,
        fresh.ratio_nudge,
        fresh.exclusions,
    ) == (
        Profile(sex="M", age=72, standard="efsa"),
        3,
        {"vitamin_d_ug": 20.0},
        (1.5, 2.5),
        True,
        {"fish"},
    )
    assert (fresh.favourites, fresh.disliked, fresh.in_stock, fresh.ticked) == (
        {"ciqual:15064"},
        {"ciqual:13005"},
        {"ciqual:32140"},
        set(),
    )
    # Its own sets: changing the new week's leaves the old one's as it was.
    fresh.favourites.add("ciqual:20047")
    assert plan.favourites == {"ciqual:15064"}
    days = Plan(start=next_monday).days
    assert plan.fresh_week(next_monday, days).days is days


def test_a_food_is_a_favourite_or_disliked_never_both_and_a_bad_change_changes_nothing():
    plan = Plan()
    seeds, banana = "ciqual:15064", "ciqual:13005"
    assert plan.set_preference(seeds, "favourites") is None
    assert plan.preference(seeds) == "favourites" and plan.favourites == {seeds}
    assert plan.set_preference(seeds, "disliked") == "favourites"
    assert (plan.favourites, plan.disliked) == (set(), {seeds})
    assert plan.set_preference(seeds, None) == "disliked" and plan.preference(seeds) is None
    plan.set_preference(banana, "favourites")
    with pytest.raises(PlanError):
        plan.set_preference("not an id\n", "disliked")
    plan.favourites = {f"x:{n}" for n in range(2999)} | {banana}  # full
    with pytest.raises(PlanError, match="3000"):
        plan.set_preference(seeds, "favourites")
    assert seeds not in plan.favourites and banana in plan.favourites
