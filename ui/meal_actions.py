"""The window's saved-meal actions: add one to the week, save grid entries as one, make, change
and delete one, import recipes (JSON-LD) and export the saved meals.

Every change goes through the document as one undo step: a meal added to the plan like any
entry, a saved meal stored, changed, deleted or imported as a step that leaves the plan as it
was (planner.saved_meals stores them in the data folder).
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QFileDialog

from planner import recipe_ld
from planner.file_io import read_bytes, write_atomic
from planner.messages import say
from planner.plan import Entry
from planner.saved_meals import Ingredient, MealError, SavedMeal
from planner.schema import MAX_FILE_BYTES, MAX_RECIPE_GRAMS
from ui import dialogs
from ui.actions import make_action
from ui.meal_dialog import Draft, MealDialog
from ui.portion_dialog import PortionDialog

if TYPE_CHECKING:
    from ui.main_window import MainWindow

ERRORS = (MealError, OSError, recipe_ld.RecipeImportError)


class MealActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.document = window.document
        self.save_selection_action = make_action(
            window,
            self.tr("Save Selection as &Meal…"),
            self.save_selection,
            "Ctrl+M",
            tip=self.tr("Save the selected entries as a meal to reuse on other days"),
        )
        self.save_selection_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.new_action = make_action(
            window,
            self.tr("&New Saved Meal…"),
            self.new_meal,
            tip=self.tr("Compose a meal of foods to reuse on any day"),
        )
        self.edit_action = make_action(
            window,
            self.tr("&Edit Saved Meal…"),
            self.edit_meal,
            tip=self.tr("Change the saved meal chosen in the food list"),
        )
        self.delete_action = make_action(
            window,
            self.tr("&Delete Saved Meal"),
            self.delete_meal,
            tip=self.tr("Take the saved meal chosen in the food list out (plans keep theirs)"),
        )
        self.import_action = make_action(
            window,
            self.tr("Import &Recipes…"),
            self.import_recipes,
            tip=self.tr(
                "Recipes from a schema.org JSON-LD file or a saved recipe page, as saved meals"
            ),
        )
        self.export_action = make_action(
            window,
            self.tr("Export Saved &Meals…"),
            self.export_meals,
            tip=self.tr("Your saved meals as a schema.org JSON-LD file"),
        )
        window.browser.meal_chosen.connect(self.add_meal)
        window.browser.view.selectionModel().currentChanged.connect(self._update)
        self.document.meals.changed.connect(self._update)
        self._update()

    def _update(self) -> None:
        chosen = self.window.browser.current_meal() is not None
        self.edit_action.setEnabled(chosen)
        self.delete_action.setEnabled(chosen)
        self.export_action.setEnabled(bool(self.document.meals.meals))

    def _name(self, meal: SavedMeal) -> str:
        return meal.name(self.window.lang)

    def _error(self, title: str, err: Exception) -> None:
        dialogs.show_error(self.window, title, say(err, self.window.lang))

    # --- the week ---------------------------------------------------------------------------

    def add_meal(self, meal_id: str, servings: float = 1.0) -> None:
        """Servings of a saved meal into the selected cell's meal (Enter or a double-click on
        it in the food list)."""
        window = self.window
        saved = self.document.meals.get(meal_id)
        day, meal, position = window.week_view.current_cell()
        try:
            entry = saved.entry(servings)
        except MealError as err:
            self._error(self.tr("Cannot add the meal"), err)
            return
        if window.edit_actions.add_entries(day, meal, position, [entry]):
            window.week_view.select_cell(day, meal, position + 1)

    def add_meal_with_amount(self, saved: SavedMeal) -> None:
        """Ask how many servings (or grams) first."""
        serving = saved.serving_grams
        dialog = PortionDialog(
            self._name(saved), self.tr("1 serving"), serving, serving, 1.0, self.window
        )
        if dialog.exec():
            grams, _ = dialog.amount()
            self.add_meal(saved.meal_id, grams / serving)

    def save_selection(self) -> None:
        """The selected entries (a saved meal's by its ingredients) as a new saved meal."""
        slots = self.window.week_view.selected_slots()
        entries = [self.document.plan.entry(s) for s in slots]
        if not entries:
            self.window.statusBar().showMessage(
                self.tr("Select entries in the week first: they become the meal's ingredients"),
                4000,
            )
            return
        self._compose(draft_of(entries), None)

    def new_meal(self) -> None:
        self._compose(Draft(), None)

    def edit_meal(self) -> None:
        saved = self.window.browser.current_meal()
        if saved is not None:
            self._compose(Draft.of(saved), saved.meal_id)

    def _compose(self, draft: Draft, meal_id: str | None) -> None:
        dialog = MealDialog(
            self.document.foods,
            self.window.lang,
            draft,
            meal_id,
            self.document.meals.saved.free_id,
            self.window,
        )
        if not dialog.exec() or dialog.saved is None:
            return
        meal = dialog.saved
        text = (
            self.tr("Save Meal %s") if meal_id is None else self.tr("Change Meal %s")
        ) % self._name(meal)
        try:
            self.document.save_meals([meal], text)
        except ERRORS as err:
            self._error(self.tr("Cannot save the meal"), err)
            return
        self.window.statusBar().showMessage(
            self.tr("Saved meal %s; it is in the food list") % self._name(meal), 4000
        )

    def delete_meal(self) -> None:
        saved = self.window.browser.current_meal()
        if saved is None:
            return
        try:
            self.document.remove_meal(saved)
        except ERRORS as err:
            self._error(self.tr("Cannot delete the meal"), err)
            return
        self.window.statusBar().showMessage(
            self.tr("Deleted saved meal %s (Undo brings it back)") % self._name(saved), 4000
        )

    # --- files ------------------------------------------------------------------------------

    def import_recipes(self, path: Path | None = None) -> None:
        """Recipes from a file, reviewed, then saved as one undo step."""
        from ui.recipe_import_dialog import RecipeImportDialog

        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                self.window,
                self.tr("Import Recipes"),
                "",
                self.tr("Recipes (*.json *.jsonld *.html *.htm);;All files (*)"),
            )
            if not name:
                return
            path = Path(name)
        try:
            data = read_bytes(
                path, recipe_ld.RecipeImportError, "recipe file", limit=MAX_FILE_BYTES
            )
            recipes, skipped = recipe_ld.read_recipes(data)
        except ERRORS as err:
            self._error(self.tr("Cannot import the recipes"), err)
            return
        foods = self.document.foods
        dialog = RecipeImportDialog(
            [recipe_ld.propose(r, foods) for r in recipes],
            skipped,
            foods,
            self.window.lang,
            self.document.meals.saved,
            self.window,
        )
        if not dialog.exec():
            return
        meals = dialog.meals()
        try:
            self.document.save_meals(meals, self.tr("Import %n Meal(s)", "", len(meals)))
        except ERRORS as err:
            self._error(self.tr("Cannot import the recipes"), err)
            return
        self.window.statusBar().showMessage(
            self.tr("Imported %n saved meal(s)", "", len(meals)), 4000
        )

    def export_meals(self) -> None:
        meals = list(self.document.meals.meals)
        if not meals:
            return
        name, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Export Saved Meals"),
            self.tr("saved meals.jsonld"),
            self.tr("JSON-LD (*.jsonld *.json)"),
        )
        if not name:
            return
        try:
            write_atomic(Path(name), recipe_ld.dumps(meals, self.document.foods))
        except OSError as err:
            self._error(self.tr("Cannot export the meals"), err)
            return
        self.window.statusBar().showMessage(
            self.tr("Exported %n saved meal(s)", "", len(meals)), 4000
        )


def draft_of(entries: list[Entry]) -> Draft:
    """A new meal of these entries for one serving: each food at its grams (and household
    portions), a saved meal's ingredients at the servings planned, its lines kept."""
    ingredients: list[Ingredient] = []
    unmatched: list[str] = []
    for entry in entries:
        if entry.recipe is None:
            ingredients.append(Ingredient(entry.food_id, entry.grams, entry.portions))
            continue
        for part in entry.parts():
            if part.food_id and not math.isnan(part.grams):
                ingredients.append(Ingredient(part.food_id, min(part.grams, MAX_RECIPE_GRAMS)))
        unmatched += [line for line in entry.recipe.unmatched if line not in unmatched]
    return Draft(ingredients=tuple(ingredients), unmatched=tuple(unmatched))
