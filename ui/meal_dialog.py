"""Compose or change a saved meal: names, servings, ingredients in grams, notes, and its figures
per serving as it is edited.

Every change in the dialog is a step of its own undo stack (Ctrl+Z, Ctrl+Shift+Z, or the
buttons), grams typed into one ingredient being one step. Save checks the meal as the planner
does; what it refuses is named under the form and the dialog stays open. The caller stores
the meal (`meal()`), so saving it is a step of the window's undo stack too.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.foods import NUTRIENTS, FoodTable
from planner.messages import say
from planner.plan import Part
from planner.saved_meals import Ingredient, MealError, SavedMeal, new_meal
from planner.schema import MAX_MEAL_NAME, MAX_RECIPE_GRAMS, MAX_SERVINGS
from planner.targets import TARGET_NUTRIENTS
from planner.totals import figures
from ui import labels
from ui.dialogs import row_table
from ui.food_picker import FoodPicker

FOOD, GRAMS, MAGNESIUM = range(3)
MG = NUTRIENTS.index("magnesium_mg")
# Merge ids of the steps that typing makes one of.
_GRAMS, _NAME_EN, _NAME_NL, _SERVINGS, _NOTES = range(1, 6)


@dataclass(frozen=True)
class Draft:
    """The meal as the dialog holds it, valid or not yet."""

    name_en: str = ""
    name_nl: str = ""
    servings: int = 1
    ingredients: tuple[Ingredient, ...] = ()
    unmatched: tuple[str, ...] = ()
    notes: str = ""

    @classmethod
    def of(cls, meal: SavedMeal) -> Draft:
        return cls(
            meal.name_en,
            "" if meal.name_nl == meal.name_en else meal.name_nl,
            meal.servings,
            meal.ingredients,
            meal.unmatched,
            meal.notes,
        )

    def serving(self) -> list[Part]:
        """One serving's parts, as a plan entry of the meal would have them."""
        return [Part(i.food_id, i.grams / self.servings) for i in self.ingredients] + [
            Part("", math.nan, line) for line in self.unmatched
        ]


class DraftStep(QUndoCommand):
    """One change of the draft: redo shows the new one, undo the old. Steps of the same kind
    and place (grams of one ingredient, one name) typed one after the other merge."""

    def __init__(
        self,
        dialog: MealDialog,
        old: Draft,
        new: Draft,
        text: str,
        merge: tuple[int, int] | None = None,
    ) -> None:
        super().__init__(text)
        self.dialog, self.old, self.new, self.merge = dialog, old, new, merge

    def id(self) -> int:
        return -1 if self.merge is None else self.merge[0]

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, DraftStep) or other.merge != self.merge:
            return False
        self.new = other.new
        return True

    def redo(self) -> None:
        self.dialog.show_draft(self.new)

    def undo(self) -> None:
        self.dialog.show_draft(self.old)


