"""Saved meals in the window, driven with qtbot: a selection saved as a meal, the meal added to
another day from the food browser, undo of both; the meal dialog's live figures and its own
undo; the browser's saved-meal section; recipes imported after review."""

import json

import pytest
from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt

from planner.foods import NUTRIENTS
from planner.saved_meals import Ingredient, SavedMeal
from planner.totals import day_totals
from tests.qt_helpers import when_modal
from ui.food_model import COLUMNS, SAVED_MEALS, FoodModel, column_for
from ui.meal_book import MealBook
from ui.meal_dialog import Draft, MealDialog

OATS, MILK, BREAD, ALMONDS = "ciqual:32140", "ciqual:19042", "ciqual:7111", "ciqual:15000"
MG = NUTRIENTS.index("magnesium_mg")


def select_meal_cells(window, day: int, meal: str) -> list:
    """Select every entry of a meal of a day in the week grid."""
    model, view = window.week_model, window.week_view
    entries = window.document.plan.days[day].meals[meal]
    first = model.index_of(day, meal, 0)
    last = model.index_of(day, meal, len(entries) - 1)
    view.setFocus()
    view.selectionModel().setCurrentIndex(first, QItemSelectionModel.SelectionFlag.NoUpdate)
    view.selectionModel().select(
        QItemSelection(first, last), QItemSelectionModel.SelectionFlag.ClearAndSelect
    )
    return list(entries)


def test_save_a_selection_as_a_meal_add_it_to_another_day_then_undo(qtbot, window, foods):
    document, browser, view = window.document, window.browser, window.week_view
    monday = select_meal_cells(window, 0, "breakfast")
    assert len(monday) >= 3
    modified = document.is_modified()

    def name_and_save(dialog):
        qtbot.keyClicks(dialog.name_en, "Monday breakfast")
        qtbot.keyClicks(dialog.name_nl, "Maandagontbijt")
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()

    when_modal(name_and_save)
    window.meal_actions.save_selection_action.trigger()
    (saved,) = document.meals.meals
    assert (saved.meal_id, saved.name_en, saved.name_nl) == (
        "meal:monday-breakfast",
        "Monday breakfast",
        "Maandagontbijt",
    )
    assert [(i.food_id, i.grams, i.portions) for i in saved.ingredients] == [
        (e.food_id, e.grams, e.portions) for e in monday
    ]
    assert window.edit_actions.undo_action.text() == "&Undo Save Meal Monday breakfast"
    assert document.is_modified() == modified  # the plan itself did not change

    # The meal is in the food list, first, with its own mark.
    browser.search.setText("monday")
    assert browser.model.meal_at(0) == saved
    assert browser.model.index(0, 0).data(Qt.ItemDataRole.DecorationRole) is not None
    assert "1 saved meal" in browser.count.text()

    # Into Wednesday's breakfast: the day gains exactly Monday breakfast's figures.
    before = day_totals(document.plan, foods)
    wednesday = len(document.plan.days[2].meals["breakfast"])
    view.select_cell(2, "breakfast", wednesday)
    browser.view.setCurrentIndex(browser.model.index(0, 0))
    qtbot.keyClick(browser.view, Qt.Key.Key_Return)
    entry = document.plan.days[2].meals["breakfast"][-1]
    assert entry.recipe is not None and entry.portions == 1.0
    monday_mg = sum(
        foods.values[foods.position(e.food_id), MG] * e.grams / 100
        for e in monday
        if e.food_id in foods
    )
    after = day_totals(document.plan, foods)
    assert after.known["magnesium_mg"].iloc[2] == pytest.approx(
        before.known["magnesium_mg"].iloc[2] + monday_mg
    )
    assert window.week_model.headerData(
        2, Qt.Orientation.Horizontal, Qt.UserRole
    ).magnesium.amount == pytest.approx(after.known["magnesium_mg"].iloc[2])
    cell = window.week_model.index_of(2, "breakfast", wednesday)
    assert cell.data() == "Monday breakfast" and cell.data(Qt.UserRole + 3) == "1×"
    assert "Monday breakfast, 1 serving" in cell.data(Qt.ItemDataRole.ToolTipRole)
    assert document.is_modified()
    assert window.edit_actions.undo_action.text() == "&Undo Add Monday breakfast"
    # Grams typed on it set its servings too.
    serving = entry.grams
    assert window.week_model.setData(cell, serving * 2)
    assert (entry.grams, entry.portions) == (pytest.approx(serving * 2), pytest.approx(2))
    assert cell.data(Qt.UserRole + 3) == "2×"
    document.undo_stack.undo()

    window.activateWindow()  # back from the dialog: the window's keys are its own again
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(document.plan.days[2].meals["breakfast"]) == wednesday
    assert day_totals(document.plan, foods).known.equals(before.known)
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert document.meals.meals == () and browser.model.meal_count() == 0
    assert document.is_modified() == modified
    window.edit_actions.redo_action.trigger()
    assert document.meals.meals == (saved,)


