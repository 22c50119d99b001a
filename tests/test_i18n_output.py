"""Dutch on paper and on the command line: every command's --lang nl, its errors, and the
printouts the window makes in Dutch."""

import re

import pandas as pd
import pytest
from pypdf import PdfReader
from PySide6.QtCore import QLocale

from planner import DATA_DIR, phrases, report, storage
from planner.report import Labels
from planner.shopping import shopping_list
from planner.totals import assess
from tests.in_process import magplan
from ui import language
from ui.printing import shopping_printout, week_printout, write_pdf

SAMPLE = DATA_DIR / "sample-week.json"


def pdf_text(path) -> str:
    """The PDF's words, one space apart (pypdf gives tabs between words of a line)."""
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


@pytest.fixture
def dutch(qapp):
    before = QLocale()
    translators = language.install("nl")
    yield
    language.uninstall(translators)
    QLocale.setDefault(before)


def test_report_in_dutch_has_dutch_days_words_and_decimal_commas(foods, intakes):
    result = magplan("report", str(SAMPLE), "--lang", "nl")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    plan = storage.load(SAMPLE)
    assessment = assess(plan, foods, intakes.for_profile(plan.profile))
    assert lines[0].startswith("Doelen (") and "vitamine D" in lines[0]
    assert [line.split()[1] for line in lines[2:9]] == ["ma", "di", "wo", "do", "vr", "za", "zo"]
    # Monday's vitamin D from food, worked out from the table, with a decimal comma: "at
    # least" the known figures, since two of Monday's foods have none.
    figures = [
        (e.grams, foods.frame.at[e.food_id, "vitamin_d_ug"]) for _, _, e in plan.days[0].entries()
    ]
    assert sum(pd.isna(value) for _, value in figures) == 2
    monday = sum(grams / 100 * value for grams, value in figures if not pd.isna(value))
    assert "≥" + f"{monday:.1f}".replace(".", ",") in lines[2]
    below = len(assessment.days_below)
    assert lines[9].startswith(f"{below} van 7 dagen onder het magnesiumdoel")


def test_report_in_english_is_as_before():
    default, english = (
        magplan("report", str(SAMPLE)),
        magplan("report", str(SAMPLE), "--lang", "en"),
    )
    assert default.stdout == english.stdout
    lines = default.stdout.splitlines()
    assert lines[0].startswith("Targets (") and lines[2].split()[1] == "Mon"
    assert "days below the magnesium target" in lines[9]
    assert not re.search(r"\d,\d", default.stdout)


def test_shopping_list_in_dutch_as_text_and_pdf(tmp_path):
    text = magplan("shopping-list", str(SAMPLE), "--lang", "nl")
    assert text.returncode == 0, text.stderr
    assert text.stdout.startswith("Boodschappenlijst, ma 30 nov – zo 6 dec 2026")
    assert "\nGroente\n" in text.stdout and "Zuivel en eieren" in text.stdout
    pdf = tmp_path / "boodschappen.pdf"
    result = magplan("shopping-list", str(SAMPLE), "--lang", "nl", "--pdf", str(pdf))
    assert result.returncode == 0, result.stderr
    words = pdf_text(pdf)
    for word in ("Boodschappenlijst", "Groente", "voor 2 personen", "Spinazie"):
        assert word in words


def test_the_window_prints_with_the_words_the_command_line_prints(dutch, foods):
    """One source of printout words: the window's Dutch shopping list is, word for word, the
    command line's (planner.phrases)."""
    plan = storage.load(SAMPLE)
    shopping = shopping_list(plan, foods, lang="nl")
    window = shopping_printout(shopping, "nl")
    assert window.html == report.shopping_html(shopping, phrases.DUTCH)
    assert window.title == phrases.DUTCH.shopping_list == "Boodschappenlijst"
    assert phrases.printout_words("nl").date(SAMPLE_MONDAY) == "ma 30 nov"
    assert Labels().date(SAMPLE_MONDAY) == "Mon 30 Nov"


SAMPLE_MONDAY = storage.load(SAMPLE).dates[0]


def test_the_window_prints_both_printouts_in_dutch(dutch, foods, intakes, tmp_path):
    plan = storage.load(SAMPLE)
    assessment = assess(plan, foods, intakes.for_profile(plan.profile))
    week, shopping = tmp_path / "week.pdf", tmp_path / "list.pdf"
    write_pdf(week_printout(plan, assessment, foods, "nl"), week)
    write_pdf(shopping_printout(shopping_list(plan, foods, lang="nl"), "nl"), shopping)
    week_text = pdf_text(week)
    for word in (
        "Weekmenu",
        "Ontbijt",
        "Tussendoor",
        "Onder doel",
        "ma 30 nov",
        "Vitamine D",
        "Magplan informeert",
        "vrouw 55",
    ):
        assert word in week_text, word
    assert re.search(r"\d,\d", week_text) and "Breakfast" not in week_text
    list_text = pdf_text(shopping)
    assert "Boodschappenlijst" in list_text and "Groente" in list_text


