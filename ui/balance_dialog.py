"""Balance Day and Balance Week: the proposed swaps and additions, each with a tick box, and
every day's magnesium, calcium, vitamin D (food and supplements) and Ca:Mg before and after
the ticked ones. Apply puts the ticked changes in the plan as one undo step.

`propose` works the changes out off the window's thread, with a progress dialog and Cancel.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.balance import BalanceResult, Bound, Unmet, balance
from planner.changes import Change, apply_changes
from planner.targets import TARGET_NUTRIENTS
from planner.totals import Assessment, DayStatus, Status, assess
from ui import icons, labels
from ui.plan_document import PlanDocument
from ui.progress import Cancelled, run_with_progress

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def propose(
    document: PlanDocument, days: list[int] | None, parent: QWidget
) -> BalanceResult | None:
    """The changes for the days (every day when None), or None when the user cancels."""
    plan, foods, targets = document.plan, document.foods, document.targets
    try:
        return run_with_progress(
            parent,
            QCoreApplication.translate("BalanceDialog", "Working out the changes…"),
            lambda progress: balance(plan, foods, targets, days, progress=progress),
            name="balance_progress",
        )
    except Cancelled:
        return None


class BalanceDialog(QDialog):
    """The proposal for some days of the document's plan, to tick and apply."""

    def __init__(
        self,
        document: PlanDocument,
        proposal: BalanceResult,
        lang: str = "en",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.proposal = proposal
        self.lang = lang
        self.setObjectName("balance_dialog")
        plan = document.plan
        one_day = len(proposal.days + proposal.skipped) == 1
        if one_day:
            day = (proposal.days + proposal.skipped)[0]
            self.setWindowTitle(
                self.tr("Balance %s") % labels.weekday(plan.days[day].date, long=True)
            )
        else:
            self.setWindowTitle(self.tr("Balance the Week"))
        self.resize(1060, 440 if one_day else 660)
        # Caffeine is shown where it has a limit: in pregnancy and breastfeeding.
        self.caffeine = document.targets.caffeine is not None

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.changes = QTreeWidget()
        self.changes.setObjectName("balance_changes")
        self.changes.setAccessibleName(self.tr("Proposed changes; untick those you do not want"))
        self.changes.setRootIsDecorated(False)
        self.changes.setUniformRowHeights(True)
        self.changes.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.changes.setHeaderLabels(
            [
                self.tr("Change"),
                self.tr("Where"),
                "Mg (mg)",
                "Ca (mg)",
                self.tr("Vit. D (µg)"),
                "kcal",
            ]
        )
        for change in self.proposal.changes:
            self.changes.addTopLevelItem(self._change_item(change))
        self._fit(self.changes)
        changes_label = QLabel(self.tr("&Changes:"))
        changes_label.setBuddy(self.changes)

        self.days = QTreeWidget()
        self.days.setObjectName("balance_days")
        self.days.setAccessibleName(self.tr("Each day before and after the ticked changes"))
        self.days.setRootIsDecorated(False)
        self.days.setUniformRowHeights(True)
        self.days.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        headers = [self.tr("Day")]
        for name in (
            [labels.short(k) for k in TARGET_NUTRIENTS]
            + ["Ca:Mg"]
            + ([labels.nutrient("caffeine")] if self.caffeine else [])
        ):
            headers += [self.tr("%s before") % name, self.tr("after")]
        self.days.setHeaderLabels(headers)
        days_label = QLabel(
            self.tr("&Before and after (food and supplements; Ca:Mg from food, an indicator):")
        )
        days_label.setBuddy(self.days)

        self.unmet = QLabel()
        self.unmet.setObjectName("balance_unmet")
        self.unmet.setWordWrap(True)
        self.unmet.setStyleSheet(f"color: {icons.COLOURS[Status.LOW].name()};")

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Apply | QDialogButtonBox.StandardButton.Cancel
        )
        self.apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Apply)
        self.apply_button.setDefault(True)
        self.apply_button.clicked.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(changes_label)
        layout.addWidget(self.changes, 3)
        layout.addWidget(days_label)
        layout.addWidget(self.days, 2)
        layout.addWidget(self.unmet)
        layout.addWidget(self.buttons)

        self.changes.itemChanged.connect(self._on_changes_item_changed)
        self._refresh()

    # --- what the user chose ------------------------------------------------------------------

    def kept_changes(self) -> list[Change]:
        return [
            change
            for i, change in enumerate(self.proposal.changes)
            if self.changes.topLevelItem(i).checkState(0) == Qt.CheckState.Checked
        ]

    def set_kept(self, index: int, kept: bool) -> None:
        self.changes.topLevelItem(index).setCheckState(
            0, Qt.CheckState.Checked if kept else Qt.CheckState.Unchecked
        )

    def accept(self) -> None:
        """Put the ticked changes in the plan: one undo step, whatever the number of days."""
        kept = self.kept_changes()
        if kept:
            balanced = apply_changes(self.document.plan, kept)
            days = sorted({change.day for change in kept})
            self.document.replace_days(
                {day: balanced.days[day].meals for day in days}, self.windowTitle()
            )
        super().accept()

    # --- showing it ---------------------------------------------------------------------------

    def _on_changes_item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if column == 0:
            self._refresh()

    def _refresh(self) -> None:
        kept = self.kept_changes()
        after = assess(
            apply_changes(self.document.plan, kept), self.document.foods, self.document.targets
        )
        self._fill_days(self.proposal.before, after)
        energy = sum(change.effects["energy_kcal"] for change in kept)
        if not self.proposal.changes:
            self.summary.setText(
                self.tr(
                    "No change is needed or possible: the days are as "
                    "balanced as the foods allowed."
                )
            )
        else:
            swaps = sum(change.is_swap for change in kept)
            self.summary.setText(
                self.tr("%s of %s changes ticked (%s swaps), %s kcal. Untick any you do not want.")
                % (len(kept), len(self.proposal.changes), swaps, _signed(energy, "energy"))
            )
        self.apply_button.setEnabled(bool(kept))
        lines = [self._unmet_text(u) for u in self.proposal.unmet]
        lines += [
            self.tr("Nothing is planned on %s: it is left as it is.")
            % labels.weekday(self.document.plan.days[d].date, long=True)
            for d in self.proposal.skipped
        ]
        self.unmet.setText("\n".join(lines))
        self.unmet.setVisible(bool(lines))

    def _change_item(self, change: Change) -> QTreeWidgetItem:
        if change.is_swap:
            text = self.tr("Swap %s (%s) for %s (%s)") % (
                self._name(change.replaces.food_id),
                labels.grams(change.replaces.grams),
                self._name(change.food_id),
                labels.grams(change.grams),
            )
        else:
            text = self.tr("+%s %s") % (
                self._amount(change.food_id, change.grams, change.portions),
                self._name(change.food_id),
            )
            if not change.is_new_entry:
                text += self.tr(" (more of what is planned)")
        where = f"{labels.weekday(change.date)}, {labels.meal(change.meal).lower()}"
        effects = change.effects
        item = QTreeWidgetItem(
            [text, where]
            + [
                _signed(effects[column], key)
                for column, key in (
                    ("magnesium_mg", "magnesium"),
                    ("calcium_mg", "calcium"),
                    ("vitamin_d_ug", "vitamin_d"),
                    ("energy_kcal", "energy"),
                )
            ]
        )
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(0, Qt.CheckState.Checked)
        for column in range(2, 6):
            item.setTextAlignment(column, RIGHT)
        item.setToolTip(
            0,
            self.tr("%s, %s: %s mg magnesium, %s mg calcium, %s kcal")
            % (
                text,
                where,
                _signed(effects["magnesium_mg"], "magnesium"),
                _signed(effects["calcium_mg"], "calcium"),
                _signed(effects["energy_kcal"], "energy"),
            ),
        )
        return item

    def _name(self, food_id: str) -> str:
        return self.document.food_name(food_id, self.lang)

    def _amount(self, food_id: str, grams: float, portions: float | None) -> str:
        """'70 g', or '70 g (2 × 1 slice)' when counted in household portions."""
        text = labels.grams(grams)
        if portions is not None and food_id in self.document.foods:
            text += f" ({_portions(portions)} × {self.document.foods.portion(food_id, self.lang)})"
        return text

    def _fill_days(self, before: Assessment, after: Assessment) -> None:
        self.days.clear()
        for day in sorted(self.proposal.days + self.proposal.skipped):
            b, a = before.days[day], after.days[day]
            item = QTreeWidgetItem([labels.weekday(b.date)])
            column = 1
            for key in TARGET_NUTRIENTS:
                for status in (b, a):
                    self._set_status(item, column, key, status)
                    column += 1
            for status in (b, a):
                item.setText(
                    column, "–" if status.ratio is None else labels.number(status.ratio, 2)
                )
                item.setToolTip(column, labels.ratio_status(status.ratio_status))
                item.setTextAlignment(column, RIGHT)
                column += 1
            if self.caffeine:
                limit = self.document.targets.caffeine.amount
                for assessment in (before, after):
                    caffeine = float(assessment.totals.known["caffeine_mg"].iat[day])
                    item.setText(column, f"{labels.amount(caffeine, 'caffeine')} mg")
                    if caffeine > limit:
                        item.setIcon(column, icons.status_icon(Status.ABOVE_LIMIT))
                        item.setToolTip(column, labels.status(Status.ABOVE_LIMIT))
                    item.setTextAlignment(column, RIGHT)
                    column += 1
            self.days.addTopLevelItem(item)
        self._fit(self.days, stretch=False)

    def _set_status(self, item: QTreeWidgetItem, column: int, key: str, day: DayStatus) -> None:
        """The amount from food and supplements with its flag, an icon and words (for screen
        readers and tooltips)."""
        total = day.with_supplements[key]
        flag = total.status
        item.setText(column, f"{labels.at_least(total, key)} {labels.unit(key)}")
        item.setIcon(column, icons.status_icon(flag))
        item.setToolTip(column, labels.status(flag))
        item.setData(
            column,
            Qt.ItemDataRole.AccessibleTextRole,
            f"{item.text(column)}, {labels.status(flag)}",
        )
        item.setData(column, Qt.ItemDataRole.UserRole, flag)
        item.setTextAlignment(column, RIGHT)

    def _unmet_text(self, unmet: Unmet) -> str:
        day = labels.weekday(unmet.date, long=True)
        return {
            Bound.MAGNESIUM_TARGET: self.tr("Could not reach the magnesium target on %s."),
            Bound.CALCIUM_TARGET: self.tr("Calcium stays below its target on %s."),
            Bound.CALCIUM_LIMIT: self.tr("Calcium stays above its upper limit on %s."),
            Bound.VITAMIN_D_LIMIT: self.tr("Vitamin D stays above its upper limit on %s."),
        }[unmet.bound] % day

    @staticmethod
    def _fit(tree: QTreeWidget, stretch: bool = True) -> None:
        """Columns as wide as their contents; the first takes what is left when stretch."""
        header = tree.header()
        header.setStretchLastSection(False)
        for column in range(tree.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        if stretch:
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)


def _signed(value: float, key: str) -> str:
    """'+178', '-12', '+0.4', '0'; '?' for a value the table lacks."""
    if value != value:
        return "?"
    rounded = round(value, 1 if key == "vitamin_d" else 0)
    if not rounded:
        return "0"
    return ("+" if rounded > 0 else "-") + labels.amount(abs(rounded), key)


def _portions(count: float) -> str:
    """1.5 -> '1½', 0.5 -> '½', 2 -> '2'; anything else with one decimal."""
    whole, rest = divmod(count, 1)
    if rest in (0.0, 0.5):
        return f"{int(whole) or ''}{'½' if rest else ''}"
    return labels.number(count, 1)
