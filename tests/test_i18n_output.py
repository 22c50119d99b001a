"""Dutch on paper and on the command line: report --lang nl, shopping-list --lang nl, and the
printouts the window makes in Dutch."""

import re

import pandas as pd
import pytest
from PySide6.QtCore import QLocale
from pypdf import PdfReader

from planner import DATA_DIR, phrases, storage
from planner.report import Labels
from planner.shopping import shopping_list
from planner.totals import assess
from tests.in_process import magplan
from ui import i18n
from ui.printing import labels, shopping_printout, week_printout, write_pdf

SAMPLE = DATA_DIR / "sample-week.json"


def pdf_text(path) -> str:
    """The PDF's words, one space apart (pypdf gives tabs between words of a line)."""
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


@pytest.fixture
def dutch(qapp):
    before = QLocale()
    translators = i18n.install("nl")
    yield
    i18n.uninstall(translators)
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
    figures = [(e.grams, foods.frame.at[e.food_id, "vitamin_d_ug"])
               for _, _, e in plan.days[0].entries()]
    assert sum(pd.isna(value) for _, value in figures) == 2
    monday = sum(grams / 100 * value for grams, value in figures if not pd.isna(value))
    assert "≥" + f"{monday:.1f}".replace(".", ",") in lines[2]
    below = len(assessment.days_below)
    assert lines[9].startswith(f"{below} van 7 dagen onder het magnesiumdoel")


def test_report_in_english_is_as_before():
    default, english = magplan("report", str(SAMPLE)), magplan("report", str(SAMPLE), "--lang", "en")
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


def test_the_planner_phrasebook_says_what_the_window_says(dutch):
    """The command line's Dutch printout words are the window's translations."""
    window, planner = labels("nl"), phrases.DUTCH
    for field in ("shopping_list", "people_one", "people_many", "about", "exact", "in_stock",
                  "week", "note", "targets", "band", "supplements", "at_least_note",
                  "disclaimer", "meals", "nutrients", "sections", "status", "decimal"):
        assert getattr(window, field) == getattr(planner, field), field
    assert window.date(SAMPLE_MONDAY) == planner.date(SAMPLE_MONDAY) == "ma 30 nov"
    assert Labels().date(SAMPLE_MONDAY) == "Mon 30 Nov"


SAMPLE_MONDAY = storage.load(SAMPLE).dates[0]


def test_the_window_prints_both_printouts_in_dutch(dutch, foods, intakes, tmp_path):
    plan = storage.load(SAMPLE)
    assessment = assess(plan, foods, intakes.for_profile(plan.profile))
    week, shopping = tmp_path / "week.pdf", tmp_path / "list.pdf"
    write_pdf(week_printout(plan, assessment, foods, "nl"), week)
    write_pdf(shopping_printout(shopping_list(plan, foods, lang="nl"), "nl"), shopping)
    week_text = pdf_text(week)
    for word in ("Weekmenu", "Ontbijt", "Tussendoor", "Onder doel", "ma 30 nov", "Vitamine D",
                 "Magplan informeert", "vrouw 55"):
        assert word in week_text, word
    assert re.search(r"\d,\d", week_text) and "Breakfast" not in week_text
    list_text = pdf_text(shopping)
    assert "Boodschappenlijst" in list_text and "Groente" in list_text
