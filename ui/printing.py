"""Printing: planner.report's HTML in a QTextDocument, to a print preview or a PDF file.

The printouts' words are the planner's (planner.phrases), so a list printed from the window
reads as one printed by the command line.

One QPrinter lives as long as the window, so the paper, margins and printer the user picks
stick from one printout to the next (Frescobaldi's printSource does the same). The document
is laid out for the printer's page each time it is drawn, so changing the paper in the
preview lays it out again.
"""

from __future__ import annotations

import errno
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF, QUrl
from PySide6.QtGui import (
    QAction,
    QColor,
    QFont,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QTextDocument,
)
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QMessageBox, QToolBar, QWidget

from planner import report
from planner.file_io import FileWriteError, write_atomic
from planner.foods import FoodTable
from planner.messages import Message, say
from planner.phrases import printout_words
from planner.plan import Plan
from planner.shopping import ShoppingList
from planner.totals import Assessment
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
    one_page: bool = False  # shrink to fit a single page
    images: Mapping[str, QImage] = field(default_factory=dict)  # <img src> name -> image
    title: str = ""


def new_printer(mode: QPrinter.PrinterMode = QPrinter.PrinterMode.HighResolution) -> QPrinter:
    printer = QPrinter(mode)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageMargins(
        QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter
    )
    return printer


def orient(printer: QPrinter, printout: Printout) -> None:
    printer.setPageOrientation(
        QPageLayout.Orientation.Landscape
        if printout.landscape
        else QPageLayout.Orientation.Portrait
    )


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
            reason = Message("file.pdf_not_drawn")
            raise FileWriteError(errno.EIO, reason, str(path), reason)
        write_atomic(path, drawn.read_bytes())


def html_to_pdf(html: str, path: Path) -> None:
    """For the command line: a portrait A4 PDF of the HTML, with no window on screen."""
    # Qt draws text only with an application object; it must live until the PDF is written.
    app = QGuiApplication.instance() or QGuiApplication(["magplan", "-platform", "offscreen"])  # noqa: F841
    write_pdf(Printout(html), path)


class Printing:
    """The session's printer, and the preview that prints or saves a PDF with it."""

    def __init__(self, lang: str = "en") -> None:
        self._printer: QPrinter | None = None
        self.lang = lang

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
        name, _ = QFileDialog.getSaveFileName(
            parent,
            translate("Printing", "Save as PDF"),
            f"{printout.title or 'magplan'}.pdf",
            translate("Printing", "PDF files (*.pdf)"),
        )
        if not name:
            return
        try:
            self.save_pdf(printout, Path(name))
        except OSError as err:
            QMessageBox.warning(parent, translate("Printing", "Save as PDF"), say(err, self.lang))


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


def week_printout(
    plan: Plan, assessment: Assessment, foods: FoodTable, lang: str = "en"
) -> Printout:
    """The week on one landscape page, with the chart drawn by the on-screen function."""
    words = printout_words(lang)
    html = report.week_html(plan, assessment, foods, words, chart_size=CHART_SIZE)
    return Printout(
        html,
        landscape=True,
        one_page=True,
        images={report.CHART_RESOURCE: chart_image(assessment)},
        title=words.week,
    )


def shopping_printout(shopping: ShoppingList, lang: str = "en") -> Printout:
    words = printout_words(lang)
    return Printout(report.shopping_html(shopping, words), title=words.shopping_list)
