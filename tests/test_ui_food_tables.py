"""Plan > Food Tables…: a change to the user's tables reaches the browser and the week at once."""

import datetime as dt

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from planner.library import Library
from planner.plan import Entry, Plan
from planner.totals import Status
from ui.app import build
from ui.library_dialog import LibraryDialog
from ui.settings import Settings

SEED_BREAD = {
    "name_en": "Grandma's seed bread",
    "name_nl": "Oma's zadenbrood",
    "section": "bread and cereals",
    "magnesium_mg": 120,
    "calcium_mg": 40,
    "vitamin_d_ug": 0,
    "energy_kcal": 260,
    "portion_g": 40,
    "portion_en": "1 slice",
    "portion_nl": "1 snee",
}


def test_a_food_added_while_the_window_is_open_counts_at_once(qtbot, tmp_path, intakes):
    folder = tmp_path / "data"
    library = Library(folder)
    window, _ = build(Settings.in_file(tmp_path / "settings.ini"), folder, intakes=intakes)
    qtbot.addWidget(window)
    # A plan that uses a custom food the table does not have yet: unknown, not zero.
    plan = Plan(start=dt.date(2026, 11, 30))
    plan.add(0, "lunch", Entry("custom:grandma-s-seed-bread", 250))
    window.document.replace_plan(plan, None)
    monday = window.document.assessment().days[0].magnesium
    assert (monday.amount, monday.missing, monday.status) == (0, 1, Status.POSSIBLY_LOW)

    food_id = library.save_custom_food(SEED_BREAD)
    assert food_id == "custom:grandma-s-seed-bread"

    def close_when_shown() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, LibraryDialog)
        dialog.changed.emit()  # what the dialog says after any import, switch or edit
        dialog.accept()

    QTimer.singleShot(0, close_when_shown)
    window.plan_actions.food_tables_action.trigger()

    monday = window.document.assessment().days[0].magnesium
    assert monday.amount == pytest.approx(250 / 100 * 120) and monday.missing == 0
    window.browser.search.setText("zadenbrood")
    assert window.browser.current_food_id() == food_id
    window.document.replace_plan(Plan(), None)


def test_the_browser_says_where_a_food_comes_from(qtbot, tmp_path, intakes):
    from PySide6.QtCore import Qt

    folder = tmp_path / "data"
    Library(folder).save_custom_food(SEED_BREAD)
    window, _ = build(Settings.in_file(tmp_path / "settings.ini"), folder, intakes=intakes)
    qtbot.addWidget(window)
    model = window.browser.model
    window.browser.search.setText("zadenbrood")
    tip = model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole)
    assert "Source: custom" in tip
    # A bundled food names the source row its id cites.
    window.browser.search.setText("pompoenpitten")
    assert model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole).endswith(
        "\nSource: Ciqual 2025 (Anses), ciqual:15064"
    )
    window.browser.search.setText("krentenbol")
    assert model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole).endswith(
        "\nSource: USDA SR28, usda:18047"
    )
    window.document.replace_plan(Plan(), None)
