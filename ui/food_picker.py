"""A field to find one food by typing, as the browser finds them: the best matches drop down,
the best highlighted, and choosing one (Enter, a click) says which."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from planner.foods import FoodTable

SHOWN = 12  # matches in the list
FOOD_ID = Qt.ItemDataRole.UserRole


class FoodPicker(QLineEdit):
    food_chosen = Signal(str)  # the food's id

    def __init__(self, foods: FoodTable, lang: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.foods, self.lang = foods, lang
        self.setClearButtonEnabled(True)
        self._matches = QStandardItemModel(self)
        completer = QCompleter(self._matches, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.activated[QModelIndex].connect(self._on_completer_activated)
        self.setCompleter(completer)
        self.textEdited.connect(self._on_text_edited)
        self.returnPressed.connect(self._on_return_pressed)

    def matches(self) -> list[str]:
        """The ids of the foods listed for the text, best first."""
        return [self._matches.item(row).data(FOOD_ID) for row in range(self._matches.rowCount())]

    def _on_text_edited(self, text: str) -> None:
        rows = self.foods.search(text)[:SHOWN] if text.strip() else []
        self._matches.clear()
        if not len(rows):
            return
        for food_id, name in zip(
            self.foods.food_ids(rows), self.foods.strings(f"name_{self.lang}", rows)
        ):
            item = QStandardItem(name)
            item.setData(food_id, FOOD_ID)
            self._matches.appendRow(item)
        self.completer().complete()
        # The best match is highlighted, so Enter takes it.
        self.completer().popup().setCurrentIndex(self.completer().completionModel().index(0, 0))

    def _on_completer_activated(self, index: QModelIndex) -> None:
        food_id = index.data(FOOD_ID)
        if food_id:
            self._choose(food_id)

    def _on_return_pressed(self) -> None:
        """The highlighted match, or the best. Whichever of this and the list's own Enter
        comes first chooses; the other finds nothing left to choose."""
        matches = self.matches()
        if not matches:
            return
        row = self.completer().popup().currentIndex().row()
        self._choose(matches[row if 0 <= row < len(matches) else 0])

    def _choose(self, food_id: str) -> None:
        self.clear()
        self._matches.clear()
        self.completer().popup().hide()
        self.food_chosen.emit(food_id)
