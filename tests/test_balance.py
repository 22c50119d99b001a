"""Balancing: single-change suggestions, the optimiser and `magplan balance`, on the bundled
table and the sample week. Expected figures are worked out here from the per-100 g values."""

import json
import subprocess
import sys
from collections import defaultdict

import pytest

from planner import DATA_DIR, storage
from planner.balance import MAX_USES, Bound, balance
from planner.plan import Entry, Slot
from planner.suggestions import (apply_changes, cheapest_fix, eligible, make_change, suggest)
from planner.totals import day_totals
from tests.conftest import ROOT
from tests.in_process import magplan

SAMPLE = DATA_DIR / "sample-week.json"
MONDAY, WEDNESDAY = 0, 2


@pytest.fixture
def plan():
    return storage.load(SAMPLE)


@pytest.fixture
def targets(intakes, plan):
    return intakes.for_profile(plan.profile)


def added_grams(before, after) -> dict[tuple[int, str], float]:
    """(day, food id) -> grams the balanced plan has on top of the input."""
    grams = defaultdict(float)
    for day, _, entry in after.entries():
        grams[day, entry.food_id] += entry.grams
    for day, _, entry in before.entries():
        grams[day, entry.food_id] -= entry.grams
    return {key: g for key, g in grams.items() if abs(g) > 1e-9}


def per_100g(foods, food_id: str, column: str) -> float:
    return float(foods.frame.at[food_id, column])


# --- the optimiser -----------------------------------------------------------------------

def test_balanced_week_meets_every_bound_and_explains_each_change(foods, plan, targets):
    original = storage.to_dict(plan)
    result = balance(plan, foods, targets)

    assert storage.to_dict(plan) == original                 # the input is left alone
    assert result.unmet == [] and result.changes
    limit = targets.limit("calcium")
    low, high = plan.ratio_band
    for day in result.after.days:
        assert day.food["magnesium"].status == "ok"
        assert day.food["calcium"].amount + plan.supplements.get("calcium_mg", 0) <= limit
        assert low <= day.ratio <= high
    # Each change's effects are its grams / 100 x the table's values, and the days add up.
    for change in result.changes:
        for column in ("magnesium_mg", "calcium_mg", "energy_kcal"):
            assert change.effects[column] == pytest.approx(
                change.grams_added / 100 * per_100g(foods, change.food_id, column))
    assert added_grams(plan, result.plan) == pytest.approx(
        {(c.day, c.food_id): c.grams_added for c in result.changes})
    for i, day in enumerate(result.after.days):
        gained = sum(c.effects["magnesium_mg"] for c in result.changes if c.day == i)
        assert day.food["magnesium"].amount == pytest.approx(
            result.before.days[i].food["magnesium"].amount + gained)


def test_balanced_week_adds_under_15_percent_energy(foods, plan, targets):
    result = balance(plan, foods, targets)
    before = day_totals(plan, foods).known["energy_kcal"].sum()
    after = day_totals(result.plan, foods).known["energy_kcal"].sum()
    assert after - before == pytest.approx(result.energy_added())
    assert result.energy_added() < 0.15 * before


def test_no_day_gets_more_energy_than_its_cheapest_single_fix(foods, plan, targets):
    compared = 0
    for day in range(7):
        fix = cheapest_fix(plan, foods, targets, day)
        result = balance(plan, foods, targets, days=[day])
        assert {c.day for c in result.changes} <= {day}
        if fix is not None:
            assert fix.keeps_bounds
            assert result.energy_added(day) <= fix.change.effects["energy_kcal"] + 1e-9
            compared += 1
    assert compared >= 1            # the sample week has days a single food can fix


