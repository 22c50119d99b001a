"""Printing: planner.report's HTML in a QTextDocument, to a print preview or a PDF file.

One QPrinter lives as long as the window, so the paper, margins and printer the user picks
stick from one printout to the next (Frescobaldi's printSource does the same). The document
is laid out for the printer's page each time it is drawn, so changing the paper in the
preview lays it out again.
"""

from __future__ import annotations

import errno
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QMarginsF, QRectF, QSizeF, QUrl
from PySide6.QtGui import (QAction, QColor, QFont, QGuiApplication, QImage, QPageLayout,
                           QPageSize, QPainter, QTextDocument)
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QMessageBox, QToolBar, QWidget

from planner import report
from planner.file_io import FileWriteError, write_atomic
from planner.foods import FoodTable
from planner.plan import Plan
from planner.report import Labels
from planner.shopping import UNKNOWN_SECTION, ShoppingList
from planner.totals import Assessment, Status
from ui import labels as words
from ui.week_chart import paint_week

MARGIN_MM = 12.0
# QTextDocument lays out in pixels of 96 to the inch; the printer scales them to the page.
DOC_DPI = 96.0
# The week must fit one page: the layout is widened (and so printed smaller) up to this much.
MAX_SHRINK = 2.5
# The chart on the week page, in the document's pixels (a landscape A4 line is about 1,030),
# drawn at three times that for a sharp print.
CHART_SIZE = (1000, 190)
CHART_SCALE = 3


@dataclass(frozen=True)
class Printout:
    html: str
    landscape: bool = False
    one_page: bool = False                 # shrink to fit a single page
    images: Mapping[str, QImage] = field(default_factory=dict)   # <img src> name -> image
    title: str = ""


def new_printer(mode: QPrinter.PrinterMode = QPrinter.PrinterMode.HighResolution) -> QPrinter:
    printer = QPrinter(mode)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageMargins(QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                           QPageLayout.Unit.Millimeter)
    return printer


def orient(printer: QPrinter, printout: Printout) -> None:
    printer.setPageOrientation(QPageLayout.Orientation.Landscape if printout.landscape
                               else QPageLayout.Orientation.Portrait)


def document(printout: Printout, printer: QPrinter) -> QTextDocument:
    """The printout laid out in pages of the printer's shape, shrunk to one page if asked."""
    doc = QTextDocument()
    doc.setDocumentMargin(0)
    for name, image in printout.images.items():
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
    doc.setHtml(printout.html)
    page = printer.pageRect(QPrinter.Unit.Point)
    width = page.width() * DOC_DPI / 72
    aspect = page.height() / page.width()
    scale = 1.0
    while True:
        doc.setPageSize(QSizeF(width * scale, width * scale * aspect))
        if not printout.one_page or doc.pageCount() <= 1 or scale >= MAX_SHRINK:
            return doc
        scale += 0.05


def render(printout: Printout, printer: QPrinter) -> None:
    document(printout, printer).print_(printer)


def write_pdf(printout: Printout, path: Path, layout: QPageLayout | None = None) -> None:
    """Write the printout as a PDF, atomically (planner.file_io.write_atomic: a failed write
    leaves no half file, a link is written through, the file's permissions are kept)."""
    # Qt writes to a file name only: draw in a private folder, then put the bytes in place.
    with tempfile.TemporaryDirectory(prefix="magplan-") as folder:
        drawn = Path(folder) / "printout.pdf"
        printer = new_printer()
        if layout is not None:
            printer.setPageLayout(layout)
        orient(printer, printout)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(drawn))
        printer.setDocName(printout.title)
        render(printout, printer)
        if not drawn.exists() or drawn.stat().st_size == 0:
            raise FileWriteError(errno.EIO, "the PDF could not be drawn", str(path))
        write_atomic(path, drawn.read_bytes())


def html_to_pdf(html: str, path: Path) -> None:
    """For the command line: a portrait A4 PDF of the HTML, with no window on screen."""
    # Qt draws text only with an application object; it must live until the PDF is written.
    app = QGuiApplication.instance() or QGuiApplication(["magplan", "-platform", "offscreen"])  # noqa: F841
    write_pdf(Printout(html), path)


