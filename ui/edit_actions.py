"""The window's edits of the week: undo and redo, food added to the selected meal (one
portion or an amount asked for), amounts, cut, copy, paste and delete of entries and of whole
days, foods copied from the food list. Each edit is one of the document's intention methods,
so each is one undo step."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QStyle

from planner.plan import Entry, MealFullError
from planner.schema import MAX_ENTRIES_PER_MEAL
from ui import dialogs, labels, mime
from ui.actions import make_action
from ui.portion_dialog import PortionDialog

if TYPE_CHECKING:
    from ui.main_window import MainWindow


class EditActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.document = window.document
        self.week_view, self.week_model = window.week_view, window.week_model
        self.lang = window.lang
        P, K = QStyle.StandardPixmap, QKeySequence.StandardKey
        stack = self.document.undo_stack
        self.undo_action = stack.createUndoAction(window, self.tr("&Undo"))
        self.undo_action.setShortcut(K.Undo)
        self.undo_action.setIcon(window.style().standardIcon(P.SP_ArrowBack))
        self.redo_action = stack.createRedoAction(window, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence(K.Redo), QKeySequence("Ctrl+Y")])
        self.redo_action.setIcon(window.style().standardIcon(P.SP_ArrowForward))

        self.cut_action = make_action(window, self.tr("Cu&t"), self.cut, K.Cut)
        self.copy_action = make_action(window, self.tr("&Copy"), self.copy, K.Copy)
        self.paste_action = make_action(window, self.tr("&Paste"), self.paste, K.Paste)
        self.delete_action = make_action(window, self.tr("&Delete"), self.delete, K.Delete)
        self.delete_action.setShortcuts([QKeySequence(K.Delete), QKeySequence("Backspace")])
        self.edit_grams_action = make_action(window, self.tr("Edit &Grams"), self.edit_grams, "F2")
        self.amount_action = make_action(
            window,
            self.tr("&Amount…"),
            self.choose_amount,
            "Ctrl+E",
            tip=self.tr("Set the amount in portions or grams"),
        )
        self.cut_day_action = make_action(window, self.tr("Cut Da&y"), self.cut_day, "Ctrl+Shift+X")
        self.copy_day_action = make_action(
            window, self.tr("C&opy Day"), self.copy_day, "Ctrl+Shift+C"
        )
        self.paste_day_action = make_action(
            window, self.tr("Paste Day &Here"), self.paste_day, "Ctrl+Shift+V"
        )
        self.clear_day_action = make_action(window, self.tr("C&lear Day"), self.clear_day)
        # Groups as the Edit menu shows them; the week grid's context menu has them too.
        self.entry_actions = [
            self.cut_action,
            self.copy_action,
            self.paste_action,
            self.delete_action,
        ]
        self.day_actions = [
            self.cut_day_action,
            self.copy_day_action,
            self.paste_day_action,
            self.clear_day_action,
        ]
        self.copy_food_action = make_action(window, self.tr("&Copy Food"), self.copy_foods, K.Copy)
        self.find_action = make_action(
            window,
            self.tr("&Find Food"),
            window.browser.focus_search,
            K.Find,
            tip=self.tr("Search the food table"),
        )
        self.add_action = make_action(
            window,
            self.tr("&Add Food to Meal"),
            self.add_chosen_food,
            "Ctrl+Return",
            P.SP_ArrowDown,
            self.tr("Put the chosen food in the selected meal"),
        )
        self.add_amount_action = make_action(
            window,
            self.tr("Add Food &with Amount…"),
            self.add_chosen_food_with_amount,
            "Ctrl+Shift+Return",
        )

    # --- putting food in the week -----------------------------------------------------------

    def add_food(
        self, food_id: str, grams: float | None = None, portions: float | None = None
    ) -> None:
        """Put a food in the selected cell's meal: one household portion unless told."""
        day, meal, position = self.week_view.current_cell()
        if grams is None:
            grams, portions = self.week_model.portion_grams(food_id), 1.0
        if not self.add_entries(day, meal, position, [Entry(food_id, grams, portions)]):
            return
        self.week_view.select_cell(day, meal, position + 1)
        self.window.statusBar().showMessage(
            self.tr("Added %s (%s) to %s, %s")
            % (
                self.document.food_name(food_id, self.lang),
                labels.grams(grams),
                labels.weekday(self.document.plan.days[day].date, True),
                labels.meal(meal).lower(),
            ),
            4000,
        )

    def add_chosen_food(self) -> None:
        meal = self.window.browser.current_meal()
        if meal is not None:
            self.window.meal_actions.add_meal(meal.meal_id)
            return
        food = self.window.browser.current_food_id()
        if food:
            self.add_food(food)

    def add_chosen_food_with_amount(self) -> None:
        meal = self.window.browser.current_meal()
        if meal is not None:
            self.window.meal_actions.add_meal_with_amount(meal)
            return
        food = self.window.browser.current_food_id()
        if not food:
            return
        amount = self._ask_amount(food, self.week_model.portion_grams(food), 1.0)
        if amount:
            self.add_food(food, *amount)

    def add_entries(
        self, day: int, meal: str, position: int, entries: list[Entry], paste: bool = False
    ) -> bool:
        """Add (or paste) entries as one undo step; a meal without room for them says so
        instead."""
        try:
            (self.document.paste_entries if paste else self.document.add_entries)(
                day, meal, position, entries
            )
        except MealFullError:
            where = (
                f"{labels.meal(meal)}, {labels.weekday(self.document.plan.days[day].date, True)}"
            )
            dialogs.show_error(
                self.window,
                self.tr("The meal is full"),
                self.tr("There is no room for that in %s: a meal holds at most %s entries.")
                % (where, MAX_ENTRIES_PER_MEAL),
            )
            return False
        return True

    # --- amounts ----------------------------------------------------------------------------

    def choose_amount(self) -> None:
        slot = self.week_model.slot(self.week_view.currentIndex())
        if slot is None:
            return
        entry = self.document.plan.entry(slot)
        amount = self._ask_amount(entry.food_id, entry.grams, entry.portions, entry)
        if amount:
            self.document.set_amount(slot, *amount)

    def _ask_amount(
        self, food_id: str, grams: float, portions: float | None, entry: Entry | None = None
    ) -> tuple[float, float | None] | None:
        """(grams, portions) asked for a food, or for an entry (a saved meal's in servings,
        which follow its grams)."""
        foods = self.document.foods
        recipe = entry.recipe if entry is not None else None
        if recipe is not None:
            portion, portion_g = labels.servings(1), recipe.serving_grams
        elif food_id in foods:
            row = foods.row(food_id)
            portion, portion_g = row[f"portion_{self.lang}"], float(row["portion_g"])
        else:
            portion, portion_g = "100 g", 100.0
        name = (
            self.document.entry_name(entry, self.lang)
            if entry is not None
            else self.document.food_name(food_id, self.lang)
        )
        dialog = PortionDialog(name, portion, portion_g, grams, portions, self.window)
        if not dialog.exec():
            return None
        grams, portions = dialog.amount()
        return (grams, grams / portion_g) if recipe is not None else (grams, portions)

    def edit_grams(self) -> None:
        index = self.week_view.currentIndex()
        if self.week_model.slot(index) is not None:
            self.week_view.setFocus()
            self.week_view.edit(index)

    # --- the clipboard ----------------------------------------------------------------------

    def delete(self) -> None:
        self.document.delete_entries(self.week_view.selected_slots())

    def copy(self) -> bool:
        indexes = [
            i
            for i in self.week_view.selectionModel().selectedIndexes()
            if self.week_model.slot(i) is not None
        ]
        if not indexes:
            return False
        QGuiApplication.clipboard().setMimeData(self.week_model.mimeData(indexes))
        return True

    def cut(self) -> None:
        slots = self.week_view.selected_slots()
        if slots and self.copy():
            self.document.cut_entries(slots)

    def copy_foods(self) -> None:
        ids = self.window.browser.chosen_food_ids()
        if ids:
            names = [self.document.food_name(i, self.lang) for i in ids]
            QGuiApplication.clipboard().setMimeData(mime.foods_mime(ids, names))

    def paste(self) -> None:
        """Paste copied entries, or copied foods as one portion each, into the selected meal."""
        data = QGuiApplication.clipboard().mimeData()
        dragged = mime.read_entries(data) if data else None
        if dragged is not None:
            entries = dragged.entries
        else:
            entries = (
                [Entry(f, self.week_model.portion_grams(f)) for f in mime.read_foods(data)]
                if data
                else []
            )
        if not entries:
            self.window.statusBar().showMessage(
                self.tr("Nothing to paste: copy foods or entries first"), 4000
            )
            return
        self.add_entries(*self.week_view.current_cell(), entries, paste=True)

    # --- whole days -------------------------------------------------------------------------

    def copy_day(self) -> None:
        day = self.document.plan.days[self.week_view.current_day()]
        lines = [
            f"{labels.meal(m)}: "
            + ", ".join(
                f"{self.document.entry_name(e, self.lang)} {e.grams:g} g" for e in day.meals[m]
            )
            for m in day.meals
            if day.meals[m]
        ]
        text = "\n".join([labels.weekday(day.date, True)] + lines)
        QGuiApplication.clipboard().setMimeData(mime.day_mime(day.meals, text))

    def cut_day(self) -> None:
        self.copy_day()
        self.document.cut_day(self.week_view.current_day())

    def paste_day(self) -> None:
        data = QGuiApplication.clipboard().mimeData()
        meals = mime.read_day(data) if data else None
        if meals is None:
            self.window.statusBar().showMessage(self.tr("Nothing to paste: copy a day first"), 4000)
            return
        self.document.paste_day(self.week_view.current_day(), meals)

    def clear_day(self) -> None:
        self.document.clear_day(self.week_view.current_day())
