"""The printouts as real PDFs, read back with pypdf; the preview with its Save as PDF."""

import os
import subprocess
import sys
import unicodedata

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintPreviewWidget
from PySide6.QtWidgets import QToolBar

from planner import DATA_DIR, report, storage
from planner.plan import Entry
from planner.shopping import shopping_list
from planner.targets import ReferenceIntakes
from planner.totals import assess
from ui.printing import Printing, Printout, labels, write_pdf

ROOT = DATA_DIR.parent
SAMPLE = DATA_DIR / "sample-week.json"
A4 = (595, 842)        # points


@pytest.fixture
def sample():
    return storage.load(SAMPLE)


def text_of(path) -> tuple[PdfReader, str]:
    """The pages and their words; NFKC turns the font's ligatures (ﬀ, ﬁ) back into letters."""
    reader = PdfReader(path)
    text = " ".join(p.extract_text() or "" for p in reader.pages)
    return reader, " ".join(unicodedata.normalize("NFKC", text).split())


def size_of(page) -> tuple[int, int]:
    return round(float(page.mediabox.width)), round(float(page.mediabox.height))


def chart_image() -> QImage:
    # A stand-in for the on-screen chart: what matters here is that it reaches the page.
    image = QImage(1000, 180, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.fillRect(QRectF(20, 20, 300, 140), QColor("steelblue"))
    painter.end()
    return image


def test_shopping_list_pdf(qapp, tmp_path, sample, foods):
    shopping = shopping_list(sample, foods)
    out = tmp_path / "list.pdf"
    write_pdf(Printout(report.shopping_html(shopping, labels()), title="Shopping list"), out)
    reader, text = text_of(out)
    assert len(reader.pages) >= 1
    assert all(size_of(p) == A4 for p in reader.pages)
    assert "Shopping list" in text and "Mon 30 Nov" in text and "for 2 people" in text
    for item in shopping.items[:5] + shopping.items[-3:]:
        assert item.name_en in text
    assert "In stock at home" in text
    # A row that straddles a page break is drawn, clipped away, at the foot of the page
    # before as well; pypdf reads text through the clip, so allow one extra box per break.
    breaks = len(reader.pages) - 1
    assert len(shopping.items) <= text.count(report.BOX) <= len(shopping.items) + breaks


def test_week_pdf_is_one_landscape_page_with_the_chart(qapp, tmp_path, sample, foods):
    assessment = assess(sample, foods, ReferenceIntakes.load().for_profile(sample.profile))
    html = report.week_html(sample, assessment, foods, labels())
    out = tmp_path / "week.pdf"
    write_pdf(Printout(html, landscape=True, one_page=True,
                       images={report.CHART_RESOURCE: chart_image()}), out)
    reader, text = text_of(out)
    assert len(reader.pages) == 1
    assert size_of(reader.pages[0]) == A4[::-1]
    assert "Week menu" in text and "Magnesium" in text and "Vitamin D" in text
    for day in sample.days:
        assert report.ENGLISH.date(day.date) in text
    for day in assessment.days:
        assert f"{day.magnesium.amount:.0f} / {day.magnesium.target:.0f} mg" in text
    assert len(reader.pages[0].images) == 1


def test_a_week_too_full_for_a_page_is_shrunk_onto_one(qapp, tmp_path, sample, foods):
    full = sample.copy()
    for day in range(7):
        for meal, entries in sample.days[day].meals.items():
            for entry in entries * 2:
                full.add(day, meal, Entry(entry.food_id, entry.grams))
    assessment = assess(full, foods, ReferenceIntakes.load().for_profile(full.profile))
    out = tmp_path / "week.pdf"
    write_pdf(Printout(report.week_html(full, assessment, foods), landscape=True,
                       one_page=True, images={report.CHART_RESOURCE: chart_image()}), out)
    assert len(PdfReader(out).pages) == 1
    write_pdf(Printout(report.week_html(full, assessment, foods), landscape=True), out)
    assert len(PdfReader(out).pages) > 1


def test_the_printer_keeps_the_users_page_choices(qtbot, tmp_path, sample, foods):
    printing = Printing()
    printing.printer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))
    printout = Printout(report.shopping_html(shopping_list(sample, foods)), title="List")
    out = tmp_path / "letter.pdf"
    printing.save_pdf(printout, out)
    assert {size_of(p) for p in PdfReader(out).pages} == {(612, 792)}

    dialog = printing.preview(printout)
    qtbot.addWidget(dialog)
    toolbar = dialog.findChild(QToolBar)
    assert "Save as PDF…" in [a.text() for a in toolbar.actions()]
    preview = dialog.findChild(QPrintPreviewWidget)
    preview.updatePreview()      # draws the pages through paintRequested
    assert preview.pageCount() == len(PdfReader(out).pages)


def test_cli_writes_a_pdf_through_the_qt_part(tmp_path):
    out = tmp_path / "list.pdf"
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    run = subprocess.run([sys.executable, str(ROOT / "main.py"), "shopping-list", str(SAMPLE),
                          "--people", "4", "--pdf", str(out)],
                         capture_output=True, text=True, env=env, timeout=60)
    assert run.returncode == 0, run.stderr
    reader, text = text_of(out)
    assert len(reader.pages) >= 1 and "for 4 people" in text
    bad = subprocess.run([sys.executable, str(ROOT / "main.py"), "shopping-list", str(SAMPLE),
                          "--pdf", str(tmp_path / "nowhere" / "list.pdf")],
                         capture_output=True, text=True, env=env, timeout=60)
    assert bad.returncode == 1
    assert bad.stderr.startswith("magplan: ") and bad.stderr.count("\n") == 1
    assert "Traceback" not in bad.stderr