def test_a_day_one_food_can_fix_gets_no_more_energy_than_that_food(foods, plan, targets):
    # Wednesday with spinach and a glass of milk more: calcium is at its target, magnesium
    # short and the ratio high, and 30 g of pumpkin seeds alone would mend all three.
    plan.add(WEDNESDAY, "dinner", Entry("usda:11458", 100))       # cooked spinach
    plan.add(WEDNESDAY, "breakfast", Entry("usda:01079", 200))    # semi-skimmed milk
    fix = cheapest_fix(plan, foods, targets, WEDNESDAY)
    assert fix is not None and fix.keeps_bounds
    assert (fix.change.food_id, fix.change.grams_added) == ("usda:12014", 30)
    assert fix.change.effects["energy_kcal"] == pytest.approx(
        0.30 * per_100g(foods, "usda:12014", "energy_kcal"))
    result = balance(plan, foods, targets, days=[WEDNESDAY])
    assert result.unmet == []
    assert 0 < result.energy_added(WEDNESDAY) <= fix.change.effects["energy_kcal"] + 1e-9


@pytest.mark.parametrize("exclude, tags", [
    (("nuts",), ("contains_nuts",)),
    (("dairy", "fish"), ("contains_dairy", "contains_fish")),
])
def test_exclusions_hold(foods, plan, targets, exclude, tags):
    result = balance(plan, foods, targets, exclude=exclude)
    assert result.changes
    for change in result.changes:
        for tag in tags:
            assert foods.frame.at[change.food_id, tag] == 0, (change.food_id, tag)


def test_a_vegan_plan_gets_only_vegan_additions(foods, plan, intakes):
    plan.exclusions = {"vegan"}
    result = balance(plan, foods, intakes.for_profile(plan.profile))
    assert result.changes
    assert all(foods.frame.at[c.food_id, "vegan"] == 1 for c in result.changes)


def test_disliked_foods_are_never_added(foods, plan, targets):
    first = balance(plan, foods, targets)
    plan.disliked = {c.food_id for c in first.changes}
    second = balance(plan, foods, targets)
    assert second.changes
    assert not {c.food_id for c in second.changes} & plan.disliked


@pytest.mark.parametrize("max_uses", [1, MAX_USES])
def test_no_food_is_added_on_more_days_than_the_weekly_limit(foods, plan, targets, max_uses):
    result = balance(plan, foods, targets, max_uses=max_uses)
    days_by_food = defaultdict(set)
    for change in result.changes:
        days_by_food[change.food_id].add(change.day)
    assert max(len(days) for days in days_by_food.values()) <= max_uses


def test_an_absurd_target_names_the_bound_and_returns_the_best_found(foods, plan, intakes):
    plan.profile = plan.profile.with_changes(own_targets={"magnesium": 5000})
    result = balance(plan, foods, intakes.for_profile(plan.profile))
    named = {(u.bound, u.date) for u in result.unmet}
    assert {(Bound.MAGNESIUM_TARGET, date) for date in plan.dates} <= named
    assert str(result.unmet[0]) == "magnesium target on 2026-11-30"
    gained = [a.food["magnesium"].amount - b.food["magnesium"].amount
              for a, b in zip(result.after.days, result.before.days)]
    assert all(g > 0 for g in gained)                  # it still moved every day toward it


def test_a_calcium_supplement_at_the_limit_names_the_calcium_limit(foods, plan, targets):
    plan.set_supplement("calcium_mg", 2400)
    result = balance(plan, foods, targets, days=[MONDAY])
    assert [str(u) for u in result.unmet if u.bound is Bound.CALCIUM_LIMIT] == [
        "calcium upper limit on 2026-11-30"]
    # What it adds does not push calcium further over the limit than the input already was.
    gained = sum(c.effects["calcium_mg"] for c in result.changes)
    assert gained == pytest.approx(0, abs=1e-9)


def test_a_day_with_nothing_planned_is_left_alone(foods, plan, targets):
    plan.clear_day(MONDAY)
    result = balance(plan, foods, targets)
    assert result.skipped == (MONDAY,) and MONDAY not in result.days
    assert result.plan.days[MONDAY].entries() == []
    assert all(u.date != plan.dates[MONDAY] for u in result.unmet)


