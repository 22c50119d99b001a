"""The profile dialog: who the plan is for, their targets, household, supplements, Ca:Mg band."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from planner.messages import say
from planner.plan import PlanError, PlanSettings
from planner.targets import TARGET_NUTRIENTS, DailyTargets, Profile, ProfileError
from ui import dialogs, labels


class ProfileDialog(QDialog):
    """Edits a PlanSettings; check() gives the targets or raises for values that do not fit."""

    def __init__(
        self,
        settings: PlanSettings,
        check: Callable[[PlanSettings], DailyTargets],
        parent: QWidget | None = None,
        lang: str = "en",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Profile"))
        self._check = check
        self.lang = lang
        profile = settings.profile

        self.sex = QComboBox()
        self.sex.addItem(self.tr("Woman"), "F")
        self.sex.addItem(self.tr("Man"), "M")
        self.sex.setCurrentIndex(self.sex.findData(profile.sex))
        self.age = QSpinBox()
        self.age.setRange(18, 120)
        self.age.setSuffix(self.tr(" years"))
        self.age.setValue(profile.age)
        self.life_stage = QComboBox()
        self.life_stage.addItem(self.tr("Neither"), None)
        self.life_stage.addItem(self.tr("Pregnant"), "pregnancy")
        self.life_stage.addItem(self.tr("Breastfeeding"), "lactation")
        self.life_stage.setCurrentIndex(self.life_stage.findData(profile.life_stage))
        self.standard = QComboBox()
        for key, name in (
            ("nl", self.tr("Dutch Health Council (Gezondheidsraad)")),
            ("efsa", self.tr("European Food Safety Authority (EFSA)")),
            ("us", self.tr("US National Academies (NASEM)")),
        ):
            self.standard.addItem(name, key)
        self.standard.setCurrentIndex(self.standard.findData(profile.standard))

        person = QFormLayout()
        person.addRow(self.tr("&Sex:"), self.sex)
        person.addRow(self.tr("&Age:"), self.age)
        person.addRow(self.tr("&Pregnancy or breastfeeding:"), self.life_stage)
        person.addRow(self.tr("Reference s&tandard:"), self.standard)

        self.own: dict[str, QDoubleSpinBox] = {}
        own = QFormLayout()
        for key in TARGET_NUTRIENTS:
            spin = self._amount_spin(key, self.tr("from the standard"))
            spin.setValue(profile.own_targets.get(key, 0.0))
            self.own[key] = spin
            own.addRow(labels.nutrient(key) + ":", spin)

        self.household = QSpinBox()
        self.household.setRange(1, 50)
        self.household.setSuffix(self.tr(" people"))
        self.household.setValue(settings.household_size)
        self.supplements: dict[str, QDoubleSpinBox] = {}
        extras = QFormLayout()
        extras.addRow(self.tr("&Household size:"), self.household)
        for key, column in TARGET_NUTRIENTS.items():
            spin = self._amount_spin(key, self.tr("none"))
            spin.setValue(settings.supplements.get(column, 0.0))
            self.supplements[column] = spin
            extras.addRow(self.tr("%s supplement a day:") % labels.nutrient(key), spin)

        self.band_low, self.band_high = QDoubleSpinBox(), QDoubleSpinBox()
        for spin, value in (
            (self.band_low, settings.ratio_band[0]),
            (self.band_high, settings.ratio_band[1]),
        ):
            spin.setRange(0.1, 19.9)
            spin.setDecimals(1)
            spin.setSingleStep(0.1)
            spin.setValue(value)
        self.band_low.setAccessibleName(self.tr("Ca:Mg band from"))
        self.band_high.setAccessibleName(self.tr("Ca:Mg band to"))
        band_row = QHBoxLayout()
        band_row.addWidget(self.band_low)
        band_row.addWidget(QLabel(self.tr("to")))
        band_row.addWidget(self.band_high)
        band_row.addStretch(1)
        band = QVBoxLayout()
        band.addLayout(band_row)
        note = QLabel(
            self.tr(
                "No authority sets a calcium to magnesium ratio; about 1.7 to 2.6 is "
                "discussed in the literature. It is shown as an indicator only."
            )
        )
        note.setWordWrap(True)
        band.addWidget(note)
        self.ratio_nudge = QCheckBox(self.tr("&Nudge the ratio toward the band when balancing"))
        self.ratio_nudge.setToolTip(
            self.tr(
                "Balancing then prefers changes that bring the ratio "
                "closer to the band, without large changes for it."
            )
        )
        self.ratio_nudge.setChecked(settings.ratio_nudge)
        band.addWidget(self.ratio_nudge)

        self.targets = QLabel()
        self.targets.setWordWrap(True)
        self.targets.setAccessibleName(self.tr("Resulting daily targets"))

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        for title, content in (
            (self.tr("Person"), person),
            (self.tr("Own daily targets"), own),
            (self.tr("Household and supplements"), extras),
            (self.tr("Ca:Mg band"), band),
        ):
            box = QGroupBox(title)
            box.setLayout(content)
            layout.addWidget(box)
        layout.addWidget(self.targets)
        layout.addWidget(buttons)

        self.sex.currentIndexChanged.connect(self._on_changed)
        for widget in (self.age, *self.own.values(), self.band_low, self.band_high):
            widget.valueChanged.connect(self._on_changed)
        for combo in (self.life_stage, self.standard):
            combo.currentIndexChanged.connect(self._on_changed)
        self._on_changed()

    def _amount_spin(self, key: str, none_text: str) -> QDoubleSpinBox:
        spin = QDoubleSpinBox()
        spin.setRange(0, 5000)
        spin.setDecimals(1 if key == "vitamin_d" else 0)
        spin.setSuffix(" " + labels.unit(key))
        spin.setSpecialValueText(none_text)  # shown at 0
        spin.setAccessibleName(labels.nutrient(key))
        return spin

    def result_settings(self) -> PlanSettings:
        """The settings as entered; ProfileError for a combination no profile allows."""
        own = {key: spin.value() for key, spin in self.own.items() if spin.value() > 0}
        profile = Profile(
            sex=self.sex.currentData(),
            age=self.age.value(),
            life_stage=self.life_stage.currentData(),
            standard=self.standard.currentData(),
            own_targets=own,
        )
        return PlanSettings(
            profile,
            self.household.value(),
            {c: s.value() for c, s in self.supplements.items() if s.value() > 0},
            (self.band_low.value(), self.band_high.value()),
            self.ratio_nudge.isChecked(),
        )

    def _on_changed(self) -> None:
        man = self.sex.currentData() == "M"
        if man:
            self.life_stage.setCurrentIndex(0)
        self.life_stage.setEnabled(not man)
        try:
            targets = self._check(self.result_settings())
        except (ProfileError, PlanError) as err:
            self.targets.setText(say(err, self.lang))
            return
        self.targets.setText(
            self.tr("Daily targets: %s")
            % ", ".join(
                f"{labels.nutrient(k)} {labels.amount(targets.target(k), k)} {labels.unit(k)}"
                for k in TARGET_NUTRIENTS
            )
        )

    def accept(self) -> None:
        try:
            self._check(self.result_settings())
        except (ProfileError, PlanError) as err:
            dialogs.show_error(self, self.tr("Profile"), say(err, self.lang))
            return
        super().accept()
