"""The week grid: day headers that read each day's status, meal blocks, entries edited in place."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QDrag, QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDoubleSpinBox,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionHeader,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from planner.plan import MAX_GRAMS, Entry, Slot
from planner.totals import DayStatus, Status
from ui import icons, labels, scroll_bars
from ui.week_model import BLOCK_START_ROLE, DAY_STATUS_ROLE, GRAMS_TEXT_ROLE, WeekModel

PAD = 4
ROW_PAD = 2


class DayHeader(QHeaderView):
    """Each day's date, magnesium against the target with its flag, calcium and vitamin D."""

    LINES = 6

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.setMinimumSectionSize(
            self.fontMetrics().horizontalAdvance("Mg ≥0000/000 mg") + 2 * PAD
        )
        self.setSectionsClickable(True)
        self.setHighlightSections(True)
        self.current_day = -1

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), self.LINES * self.fontMetrics().lineSpacing() + 3 * PAD)

    def update_section(self, section: int) -> None:
        """Repaint one day's header (its status changed; its size never does)."""
        x = self.sectionViewportPosition(section)
        self.viewport().update(x, 0, self.sectionSize(section), self.viewport().height())

    def paintSection(self, painter: QPainter, rect: QRect, section: int) -> None:
        if not rect.isValid():
            return
        model = self.model()
        status: DayStatus | None = model.headerData(section, self.orientation(), DAY_STATUS_ROLE)
        option = QStyleOptionHeader()
        self.initStyleOption(option)
        option.rect = rect
        option.section = section
        option.text = ""
        painter.save()
        self.style().drawControl(QStyle.ControlElement.CE_Header, option, painter, self)
        if status is not None:
            title = model.headerData(section, self.orientation(), Qt.ItemDataRole.DisplayRole)
            paint_day_header(painter, QRectF(rect), status, title, self.font())
        if section == self.current_day:  # the day the panel and the chart show
            painter.fillRect(
                QRect(rect.left(), rect.top(), rect.width(), 3),
                self.palette().color(QPalette.ColorRole.Highlight),
            )
        painter.restore()

    def set_current_day(self, day: int) -> None:
        if day != self.current_day:
            self.current_day = day
            self.viewport().update()


def paint_day_header(
    painter: QPainter, rect: QRectF, status: DayStatus, title: str, font: QFont
) -> None:
    """The lines of one day's header; the flag is an icon and words, its tint only a help."""
    metrics = QFontMetrics(font)
    line = metrics.lineSpacing()
    inner = rect.adjusted(PAD, PAD, -PAD, -PAD)
    width = int(inner.width())
    magnesium = status.food["magnesium"]
    y = inner.top()

    def text(
        value: str, bold: bool = False, colour=None, indent: float = 0, scale: float = 1.0
    ) -> None:
        nonlocal y
        f = QFont(font)
        f.setBold(bold)
        if scale != 1.0:
            f.setPointSizeF(f.pointSizeF() * scale)
        painter.setFont(f)
        if colour is not None:
            painter.setPen(colour)
        elided = QFontMetrics(f).elidedText(value, Qt.TextElideMode.ElideRight, int(width - indent))
        painter.drawText(
            QRectF(inner.left() + indent, y, width - indent, line),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            elided,
        )
        y += line

    pen = painter.pen()
    text(title, bold=True)
    mark = "≥" if magnesium.missing else ""
    text(
        f"Mg {mark}{labels.amount(magnesium.amount, 'magnesium')}/"
        f"{labels.amount(magnesium.target, 'magnesium')} mg"
    )
    flag = QRectF(inner.left() - 1, y, inner.width() + 2, line)
    painter.fillRect(flag, icons.TINTS[magnesium.status])
    icons.paint_status(
        painter, QRectF(inner.left() + 1, y + 2, line - 4, line - 4), magnesium.status
    )
    text(
        labels.status(magnesium.status),
        bold=True,
        colour=icons.COLOURS[magnesium.status],
        indent=line + 1,
    )
    painter.setPen(pen)
    for key in ("calcium", "vitamin_d"):
        value = status.food[key]
        mark = "≥" if value.missing else ""
        warn = (
            value.status is Status.ABOVE_LIMIT
            or status.with_supplements[key].status is Status.ABOVE_LIMIT
        )
        suffix = " !" if warn else ""
        text(
            f"{labels.short(key)} {mark}{labels.amount(value.amount, key)} {labels.unit(key)}"
            f"{suffix}",
            colour=icons.COLOURS[Status.ABOVE_LIMIT] if warn else pen.color(),
        )
    missing = max(value.missing for value in status.food.values())
    if missing:  # "≥" above means "at least": some foods have no value for it
        painter.setPen(pen)
        text(QCoreApplication.translate("DayHeader", "≥ unknown: %s") % missing, scale=0.85)


