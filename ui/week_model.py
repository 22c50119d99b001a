"""The week grid as a table: seven day columns, and for each meal a block of rows.

A meal's block has one row per entry of its fullest day plus one empty row, so every day
always has a free cell in every meal to add to or drop on. Cell (row, day) is the entry at
that position of the meal, or empty. The day headers carry each day's assessment.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from planner.foods import NUTRIENTS
from planner.plan import DAYS, MEALS, Entry, PlanError, Slot
from planner.targets import TARGET_NUTRIENTS
from planner.totals import DayStatus, figures
from ui import icons, labels, mime
from ui.plan_document import PlanDocument

Index = QModelIndex | QPersistentModelIndex
DAY_STATUS_ROLE = Qt.ItemDataRole.UserRole  # header: the day's DayStatus
BLOCK_START_ROLE = Qt.ItemDataRole.UserRole + 1  # cell: True on a meal's first row
MEAL_ROLE = Qt.ItemDataRole.UserRole + 2  # cell: the meal key
GRAMS_TEXT_ROLE = Qt.ItemDataRole.UserRole + 3  # cell: "30 g"
FREE_CELL = (
    Qt.ItemFlag.ItemIsEnabled
    | Qt.ItemFlag.ItemIsSelectable
    | Qt.ItemFlag.ItemIsDropEnabled
    | Qt.ItemFlag.ItemNeverHasChildren
)
ENTRY_CELL = FREE_CELL | Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsDragEnabled
ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.EditRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.AccessibleTextRole,
        Qt.ItemDataRole.DecorationRole,
        BLOCK_START_ROLE,
        MEAL_ROLE,
        GRAMS_TEXT_ROLE,
    }
)


class WeekModel(QAbstractTableModel):
    # A day's status (DAY_STATUS_ROLE, its tooltip) changed, not its name. Not told as
    # headerDataChanged: QHeaderView answers that by measuring itself again, and the table
    # then repaints every cell of the week for one edited day.
    day_status_changed = Signal(int)

    def __init__(self, document: PlanDocument, lang: str = "en", parent=None) -> None:
        super().__init__(parent)
        self.document = document
        self.lang = lang
        self._sizes = self._block_sizes()
        document.day_changed.connect(self._on_day_changed)
        document.plan_replaced.connect(self._on_plan_replaced)
        document.profile_changed.connect(self._on_profile_changed)

    # --- where things are ------------------------------------------------------------------

    def cell(self, index: Index) -> tuple[int, str, int]:
        """(day, meal, position in the meal) of a cell; the position may be past the end."""
        row = index.row()
        for meal, size in zip(MEALS, self._sizes):
            if row < size:
                return index.column(), meal, row
            row -= size
        raise IndexError(index.row())

    def entry(self, index: Index) -> Entry | None:
        if not index.isValid():
            return None
        day, meal, position = self.cell(index)
        entries = self.document.plan.days[day].meals[meal]
        return entries[position] if position < len(entries) else None

    def slot(self, index: Index) -> Slot | None:
        """The entry's slot, or None for an empty cell."""
        if self.entry(index) is None:
            return None
        return Slot(*self.cell(index))

    def insert_position(self, index: Index) -> tuple[int, str, int]:
        """Where something put on this cell goes: here, or at the meal's end if the cell is free."""
        day, meal, position = self.cell(index)
        return day, meal, min(position, len(self.document.plan.days[day].meals[meal]))

    def index_of(self, day: int, meal: str, position: int = 0) -> QModelIndex:
        block = MEALS.index(meal)
        position = min(position, self._sizes[block] - 1)
        return self.index(sum(self._sizes[:block]) + position, day)

    # --- the Qt model ----------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else sum(self._sizes)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else DAYS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in ROLES:
            return None
        if role == BLOCK_START_ROLE:
            return self.cell(index)[2] == 0
        if role == MEAL_ROLE:
            return self.cell(index)[1]
        entry = self.entry(index)
        if entry is None:
            if role == Qt.ItemDataRole.AccessibleTextRole:
                day, meal, _ = self.cell(index)
                return self.tr("%s, %s: empty") % (
                    labels.weekday(self._date(day), True),
                    labels.meal(meal),
                )
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.document.entry_name(entry, self.lang)
        if role == Qt.ItemDataRole.EditRole:
            return entry.grams
        if role == GRAMS_TEXT_ROLE:
            return (
                labels.grams(entry.grams) if entry.recipe is None else labels.times(entry.servings)
            )
        if role == Qt.ItemDataRole.DecorationRole:
            return None if entry.recipe is None else icons.meal_icon()
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._describe(entry)
        return None

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Grams typed in place; they replace any count of portions (a saved meal's servings
        follow its grams)."""
        if role != Qt.ItemDataRole.EditRole:
            return False
        try:
            grams = float(value)
        except (TypeError, ValueError):
            return False
        entry = self.entry(index)
        recipe = entry.recipe if entry is not None else None
        return self.set_amount(
            index, grams, None if recipe is None else grams / recipe.serving_grams
        )

    def set_amount(self, index: Index, grams: float, portions: float | None) -> bool:
        slot = self.slot(index)
        if slot is None:
            return False
        try:
            self.document.set_amount(slot, grams, portions)
        except PlanError:
            return False
        return True

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < DAYS:
                return None
            if role == Qt.ItemDataRole.DisplayRole:
                return labels.weekday(self._date(section))
            if role == DAY_STATUS_ROLE:
                return self.document.assessment().days[section]
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.describe_day(section)
            return None
        if not 0 <= section < self.rowCount():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            _, meal, position = self.cell(self.index(section, 0))
            return labels.meal(meal) if position == 0 else ""
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return FREE_CELL if self.entry(index) is None else ENTRY_CELL

    # --- drag and drop ---------------------------------------------------------------------

    def mimeTypes(self) -> list[str]:
        return [mime.ENTRIES, mime.FOODS]

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        slots = [s for s in (self.slot(i) for i in indexes) if s is not None]
        entries = [self.document.plan.entry(s) for s in slots]
        text = "\n".join(
            f"{self.document.entry_name(e, self.lang)}\t{e.grams:g} g" for e in entries
        )
        return mime.entries_mime(entries, slots, text)

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        """Foods and entries, onto a cell of a meal with room (or moved within their meal)."""
        target = self._drop_cell(row, column, parent)
        if target is None or not (data.hasFormat(mime.ENTRIES) or data.hasFormat(mime.FOODS)):
            return False
        day, meal, _ = self.insert_position(target)
        dragged = mime.read_entries(data)
        within = (
            dragged is not None
            and action == Qt.DropAction.MoveAction
            and {(s.day, s.meal) for s in dragged.sources} == {(day, meal)}
        )
        return within or self.document.plan.room(day, meal) > 0

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        """Foods are added where they land; an entry is moved there (copied with Ctrl)."""
        target = self._drop_cell(row, column, parent)
        if target is None or action == Qt.DropAction.IgnoreAction:
            return False
        day, meal, position = self.insert_position(target)
        try:
            dragged = mime.read_entries(data)
            if dragged is not None:
                return self._drop_entries(dragged, action, day, meal, position)
            foods = mime.read_foods(data)
            if not foods:
                return False
            self.document.add_entries(
                day, meal, position, [Entry(f, self.portion_grams(f)) for f in foods]
            )
        except PlanError:
            return False
        return True

    def _drop_entries(
        self,
        dragged: mime.DraggedEntries,
        action: Qt.DropAction,
        day: int,
        meal: str,
        position: int,
    ) -> bool:
        if action == Qt.DropAction.MoveAction and len(dragged.sources) == 1:
            source = dragged.sources[0]
            if source.day == day and source.meal == meal and position > source.index:
                position -= 1  # the position as it is once the entry is taken out
            if (source.day, source.meal, source.index) == (day, meal, position):
                return False
            self.document.move_entry(source, day, meal, position)
            return True
        self.document.add_entries(day, meal, position, dragged.entries)
        return True

    def _drop_cell(self, row: int, column: int, parent: Index) -> QModelIndex | None:
        if parent.isValid():
            return self.index(parent.row(), parent.column())
        if 0 <= row < self.rowCount() and 0 <= column < DAYS:
            return self.index(row, column)
        return None

    # --- words -----------------------------------------------------------------------------

    def portion_grams(self, food_id: str) -> float:
        """The food's household portion in grams, or 100 g for a food the table lacks."""
        foods = self.document.foods
        return float(foods.portion_g[foods.position(food_id)]) if food_id in foods else 100.0

    def describe_day(self, day: int) -> str:
        """A day's status in words, for its tooltip and for screen readers."""
        status: DayStatus = self.document.assessment().days[day]
        lines = [labels.weekday(status.date, True)]
        for key in TARGET_NUTRIENTS:
            value = status.food[key]
            line = self.tr("%s: %s of %s %s, %s") % (
                labels.nutrient(key),
                labels.at_least(value, key),
                labels.amount(value.target, key),
                labels.unit(key),
                labels.status(value.status).lower(),
            )
            if value.missing:
                line += (
                    self.tr(" (1 food without a value)")
                    if value.missing == 1
                    else self.tr(" (%n foods without a value)", "", value.missing)
                )
            lines.append(line)
        return "\n".join(lines)

    def _describe(self, entry: Entry) -> str:
        foods = self.document.foods
        name = self.document.entry_name(entry, self.lang)
        if entry.recipe is not None:
            return self._describe_saved_meal(entry, name)
        if entry.food_id not in foods:
            return self.tr("%s, %s: not in the food table, its values are unknown") % (
                name,
                labels.grams(entry.grams),
            )
        row = foods.values[foods.position(entry.food_id)]
        parts = []
        for key, column in TARGET_NUTRIENTS.items():
            value = row[NUTRIENTS.index(column)] * entry.grams / 100
            parts.append(f"{labels.short(key)} {labels.amount(value, key)} {labels.unit(key)}")
        return f"{name}, {labels.grams(entry.grams)}: {', '.join(parts)}"

    def _describe_saved_meal(self, entry: Entry, name: str) -> str:
        """'Oats and bread, 2 servings (550 g): Mg at least 161 mg, ...', and its
        ingredients for those servings."""
        recipe = entry.recipe
        assert recipe is not None
        found = figures(entry.parts(), self.document.foods)
        amounts = []
        for key, column in TARGET_NUTRIENTS.items():
            value = labels.amount(found.known[column], key)
            if found.missing[column]:
                value = labels.at_least_text(value)
            amounts.append(f"{labels.short(key)} {value} {labels.unit(key)}")
        lines = [
            f"{name}, {labels.servings(entry.servings)} ({labels.grams(entry.grams)}): "
            f"{', '.join(amounts)}"
        ]
        lines += [
            f"  {self.document.food_name(p.food_id, self.lang)} {labels.grams(p.grams)}"
            for p in entry.parts()
            if p.food_id
        ]
        lines += [
            "  " + self.tr("%s (matched to no food, counted as unknown)") % line
            for line in recipe.unmatched
        ]
        return "\n".join(lines)

    def _date(self, day: int):
        return self.document.plan.days[day].date

    # --- keeping up with the document ------------------------------------------------------

    def _block_sizes(self) -> list[int]:
        days = self.document.plan.days
        return [max(len(d.meals[meal]) for d in days) + 1 for meal in MEALS]

    def _on_day_changed(self, day: int) -> None:
        """Grow or shrink the meals' blocks by the rows the change needs, then redraw the day."""
        new = self._block_sizes()
        for block in range(len(MEALS)):
            old = self._sizes[block]
            end = sum(self._sizes[:block]) + old
            if new[block] > old:
                self.beginInsertRows(QModelIndex(), end, end + new[block] - old - 1)
                self._sizes[block] = new[block]
                self.endInsertRows()
            elif new[block] < old:
                self.beginRemoveRows(QModelIndex(), end - (old - new[block]), end - 1)
                self._sizes[block] = new[block]
                self.endRemoveRows()
        # Cell by cell: for a range, QTableView repaints a pixel more, and with it the whole
        # next day's column.
        for row in range(self.rowCount()):
            self.dataChanged.emit(self.index(row, day), self.index(row, day))
        self.day_status_changed.emit(day)

    def _on_plan_replaced(self) -> None:
        self.beginResetModel()
        self._sizes = self._block_sizes()
        self.endResetModel()

    def _on_profile_changed(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, DAYS - 1)
