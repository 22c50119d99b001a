"""The printouts as real PDFs, read back with pypdf; the preview with its Save as PDF."""

import os
import subprocess
import sys
import unicodedata

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QFont, QImage, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintPreviewWidget
from PySide6.QtWidgets import QToolBar

from planner import DATA_DIR, report, storage
from planner.phrases import printout_words
from planner.plan import Entry
from planner.shopping import shopping_list
from planner.targets import ReferenceIntakes
from planner.totals import assess
from tests.in_process import magplan
from ui.printing import (
    CHART_SCALE,
    CHART_SIZE,
    Printing,
    Printout,
    chart_image,
    week_printout,
    write_pdf,
)
from ui.week_chart import paint_week

ROOT = DATA_DIR.parent
SAMPLE = DATA_DIR / "sample-week.json"
A4 = (595, 842)  # points


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


def test_shopping_list_pdf(qapp, tmp_path, sample, foods):
    shopping = shopping_list(sample, foods)
    out = tmp_path / "list.pdf"
    write_pdf(
        Printout(report.shopping_html(shopping, printout_words("en")), title="Shopping list"), out
    )
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
    out = tmp_path / "week.pdf"
    write_pdf(week_printout(sample, assessment, foods), out)
    reader, text = text_of(out)
    assert len(reader.pages) == 1
    assert size_of(reader.pages[0]) == A4[::-1]
    assert "Week menu" in text and "Magnesium" in text and "Vitamin D" in text
    for day in sample.days:
        assert report.ENGLISH.date(day.date) in text
    for day in assessment.days:
        amount = f"{day.magnesium.amount:.0f} / {day.magnesium.target:.0f} mg"
        assert f"{amount} {printout_words('en').status[day.magnesium.status]}" in text
    # The chart, drawn by the window's own paint_week, is on the page as an image.
    images = [
        x.get_object()
        for x in reader.pages[0]["/Resources"]["/XObject"].values()
        if x.get_object()["/Subtype"] == "/Image"
    ]
    assert [(i["/Width"], i["/Height"]) for i in images] == [
        (CHART_SIZE[0] * CHART_SCALE, CHART_SIZE[1] * CHART_SCALE)
    ]


def test_the_chart_image_is_the_on_screen_drawing(qapp, sample, foods):
    assessment = assess(sample, foods, ReferenceIntakes.load().for_profile(sample.profile))
    image = chart_image(assessment, (500, 150))
    reference = QImage(image.size(), QImage.Format.Format_ARGB32)
    reference.setDevicePixelRatio(image.devicePixelRatio())
    reference.fill(QColor("white"))
    painter = QPainter(reference)
    font = QFont(painter.font())
    font.setPointSizeF(8)
    paint_week(painter, QRectF(0, 0, 500, 150), assessment, font=font)
    painter.end()
    assert image == reference


def test_a_week_too_full_for_a_page_is_shrunk_onto_one(qapp, tmp_path, sample, foods):
    full = sample.copy()
    for day in range(7):
        for meal, entries in sample.days[day].meals.items():
            for entry in entries * 2:
                full.add(day, meal, Entry(entry.food_id, entry.grams))
    assessment = assess(full, foods, ReferenceIntakes.load().for_profile(full.profile))
    out = tmp_path / "week.pdf"
    write_pdf(week_printout(full, assessment, foods), out)
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
    preview.updatePreview()  # draws the pages through paintRequested
    assert preview.pageCount() == len(PdfReader(out).pages)


def test_cli_writes_a_pdf_through_the_qt_part(tmp_path):
    """A real process with no QT_QPA_PLATFORM: the PDF needs no screen."""
    out = tmp_path / "list.pdf"
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    run = subprocess.run(
        [
            sys.executable,
            str(ROOT / "main.py"),
            "shopping-list",
            str(SAMPLE),
            "--people",
            "4",
            "--pdf",
            str(out),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert run.returncode == 0, run.stderr
    reader, text = text_of(out)
    assert len(reader.pages) >= 1 and "for 4 people" in text
    bad = magplan("shopping-list", str(SAMPLE), "--pdf", str(tmp_path / "nowhere" / "list.pdf"))
    assert bad.returncode == 1
    assert bad.stderr.startswith("magplan: ") and bad.stderr.count("\n") == 1
    assert "Traceback" not in bad.stderr
