"""The food browser's table: an array of row positions over the FoodTable.

Searching and sorting happen in numpy (FoodTable.search and FoodTable.order); the model only
holds the resulting positions, and data() makes the text of the few cells on screen, so a
table of 400,000 foods costs no more to show than one of 400.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import (QAbstractTableModel, QLocale, QMimeData, QModelIndex,
                            QPersistentModelIndex, Qt)

from planner.foods import NUTRIENTS, PER, FoodTable
from planner.library import BUNDLED
from planner.targets import TARGET_NUTRIENTS
from ui import labels, mime

NAME_COLUMN = 0
# Column 0 is the name; then magnesium, calcium and vitamin D for each way of counting.
COLUMNS: tuple[tuple[str, str] | None, ...] = (None,) + tuple(
    (key, per) for per in PER for key in TARGET_NUTRIENTS)
FOOD_ID_ROLE = Qt.ItemDataRole.UserRole
FLAGS = (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
         | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemNeverHasChildren)
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
# data() is asked seven roles for every cell drawn: these as plain numbers make it quick to
# answer the two it knows, and the five it does not.
_DISPLAY, _ALIGNMENT, _TOOLTIP, _FOOD_ID = (int(r) for r in (
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.ToolTipRole,
    FOOD_ID_ROLE))

Index = QModelIndex | QPersistentModelIndex
# The tables the bundled foods take their figures from, by the prefix of their ids.
BUNDLED_SOURCES = {"ciqual": "Ciqual 2025 (Anses)", "usda": "USDA SR28"}


def column_for(key: str, per: str) -> int:
    return COLUMNS.index((key, per))


class FoodModel(QAbstractTableModel):
    def __init__(self, foods: FoodTable, lang: str = "en", parent=None) -> None:
        super().__init__(parent)
        self.lang = lang
        self._sort_column, self._sort_order = -1, Qt.SortOrder.AscendingOrder
        self._take(foods)

    def _take(self, foods: FoodTable) -> None:
        self.foods = foods
        self._values: dict[int, np.ndarray] = {}   # a nutrient column's figures, by column
        self._name_rank: np.ndarray | None = None
        self._matches = np.arange(len(foods))      # the search's rows, best first
        self._rows = self._ordered(self._matches)  # the same, in the chosen order

    # --- the Qt model ----------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = _DISPLAY):
        if role == _DISPLAY:
            return self._text(index.column(), int(self._rows[index.row()])) \
                if index.isValid() else None
        if role == _ALIGNMENT:
            return RIGHT if index.isValid() and index.column() != NAME_COLUMN else None
        if not index.isValid():
            return None
        if role == _FOOD_ID:
            return self.food_id(index.row())
        if role == _TOOLTIP:
            return self._tooltip(int(self._rows[index.row()]))
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        column = COLUMNS[section]
        if role == Qt.ItemDataRole.DisplayRole:
            if column is None:
                return self.tr("Food")
            symbol = "D" if column[0] == "vitamin_d" else labels.short(column[0])
            return f"{symbol} ({labels.unit(column[0])})"
        if role == Qt.ItemDataRole.ToolTipRole and column is not None:
            return self.tr("%s in %s %s") % (labels.nutrient(column[0]), labels.unit(column[0]),
                                             labels.per(column[1])) \
                + "\n" + labels.estimate_note()
        if role == Qt.ItemDataRole.InitialSortOrderRole:
            # The richest foods first when a nutrient column is clicked.
            return Qt.SortOrder.AscendingOrder if column is None else Qt.SortOrder.DescendingOrder
        if role == Qt.ItemDataRole.TextAlignmentRole and column is not None:
            return RIGHT
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def mimeTypes(self) -> list[str]:
        return [mime.FOODS]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        positions = self._rows[list(dict.fromkeys(i.row() for i in indexes if i.isValid()))]
        return mime.foods_mime(self.foods.food_ids(positions),
                               self.foods.strings(f"name_{self.lang}", positions))

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort_column, self._sort_order = column, order
        self._reorder(self._ordered(self._matches))

    # --- what the browser calls ------------------------------------------------------------

    def set_filter(self, text: str, section: str | None = None) -> None:
        """Show the foods matching the text (and section), keeping the chosen sort order."""
        self.beginResetModel()
        self._matches = self.foods.search(text, section)
        self._rows = self._ordered(self._matches)
        self.endResetModel()

    def set_foods(self, foods: FoodTable) -> None:
        """Show another food table (the user switched imported tables on or off)."""
        self.beginResetModel()
        self._take(foods)
        self.endResetModel()

    def food_id(self, row: int) -> str:
        return self.foods.id_at(int(self._rows[row]))

    def row_of(self, food_id: str) -> int:
        """The row showing a food, or -1 when the filter hides it."""
        position = self.foods.positions([food_id])[0]
        found = np.flatnonzero(self._rows == position)
        return int(found[0]) if len(found) else -1

    # --- inside ----------------------------------------------------------------------------

    def _ordered(self, rows: np.ndarray) -> np.ndarray:
        column, descending = self._sort_column, self._sort_order == Qt.SortOrder.DescendingOrder
        if not 0 <= column < len(COLUMNS):
            return rows      # relevance, as the search ranked them
        if COLUMNS[column] is None:
            ranked = rows[np.argsort(self._ranks()[rows], kind="stable")]
            return ranked[::-1] if descending else ranked
        key, per = COLUMNS[column]
        return self.foods.order(rows, TARGET_NUTRIENTS[key], per, descending=descending)

    def _ranks(self) -> np.ndarray:
        """Each food's place in alphabetical order, computed once (the only thing here that
        reads every name: about a second at 400,000 foods, once the user sorts by name)."""
        if self._name_rank is None:
            names = self.foods.strings(f"name_{self.lang}", np.arange(len(self.foods)))
            order = np.argsort(np.array([n.casefold() for n in names]), kind="stable")
            self._name_rank = np.empty(len(order), dtype=np.intp)
            self._name_rank[order] = np.arange(len(order))
        return self._name_rank

    def _reorder(self, rows: np.ndarray) -> None:
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        positions = [int(self._rows[i.row()]) for i in old]
        self._rows = rows
        where = np.empty(len(self.foods), dtype=np.intp)
        where[rows] = np.arange(len(rows))
        self.changePersistentIndexList(
            old, [self.index(int(where[p]), i.column()) for p, i in zip(positions, old)])
        self.layoutChanged.emit()

    def _text(self, column: int, position: int) -> str:
        if column == NAME_COLUMN:
            return self.foods.name_at(position, self.lang)
        values = self._values.get(column)
        if values is None:
            key, per = COLUMNS[column]
            values = self._values[column] = self.foods.per(TARGET_NUTRIENTS[key], per)
        value = float(values[position])
        if value != value:
            return "?"
        key = COLUMNS[column][0]
        text = f"{value:.0f}" if key != "vitamin_d" else \
            f"{value:.1f}".replace(".", QLocale().decimalPoint())      # the locale's comma
        if self.foods.estimated[position, NUTRIENTS.index(TARGET_NUTRIENTS[key])]:
            return labels.ESTIMATE + text
        return text

    def _tooltip(self, position: int) -> str:
        row = self.foods.row_at(position)
        names = row["name_en"] if row["name_en"] == row["name_nl"] else \
            f"{row['name_en']} / {row['name_nl']}"
        portion = row["portion_en" if self.lang == "en" else "portion_nl"]
        text = self.tr("%s\n%s: %s = %s g\n%s") % (
            names, self.tr("Portion"), portion, labels.number(row["portion_g"]), labels.section(row["section"]))
        estimated = [labels.nutrient(key) for key, column in TARGET_NUTRIENTS.items()
                     if self.foods.estimated[position, NUTRIENTS.index(column)]]
        if estimated:
            text += "\n" + self.tr("Estimated (%s): %s") % (labels.ESTIMATE, ", ".join(estimated)) \
                + "\n" + labels.estimate_note()
        # Foods say where they come from: the bundled ones the source row their id cites.
        source = row.get("source", "")
        food_id = self.foods.id_at(position)
        if source == BUNDLED and food_id.partition(":")[0] in BUNDLED_SOURCES:
            source = f"{BUNDLED_SOURCES[food_id.partition(':')[0]]}, {food_id}"
        return text + "\n" + self.tr("Source: %s") % source if source else text