def test_balance_in_dutch_names_the_changes_foods_and_days_in_dutch(foods, tmp_path):
    out = tmp_path / "balanced.json"
    result = magplan("balance", str(SAMPLE), "-o", str(out), "--lang", "nl")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    balanced = storage.load(out)
    # The first change is an addition; its food by its Dutch name, its day and meal in Dutch.
    added = {e.food_id for _, _, e in balanced.days[0].entries()} - {
        e.food_id for _, _, e in storage.load(SAMPLE).days[0].entries()
    }
    assert re.fullmatch(
        r"\d+ wijziging\(en\) op \d+ dag\(en\), waarvan \d+ vervangingen:", lines[0]
    )
    assert any(foods.name(i, "nl") in lines[1] for i in added)
    assert lines[1].endswith("kcal") and "van maandag:" in lines[1] and " bij " in lines[1]
    assert any(line.startswith("  Vervang ") and " door " in line for line in lines)
    assert any(line.startswith("datum       dag  magnesium mg") for line in lines)
    assert any(line.startswith("2026-11-30  ma ") for line in lines)
    assert any(line.startswith("Energie: +") for line in lines)
    assert lines[-1] == f"{out} geschreven"
    for english in ("change(s)", "Swap", "Monday", "Before", "Energy", "Wrote", "snack:"):
        assert english not in result.stdout, english


def test_the_other_commands_speak_dutch_too(tmp_path, monkeypatch):
    monkeypatch.setenv("MAGPLAN_DATA_DIR", str(tmp_path / "data"))
    search = magplan("foods", "search", "pompoenpitten", "--lang", "nl", "--limit", "1")
    header, row = search.stdout.splitlines()
    assert header.split()[:4] == ["id", "naam", "Engelse", "naam"]
    assert row.index("Pompoenpitten") < row.index("Pumpkin seeds")  # its own name first
    table = tmp_path / "eigen.csv"
    table.write_text("Naam;Mg\nHavervlokken;130\n;5\n", encoding="utf-8")
    imported = magplan(
        "foods", "import", str(table), "--map", "name=Naam,magnesium_mg=Mg", "--lang", "nl"
    )
    assert imported.returncode == 0, imported.stderr
    assert imported.stdout.startswith("1 voedingsmiddelen geïmporteerd uit eigen.csv")
    assert "        1  geen naam" in imported.stdout
    listed = magplan("foods", "tables", "--lang", "nl")
    assert listed.stdout.startswith("aan  csv-eigen ") and "1 voedingsmiddelen" in listed.stdout
    saved = magplan("foods", "add", "Muesli", "--magnesium-mg", "100", "--lang", "nl")
    assert saved.stdout == "bewaard: custom:muesli\n"
    assert magplan("map-old-ids", str(SAMPLE), "--lang", "nl").stdout == "Niets te vervangen.\n"


def test_command_line_errors_in_dutch(tmp_path):
    rows = tmp_path / "week.csv"
    rows.write_text(
        "date,meal,food_id,grams\n2026-11-30,brunch,ciqual:15064,30\n"
        "2026-11-30,lunch,ciqual:15064,30\n",
        encoding="utf-8",
    )
    result = magplan("import-csv", str(rows), "-o", str(tmp_path / "week.json"), "--lang", "nl")
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        f"magplan: {rows}, regel 2: onbekende maaltijd 'brunch' (gebruik breakfast, lunch, "
        "dinner, snack)",
        f"magplan: {rows}: 1 rij(en) onbruikbaar; niets geschreven (--skip-bad-rows importeert "
        "de andere 1)",
    ]
    missing = tmp_path / "weg.json"
    gone = magplan("export", str(missing), "--csv", "-", "--lang", "nl")
    assert (gone.returncode, gone.stderr) == (1, f"magplan: {missing}: dit bestand bestaat niet\n")
    usage = magplan(
        "balance", str(SAMPLE), "-o", str(tmp_path / "b.json"), "--exclude", "vlees", "--lang", "nl"
    )
    assert usage.returncode == 2
    assert usage.stderr.startswith("magplan: --exclude neemt vegetarian, vegan,")
    assert usage.stderr.endswith(", niet 'vlees' (zie magplan --help)\n")
