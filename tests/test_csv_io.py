import codecs
import csv
import datetime as dt
import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planner import DATA_DIR, cli, csv_io, storage
from planner.foods import FoodTable
from planner.plan import MEALS, Entry, Plan
from planner.shopping import shopping_list
from planner.targets import ReferenceIntakes
from planner.totals import assess

SAMPLE = DATA_DIR / "sample-week.json"
MONDAY = dt.date(2026, 11, 30)
STANDARD, EXCEL_NL = csv_io.DIALECTS["standard"], csv_io.DIALECTS["excel-nl"]


@pytest.fixture
def sample() -> Plan:
    return storage.load(SAMPLE)


def days_of(plan: Plan) -> list:
    return [
        (d.date, {m: [(e.food_id, e.grams, e.portions) for e in d.meals[m]] for m in MEALS})
        for d in plan.days
    ]


def parse(data: bytes, dialect: csv_io.Dialect) -> list[dict[str, str]]:
    text = data.decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(text, newline=""), delimiter=dialect.delimiter))


@pytest.mark.parametrize("dialect", [STANDARD, EXCEL_NL], ids=lambda d: d.name)
def test_entries_round_trip_the_sample_week(sample, foods, dialect):
    data = csv_io.export_entries(sample, foods, dialect)
    result = csv_io.read_entries(data, foods)
    assert result.bad_rows == []
    assert result.dialect == dialect
    assert result.used_rows == len(sample.entries())
    assert result.plan.start == sample.start
    assert days_of(result.plan) == days_of(sample)


@pytest.mark.parametrize("dialect", [STANDARD, EXCEL_NL], ids=lambda d: d.name)
def test_entries_columns_and_values_by_hand(sample, foods, dialect):
    rows = parse(csv_io.export_entries(sample, foods, dialect), dialect)
    assert list(rows[0])[:10] == [
        "date",
        "weekday",
        "meal",
        "food_id",
        "food",
        "grams",
        "energy_kcal",
        "magnesium_mg",
        "calcium_mg",
        "vitamin_d_ug",
    ]
    assert len(rows) == len(sample.entries())
    first_day, meal, entry = sample.entries()[0]
    row = rows[0]
    assert row["date"] == "2026-11-30" and row["weekday"] == "Monday"
    assert row["meal"] == meal == "breakfast"
    assert row["food_id"] == entry.food_id and row["food"] == foods.name(entry.food_id)

    def number(text: str) -> float:
        return float(text.replace(dialect.decimal, "."))

    assert number(row["grams"]) == entry.grams
    per100 = foods.frame.loc[entry.food_id]
    # One decimal: at most half a tenth off (19.25 may be written 19.2).
    half_tenth = 0.05 + 1e-9
    assert number(row["magnesium_mg"]) == pytest.approx(
        entry.grams / 100 * per100["magnesium_mg"], abs=half_tenth
    )
    assert number(row["calcium_mg"]) == pytest.approx(
        entry.grams / 100 * per100["calcium_mg"], abs=half_tenth
    )
    assert {r["meal"] for r in rows} <= set(MEALS)
    assert all(dt.date.fromisoformat(r["date"]) for r in rows)


def test_dialects_differ_only_in_separator_decimal_mark_and_bom(sample, foods):
    standard = csv_io.export_entries(sample, foods, STANDARD)
    excel = csv_io.export_entries(sample, foods, EXCEL_NL)
    assert not standard.startswith(codecs.BOM_UTF8)
    assert excel.startswith(codecs.BOM_UTF8)
    assert standard.decode("utf-8").splitlines()[0].count(",") == 13
    assert excel.decode("utf-8-sig").splitlines()[0].count(";") == 13
    rows_standard, rows_excel = parse(standard, STANDARD), parse(excel, EXCEL_NL)
    assert any("." in r["vitamin_d_ug"] for r in rows_standard)
    for a, b in zip(rows_standard, rows_excel):
        assert a.keys() == b.keys()
        for key in a:
            assert b[key] == (
                a[key].replace(".", ",")
                if key in ("grams", "portions", *csv_io.ENTRY_NUTRIENTS)
                else a[key]
            )


