"""File > Export CSV and Import CSV in the window, with their real dialogs."""

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from planner import DATA_DIR, csv_io, storage
from planner.plan import MEALS
from tests.in_process import magplan
from tests.qt_helpers import when_modal
from ui.csv_dialogs import BadRowsDialog, ExportDialog, export_csv, import_csv, read_import
from ui.plan_document import PlanDocument

SAMPLE = DATA_DIR / "sample-week.json"


@pytest.fixture
def document(foods, intakes):
    return PlanDocument(foods, intakes, storage.load(SAMPLE))


@pytest.fixture
def parent(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def days_of(plan) -> list:
    return [
        (d.date, {m: [(e.food_id, e.grams, e.portions) for e in d.meals[m]] for m in MEALS})
        for d in plan.days
    ]


def test_export_dialog_choices(parent):
    dialog = ExportDialog(parent)
    assert dialog.choice() == ("entries", csv_io.DIALECTS["standard"])
    dialog.findChild(QWidget, "days").click()
    dialog.dialect.setCurrentIndex(1)
    assert dialog.choice() == ("days", csv_io.DIALECTS["excel-nl"])


@pytest.mark.parametrize("dialect_index", [0, 1])
def test_export_then_import_in_the_window_gives_the_same_week(
    parent, document, tmp_path, dialect_index
):
    out = tmp_path / "week.csv"

    def choose(dialog: QDialog) -> None:
        dialog.dialect.setCurrentIndex(dialect_index)
        dialog.accept()

    when_modal(choose)
    assert export_csv(parent, document, path=out) == out
    assert out.read_bytes().startswith(b"\xef\xbb\xbf") == (dialect_index == 1)
    plan = import_csv(parent, document, out)
    assert days_of(plan) == days_of(document.plan)
    assert plan.profile == document.plan.profile
    assert plan.household_size == document.plan.household_size


def bad_file(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text(
        "date,meal,food_id,grams\n"
        "2026-11-30,breakfast,ciqual:32140,40\n"
        "2026-11-30,elevenses,ciqual:32140,40\n"
        "2026-12-01,lunch,usda:00000,40\n",
        encoding="utf-8",
    )
    return path


def test_bad_rows_are_listed_by_line(parent, document, tmp_path):
    path = bad_file(tmp_path)
    result = read_import(path, document)
    dialog = BadRowsDialog(path, result, parent)
    lines = [dialog.rows.item(i).text() for i in range(dialog.rows.count())]
    assert lines == [f"Line {b.line}: {b.reason}" for b in result.bad_rows]
    assert [b.line for b in result.bad_rows] == [3, 4]
    assert dialog.import_button.isEnabled() and dialog.cancel_button.isDefault()


def test_cancel_imports_nothing_and_import_the_rest_imports_the_rest(parent, document, tmp_path):
    path = bad_file(tmp_path)
    before = days_of(document.plan)
    when_modal(lambda dialog: dialog.cancel_button.click())
    assert import_csv(parent, document, path) is None
    assert days_of(document.plan) == before

    when_modal(lambda dialog: dialog.import_button.click())
    plan = import_csv(parent, document, path)
    assert [(d, m, e.food_id) for d, m, e in plan.entries()] == [(0, "breakfast", "ciqual:32140")]
    assert days_of(document.plan) == before  # shown only when the window puts it in place


def test_weekdays_only_go_into_the_open_plans_week(parent, document, tmp_path):
    path = tmp_path / "days.csv"
    path.write_text(
        "weekday;meal;food_id;grams\nwoensdag;lunch;ciqual:32140;40,5\n", encoding="utf-8"
    )
    plan = import_csv(parent, document, path)
    assert plan.start == document.plan.start
    assert [(d, e.grams) for d, _, e in plan.entries()] == [(2, 40.5)]


def test_an_unreadable_file_says_so(parent, document, tmp_path):
    path = tmp_path / "nothing.csv"
    path.write_text("name,amount\nx,1\n", encoding="utf-8")
    before = days_of(document.plan)
    seen = []

    def read(box: QMessageBox) -> None:
        seen.append(box.text())
        box.accept()

    when_modal(read)
    assert import_csv(parent, document, path) is None
    assert seen == ["nothing.csv: the file has no 'meal' column"]
    assert days_of(document.plan) == before


@pytest.mark.parametrize("what", csv_io.WHAT)
def test_the_window_exports_what_the_command_line_exports(parent, document, tmp_path, what):
    """One export entry point (csv_io.export): the window's file is the command line's."""
    out = tmp_path / "window.csv"

    def choose(dialog: QDialog) -> None:
        dialog.findChild(QWidget, what).click()
        dialog.dialect.setCurrentIndex(1)
        dialog.accept()

    when_modal(choose)
    assert export_csv(parent, document, "nl", path=out) == out
    command = tmp_path / "command.csv"
    ran = magplan(
        "export",
        str(SAMPLE),
        "--csv",
        str(command),
        "--what",
        what,
        "--dialect",
        "excel-nl",
        "--lang",
        "nl",
    )
    assert ran.returncode == 0, ran.stderr
    assert out.read_bytes() == command.read_bytes()
