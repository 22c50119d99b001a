"""The command line, run in this process as the console script runs it (tests/in_process.py),
on real files."""

import json
from dataclasses import replace

import pytest

from planner import DATA_DIR, storage
from tests.in_process import magplan

SAMPLE = DATA_DIR / "sample-week.json"
REPORT_KEYS = {
    "date",
    "weekday",
    "magnesium_mg",
    "magnesium_target_mg",
    "magnesium_status",
    "calcium_mg",
    "calcium_target_mg",
    "calcium_status",
    "vitamin_d_ug",
    "vitamin_d_target_ug",
    "vitamin_d_status",
    "ca_mg_ratio",
    "missing",
    "supplements",
    "magnesium_with_supplements_mg",
    "magnesium_with_supplements_status",
    "calcium_with_supplements_mg",
    "calcium_with_supplements_status",
    "vitamin_d_with_supplements_ug",
    "vitamin_d_with_supplements_status",
    "caffeine_mg",
    "supplements_above_limit",
}


def test_report_json(foods):
    result = magplan("report", str(SAMPLE), "--json")
    assert result.returncode == 0, result.stderr
    days = json.loads(result.stdout)
    assert len(days) == 7
    assert all(set(day) == REPORT_KEYS for day in days)
    assert days[0]["date"] == "2026-11-30" and days[0]["weekday"] == "Monday"
    assert {"magnesium", "calcium", "vitamin_d"} <= set(days[0]["missing"])
    assert days[3]["missing"]["vitamin_d"] == 3  # Thursday: wholemeal bread, tomato, broccoli
    assert days[3]["vitamin_d_status"] != "ok"
    assert {d["magnesium_status"] for d in days} == {"ok", "low"}
    assert days[0]["supplements"] == {"vitamin_d_ug": 10.0}


def test_report_json_counts_supplements_next_to_food(foods):
    days = json.loads(magplan("report", str(SAMPLE), "--json").stdout)
    target = days[0]["vitamin_d_target_ug"]
    for day in days:  # the sample week's woman takes 10 µg vitamin D a day
        total = day["vitamin_d_ug"] + 10
        assert day["vitamin_d_with_supplements_ug"] == pytest.approx(total, abs=0.051)
        assert day["vitamin_d_with_supplements_status"] == ("ok" if total >= target else "low")
        assert day["magnesium_with_supplements_mg"] == day["magnesium_mg"]
    assert sum(d["vitamin_d_status"] != "ok" for d in days) > sum(
        d["vitamin_d_with_supplements_status"] != "ok" for d in days
    )


def test_report_checks_upper_limits_on_food_plus_supplements(tmp_path):
    plan = storage.load(SAMPLE)
    supplements = {"vitamin_d_ug": 95, "calcium_mg": 1500, "magnesium_mg": 300}
    plan.set_settings(replace(plan.settings(), supplements=supplements))
    path = tmp_path / "supplements.json"
    storage.save(plan, path)
    days = json.loads(magplan("report", str(path), "--json").stdout)
    text = magplan("report", str(path)).stdout
    over = 0
    for day in days:
        calcium = day["calcium_mg"] + 1500
        above = calcium > 2500
        assert day["calcium_status"] == "ok" or day["calcium_status"] == "low"  # food alone
        assert (day["calcium_with_supplements_status"] == "above_limit") == above
        if above:
            over += 1
            assert (
                f"! {day['date']}: Calcium with supplements is {calcium:.0f} mg, above the "
                "upper limit of 2500 mg"
            ) in text
        vitamin_d = day["vitamin_d_ug"] + 95
        assert (day["vitamin_d_with_supplements_status"] == "above_limit") == (vitamin_d > 100)
        assert day["supplements_above_limit"] == ["magnesium"]
    assert over > 0
    assert "! the magnesium supplement is above the upper limit of 250 a day" in text
    assert "with supplements" in text.splitlines()[1]


def test_report_shows_caffeine_in_pregnancy(tmp_path):
    text = magplan("report", str(SAMPLE), "--life-stage", "pregnancy").stdout
    assert "caffeine mg" in text.splitlines()[1]
    assert "caffeine mg" not in magplan("report", str(SAMPLE)).stdout


def test_profile_options_override_the_plan():
    days = json.loads(
        magplan(
            "report", str(SAMPLE), "--json", "--sex", "M", "--age", "75", "--standard", "nl"
        ).stdout
    )
    assert (
        days[0]["magnesium_target_mg"],
        days[0]["calcium_target_mg"],
        days[0]["vitamin_d_target_ug"],
    ) == (350, 1200, 20)


def test_report_for_an_18_year_old_on_the_us_standard():
    result = magplan(
        "report", str(SAMPLE), "--json", "--sex", "M", "--age", "18", "--standard", "us"
    )
    assert result.returncode == 0, result.stderr
    day = json.loads(result.stdout)[0]
    assert (day["magnesium_target_mg"], day["calcium_target_mg"], day["vitamin_d_target_ug"]) == (
        410,
        1300,
        15,
    )


def test_report_text_names_the_days_below_target():
    result = magplan("report", str(SAMPLE))
    assert result.returncode == 0
    assert "3 of 7 days below the magnesium target" in result.stdout
    assert "LOW" in result.stdout


@pytest.mark.parametrize(
    "content",
    [
        b"{not json",
        b'{"kind": "shopping-list"}',
        b"\x00\x01\x02",
        b'{"kind": "magplan-plan", "version": 7}',
    ],
)
def test_report_on_a_bad_file_is_one_line(tmp_path, content):
    path = tmp_path / "plan.json"
    path.write_bytes(content)
    result = magplan("report", str(path))
    assert result.returncode != 0
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr and str(path) in result.stderr


@pytest.mark.parametrize(
    "args",
    [
        ["report", "/nonexistent/plan.json"],
        ["report", str(SAMPLE), "--age", "ten"],
        ["report", str(SAMPLE), "--age", "7"],
        ["export", str(SAMPLE)],
        ["foods", "search", "oats", "--limit", "0"],
    ],
)
def test_user_errors_are_one_line(args):
    result = magplan(*args)
    assert result.returncode != 0
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "Traceback" not in result.stderr


def test_report_without_a_plan_is_the_sample_week():
    assert magplan("report").stdout == magplan("report", str(SAMPLE)).stdout


def test_foods_search_finds_dutch_and_english():
    for query in ("pompoenpitten", "pumpkin seeds", "pompoen"):
        lines = magplan("foods", "search", query, "--limit", "3").stdout.splitlines()
        assert any("ciqual:15064" in line for line in lines[1:]), query


def test_foods_search_sorted_by_magnesium_per_portion(foods):
    result = magplan(
        "foods", "search", "bread", "--sort", "magnesium", "--per", "portion", "--limit", "50"
    )
    ids = [line.split()[0] for line in result.stdout.splitlines()[1:]]
    per_portion = [foods.row(i)["magnesium_mg"] * foods.row(i)["portion_g"] / 100 for i in ids]
    assert per_portion == sorted(per_portion, reverse=True)
    assert len(ids) > 5