def test_a_unknown_value_is_an_empty_cell_not_zero(foods):
    missing_d = foods.frame.index[foods.frame["vitamin_d_ug"].isna()][0]
    plan = Plan(start=MONDAY)
    plan.add(0, "lunch", Entry(missing_d, 100))
    row = parse(csv_io.export_entries(plan, foods, STANDARD), STANDARD)[0]
    assert row["vitamin_d_ug"] == ""
    assert row["magnesium_mg"] != ""


def test_formula_text_is_neutralised_but_numbers_are_not(foods):
    frame = foods.frame.copy()
    frame.loc["ciqual:32140", "name_en"] = '=HYPERLINK("x")'
    frame.loc["ciqual:15064", "name_en"] = "-1 trick"
    frame.loc["ciqual:13005", "name_en"] = "@SUM(A1)"
    odd = FoodTable(frame)
    plan = Plan(start=MONDAY)
    for food_id in ("ciqual:32140", "ciqual:15064", "ciqual:13005"):
        plan.add(0, "breakfast", Entry(food_id, 40))
    for dialect in (STANDARD, EXCEL_NL):
        rows = parse(csv_io.export_entries(plan, odd, dialect), dialect)
        assert [r["food"] for r in rows] == ['\'=HYPERLINK("x")', "'-1 trick", "'@SUM(A1)"]
    assert csv_io.neutralise("+31 6") == "'+31 6"
    assert csv_io.neutralise("\tx") == "'\tx" and csv_io.neutralise("\rx") == "'\rx"
    assert csv_io.neutralise("Oats") == "Oats"
    data = csv_io.write_table(["text", "number"], [["-5", -5.0], ["=1+1", -0.25]], EXCEL_NL)
    assert data.decode("utf-8-sig").splitlines()[1:] == ["'-5;-5", "'=1+1;-0,25"]


@pytest.mark.parametrize("dialect", [STANDARD, EXCEL_NL], ids=lambda d: d.name)
def test_days_export_matches_the_assessment(sample, foods, dialect):
    assessment = assess(sample, foods, ReferenceIntakes.load().for_profile(sample.profile))
    rows = parse(csv_io.export_days(assessment, dialect), dialect)
    assert len(rows) == 7
    for row, day in zip(rows, assessment.days):
        assert row["date"] == day.date.isoformat()
        assert float(row["magnesium_mg"].replace(",", ".")) == pytest.approx(
            day.magnesium.amount, abs=0.005
        )
        assert row["magnesium_status"] == str(day.magnesium.status)
        assert float(row["magnesium_target_mg"].replace(",", ".")) == day.magnesium.target
        assert float(row["vitamin_d_with_supplements_ug"].replace(",", ".")) == pytest.approx(
            day.food["vitamin_d"].amount + sample.supplements["vitamin_d_ug"], abs=0.005
        )


def test_shopping_export_has_exact_totals(sample, foods):
    shopping = shopping_list(sample, foods)
    rows = parse(csv_io.export_shopping(shopping, EXCEL_NL), EXCEL_NL)
    assert list(rows[0])[:4] == ["section", "food_id", "food", "grams"]
    everything = shopping.items + shopping.in_stock
    assert [r["food_id"] for r in rows] == [i.food_id for i in everything]
    for row, item in zip(rows, everything):
        assert float(row["grams"].replace(",", ".")) == pytest.approx(item.grams)


# --- import ----------------------------------------------------------------------------

HEADER = "date,weekday,meal,food_id,food,grams,portions"


def write(tmp_path, text: str, name: str = "in.csv", bom: bool = False):
    path = tmp_path / name
    path.write_bytes((codecs.BOM_UTF8 if bom else b"") + text.encode("utf-8"))
    return path


