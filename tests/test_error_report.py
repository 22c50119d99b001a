"""An unexpected error in the window: autosave first, a log in the data folder, one dialog with
Copy Details; the window carries on."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QPushButton

from planner import storage
from planner.plan import Plan
from tests.test_autosave import orphan, restore_each
from ui.error_report import LOG_NAME, ErrorDialog, ErrorReporter

PUMPKIN_SEEDS = "ciqual:15064"


@pytest.fixture
def reporter(window, tmp_path):
    reporter = ErrorReporter(window, tmp_path / "data" / LOG_NAME)
    reporter.install()
    yield reporter
    reporter.uninstall()
    if reporter.dialog is not None:
        reporter.dialog.reject()


def fail_on_click(window, qtbot, error: Exception) -> None:
    """A button in the window whose slot raises error, clicked."""

    def slot() -> None:
        raise error

    button = QPushButton("fails", window)
    button.clicked.connect(slot)
    button.show()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def dialog_text(dialog: ErrorDialog) -> str:
    return dialog.findChild(QLabel, "error_text").text()


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_slot_autosaves_logs_and_shows_the_dialog(
    window, reporter, qtbot, tmp_path, capsys
):
    window.edit_actions.add_food(PUMPKIN_SEEDS)
    plan = storage.to_dict(window.document.plan)
    fail_on_click(window, qtbot, ZeroDivisionError("division by zero"))

    dialog = reporter.dialog
    assert dialog is not None and dialog.isVisible() and dialog.isModal()
    text = dialog_text(dialog)
    assert "ZeroDivisionError: division by zero" in text
    assert "were autosaved first" in text and str(tmp_path / "data" / LOG_NAME) in text
    # The plan as it was, autosaved; the window itself untouched.
    assert storage.to_dict(storage.load(window.autosave.path)) == plan
    assert storage.to_dict(window.document.plan) == plan and window.document.is_modified()
    log = (tmp_path / "data" / LOG_NAME).read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in log and "in slot" in log
    assert log.rstrip().endswith("ZeroDivisionError: division by zero")
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("magplan: unexpected error: ZeroDivisionError")

    copy = dialog.copy_button
    qtbot.mouseClick(copy, Qt.MouseButton.LeftButton)
    copied = QApplication.clipboard().text()
    assert copied == dialog.details and "ZeroDivisionError" in copied and "Magplan " in copied
    assert dialog.isVisible()  # copying leaves the dialog up


@pytest.mark.qt_no_exception_capture
def test_an_error_autosaves_the_windows_this_one_opened_too(window, reporter, qtbot, tmp_path):
    restored = Plan(household_size=3)
    orphan(tmp_path, restored)
    window.edit_actions.add_food(PUMPKIN_SEEDS)  # so the restored plan gets a window of its own
    restore_each([], 1)
    window.file_actions.offer_restore()
    (other,) = window.windows
    other.edit_actions.add_food(PUMPKIN_SEEDS)  # since its last autosave
    fail_on_click(window, qtbot, ZeroDivisionError("division by zero"))
    assert "were autosaved first" in dialog_text(reporter.dialog)
    assert storage.load(window.autosave.path) == window.document.plan
    assert storage.load(other.autosave.path) == other.document.plan != restored
    other.document.replace_plan(Plan(), None)
    other.close()


def test_a_second_error_goes_to_the_log_not_to_a_second_dialog(window, reporter, qtbot, tmp_path):
    fail_on_click(window, qtbot, KeyError("first"))
    first = reporter.dialog
    assert "had no unsaved changes" in dialog_text(first)
    fail_on_click(window, qtbot, ValueError("second"))
    assert reporter.dialog is first and "first" in dialog_text(first)
    assert len(window.findChildren(ErrorDialog)) == 1
    log = (tmp_path / "data" / LOG_NAME).read_text(encoding="utf-8")
    assert log.count("Traceback") == 2 and "ValueError: second" in log

    first.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close).click()
    assert reporter.dialog is None
    fail_on_click(window, qtbot, ValueError("third"))
    assert reporter.dialog is not None and "third" in dialog_text(reporter.dialog)


@pytest.mark.qt_no_exception_capture
def test_a_log_that_cannot_be_written_is_named_in_the_dialog(window, qtbot, tmp_path):
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("")
    reporter = ErrorReporter(window, blocked / LOG_NAME)
    reporter.install()
    try:
        fail_on_click(window, qtbot, RuntimeError("boom"))
    finally:
        reporter.uninstall()
    text = dialog_text(reporter.dialog)
    assert "RuntimeError: boom" in text and "could not be written" in text
    reporter.dialog.reject()


def test_uninstall_gives_the_hook_back(window, tmp_path):
    import sys

    before = sys.excepthook
    reporter = ErrorReporter(window, tmp_path / LOG_NAME)
    reporter.install()
    assert sys.excepthook == reporter.excepthook
    reporter.uninstall()
    assert sys.excepthook is before
