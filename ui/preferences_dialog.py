"""Edit > Preferences: the window's language, applied the next time Magplan starts."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from planner.messages import LANGUAGE
from ui.settings import Settings


class PreferencesDialog(QDialog):
    """Saves the choice in the settings on OK; widgets already built keep their words."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self._settings = settings
        self.language = QComboBox()
        self.language.addItem(self.tr("As the system"), "")
        # Each language in its own words, so a user who cannot read the other finds theirs.
        for code, language in LANGUAGE.items():
            self.language.addItem(language.name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        note = QLabel(self.tr("A new language takes effect when Magplan starts again."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(note)
        form.addRow(buttons)

    def accept(self) -> None:
        self._settings.language = self.language.currentData()
        super().accept()
