"""The shopping list in the window: boxes to tick (saved with the plan), days to shop for,
Copy as Text and Print.

Ticks and "always in stock" go through the document's undo stack like every other change.
The list is made again by planner.shopping after a change (a few milliseconds), and only while
it is shown: hidden, it waits to be shown. The tree keeps the lines of foods still on the list
and only sets what changed (grams typed change one amount), adds the new and takes away the
gone, so an edit repaints a line or two and lays nothing out again. A tick only updates its
own line, so ticking down the list with the keyboard keeps the place.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QSize, Qt, QTimer
from PySide6.QtGui import QFont, QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner import report
from planner.phrases import printout_words
from planner.plan import DAYS
from planner.shopping import ShoppingItem, ShoppingList, shopping_list
from ui import labels as words
from ui import scroll_bars
from ui.plan_document import PlanDocument
from ui.printing import Printing, shopping_printout

FOOD_ID = Qt.ItemDataRole.UserRole
TITLE = Qt.ItemDataRole.DisplayRole  # a section's heading


class ShoppingView(QWidget):
    """The list for the chosen days of the open plan, by store section."""

    def __init__(
        self,
        document: PlanDocument,
        printing: Printing,
        lang: str = "en",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.printing = printing
        self.lang = lang
        self.setObjectName("shopping_view")
        self._updating = False
        self._stale = True  # built when first shown

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.day_buttons: list[QToolButton] = []
        days = QHBoxLayout()
        days.setSpacing(2)
        for _ in range(DAYS):
            button = QToolButton()
            button.setCheckable(True)
            button.setChecked(True)
            button.setAutoRaise(True)
            button.toggled.connect(self._schedule_refresh)
            self.day_buttons.append(button)
            days.addWidget(button)
        days.addStretch(1)

        self.tree = QTreeWidget()
        scroll_bars.flatten(self.tree)
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Food"), self.tr("To buy")])
        self.tree.setAccessibleName(self.tr("Shopping list"))
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.setMinimumWidth(300)

        self.copy_button = QPushButton(self.tr("Copy as Text"))
        self.copy_button.clicked.connect(self.copy_as_text)
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.clicked.connect(self.print_preview)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.print_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addLayout(days)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.refresh)
        self.tree.itemChanged.connect(self._on_tree_item_changed)
        self.tree.customContextMenuRequested.connect(self._on_tree_context_menu)
        document.day_changed.connect(self._schedule_refresh)
        document.profile_changed.connect(self._schedule_refresh)
        document.plan_replaced.connect(self._schedule_refresh)
        document.in_stock_changed.connect(self._schedule_refresh)
        document.ticked_changed.connect(self._on_document_ticked_changed)

    def sizeHint(self) -> QSize:
        return QSize(420, 600)

    # --- what is shown ----------------------------------------------------------------------

    def chosen_days(self) -> list[int]:
        return [day for day, button in enumerate(self.day_buttons) if button.isChecked()]

    def shopping(self) -> ShoppingList:
        return shopping_list(
            self.document.plan, self.document.foods, self.chosen_days(), lang=self.lang
        )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _schedule_refresh(self) -> None:
        if self.isVisible():
            self._timer.start()  # several signals in one event-loop turn: one rebuild
        else:
            self._stale = True  # no rebuild on every edit while the dock is closed

    def refresh(self) -> None:
        self._timer.stop()
        self._stale = False
        plan = self.document.plan
        for day, button in zip(plan.days, self.day_buttons):
            button.setText(words.day_name(day.date))
            button.setToolTip(words.weekday(day.date, long=True))
        shopping = self.shopping()
        current = self.current_food_id()
        text = printout_words(self.lang)
        self.summary.setText(
            report.shopping_title(shopping, text)
            if shopping.dates
            else self.tr("Choose the days to shop for.")
        )
        sections = [
            (text.sections[section], items, True) for section, items in shopping.by_section()
        ]
        if shopping.in_stock:
            sections.append((text.in_stock, shopping.in_stock, False))
        self._updating = True
        self._show(sections, text)
        if shopping.unmatched:  # after the sections _show keeps: made anew each time
            heading = self._heading(text.unmatched)
            self.tree.addTopLevelItem(heading)
            for line, meal in shopping.unmatched:
                child = QTreeWidgetItem([f"{line} ({meal})"])
                child.setFlags(Qt.ItemFlag.ItemIsEnabled)
                child.setToolTip(
                    0,
                    self.tr("Not matched to a food: not counted, and not summed with other foods"),
                )
                heading.addChild(child)
            heading.setExpanded(True)
        self._updating = False
        if current is not None:
            self.select_food(current)
        self.copy_button.setEnabled(bool(shopping.items or shopping.in_stock))

    def _show(self, sections: list[tuple[str, list[ShoppingItem], bool]], text) -> None:
        """Make the tree show the sections (title, items, whether they can be ticked), keeping
        what it already shows. Sections come in a fixed order and lines sorted by name, so a
        heading or line that is not the next one wanted is either further on (those before it
        are gone) or new."""
        for i, (title, items, checkable) in enumerate(sections):
            heading = self._next(self.tree.invisibleRootItem(), i, TITLE, title)
            if heading is None:
                heading = self._heading(title)
                self.tree.insertTopLevelItem(i, heading)
                heading.setExpanded(True)
            for j, item in enumerate(items):
                line = self._next(heading, j, FOOD_ID, item.food_id)
                if line is None:
                    line = self._line(item, checkable)
                    heading.insertChild(j, line)
                self._fill_line(line, item, text)
            while heading.childCount() > len(items):
                heading.takeChild(len(items))
        while self.tree.topLevelItemCount() > len(sections):
            self.tree.takeTopLevelItem(len(sections))

    @staticmethod
    def _next(parent: QTreeWidgetItem, at: int, role: int, value: str) -> QTreeWidgetItem | None:
        """The child at `at` or further on whose data in role is value, with the children
        before it taken away; None (and nothing taken) when there is none."""
        for k in range(at, parent.childCount()):
            if parent.child(k).data(0, role) == value:
                for _ in range(k - at):
                    parent.takeChild(at)
                return parent.child(at)
        return None

    def _heading(self, title: str) -> QTreeWidgetItem:
        heading = QTreeWidgetItem([title])
        heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
        font = QFont(heading.font(0))
        font.setBold(True)
        heading.setFont(0, font)
        heading.setFirstColumnSpanned(True)
        return heading

    def _line(self, item: ShoppingItem, checkable: bool) -> QTreeWidgetItem:
        line = QTreeWidgetItem()
        line.setData(0, FOOD_ID, item.food_id)
        line.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        line.setFlags(flags | Qt.ItemFlag.ItemIsUserCheckable if checkable else flags)
        if checkable:  # a box to tick, from the start
            line.setCheckState(0, Qt.CheckState.Checked if item.ticked else Qt.CheckState.Unchecked)
        if not item.known:
            line.setToolTip(0, self.tr("Not in the food table"))
        return line

    def _fill_line(self, line: QTreeWidgetItem, item: ShoppingItem, text) -> None:
        """A line's words, amounts and tick; only what changed is set (and repainted)."""
        # The exact total is in the printout; here, where room is short, on hover.
        for column, value in ((0, item.name(self.lang)), (1, report.item_amount(item, text))):
            if line.text(column) != value:
                line.setText(column, value)
        exact = self.tr("Exact total: %s") % report.exact_amount(item, text)
        if line.toolTip(1) != exact:
            line.setToolTip(1, exact)
        self._show_tick(line, item.ticked)

    @staticmethod
    def _show_tick(line: QTreeWidgetItem, ticked: bool) -> None:
        """A line's box as ticked or not, set only if it changed (a line of foods in stock has
        none)."""
        state = Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        if line.flags() & Qt.ItemFlag.ItemIsUserCheckable and line.checkState(0) != state:
            line.setCheckState(0, state)

    def items(self) -> dict[str, QTreeWidgetItem]:
        """The lines by food id."""
        out = {}
        for i in range(self.tree.topLevelItemCount()):
            heading = self.tree.topLevelItem(i)
            for j in range(heading.childCount()):
                line = heading.child(j)
                out[line.data(0, FOOD_ID)] = line
        return out

    def current_food_id(self) -> str | None:
        item = self.tree.currentItem()
        return item.data(0, FOOD_ID) if item is not None else None

    def select_food(self, food_id: str) -> None:
        line = self.items().get(food_id)
        if line is not None:
            self.tree.setCurrentItem(line)

    # --- acting -----------------------------------------------------------------------------

    def copy_as_text(self) -> None:
        QGuiApplication.clipboard().setText(
            report.shopping_text(self.shopping(), printout_words(self.lang))
        )

    def print_preview(self) -> None:
        self.printing.preview(shopping_printout(self.shopping(), self.lang), self).exec()

    def _on_tree_item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        food_id = item.data(0, FOOD_ID)
        if self._updating or column != 0 or food_id is None:
            return
        ticked = item.checkState(0) == Qt.CheckState.Checked
        if ticked != (food_id in self.document.plan.ticked):
            self.document.set_ticked(food_id, ticked)

    def _on_document_ticked_changed(self, food_id: str) -> None:
        line = self.items().get(food_id)
        if line is None:
            return
        self._updating = True
        self._show_tick(line, food_id in self.document.plan.ticked)
        self._updating = False

    def _on_tree_context_menu(self, position: QPoint) -> None:
        item = self.tree.itemAt(position)
        food_id = item.data(0, FOOD_ID) if item is not None else None
        if food_id is None:
            return
        menu = QMenu(self)
        if food_id in self.document.plan.in_stock:
            menu.addAction(
                self.tr("Put on the Shopping List"),
                lambda: self.document.set_in_stock(food_id, False),
            )
        else:
            menu.addAction(
                self.tr("Always in Stock"), lambda: self.document.set_in_stock(food_id, True)
            )
        menu.exec(self.tree.viewport().mapToGlobal(position))