# --- single changes ----------------------------------------------------------------------

def test_suggestions_rank_by_gap_closed_per_kcal(foods, plan, targets):
    before = day_totals(plan, foods).known.iloc[WEDNESDAY]
    gap = targets.target("magnesium") - before["magnesium_mg"]
    suggestions = suggest(plan, foods, targets, WEDNESDAY, limit=15)
    assert len(suggestions) == 15
    scores = [s.gap_per_kcal for s in suggestions]
    assert scores == sorted(scores, reverse=True)
    room = targets.limit("calcium") - before["calcium_mg"]
    for s in suggestions:
        change = s.change
        mg = change.grams_added / 100 * per_100g(foods, change.food_id, "magnesium_mg")
        kcal = change.grams_added / 100 * per_100g(foods, change.food_id, "energy_kcal")
        assert s.gap_per_kcal == pytest.approx(min(mg, gap) / max(kcal, 1))
        assert s.closes_gap == (mg >= gap)
        assert change.effects["calcium_mg"] <= room
        ca = before["calcium_mg"] + change.effects["calcium_mg"]
        assert s.ratio_after == pytest.approx(ca / (before["magnesium_mg"] + mg))


def test_a_day_at_its_target_gets_no_suggestion(foods, plan, targets):
    tuesday = 1
    assert day_totals(plan, foods).known.iat[tuesday, 5] >= targets.target("magnesium")
    assert suggest(plan, foods, targets, tuesday) == []
    assert cheapest_fix(plan, foods, targets, tuesday) is None


def test_suggestions_respect_exclusions(foods, plan, targets):
    for s in suggest(plan, foods, targets, MONDAY, exclude=("nuts", "dairy"), limit=50):
        assert foods.frame.at[s.change.food_id, "contains_nuts"] == 0
        assert foods.frame.at[s.change.food_id, "contains_dairy"] == 0


def test_eligible_foods_have_known_values_and_steps_in_household_amounts(foods, plan):
    rows = eligible(plan, foods)
    frame = foods.frame.iloc[rows]
    assert frame[["magnesium_mg", "calcium_mg", "energy_kcal"]].notna().all().all()
    assert not frame["section"].isin(["herbs and spices", "fats and spreads", "other"]).any()
    seeds = foods.position("usda:12014")          # pumpkin seeds: 5 g steps
    assert seeds in rows
    change = make_change(plan, foods, MONDAY, seeds, 6)
    assert (change.grams_added, change.portions, change.meal) == (30.0, None, "snack")
    assert change.effects["magnesium_mg"] == pytest.approx(
        0.30 * per_100g(foods, "usda:12014", "magnesium_mg"))


def test_enlarging_an_entry_keeps_its_place_and_portions(foods, plan):
    # Monday's lunch has 2 slices (70 g) of bread; half a portion more is one more slice.
    row = foods.position("usda:18069")
    change = make_change(plan, foods, MONDAY, row, 1)
    assert not change.is_new_entry and change.meal == "lunch" and change.entry_index == 0
    portion = foods.frame.at["usda:18069", "portion_g"]
    assert change.grams_added == portion / 2
    after = apply_changes(plan, [change])
    entry = after.entry(Slot(MONDAY, "lunch", 0))
    assert entry.grams == 70 + portion / 2
    assert entry.portions == pytest.approx(2 * (70 + portion / 2) / 70)
    assert plan.entry(Slot(MONDAY, "lunch", 0)).grams == 70       # the input is untouched


# --- the command line --------------------------------------------------------------------