def test_the_meal_dialog_shows_a_servings_figures_and_undoes_each_change(qtbot, foods):
    draft = Draft("Oats", "", 2, (Ingredient(OATS, 80), Ingredient(MILK, 400)))
    dialog = MealDialog(foods, "en", draft, None, lambda name: "meal:oats")
    qtbot.addWidget(dialog)
    # Per serving, by hand: (80 g x 101 + 400 g x 11.1 mg per 100 g) / 2 = 62.6 mg magnesium;
    # vitamin D (0 + 400 x 0.048) / 2 = 0.096 µg.
    assert dialog.totals.text().startswith("Per serving (240 g): Mg 63 mg · Ca ")
    assert "Vit. D 0.1 µg" in dialog.totals.text() and "≥" not in dialog.totals.text()
    # Wholemeal bread has no vitamin D value: the figure becomes "at least".
    qtbot.keyClicks(dialog.picker, "volkorenbrood")
    assert dialog.picker.matches()[0] == BREAD
    qtbot.keyClick(dialog.picker, Qt.Key.Key_Return)
    assert [i.food_id for i in dialog.draft.ingredients] == [OATS, MILK, BREAD]
    assert "Vit. D ≥0.1 µg" in dialog.totals.text()
    assert "≥ at least: 1 of 3 ingredient lines lack a value for Vit. D" in dialog.totals.text()
    dialog.servings.setValue(1)
    assert dialog.totals.text().startswith("Per serving (515 g): Mg 143 mg")  # 125.2 + 18.2
    spin = dialog.table.cellWidget(0, 1)
    spin.setValue(81)
    spin.setValue(90)  # typing, one step
    assert dialog.draft.ingredients[0].grams == 90
    dialog.stack.undo()
    assert dialog.draft.ingredients[0].grams == 80 and spin.value() == 80
    dialog.stack.undo()
    assert dialog.draft.servings == 2 and dialog.servings.value() == 2
    dialog.stack.undo()
    assert [i.food_id for i in dialog.draft.ingredients] == [OATS, MILK]
    assert dialog.table.rowCount() == 2
    dialog.stack.redo()
    assert dialog.table.rowCount() == 3
    # Saved only with a name.
    dialog.name_en.setText("")
    dialog.name_en.textEdited.emit("")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert dialog.saved is None and dialog.problem.isVisibleTo(dialog)
    assert dialog.problem.text().startswith("Not saved: the name must be a name on one line")


def test_the_browser_lists_saved_meals_in_their_own_section(qtbot, qtmodeltester, foods, tmp_path):
    book = MealBook(tmp_path)
    book.put_all(
        [
            SavedMeal(
                "meal:oats",
                "Overnight oats",
                "Havermout voor de nacht",
                (Ingredient(OATS, 80), Ingredient(MILK, 400)),
                2,
            ),
            SavedMeal(
                "meal:toast",
                "Toast",
                "Geroosterd brood",
                (Ingredient(BREAD, 70),),
                1,
                ("butter to taste",),
            ),
        ]
    )
    model = FoodModel(foods, "en", book)
    qtmodeltester.check(model)
    model.set_filter("haver")
    assert model.meal_count() == 1 and model.food_id(0) == "meal:oats"
    assert model.meal_at(1) is None and OATS in [
        model.food_id(r) for r in range(1, model.rowCount())
    ]
    per_serving = column_for("magnesium", "portion")
    assert model.index(0, per_serving).data() == "63"  # 62.6 mg a serving
    assert model.index(0, column_for("magnesium", "100g")).data() == "26"  # of 240 g
    model.set_filter("", SAVED_MEALS)
    assert model.rowCount() == 2 and model.meal_count() == 2
    toast = model.row_of("meal:toast")
    # The butter line is matched to no food: every figure is "at least".
    assert model.index(toast, per_serving).data() == "≥36"
    assert (
        model.index(toast, 0)
        .data(Qt.ItemDataRole.ToolTipRole)
        .endswith(
            "≥ at least: 1 of 2 ingredient lines lack a value for Mg, Ca; 2 of 2 ingredient lines "
            "lack a value for Vit. D"
        )
    )
    model.sort(per_serving, Qt.SortOrder.DescendingOrder)
    assert [model.food_id(r) for r in range(2)] == ["meal:oats", "meal:toast"]
    # Almonds' vitamin D is an estimate: a meal with them says so, as a food does.
    book.put_all(
        [
            SavedMeal(
                "meal:almonds",
                "Oats and almonds",
                "Havermout met amandelen",
                (Ingredient(OATS, 60), Ingredient(ALMONDS, 15)),
                1,
            )
        ]
    )
    model.set_filter("", SAVED_MEALS)
    almonds = model.row_of("meal:almonds")
    assert model.index(almonds, column_for("vitamin_d", "portion")).data().startswith("≈")
    assert not model.index(almonds, per_serving).data().startswith("≈")
    assert "Estimated (≈): Vitamin D" in model.index(almonds, 0).data(Qt.ItemDataRole.ToolTipRole)
    model.set_filter("", "vegetables")
    assert model.meal_count() == 0
    assert len(COLUMNS) == model.columnCount()


