"""The food browser: search as you type, a section filter, and a sortable table of the saved
meals and foods that match."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planner.foods import PER, SECTIONS, FoodTable
from planner.saved_meals import SavedMeal
from ui import icons, labels, scroll_bars
from ui.food_model import COLUMNS, NAME_COLUMN, SAVED_MEALS, FoodModel
from ui.meal_book import MealBook


class FoodBrowser(QWidget):
    food_chosen = Signal(str)  # Enter or double-click on a food: put it in the meal
    meal_chosen = Signal(str)  # the same on a saved meal (its id)
    per_changed = Signal(str)

    def __init__(
        self,
        foods: FoodTable,
        lang: str = "en",
        per: str = "100g",
        meals: MealBook | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = FoodModel(foods, lang, meals, self)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search foods, in Dutch or English"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search foods"))
        self.search.installEventFilter(self)

        self.section = QComboBox()
        self.section.setAccessibleName(self.tr("Store section"))
        self.section.addItem(self.tr("All sections"), None)
        if meals is not None:
            self.section.addItem(icons.meal_icon(), self.tr("Saved meals"), SAVED_MEALS)
        for key in SECTIONS:
            self.section.addItem(labels.section(key), key)

        self.per = QComboBox()
        self.per.setAccessibleName(self.tr("Amounts shown"))
        for key in PER:
            self.per.addItem(labels.per(key), key)

        # A table view: fixed row heights and no per-row questions to the model, so showing
        # thousands of matches costs no more than showing the few on screen.
        self.view = QTableView()
        scroll_bars.flatten(self.view)
        self.view.setAccessibleName(self.tr("Foods"))
        self.view.setModel(self.model)
        rows = self.view.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 4)
        self.view.setShowGrid(False)
        self.view.setWordWrap(False)
        self.view.setTabKeyNavigation(False)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setDragEnabled(True)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        header = self.view.horizontalHeader()
        header.setSortIndicatorClearable(True)  # a third click goes back to best match first
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        header.setStretchLastSection(False)
        header.setHighlightSections(False)
        header.setSectionResizeMode(NAME_COLUMN, QHeaderView.ResizeMode.Stretch)
        number_width = self.fontMetrics().horizontalAdvance("0000.0") + 12
        for column in range(1, len(COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, number_width)

        self.count = QLabel()
        self.count.setAccessibleName(self.tr("Number of foods found"))

        filters = QHBoxLayout()
        filters.addWidget(self.section, 1)
        filters.addWidget(self.per, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count)
        self.setTabOrder(self.search, self.section)
        self.setTabOrder(self.section, self.per)
        self.setTabOrder(self.per, self.view)

        self.search.textChanged.connect(self._on_filter_changed)
        self.search.returnPressed.connect(self._on_search_return_pressed)
        self.section.currentIndexChanged.connect(self._on_filter_changed)
        self.per.currentIndexChanged.connect(self._on_per_changed)
        self.view.activated.connect(self._on_view_activated)

        if meals is not None:
            meals.changed.connect(self._on_meals_changed)
        self.set_per(per)
        self._show_per(self.current_per())
        self._on_filter_changed()

    def set_foods(self, foods: FoodTable) -> None:
        self.model.set_foods(foods)
        self._on_filter_changed()

    def current_per(self) -> str:
        return self.per.currentData()

    def set_per(self, per: str) -> None:
        if per in PER:
            self.per.setCurrentIndex(PER.index(per))

    def _current_row(self) -> int:
        index = self.view.currentIndex()
        return index.row() if index.isValid() else 0

    def current_food_id(self) -> str | None:
        """The highlighted food, or the best match when none is highlighted (None on a saved
        meal)."""
        row = self._current_row()
        if row >= self.model.rowCount() or self.model.meal_at(row) is not None:
            return None
        return self.model.food_id(row)

    def current_meal(self) -> SavedMeal | None:
        """The highlighted saved meal, if a saved meal is highlighted."""
        return self.model.meal_at(self._current_row())

    def chosen_food_ids(self) -> list[str]:
        """The selected foods (saved meals left out), or the highlighted one."""
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        if not rows:
            food = self.current_food_id()
            return [food] if food else []
        return [self.model.food_id(r) for r in rows if self.model.meal_at(r) is None]

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Down from the search field goes into the list, as in a browser's address bar.
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
        ):
            self.view.setFocus(Qt.FocusReason.TabFocusReason)
            return True
        return super().eventFilter(watched, event)

    def _on_filter_changed(self) -> None:
        self.model.set_filter(self.search.text(), self.section.currentData())
        if self.model.rowCount():
            self._select(0)
        meals = self.model.meal_count()
        count = self.model.rowCount() - meals
        text = self.tr("1 food") if count == 1 else self.tr("%n foods", "", count)
        if meals:
            text += ", " + (
                self.tr("1 saved meal") if meals == 1 else self.tr("%n saved meals", "", meals)
            )
        self.count.setText(text)

    def _on_meals_changed(self) -> None:
        current = self.current_meal()
        self._on_filter_changed()
        row = self.model.row_of(current.meal_id) if current is not None else -1
        if row >= 0:
            self._select(row)

    def _select(self, row: int) -> None:
        """Make a row current and the only one selected."""
        self.view.selectionModel().setCurrentIndex(
            self.model.index(row, NAME_COLUMN),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )

    def _on_per_changed(self) -> None:
        per = self.current_per()
        self._show_per(per)
        self.per_changed.emit(per)

    def _show_per(self, per: str) -> None:
        """Show magnesium, calcium and vitamin D counted the chosen way; the sort follows."""
        header = self.view.horizontalHeader()
        sorted_column = header.sortIndicatorSection()
        for column, spec in enumerate(COLUMNS):
            self.view.setColumnHidden(column, spec is not None and spec[1] != per)
        if 0 < sorted_column < len(COLUMNS) and COLUMNS[sorted_column] is not None:
            key = COLUMNS[sorted_column][0]
            self.view.sortByColumn(COLUMNS.index((key, per)), header.sortIndicatorOrder())

    def _on_search_return_pressed(self) -> None:
        self._choose(self._current_row())

    def _on_view_activated(self, index) -> None:
        if index.isValid():
            self._choose(index.row())

    def _choose(self, row: int) -> None:
        if row >= self.model.rowCount():
            return
        meal = self.model.meal_at(row)
        if meal is not None:
            self.meal_chosen.emit(meal.meal_id)
        else:
            self.food_chosen.emit(self.model.food_id(row))
