"""The portion picker: an amount in the food's household portions or in grams."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QWidget,
)

from planner.plan import MAX_GRAMS


class PortionDialog(QDialog):
    """Portions and grams stay in step; typing grams directly drops the portion count."""

    def __init__(
        self,
        food_name: str,
        portion: str,
        portion_g: float,
        grams: float,
        portions: float | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Amount"))
        self.setMinimumWidth(340)
        self.portion_g = portion_g
        self.by_portion = portions is not None

        self.portions = QDoubleSpinBox()
        self.portions.setRange(0.25, MAX_GRAMS / portion_g)
        self.portions.setDecimals(2)
        self.portions.setSingleStep(0.5)
        self.portions.setSuffix(self.tr(" × %s (%s g)") % (portion, f"{portion_g:g}"))
        self.portions.setAccessibleName(self.tr("Portions"))
        self.grams = QDoubleSpinBox()
        self.grams.setRange(0.5, MAX_GRAMS)
        self.grams.setDecimals(1)
        self.grams.setSuffix(" g")
        self.grams.setAccessibleName(self.tr("Grams"))
        self.grams.setValue(grams)
        self.portions.setValue(portions if portions is not None else grams / portion_g)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        title = QLabel(food_name)
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        form.addRow(title)
        form.addRow(self.tr("&Portions:"), self.portions)
        form.addRow(self.tr("&Grams:"), self.grams)
        form.addRow(buttons)

        self.portions.valueChanged.connect(self._on_portions_changed)
        self.grams.valueChanged.connect(self._on_grams_changed)
        self.portions.setFocus()
        self.portions.selectAll()

    def amount(self) -> tuple[float, float | None]:
        """(grams, portions or None when entered in grams)."""
        return self.grams.value(), self.portions.value() if self.by_portion else None

    def _on_portions_changed(self, value: float) -> None:
        self.by_portion = True
        self.grams.blockSignals(True)
        self.grams.setValue(value * self.portion_g)
        self.grams.blockSignals(False)

    def _on_grams_changed(self, value: float) -> None:
        self.by_portion = False
        self.portions.blockSignals(True)
        self.portions.setValue(value / self.portion_g)
        self.portions.blockSignals(False)