class MealDialog(QDialog):
    def __init__(
        self,
        foods: FoodTable,
        lang: str,
        draft: Draft,
        meal_id: str | None,
        free_id: Callable[[str], str],
        parent: QWidget | None = None,
    ) -> None:
        """A dialog over a draft of the saved meal meal_id, or of a new one (None) that
        free_id gives an id by its name; `saved` holds the meal once saved."""
        super().__init__(parent)
        self.foods, self.lang, self.meal_id, self.free_id = foods, lang, meal_id, free_id
        self.draft = draft
        self.saved: SavedMeal | None = None
        self._showing = False
        self.setWindowTitle(
            self.tr("New saved meal") if meal_id is None else self.tr("Change saved meal")
        )
        self.setMinimumWidth(560)
        self.stack = QUndoStack(self)

        self.name_en = QLineEdit()
        self.name_en.setMaxLength(MAX_MEAL_NAME)
        self.name_nl = QLineEdit()
        self.name_nl.setMaxLength(MAX_MEAL_NAME)
        self.name_nl.setPlaceholderText(self.tr("the English name"))
        self.servings = QSpinBox()
        self.servings.setRange(1, MAX_SERVINGS)
        self.servings.setAccessibleName(self.tr("Servings"))

        self.table = row_table(
            self.tr("Ingredients"),
            [self.tr("Ingredient"), self.tr("Grams (whole recipe)"), "Mg (mg)"],
            {FOOD},
        )
        self.picker = FoodPicker(foods, lang)
        self.picker.setPlaceholderText(self.tr("Add an ingredient: type a food's name"))
        self.picker.setAccessibleName(self.tr("Add an ingredient"))
        self.remove_button = QPushButton(self.tr("&Remove Ingredient"))
        self.unmatched = QListWidget()
        self.unmatched.setAccessibleName(self.tr("Lines matched to no food"))
        self.unmatched.setMaximumHeight(self.fontMetrics().height() * 4)
        self.unmatched_label = QLabel(self.tr("Lines matched to no food (counted as unknown):"))
        self.remove_line_button = QPushButton(self.tr("Remove &Line"))
        self.notes = QPlainTextEdit()
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setMaximumHeight(self.fontMetrics().height() * 4)
        self.totals = QLabel()
        self.totals.setObjectName("totals")
        self.totals.setWordWrap(True)
        self.totals.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.hide()

        self.undo_button = QPushButton(self.tr("&Undo"))
        self.undo_button.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_button = QPushButton(self.tr("Re&do"))
        self.redo_button.setShortcut(QKeySequence.StandardKey.Redo)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )

        form = QFormLayout()
        form.addRow(self.tr("&Name (English):"), self.name_en)
        form.addRow(self.tr("Name (&Dutch):"), self.name_nl)
        form.addRow(self.tr("&Servings it makes:"), self.servings)
        ingredient_row = QHBoxLayout()
        ingredient_row.addWidget(self.picker, 1)
        ingredient_row.addWidget(self.remove_button)
        lines_row = QHBoxLayout()
        lines_row.addWidget(self.unmatched, 1)
        lines_row.addWidget(self.remove_line_button, 0, Qt.AlignmentFlag.AlignTop)
        bottom = QHBoxLayout()
        bottom.addWidget(self.undo_button)
        bottom.addWidget(self.redo_button)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addLayout(ingredient_row)
        layout.addWidget(self.unmatched_label)
        layout.addLayout(lines_row)
        notes_label = QLabel(self.tr("N&otes:"))
        notes_label.setBuddy(self.notes)
        layout.addWidget(notes_label)
        layout.addWidget(self.notes)
        layout.addWidget(self.totals)
        layout.addWidget(self.problem)
        layout.addLayout(bottom)

        self.name_en.textEdited.connect(
            lambda text: self._change(
                replace(self.draft, name_en=text), self.tr("Name"), (_NAME_EN, 0)
            )
        )
        self.name_nl.textEdited.connect(
            lambda text: self._change(
                replace(self.draft, name_nl=text), self.tr("Dutch Name"), (_NAME_NL, 0)
            )
        )
        self.servings.valueChanged.connect(
            lambda n: self._change(
                replace(self.draft, servings=n), self.tr("Servings"), (_SERVINGS, 0)
            )
        )
        self.notes.textChanged.connect(
            lambda: self._change(
                replace(self.draft, notes=self.notes.toPlainText()), self.tr("Notes"), (_NOTES, 0)
            )
        )
        self.picker.food_chosen.connect(self.add_ingredient)
        self.remove_button.clicked.connect(self.remove_ingredient)
        self.remove_line_button.clicked.connect(self.remove_line)
        self.undo_button.clicked.connect(self.stack.undo)
        self.redo_button.clicked.connect(self.stack.redo)
        self.stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.stack.canRedoChanged.connect(self.redo_button.setEnabled)
        self.buttons.accepted.connect(self._on_save)
        self.buttons.rejected.connect(self.reject)
        self.show_draft(draft)
        self.undo_button.setEnabled(False)
        self.redo_button.setEnabled(False)

    # --- edits: each a step -----------------------------------------------------------------

    def _change(self, new: Draft, text: str, merge: tuple[int, int] | None = None) -> None:
        if self._showing or new == self.draft:
            return
        self.stack.push(DraftStep(self, self.draft, new, text, merge))

    def add_ingredient(self, food_id: str) -> None:
        """A food at one household portion, at the end of the list."""
        grams = float(self.foods.portion_g[self.foods.position(food_id)])
        ingredient = Ingredient(food_id, min(grams, MAX_RECIPE_GRAMS), 1.0)
        self._change(
            replace(self.draft, ingredients=(*self.draft.ingredients, ingredient)),
            self.tr("Add %s") % self.foods.name(food_id, self.lang),
        )
        self.table.selectRow(len(self.draft.ingredients) - 1)

    def remove_ingredient(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.draft.ingredients):
            kept = self.draft.ingredients[:row] + self.draft.ingredients[row + 1 :]
            self._change(
                replace(self.draft, ingredients=kept),
                self.tr("Remove %s")
                % self.foods.name(self.draft.ingredients[row].food_id, self.lang),
            )

    def remove_line(self) -> None:
        row = self.unmatched.currentRow()
        if 0 <= row < len(self.draft.unmatched):
            kept = self.draft.unmatched[:row] + self.draft.unmatched[row + 1 :]
            self._change(replace(self.draft, unmatched=kept), self.tr("Remove Line"))

    def set_grams(self, row: int, grams: float) -> None:
        ingredients = list(self.draft.ingredients)
        ingredients[row] = Ingredient(ingredients[row].food_id, grams)  # grams, not portions
        self._change(
            replace(self.draft, ingredients=tuple(ingredients)), self.tr("Grams"), (_GRAMS, row)
        )

    # --- showing ----------------------------------------------------------------------------

    def show_draft(self, draft: Draft) -> None:
        """Show a draft (from an edit, an undo or a redo) without making a step of it."""
        self.draft = draft
        self._showing = True
        for edit, text in ((self.name_en, draft.name_en), (self.name_nl, draft.name_nl)):
            if edit.text() != text:
                edit.setText(text)
        self.servings.setValue(draft.servings)
        if self.notes.toPlainText() != draft.notes:
            self.notes.setPlainText(draft.notes)
        self._show_ingredients()
        self.unmatched.clear()
        self.unmatched.addItems(list(draft.unmatched))
        for widget in (self.unmatched_label, self.unmatched, self.remove_line_button):
            widget.setVisible(bool(draft.unmatched))
        self._show_totals()
        self._showing = False

    def _show_ingredients(self) -> None:
        """The rows as the draft has them; a row's spin box is kept while it is typed in."""
        draft, table = self.draft, self.table
        table.setRowCount(len(draft.ingredients))
        per100 = self.foods.values
        for row, ingredient in enumerate(draft.ingredients):
            name = self.foods.name(ingredient.food_id, self.lang)
            if ingredient.portions is not None and ingredient.food_id in self.foods:
                portion = self.foods.portion(ingredient.food_id, self.lang)
                name += f" ({labels.number(round(ingredient.portions, 2))} × {portion})"
            if table.item(row, FOOD) is None or table.item(row, FOOD).text() != name:
                table.setItem(row, FOOD, QTableWidgetItem(name))
            spin = table.cellWidget(row, GRAMS)
            if not isinstance(spin, QDoubleSpinBox):
                spin = QDoubleSpinBox()
                spin.setRange(0.5, MAX_RECIPE_GRAMS)
                spin.setDecimals(1)
                spin.setSuffix(" g")
                spin.setFrame(False)
                spin.setAccessibleName(self.tr("Grams"))
                spin.valueChanged.connect(lambda value, s=spin: self._on_grams_typed(s, value))
                table.setCellWidget(row, GRAMS, spin)
            if abs(spin.value() - ingredient.grams) > 1e-9:
                spin.setValue(ingredient.grams)
            at = self.foods.positions([ingredient.food_id])[0]
            value = float(per100[at, MG]) * ingredient.grams / 100 if at >= 0 else math.nan
            mg = QTableWidgetItem(labels.amount(value, "magnesium"))
            mg.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(row, MAGNESIUM, mg)

    def _on_grams_typed(self, spin: QDoubleSpinBox, value: float) -> None:
        for row in range(self.table.rowCount()):
            if self.table.cellWidget(row, GRAMS) is spin and row < len(self.draft.ingredients):
                self.set_grams(row, value)
                return

    def _show_totals(self) -> None:
        """A serving's magnesium, calcium, vitamin D and energy, "at least" where an ingredient
        lacks the value, and how many do."""
        draft = self.draft
        if not draft.ingredients:
            self.totals.setText(self.tr("Add ingredients to see a serving's figures."))
            return
        found = figures(draft.serving(), self.foods)
        cells = []
        for key, column in [*TARGET_NUTRIENTS.items(), ("energy", "energy_kcal")]:
            amount = labels.amount(found.known[column], key)
            mark = "\u2265" if found.missing[column] else ""
            cells.append(
                f"{mark}{amount} kcal"
                if key == "energy"
                else f"{labels.short(key)} {mark}{amount} {labels.unit(key)}"
            )
        serving = sum(i.grams for i in draft.ingredients) / draft.servings
        text = self.tr("Per serving (%s): %s") % (labels.grams(serving), " · ".join(cells))
        lacking = labels.lacking(found)
        self.totals.setText(f"{text}\n{lacking}" if lacking else text)

    # --- saving -----------------------------------------------------------------------------

    def _on_save(self) -> None:
        """The draft as a saved meal, checked as the planner checks it."""
        draft = self.draft
        try:
            meal_id = self.meal_id or self.free_id(draft.name_en)
            self.saved = new_meal(
                meal_id,
                draft.name_en,
                draft.name_nl,
                list(draft.ingredients),
                draft.servings,
                list(draft.unmatched),
                draft.notes.strip(),
            )
        except MealError as err:
            self.problem.setText(self.tr("Not saved: %s") % say(err, self.lang))
            self.problem.show()
            return
        self.accept()