class Printing:
    """The session's printer, and the preview that prints or saves a PDF with it."""

    def __init__(self) -> None:
        self._printer: QPrinter | None = None

    @property
    def printer(self) -> QPrinter:
        """Made at the first printout, not at start-up (where a system's print service may
        take its time to answer)."""
        if self._printer is None:
            self._printer = new_printer()
        return self._printer

    def preview(self, printout: Printout, parent: QWidget | None = None) -> QPrintPreviewDialog:
        """A print preview of the printout, with Save as PDF beside Print; not yet shown."""
        orient(self.printer, printout)
        self.printer.setDocName(printout.title)
        dialog = QPrintPreviewDialog(self.printer, parent)
        dialog.setWindowTitle(printout.title)
        dialog.paintRequested.connect(lambda printer: render(printout, printer))
        save = QAction(QCoreApplication.translate("Printing", "Save as PDF…"), dialog)
        save.triggered.connect(lambda: self._on_save_triggered(printout, dialog))
        toolbar = dialog.findChild(QToolBar)
        if toolbar is not None:
            toolbar.addSeparator()
            toolbar.addAction(save)
        return dialog

    def save_pdf(self, printout: Printout, path: Path) -> None:
        write_pdf(printout, path, self.printer.pageLayout())

    def _on_save_triggered(self, printout: Printout, parent: QWidget) -> None:
        translate = QCoreApplication.translate
        name, _ = QFileDialog.getSaveFileName(parent, translate("Printing", "Save as PDF"),
                                              f"{printout.title or 'magplan'}.pdf",
                                              translate("Printing", "PDF files (*.pdf)"))
        if not name:
            return
        try:
            self.save_pdf(printout, Path(name))
        except OSError as err:
            QMessageBox.warning(parent, translate("Printing", "Save as PDF"), str(err))


def labels(lang: str = "en") -> Labels:
    """planner.report's words in the user's language; lang picks the food names.

    Meals, sections, nutrients, day and month names come from ui.labels and the locale, so the
    printout says what the window says.
    """
    translate = QCoreApplication.translate
    english = Labels()
    locale = QLocale()
    short = QLocale.FormatType.ShortFormat
    return replace(
        english,
        shopping_list=translate("Printing", "Shopping list"),
        people_one=translate("Printing", "for 1 person"),
        people_many=translate("Printing", "for {n} people"),
        about=translate("Printing", "about"), exact=translate("Printing", "exact total"),
        in_stock=translate("Printing", "In stock at home (not on the list)"),
        unmatched=translate("Printing", "In saved meals, not matched to a food (not counted)"),
        servings_one=translate("Printing", "1 serving"),
        servings_many=translate("Printing", "{n} servings"),
        week=translate("Printing", "Week menu"),
        meals={key: words.meal(key) for key in english.meals}, note=translate("Printing", "Note"),
        nutrients={key: words.nutrient(key) for key in english.nutrients},
        status={Status.OK: "\u2713 " + words.status(Status.OK),
                Status.LOW: "\u26a0 " + words.status(Status.LOW),
                Status.POSSIBLY_LOW: "? " + words.status(Status.POSSIBLY_LOW),
                Status.ABOVE_LIMIT: "\u26a0 " + words.status(Status.ABOVE_LIMIT)},
        ratio_status={key: words.ratio_status(key) for key in english.ratio_status},
        targets=translate("Printing", "Targets"), band=translate("Printing", "band"),
        person={"F": translate("Printing", "woman"), "M": translate("Printing", "man"),
                "pregnancy": translate("Printing", "pregnancy"),
                "lactation": translate("Printing", "breastfeeding")},
        supplements=translate("Printing", "Supplements, apart from food"),
        with_supplements=translate("Printing", "+ suppl."),
        at_least_note=translate("Printing", "\u2265 means at least: some foods lack a value."),
        disclaimer=translate("Printing", "Magplan informs; it does not give medical advice."),
        weekdays=tuple(locale.dayName(day, short) for day in range(1, 8)),
        months=tuple(locale.monthName(month, short) for month in range(1, 13)),
        sections={key: words.section(key) for key in english.sections
                  if key != UNKNOWN_SECTION}
        | {UNKNOWN_SECTION: translate("Printing", "Not in the food table")},
        decimal=locale.decimalPoint(), lang=lang,
    )


def chart_image(assessment: Assessment, size: tuple[int, int] = CHART_SIZE) -> QImage:
    """The week chart as the window draws it, for the printed page."""
    width, height = size
    image = QImage(width * CHART_SCALE, height * CHART_SCALE, QImage.Format.Format_ARGB32)
    image.setDevicePixelRatio(CHART_SCALE)
    image.fill(QColor("white"))
    painter = QPainter(image)
    font = QFont(painter.font())
    font.setPointSizeF(8)
    paint_week(painter, QRectF(0, 0, width, height), assessment, font=font)
    painter.end()
    return image


def week_printout(plan: Plan, assessment: Assessment, foods: FoodTable,
                  lang: str = "en") -> Printout:
    """The week on one landscape page, with the chart drawn by the on-screen function."""
    html = report.week_html(plan, assessment, foods, labels(lang), chart_size=CHART_SIZE)
    return Printout(html, landscape=True, one_page=True,
                    images={report.CHART_RESOURCE: chart_image(assessment)},
                    title=QCoreApplication.translate("Printing", "Week menu"))


def shopping_printout(shopping: ShoppingList, lang: str = "en") -> Printout:
    return Printout(report.shopping_html(shopping, labels(lang)),
                    title=QCoreApplication.translate("Printing", "Shopping list"))