def test_import_recipes_after_review_then_undo(qtbot, window, tmp_path):
    source = tmp_path / "oats.json"
    source.write_text(
        json.dumps(
            {
                "@context": "https://schema.org",
                "@type": "Recipe",
                "name": "Overnight oats",
                "recipeYield": "2",
                "recipeIngredient": [
                    "80 g rolled oats",
                    "400 ml halfvolle melk",
                    "a pinch of cinnamon",
                    "honey to taste",
                ],
            }
        )
    )
    document = window.document

    def review(dialog):
        assert dialog.recipes.item(0).text() == "Overnight oats (2 of 4 lines matched)"
        dialog.lines.setCurrentCell(2, 0)  # cinnamon: found, but no amount
        dialog.grams.setValue(2)
        assert dialog.recipes.item(0).text() == "Overnight oats (3 of 4 lines matched)"
        dialog.import_button.click()

    when_modal(review)
    window.meal_actions.import_recipes(source)
    (meal,) = document.meals.meals
    assert [(i.food_id, i.grams) for i in meal.ingredients][:2] == [(OATS, 80), (MILK, 400)]
    assert meal.ingredients[2].grams == 2 and meal.unmatched == ("honey to taste",)
    assert window.edit_actions.undo_action.text() == "&Undo Import 1 Meal(s)"
    window.edit_actions.undo_action.trigger()
    assert document.meals.meals == ()


def test_a_saved_meal_dropped_from_the_browser_and_its_lines_on_the_shopping_list(qtbot, window):
    document, browser, model = window.document, window.browser, window.week_model
    meal = SavedMeal(
        "meal:oats",
        "Overnight oats",
        "Havermout voor de nacht",
        (Ingredient(OATS, 80), Ingredient(MILK, 400)),
        2,
        ("a pinch of saffron",),
    )
    document.save_meals([meal], "Save Meal Overnight oats")
    browser.search.setText("overnight")
    data = browser.model.mimeData([browser.model.index(0, 0)])
    target = model.index_of(4, "snack", len(document.plan.days[4].meals["snack"]))
    assert model.canDropMimeData(data, Qt.DropAction.CopyAction, -1, -1, target)
    assert model.dropMimeData(data, Qt.DropAction.CopyAction, -1, -1, target)
    entry = document.plan.days[4].meals["snack"][-1]
    assert entry.recipe == meal.recipe() and entry.grams == 240 and entry.portions == 1
    assert window.edit_actions.undo_action.text() == "&Undo Add Overnight oats"
    # The shopping list sums the oats with the week's other oats, and lists the saffron apart.
    window.shopping_dock.show()
    view = window.shopping_view
    view.refresh()
    headings = [view.tree.topLevelItem(i) for i in range(view.tree.topLevelItemCount())]
    assert headings[-1].text(0) == "In saved meals, not matched to a food (not counted)"
    assert headings[-1].child(0).text(0) == "a pinch of saffron (Overnight oats)"
    oats = [i for i in view.shopping().items if i.food_id == OATS]
    assert oats and oats[0].grams == pytest.approx(
        sum(p.grams for _, _, e in document.plan.entries() for p in e.parts() if p.food_id == OATS)
        * document.plan.household_size
    )
