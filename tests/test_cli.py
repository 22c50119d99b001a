"""The command line, run in this process as the console script runs it (tests/in_process.py),
on real files."""

import json

import pytest

from planner import DATA_DIR
from tests.in_process import magplan

SAMPLE = DATA_DIR / "sample-week.json"
REPORT_KEYS = {"date", "weekday", "magnesium_mg", "magnesium_target_mg", "magnesium_status",
               "calcium_mg", "calcium_target_mg", "calcium_status", "vitamin_d_ug",
               "vitamin_d_target_ug", "vitamin_d_status", "ca_mg_ratio", "missing", "supplements"}


def test_report_json(foods):
    result = magplan("report", str(SAMPLE), "--json")
    assert result.returncode == 0, result.stderr
    days = json.loads(result.stdout)
    assert len(days) == 7
    assert all(set(day) == REPORT_KEYS for day in days)
    assert days[0]["date"] == "2026-11-30" and days[0]["weekday"] == "Monday"
    assert {"magnesium", "calcium", "vitamin_d"} <= set(days[0]["missing"])
    assert days[3]["missing"]["vitamin_d"] == 1            # Thursday's dark chocolate
    assert days[3]["vitamin_d_status"] != "ok"
    assert {d["magnesium_status"] for d in days} == {"ok", "low"}
    assert days[0]["supplements"] == {"vitamin_d_ug": 10.0}


def test_profile_options_override_the_plan():
    days = json.loads(magplan("report", str(SAMPLE), "--json", "--sex", "M", "--age", "75",
                              "--standard", "nl").stdout)
    assert (days[0]["magnesium_target_mg"], days[0]["calcium_target_mg"],
            days[0]["vitamin_d_target_ug"]) == (350, 1200, 20)


def test_report_text_names_the_days_below_target():
    result = magplan("report", str(SAMPLE))
    assert result.returncode == 0
    assert "4 of 7 days below the magnesium target" in result.stdout
    assert "LOW" in result.stdout


@pytest.mark.parametrize("content", [b"{not json", b'{"kind": "shopping-list"}', b"\x00\x01\x02",
                                     b'{"kind": "magplan-plan", "version": 7}'])
def test_report_on_a_bad_file_is_one_line(tmp_path, content):
    path = tmp_path / "plan.json"
    path.write_bytes(content)
    result = magplan("report", str(path))
    assert result.returncode != 0
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr and str(path) in result.stderr


@pytest.mark.parametrize("args", [["report", "/nonexistent/plan.json"],
                                  ["report", str(SAMPLE), "--age", "ten"],
                                  ["report", str(SAMPLE), "--age", "7"],
                                  ["export", str(SAMPLE)],
                                  ["foods", "search", "oats", "--limit", "0"]])
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
        assert any("usda:12014" in line for line in lines[1:]), query


def test_foods_search_sorted_by_magnesium_per_portion(foods):
    result = magplan("foods", "search", "bread", "--sort", "magnesium", "--per", "portion",
                     "--limit", "50")
    ids = [line.split()[0] for line in result.stdout.splitlines()[1:]]
    per_portion = [foods.row(i)["magnesium_mg"] * foods.row(i)["portion_g"] / 100 for i in ids]
    assert per_portion == sorted(per_portion, reverse=True)
    assert len(ids) > 5
