"""Printing: planner.report's HTML in a QTextDocument, to a print preview or a PDF file.

One QPrinter lives as long as the window, so the paper, margins and printer the user picks
stick from one printout to the next (Frescobaldi's printSource does the same). The document
is laid out for the printer's page each time it is drawn, so changing the paper in the
preview lays it out again.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QSizeF, QUrl
from PySide6.QtGui import QAction, QGuiApplication, QImage, QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QMessageBox, QToolBar, QWidget

from planner.report import Labels

MARGIN_MM = 12.0
# QTextDocument lays out in pixels of 96 to the inch; the printer scales them to the page.
DOC_DPI = 96.0
# The week must fit one page: the layout is widened (and so printed smaller) up to this much.
MAX_SHRINK = 2.5


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
    """Write the printout as a PDF, atomically: a failed write leaves no half file."""
    path = Path(path)
    if not path.resolve().parent.is_dir():
        raise OSError(f"{path}: no such folder")
    # Qt creates the file itself, so it gets the user's usual permissions.
    temporary = path.resolve().parent / f".{path.name}.{uuid.uuid4().hex}.tmp"
    try:
        printer = new_printer()
        if layout is not None:
            printer.setPageLayout(layout)
        orient(printer, printout)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(temporary))
        printer.setDocName(printout.title)
        render(printout, printer)
        if not temporary.exists() or temporary.stat().st_size == 0:
            raise OSError(f"{path}: cannot be written")
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)


def html_to_pdf(html: str, path: Path) -> None:
    """For the command line: a portrait A4 PDF of the HTML, with no window on screen."""
    # Qt draws text only with an application object; it must live until the PDF is written.
    app = QGuiApplication.instance() or QGuiApplication(["magplan", "-platform", "offscreen"])  # noqa: F841
    write_pdf(Printout(html), path)


class Printing:
    """The session's printer, and the preview that prints or saves a PDF with it."""

    def __init__(self) -> None:
        self.printer = new_printer()

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
        tr = QCoreApplication.translate
        name, _ = QFileDialog.getSaveFileName(parent, tr("Printing", "Save as PDF"),
                                              f"{printout.title or 'magplan'}.pdf",
                                              tr("Printing", "PDF files (*.pdf)"))
        if not name:
            return
        try:
            self.save_pdf(printout, Path(name))
        except OSError as err:
            QMessageBox.warning(parent, tr("Printing", "Save as PDF"), str(err))


def labels(lang: str = "en") -> Labels:
    """planner.report's words through Qt's translator; lang picks the food names."""
    def tr(value: object) -> object:
        if isinstance(value, str):
            return QCoreApplication.translate("Printing", value)
        if isinstance(value, dict):
            return {key: tr(text) for key, text in value.items()}
        if isinstance(value, tuple):
            return tuple(tr(text) for text in value)
        return value

    english = Labels()
    words = {f.name: tr(getattr(english, f.name)) for f in fields(Labels) if f.name != "lang"}
    return replace(english, **words, lang=lang)
