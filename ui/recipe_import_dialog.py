"""Review imported recipes before they are saved: each ingredient line beside the food and grams
it was matched to, changeable; lines matched to no food stay in the meal, counted as unknown.

Nothing is saved here: the caller saves `meals()` as one step of the window's undo stack.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.foods import FoodTable
from planner.ingredient_lines import How
from planner.messages import say
from planner.recipe_ld import Proposal
from planner.saved_meals import MealError, SavedMeal, SavedMeals
from planner.schema import MAX_RECIPE_GRAMS
from ui import labels
from ui.dialogs import row_table
from ui.food_picker import FoodPicker

LINE, FOOD, GRAMS = range(3)


class RecipeImportDialog(QDialog):
    def __init__(
        self,
        proposals: list[Proposal],
        skipped: list[str],
        foods: FoodTable,
        lang: str,
        book: SavedMeals,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.proposals, self.foods, self.lang, self.book = list(proposals), foods, lang, book
        self.setWindowTitle(self.tr("Import recipes"))
        self.resize(820, 520)

        self.recipes = QListWidget()
        self.recipes.setAccessibleName(self.tr("Recipes"))
        self.recipes.setWordWrap(True)
        for _ in self.proposals:
            item = QListWidgetItem()
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.recipes.addItem(item)
        self.lines = row_table(
            self.tr("Ingredient lines"),
            [self.tr("Line in the recipe"), self.tr("Food"), self.tr("Grams")],
            {LINE, FOOD},
        )

        self.picker = FoodPicker(foods, lang)
        self.picker.setPlaceholderText(self.tr("Another food for the line: type its name"))
        self.picker.setAccessibleName(self.tr("Food for the line"))
        self.grams = QDoubleSpinBox()
        self.grams.setRange(0.5, MAX_RECIPE_GRAMS)
        self.grams.setDecimals(1)
        self.grams.setSuffix(" g")
        self.grams.setAccessibleName(self.tr("Grams for the line"))
        self.unmatch_button = QPushButton(self.tr("&No Food"))
        self.unmatch_button.setToolTip(
            self.tr("Keep the line in the meal, matched to no food (counted as unknown)")
        )
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.setVisible(bool(skipped))
        self.problem.setText("\n".join(self.tr("Skipped %s") % reason for reason in skipped))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )

        choose = QHBoxLayout()
        choose.addWidget(self.picker, 1)
        choose.addWidget(self.grams)
        choose.addWidget(self.unmatch_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.summary)
        right_layout.addWidget(self.lines, 1)
        right_layout.addLayout(choose)
        splitter = QSplitter()
        splitter.addWidget(self.recipes)
        splitter.addWidget(right)
        splitter.setSizes([260, 560])
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Check what each line was matched to; select a line to "
                    "choose another food or amount."
                )
            )
        )
        layout.addWidget(splitter, 1)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

        self.recipes.currentRowChanged.connect(self._show_recipe)
        self.lines.currentCellChanged.connect(lambda row, *_: self._show_choice(row))
        self.picker.food_chosen.connect(self._on_food_chosen)
        self.grams.valueChanged.connect(self._on_grams_changed)
        self.unmatch_button.clicked.connect(
            lambda: self.choose(self.lines.currentRow(), None, None)
        )
        buttons.accepted.connect(self._on_import)
        buttons.rejected.connect(self.reject)
        for row in range(len(self.proposals)):
            self._name_recipe(row)
        self.recipes.setCurrentRow(0)

    # --- what the user changes --------------------------------------------------------------

    def current(self) -> int:
        return max(self.recipes.currentRow(), 0)

    def choose(self, line: int, food_id: str | None, grams: float | None) -> None:
        """Match a line of the current recipe to this food and grams (None: to no food)."""
        recipe = self.current()
        if not 0 <= line < len(self.proposals[recipe].matches):
            return
        self.proposals[recipe] = self.proposals[recipe].with_choice(line, food_id, grams)
        self._name_recipe(recipe)
        self._show_line(line)
        self._show_summary()

    def _on_food_chosen(self, food_id: str) -> None:
        line = self.lines.currentRow()
        match = self.proposals[self.current()].matches[line] if line >= 0 else None
        if match is None:
            return
        grams = (
            match.grams
            if match.grams is not None
            else float(self.foods.portion_g[self.foods.position(food_id)])
        )
        self.choose(line, food_id, grams)
        self._show_choice(line)

    def _on_grams_changed(self, grams: float) -> None:
        line = self.lines.currentRow()
        match = self.proposals[self.current()].matches[line] if line >= 0 else None
        if match is not None and match.food_id is not None and match.grams != grams:
            self.choose(line, match.food_id, grams)

    # --- showing ----------------------------------------------------------------------------

    def _name_recipe(self, row: int) -> None:
        proposal = self.proposals[row]
        self.recipes.item(row).setText(
            self.tr("%s (%s of %s lines matched)")
            % (proposal.recipe.name(self.lang), proposal.matched, len(proposal.matches))
        )

    def _show_recipe(self, row: int) -> None:
        if not 0 <= row < len(self.proposals):
            return
        matches = self.proposals[row].matches
        self.lines.setRowCount(len(matches))
        for line in range(len(matches)):
            self._show_line(line)
        self._show_summary()
        self.lines.setCurrentCell(0, LINE)

    def _show_line(self, line: int) -> None:
        match = self.proposals[self.current()].matches[line]
        food = self.foods.name(match.food_id, self.lang) if match.food_id else ""
        if not match.matched:
            food = self.tr("not matched: %s") % (
                self.tr("no amount in grams")
                if match.how is How.NO_AMOUNT and food
                else self.tr("no food found")
            ) + (f" ({food}?)" if food else "")
        grams = "" if match.grams is None else labels.grams(match.grams)
        if match.how is How.VOLUME and match.matched:
            grams += " " + self.tr("(1 ml as 1 g)")
        for column, text in ((LINE, match.line), (FOOD, food), (GRAMS, grams)):
            item = QTableWidgetItem(text)
            if column == FOOD and not match.matched:
                font = item.font()
                font.setItalic(True)
                item.setFont(font)
            self.lines.setItem(line, column, item)

    def _show_choice(self, line: int) -> None:
        """The grams of the selected line, to change them."""
        matches = self.proposals[self.current()].matches
        match = matches[line] if 0 <= line < len(matches) else None
        self.grams.blockSignals(True)
        self.grams.setValue(match.grams if match is not None and match.grams else 100.0)
        self.grams.blockSignals(False)
        self.grams.setEnabled(match is not None and match.food_id is not None)

    def _show_summary(self) -> None:
        recipe = self.proposals[self.current()].recipe
        self.summary.setText(
            self.tr("%s, %s") % (recipe.name(self.lang), labels.servings(recipe.servings))
        )

    # --- done -------------------------------------------------------------------------------

    def chosen(self) -> list[Proposal]:
        return [
            p
            for row, p in enumerate(self.proposals)
            if self.recipes.item(row).checkState() == Qt.CheckState.Checked
        ]

    def meals(self) -> list[SavedMeal]:
        """The ticked recipes as saved meals, each with an id of its own."""
        out: list[SavedMeal] = []
        for proposal in self.chosen():
            out.append(proposal.saved_meal(self.book, taken={m.meal_id for m in out}))
        return out

    def _on_import(self) -> None:
        try:
            self.meals()
        except MealError as err:
            self.problem.setText(self.tr("Not imported: %s") % say(err, self.lang))
            self.problem.show()
            return
        self.accept()
