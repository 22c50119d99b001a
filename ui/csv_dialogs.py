"""File > Export CSV and File > Import CSV: the choices, the file, and the rows that cannot be used.

The reading and writing are planner.csv_io's; here are only the questions. An import builds a
whole new plan first and shows it only when the user says so: nothing is half-imported.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QListWidget,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from planner import csv_io
from planner.csv_io import ImportResult
from planner.file_io import read_bytes, write_atomic
from planner.messages import say
from planner.plan import Plan
from planner.schema import MAX_FILE_BYTES
from ui import dialogs
from ui.plan_document import PlanDocument

translate = QCoreApplication.translate

CSV_FILTER = QT_TRANSLATE_NOOP("CsvDialogs", "CSV files (*.csv);;All files (*)")


class ExportDialog(QDialog):
    """What to export (entries, days, shopping list) and for which program."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export CSV"))
        self.what = QButtonGroup(self)
        texts = {
            "entries": self.tr("Every food of the week (one row per entry)"),
            "days": self.tr("Each day's totals, targets and flags"),
            "shopping": self.tr("The shopping list"),
        }
        column = QVBoxLayout()
        for i, key in enumerate(csv_io.WHAT):
            button = QRadioButton(texts[key])
            button.setObjectName(key)
            button.setChecked(i == 0)
            self.what.addButton(button, i)
            column.addWidget(button)
        self.dialect = QComboBox()
        self.dialect.addItem(self.tr("Standard (comma, decimal point)"), "standard")
        self.dialect.addItem(self.tr("Excel, Dutch (semicolon, decimal comma)"), "excel-nl")
        form = QFormLayout()
        form.addRow(self.tr("Export:"), column)
        form.addRow(self.tr("For:"), self.dialect)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def choice(self) -> tuple[str, csv_io.Dialect]:
        return (csv_io.WHAT[self.what.checkedId()], csv_io.DIALECTS[self.dialect.currentData()])


def export_csv(
    parent: QWidget, document: PlanDocument, lang: str = "en", path: Path | None = None
) -> Path | None:
    """Ask what and where (unless given the file), then write the CSV atomically.

    Returns the file written, or None when cancelled or it could not be written.
    """
    choices = ExportDialog(parent)
    if not choices.exec():
        return None
    what, dialect = choices.choice()
    if path is None:
        start = (
            document.path.with_name(f"{document.path.stem} {what}.csv")
            if document.path
            else Path.home() / f"{what}.csv"
        )
        name, _ = QFileDialog.getSaveFileName(
            parent, choices.windowTitle(), str(start), translate("CsvDialogs", CSV_FILTER)
        )
        if not name:
            return None
        path = Path(name)
    try:
        write_atomic(
            path,
            csv_io.export(what, document.plan, document.foods, document.targets, dialect, lang),
        )
    except OSError as err:
        dialogs.show_error(parent, translate("CsvDialogs", "Cannot export"), say(err, lang))
        return None
    return path


class BadRowsDialog(QDialog):
    """The rows that cannot be used, by line, with "Import the Rest" or "Cancel"."""

    def __init__(
        self, path: Path, result: ImportResult, parent: QWidget | None = None, lang: str = "en"
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import CSV"))
        bad = len(result.bad_rows)
        intro = QLabel(self.tr("%n row(s) of %s cannot be used:", "", bad) % path.name)
        intro.setWordWrap(True)
        self.rows = QListWidget()
        self.rows.setAccessibleName(self.tr("Rows that cannot be used"))
        for row in result.bad_rows:
            self.rows.addItem(self.tr("Line %s: %s") % (row.line, say(row.reason, lang)))
        rest = QLabel(
            self.tr("The other %n row(s) can be imported as a new plan.", "", result.used_rows)
            if result.used_rows
            else self.tr("No row can be imported.")
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = buttons.addButton(
            self.tr("Import the Rest"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setEnabled(result.used_rows > 0)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.cancel_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.rows, 1)
        layout.addWidget(rest)
        layout.addWidget(buttons)
        self.resize(520, 320)


def read_import(path: Path, document: PlanDocument) -> ImportResult:
    """The file's usable rows as a new plan with the open plan's settings.

    CsvImportError, naming the file, when the file as a whole cannot be read. A file of
    weekdays only is taken to be for the open plan's week.
    """
    data = read_bytes(path, csv_io.CsvImportError, "CSV file", limit=MAX_FILE_BYTES)
    try:
        result = csv_io.read_entries(data, document.foods, start=document.plan.start)
    except csv_io.CsvImportError as err:
        raise csv_io.CsvImportError("file.in", path=path.name, error=err.message) from None
    plan = document.plan.fresh_week(result.plan.start, result.plan.days)
    return ImportResult(plan, result.bad_rows, result.used_rows, result.dialect)


def import_csv(
    parent: QWidget, document: PlanDocument, path: Path | None = None, lang: str = "en"
) -> Plan | None:
    """Ask for a file (unless given), read it, and if some rows cannot be used ask whether
    to import the rest.

    Returns the new plan to show, or None (cancelled, or the file could not be read).
    """
    if path is None:
        start = str(document.path.parent) if document.path else ""
        name, _ = QFileDialog.getOpenFileName(
            parent,
            translate("CsvDialogs", "Import CSV"),
            start,
            translate("CsvDialogs", CSV_FILTER),
        )
        if not name:
            return None
        path = Path(name)
    try:
        result = read_import(path, document)
    except csv_io.CsvImportError as err:
        dialogs.show_error(parent, translate("CsvDialogs", "Cannot import"), say(err, lang))
        return None
    if result.bad_rows and not BadRowsDialog(path, result, parent, lang).exec():
        return None
    if not result.used_rows:
        dialogs.show_error(
            parent,
            translate("CsvDialogs", "Cannot import"),
            translate("CsvDialogs", "%s has no entries to import.") % path.name,
        )
        return None
    return result.plan