class MealHeader(QHeaderView):
    """Meal names on the first row of each meal's block, with a line between blocks."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.setSectionsClickable(False)
        bold = QFont(self.font())
        bold.setBold(True)
        self.setFont(bold)

    def paintSection(self, painter: QPainter, rect: QRect, section: int) -> None:
        super().paintSection(painter, rect, section)
        if section and self.model().index(section, 0).data(BLOCK_START_ROLE):
            painter.save()
            painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Dark), 2))
            painter.drawLine(rect.topLeft(), rect.topRight())
            painter.restore()


class EntryDelegate(QStyledItemDelegate):
    """A cell shows the food's name and its grams (a saved meal: its mark, name and servings);
    editing it edits the grams.

    The grams reach the plan as they are typed; Escape puts back what the entry had.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._before: dict[QWidget, tuple[QPersistentModelIndex, Entry]] = {}
        self.closeEditor.connect(self._on_close_editor)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        name, grams = opt.text, index.data(GRAMS_TEXT_ROLE) or ""
        opt.text = ""
        widget = option.widget
        style = widget.style() if widget else None
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        painter.save()
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        rect = opt.rect.adjusted(PAD, 0, -PAD, 0)
        if not opt.icon.isNull():  # a saved meal's mark, drawn by the style at the left
            rect.setLeft(rect.left() + opt.decorationSize.width() + PAD)
        metrics = opt.fontMetrics
        grams_width = metrics.horizontalAdvance(grams)
        painter.setPen(opt.palette.color(role))
        if name:
            painter.drawText(
                rect.adjusted(0, 0, -grams_width - PAD, 0),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(
                    name, Qt.TextElideMode.ElideRight, rect.width() - grams_width - PAD
                ),
            )
            if not selected:
                painter.setPen(opt.palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(
                rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, grams
            )
        if index.row() and index.data(BLOCK_START_ROLE):
            painter.setPen(QPen(opt.palette.color(QPalette.ColorRole.Dark), 2))
            painter.drawLine(opt.rect.topLeft(), opt.rect.topRight())
        painter.restore()

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex
    ) -> QWidget:
        editor = QDoubleSpinBox(parent)
        editor.setRange(0.5, MAX_GRAMS)
        editor.setDecimals(1)
        editor.setSuffix(" g")
        editor.setKeyboardTracking(True)
        editor.setAccessibleName(self.tr("Grams"))
        editor.setFrame(False)
        editor.setAlignment(Qt.AlignmentFlag.AlignRight)
        # Every keystroke goes to the plan at once, so the day's totals follow the typing;
        # the undo stack merges them into one step.
        editor.valueChanged.connect(lambda _: self.commitData.emit(editor))
        self._before[editor] = (
            QPersistentModelIndex(index),
            dataclasses.replace(index.model().entry(index)),
        )
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        grams = index.data(Qt.ItemDataRole.EditRole)
        if grams is not None and abs(editor.value() - grams) > 1e-9:
            editor.setValue(grams)

    def setModelData(self, editor: QWidget, model, index: QModelIndex) -> None:
        editor.interpretText()
        model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)

    def _on_close_editor(self, editor: QWidget, hint: QStyledItemDelegate.EndEditHint) -> None:
        index, entry = self._before.pop(editor, (None, None))
        if (
            hint == QStyledItemDelegate.EndEditHint.RevertModelCache
            and index is not None
            and index.isValid()
        ):
            editor.blockSignals(True)  # its value is about to be set back, not typed
            index.model().set_amount(index, entry.grams, entry.portions)