def report_days(path) -> list[dict]:
    result = magplan("report", str(path), "--json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_cli_balanced_sample_week_reports_every_day_ok(tmp_path, foods):
    out = tmp_path / "balanced.json"
    before = SAMPLE.read_bytes()
    result = magplan("balance", str(SAMPLE), "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert SAMPLE.read_bytes() == before
    assert "could not meet" not in result.stdout
    assert "+" in result.stdout and "to Monday's dinner:" in result.stdout
    days = report_days(out)
    plan = storage.load(out)
    low, high = plan.ratio_band
    for day in days:
        assert day["magnesium_status"] == "ok"
        assert day["calcium_mg"] + plan.supplements.get("calcium_mg", 0) <= 2500
        assert low <= day["ca_mg_ratio"] <= high
    # The change lines carry the figures of the table: grams / 100 x value per 100 g.
    original = storage.load(SAMPLE)
    for (day, food_id), grams in added_grams(original, plan).items():
        name = foods.name(food_id)
        mg = grams / 100 * per_100g(foods, food_id, "magnesium_mg")
        weekday = plan.dates[day].strftime("%A")
        assert any(line.strip().startswith(f"+{grams:g} g {name}") and f"{weekday}'s" in line
                   and f"{mg:+.0f} mg magnesium" in line for line in result.stdout.splitlines())


@pytest.mark.parametrize("exclude, tags", [
    ("nuts", ("contains_nuts",)),
    ("dairy,fish", ("contains_dairy", "contains_fish")),
])
def test_cli_exclude(tmp_path, foods, exclude, tags):
    out = tmp_path / "balanced.json"
    result = magplan("balance", str(SAMPLE), "-o", str(out), "--exclude", exclude)
    assert result.returncode == 0, result.stderr
    added = added_grams(storage.load(SAMPLE), storage.load(out))
    assert added
    for (_, food_id) in added:
        assert all(foods.frame.at[food_id, tag] == 0 for tag in tags), food_id


def test_cli_one_day_and_a_vegan_plan(tmp_path, foods):
    plan = storage.load(SAMPLE)
    plan.exclusions = {"vegan"}
    source, out = tmp_path / "vegan.json", tmp_path / "balanced.json"
    storage.save(plan, source)
    result = magplan("balance", str(source), "-o", str(out), "--day", "2026-12-02")
    assert result.returncode == 0, result.stderr
    added = added_grams(plan, storage.load(out))
    assert added and {day for day, _ in added} == {WEDNESDAY}
    assert all(foods.frame.at[food_id, "vegan"] == 1 for _, food_id in added)
    assert report_days(out)[WEDNESDAY]["magnesium_status"] == "ok"


def test_cli_names_the_bound_it_could_not_meet(tmp_path):
    plan = storage.load(SAMPLE)
    plan.profile = plan.profile.with_changes(own_targets={"magnesium": 5000})
    source, out = tmp_path / "absurd.json", tmp_path / "balanced.json"
    storage.save(plan, source)
    result = magplan("balance", str(source), "-o", str(out), "--day", "2026-12-01")
    assert result.returncode == 0, result.stderr
    assert "! could not meet the magnesium target on 2026-12-01" in result.stdout
    assert out.exists()                                   # the best it found is written


@pytest.mark.parametrize("args, code, message", [
    (["--exclude", "nuts,meat"], 2, "--exclude takes vegetarian, vegan, nuts"),
    (["--day", "2026-12-32"], 2, "is not a date like"),
    (["--day", "2026-12-09"], 1, "2026-12-09 is not in the week of 2026-11-30"),
])
def test_cli_bad_options_are_one_line_and_write_nothing(tmp_path, args, code, message):
    out = tmp_path / "balanced.json"
    result = magplan("balance", str(SAMPLE), "-o", str(out), *args)
    assert result.returncode == code
    assert result.stdout == "" and not out.exists()
    assert len(result.stderr.strip().splitlines()) == 1
    assert result.stderr.startswith("magplan: ") and message in result.stderr


def test_balance_modules_load_no_qt():
    code = ("import sys, planner.balance, planner.suggestions; "
            "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'ui'))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=ROOT)
    assert out.stdout.strip() == "[]"