def test_bad_rows_are_reported_by_line_and_nothing_is_written(tmp_path, capsys, foods):
    lines = [
        HEADER,
        "2026-11-30,Monday,breakfast,ciqual:32140,Oats,40,",  # 2 good
        "2026-11-30,Monday,brunch,ciqual:32140,Oats,40,",  # 3 meal
        "2026-12-01,Tuesday,lunch,usda:99999,Nothing,40,",  # 4 food
        '2026-12-01,Tuesday,lunch,ciqual:13005,"Banana,\nripe",abc,',  # 5-6 grams
        "2026-12-02,Wednesday,dinner,ciqual:13005,Banana,-3,",  # 7 grams
        "2026-12-09,Wednesday,dinner,ciqual:13005,Banana,118,1",  # 8 week
        "2026-12-03,Thursday,snack,ciqual:15064,Pumpkin seeds,25,",  # 9 good
    ]
    path = write(tmp_path, "\r\n".join(lines) + "\r\n")
    result = csv_io.read_entries(path.read_bytes(), foods)
    assert [(b.line, b.reason.split()[0]) for b in result.bad_rows] == [
        (3, "unknown"),
        (4, "unknown"),
        (5, "grams"),
        (7, "grams"),
        (8, "date"),
    ]
    assert "brunch" in result.bad_rows[0].reason
    assert "usda:99999" in result.bad_rows[1].reason
    assert "outside the week of 2026-11-30" in result.bad_rows[4].reason
    assert result.used_rows == 2

    out = tmp_path / "plan.json"
    assert cli.main(["import-csv", str(path), "-o", str(out)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[:5] == [f"magplan: {path}, line {b.line}: {b.reason}" for b in result.bad_rows]
    assert "nothing written" in err[5] and len(err) == 6
    assert not out.exists()
    # An existing plan is not touched either.
    storage.save(Plan(start=MONDAY), out)
    before = out.read_bytes()
    assert cli.main(["import-csv", str(path), "-o", str(out)]) == 1
    assert out.read_bytes() == before

    capsys.readouterr()
    assert cli.main(["import-csv", str(path), "-o", str(out), "--skip-bad-rows"]) == 0
    plan = storage.load(out)
    assert [(d, m, e.food_id, e.grams) for d, m, e in plan.entries()] == [
        (0, "breakfast", "ciqual:32140", 40.0),
        (3, "snack", "ciqual:15064", 25.0),
    ]


def test_excel_nl_file_resaved_by_excel_reads_back(tmp_path, foods):
    # Dutch Excel shows ISO dates its own way and saves them so: d-m-yyyy.
    text = (
        "datum;date;weekday;meal;food_id;grams;energy_kcal\r\n"
        "x;30-11-2026;maandag;breakfast;ciqual:32140;40,5;150,2\r\n"
        "x;1-12-2026;dinsdag;Lunch;ciqual:15064;25;\r\n"
        "x;2-12-2026;woensdag;dinner;ciqual:13005;12.5;\r\n"
        ";;;;;;\r\n"
    )
    result = csv_io.read_entries(write(tmp_path, text, bom=True).read_bytes(), foods)
    assert result.dialect == EXCEL_NL
    # A decimal point in a decimal-comma file is ambiguous (1.500), so it is refused.
    assert [(b.line, "decimal comma" in b.reason) for b in result.bad_rows] == [(4, True)]
    assert [(d, m, e.grams) for d, m, e in result.plan.entries()] == [
        (0, "breakfast", 40.5),
        (1, "lunch", 25.0),
    ]


def test_weekdays_only_need_a_start(tmp_path, capsys, foods):
    text = (
        "meal,food_id,grams,weekday\nlunch,ciqual:32140,40,Wednesday\nsnack,ciqual:13005,118,sun\n"
    )
    path = write(tmp_path, text)
    with pytest.raises(csv_io.CsvImportError, match="weekdays but no dates"):
        csv_io.read_entries(path.read_bytes(), foods)
    out = tmp_path / "plan.json"
    assert cli.main(["import-csv", str(path), "-o", str(out)]) == 1
    assert capsys.readouterr().err.count("\n") == 1
    assert cli.main(["import-csv", str(path), "-o", str(out), "--start", "2026-12-02"]) == 0
    plan = storage.load(out)
    assert plan.start == MONDAY
    assert [(d, m) for d, m, _ in plan.entries()] == [(2, "lunch"), (6, "snack")]
    # Where the file has dates, they decide the week; rows with a weekday only go in it.
    dated = write(
        tmp_path,
        "meal,food_id,grams,weekday,date\n"
        "lunch,ciqual:32140,40,Wednesday,\n"
        "dinner,ciqual:20270,150,,2026-12-08\n",
        name="dated.csv",
    )
    result = csv_io.read_entries(dated.read_bytes(), foods, start=MONDAY)
    assert result.plan.start == dt.date(2026, 12, 7)
    assert [(d, m) for d, m, _ in result.plan.entries()] == [(1, "dinner"), (2, "lunch")]


@pytest.mark.parametrize(
    "text, message",
    [
        ("", "the file is empty"),
        ("date,meal,food_id\n2026-11-30,lunch,ciqual:32140\n", "no 'grams' column"),
        ("meal,food_id,grams\nlunch,ciqual:32140,40\n", "neither a 'date' nor a 'weekday'"),
    ],
)
def test_unusable_files_give_one_line(tmp_path, capsys, text, message):
    path = write(tmp_path, text)
    assert cli.main(["import-csv", str(path), "-o", str(tmp_path / "p.json")]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"magplan: {path}: ") and message in err and err.count("\n") == 1
    assert not (tmp_path / "p.json").exists()


def test_not_utf8_is_one_line(tmp_path, capsys):
    path = tmp_path / "latin.csv"
    path.write_bytes(
        "meal,food_id,grams,date\nlunch,ciqual:32140,40,2026-11-30 é\n".encode("latin-1")
    )
    assert cli.main(["import-csv", str(path), "-o", str(tmp_path / "p.json")]) == 1
    assert "not UTF-8" in capsys.readouterr().err


@pytest.mark.parametrize("dialect", ["standard", "excel-nl"])
def test_cli_export_then_import_gives_the_same_plan(tmp_path, sample, dialect):
    out, back = tmp_path / "week.csv", tmp_path / "back.json"
    assert cli.main(["export", str(SAMPLE), "--csv", str(out), "--dialect", dialect]) == 0
    assert cli.main(["import-csv", str(out), "-o", str(back)]) == 0
    assert days_of(storage.load(back)) == days_of(sample)


@pytest.mark.parametrize("what", csv_io.WHAT)
def test_cli_export_each_kind(tmp_path, what):
    out = tmp_path / f"{what}.csv"
    assert (
        cli.main(
            [
                "export",
                str(SAMPLE),
                "--csv",
                str(out),
                "--what",
                what,
                "--dialect",
                "excel-nl",
                "--lang",
                "nl",
            ]
        )
        == 0
    )
    data = out.read_bytes()
    assert data.startswith(codecs.BOM_UTF8)
    assert (
        data.decode("utf-8-sig").splitlines()[0].split(";")[0]
        == {"entries": "date", "days": "date", "shopping": "section"}[what]
    )


def test_cli_export_to_stdout_and_bad_choices(capfd):
    assert cli.main(["export", str(SAMPLE), "--csv", "-", "--what", "days"]) == 0
    out = capfd.readouterr().out
    assert out.startswith("date,weekday,entries,") and len(out.splitlines()) == 8
    assert cli.main(["export", str(SAMPLE), "--csv", "-", "--dialect", "excel"]) == 2
    assert capfd.readouterr().err.startswith("magplan: argument --dialect")


food_ids = st.sampled_from(
    [
        "ciqual:32140",
        "ciqual:15064",
        "ciqual:13005",
        "ciqual:20270",
        "ciqual:22000",
        "ciqual:26034",
        "ciqual:15000",
    ]
)
entries = st.builds(
    Entry,
    food_ids,
    st.floats(min_value=0.001, max_value=2000, allow_nan=False),
    st.one_of(st.none(), st.floats(min_value=0.01, max_value=20)),
)


@settings(max_examples=40, deadline=None)
@given(
    st.lists(st.tuples(st.integers(0, 6), st.sampled_from(MEALS), entries), max_size=30),
    st.sampled_from([STANDARD, EXCEL_NL]),
)
def test_any_plan_round_trips_exactly(foods, placed, dialect):
    plan = Plan(start=MONDAY)
    for day, meal, entry in placed:
        plan.add(day, meal, entry)
    if not placed:
        return
    result = csv_io.read_entries(csv_io.export_entries(plan, foods, dialect), foods)
    assert result.bad_rows == []
    assert days_of(result.plan) == days_of(plan)