class WeekView(QTableView):
    day_selected = Signal(int)  # the current cell moved to another day
    empty_cell_activated = Signal()  # Enter on a free cell: time to pick a food

    def __init__(self, model: WeekModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHorizontalHeader(DayHeader(self))
        self.setVerticalHeader(MealHeader(self))
        self.setModel(model)
        self.setItemDelegate(EntryDelegate(self))
        scroll_bars.flatten(self)
        self.setAccessibleName(self.tr("Week plan"))
        self.setTabKeyNavigation(False)  # Tab leaves the grid; arrows move inside it
        self.setWordWrap(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragDropOverwriteMode(True)  # drop on a cell, never between rows
        self.setDropIndicatorShown(True)
        self.setCornerButtonEnabled(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 2 * ROW_PAD)
        self.selectionModel().currentChanged.connect(self._on_current_changed)
        self.activated.connect(self._on_activated)
        model.day_status_changed.connect(self.horizontalHeader().update_section)
        self.select(model.index(0, 0))

    def model(self) -> WeekModel:
        return super().model()

    def needed_width(self) -> int:
        """The width that shows all seven days at their narrowest, with the meal names and a
        vertical scroll bar, so a first layout never hides Sunday."""
        days = self.horizontalHeader().minimumSectionSize() * self.model().columnCount()
        return (
            days
            + self.verticalHeader().sizeHint().width()
            + 2 * self.frameWidth()
            + self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        )

    def current_day(self) -> int:
        index = self.currentIndex()
        return index.column() if index.isValid() else 0

    def current_cell(self) -> tuple[int, str, int]:
        """Where an added food goes: the current cell's day, meal and position."""
        index = self.currentIndex()
        if not index.isValid():
            index = self.model().index(0, 0)
        return self.model().insert_position(index)

    def selected_slots(self) -> list[Slot]:
        indexes = self.selectionModel().selectedIndexes() or [self.currentIndex()]
        return [s for s in (self.model().slot(i) for i in indexes if i.isValid()) if s]

    def select(self, index: QModelIndex) -> None:
        """Make a cell current and the only one selected, whatever modifier keys are down."""
        self.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.scrollTo(index)

    def select_cell(self, day: int, meal: str, position: int) -> None:
        self.select(self.model().index_of(day, meal, position))

    def select_day(self, day: int) -> None:
        index = self.currentIndex()
        row = index.row() if index.isValid() else 0
        self.select(self.model().index(row, day))

    def startDrag(self, actions: Qt.DropAction) -> None:
        """Drag the current entry alone, and leave the removal to the drop (one undo step)."""
        index = self.currentIndex()
        if self.model().slot(index) is None:
            return
        drag = QDrag(self)
        drag.setMimeData(self.model().mimeData([index]))
        rect = self.visualRect(index)
        drag.setPixmap(self.viewport().grab(rect))
        drag.exec(Qt.DropAction.MoveAction | Qt.DropAction.CopyAction, Qt.DropAction.MoveAction)

    def _on_current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if current.isValid() and current.column() != previous.column():
            self.horizontalHeader().set_current_day(current.column())
            self.day_selected.emit(current.column())

    def _on_activated(self, index: QModelIndex | QPersistentModelIndex) -> None:
        if self.model().slot(index) is None:
            self.empty_cell_activated.emit()
        elif self.state() != QAbstractItemView.State.EditingState:
            self.edit(index)
