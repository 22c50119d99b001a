"""The food tables: imported tables switched on and off with their source, importing a new one
(with a progress dialog, and a column mapping for any CSV), and the user's custom foods.

`changed` tells the composition root to build the combined food table again.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.importers import FoodImportError, detect_format, mapped_csv, read
from planner.importers.download import SR_LEGACY_URL, download
from planner.library import Library, LibraryError, TableInfo
from planner.messages import say
from ui.custom_food_dialog import CustomFoodDialog, nutrient_label
from ui.dialogs import row_table
from ui.progress import Cancelled, run_with_progress


class MappingDialog(QDialog):
    """Which column of a CSV holds the name, the id, the group and each nutrient.

    Shows the first rows as the file is read (delimiter and decimal separator detected) and
    starts from a guess made from the header names.
    """

    PREVIEW_ROWS = 20

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Columns of %s") % path.name)
        rows, layout = mapped_csv.preview(path, self.PREVIEW_ROWS)
        columns = [str(c) for c in rows.columns]
        guess = mapped_csv.guess_mapping(columns)

        self.preview = QTableWidget(len(rows), len(columns))
        self.preview.setObjectName("preview")
        self.preview.setHorizontalHeaderLabels(columns)
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for r, values in enumerate(rows.itertuples(index=False)):
            for c, value in enumerate(values):
                self.preview.setItem(r, c, QTableWidgetItem(str(value)))
        delimiter = {
            ",": self.tr("commas"),
            ";": self.tr("semicolons"),
            "\t": self.tr("tabs"),
            "|": self.tr("pipes"),
        }[layout.delimiter]
        decimal = self.tr("decimal comma") if layout.decimal == "," else self.tr("decimal point")
        read_as = QLabel(
            self.tr(
                "Read as: columns separated by %s, %s. Figures are taken per "
                "100 g, in the unit the field names."
            )
            % (delimiter, decimal)
        )
        read_as.setWordWrap(True)

        self.choosers: dict[str, QComboBox] = {}
        form = QFormLayout()
        for field in mapped_csv.FIELDS:
            combo = QComboBox()
            combo.setObjectName(field)
            combo.addItem(self.tr("(none)"), None)
            for column in columns:
                combo.addItem(column, column)
            if field in guess:
                combo.setCurrentIndex(columns.index(guess[field]) + 1)
            combo.currentIndexChanged.connect(self._on_mapping_changed)
            self.choosers[field] = combo
            form.addRow(self._field_label(field) + ":", combo)
        self.prefix = QLineEdit("csv")
        self.prefix.setObjectName("prefix")
        self.prefix.setToolTip(self.tr("Ids become prefix:id; lower-case letters only"))
        form.addRow(self.tr("Id &prefix:"), self.prefix)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(read_as)
        layout.addWidget(self.preview, 1)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._on_mapping_changed()

    def _field_label(self, field: str) -> str:
        words = {
            "id": self.tr("Id"),
            "name": self.tr("Name"),
            "name_nl": self.tr("Dutch name"),
            "group": self.tr("Group"),
            "portion": self.tr("Portion (words)"),
            "portion_g": self.tr("Portion (g)"),
        }
        return words[field] if field in words else nutrient_label(field)

    def mapping(self) -> dict[str, str]:
        return {
            field: combo.currentData()
            for field, combo in self.choosers.items()
            if combo.currentData() is not None
        }

    def _on_mapping_changed(self) -> None:
        # A table needs at least the names.
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled("name" in self.mapping())


class LibraryDialog(QDialog):
    changed = Signal()  # tables or custom foods changed: rebuild the food table
    progressed = Signal(int, int)  # bytes done and total, while importing or downloading

    COLUMNS = ("on", "table", "source", "foods", "file", "imported")

    def __init__(
        self,
        library: Library,
        parent: QWidget | None = None,
        usda_url: str = SR_LEGACY_URL,
        lang: str = "en",
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.lang = lang
        self.usda_url = usda_url
        self.setWindowTitle(self.tr("Food tables"))
        self.resize(760, 480)

        tables_title = self.tr("Imported tables")
        headers = [
            self.tr("On"),
            self.tr("Table"),
            self.tr("Source"),
            self.tr("Foods"),
            self.tr("File"),
            self.tr("Imported"),
        ]
        self.tables = row_table(tables_title, headers, {self.COLUMNS.index("file")})
        self.tables.setObjectName("tables")
        self.tables.itemChanged.connect(self._on_tables_item_changed)
        import_button = QPushButton(self.tr("&Import a table…"))
        import_button.clicked.connect(self._on_import_clicked)
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.clicked.connect(self.remove_selected_table)
        download_button = QPushButton(self.tr("&Download the USDA table"))
        download_button.setToolTip(self.tr("USDA SR Legacy, about 7,800 foods, public domain"))
        download_button.clicked.connect(self.download_usda)
        buttons = QHBoxLayout()
        buttons.addWidget(import_button)
        buttons.addWidget(download_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch()
        note = QLabel(
            self.tr(
                "USDA FoodData Central (zip or folder), NEVO (CSV), Ciqual (xlsx, "
                "xls or XML) or any CSV. Imported tables stay in your own data folder; "
                "plans refer to foods by id, so a plan keeps foods of a table "
                "that is off, shown as unknown."
            )
        )
        note.setWordWrap(True)
        table_box = QGroupBox(tables_title)
        table_layout = QVBoxLayout(table_box)
        table_layout.addWidget(self.tables)
        table_layout.addLayout(buttons)
        table_layout.addWidget(note)

        self.custom = QListWidget()
        self.custom.setObjectName("custom_foods")
        self.custom.itemActivated.connect(self.edit_custom_food)
        new_food = QPushButton(self.tr("&New…"))
        new_food.clicked.connect(lambda: self.edit_custom_food(None))
        change_food = QPushButton(self.tr("&Change…"))
        change_food.clicked.connect(lambda: self.edit_custom_food(self.custom.currentItem()))
        remove_food = QPushButton(self.tr("Remo&ve"))
        remove_food.clicked.connect(self.remove_custom_food)
        food_buttons = QHBoxLayout()
        for button in (new_food, change_food, remove_food):
            food_buttons.addWidget(button)
        food_buttons.addStretch()
        custom_box = QGroupBox(self.tr("Your own foods"))
        custom_layout = QVBoxLayout(custom_box)
        custom_layout.addWidget(self.custom)
        custom_layout.addLayout(food_buttons)

        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(table_box, 3)
        layout.addWidget(custom_box, 2)
        layout.addWidget(self.status)
        layout.addWidget(close)
        self.food_dialog: CustomFoodDialog | None = None
        self.refresh()

    # --- showing ------------------------------------------------------------------------

    def refresh(self) -> None:
        infos = self.library.tables()
        self.tables.blockSignals(True)
        self.tables.setRowCount(len(infos))
        for row, info in enumerate(infos):
            switch = QTableWidgetItem()
            switch.setFlags(
                Qt.ItemFlag.ItemIsUserCheckable
                | Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
            )
            switch.setCheckState(Qt.CheckState.Checked if info.enabled else Qt.CheckState.Unchecked)
            switch.setData(Qt.ItemDataRole.UserRole, info.name)
            switch.setData(
                Qt.ItemDataRole.AccessibleTextRole,
                self.tr("on") if info.enabled else self.tr("off"),
            )
            self.tables.setItem(row, 0, switch)
            texts = (
                info.name,
                self._source(info),
                f"{info.foods:,}",
                info.file,
                info.imported.replace("T", " "),
            )
            for column, text in enumerate(texts, start=1):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.tables.setItem(row, column, item)
        self.tables.blockSignals(False)
        self.remove_button.setEnabled(bool(infos))
        self.custom.clear()
        foods = self.library.custom_foods()
        for food in foods.itertuples(index=False):
            item = QListWidgetItem(f"{food.name_en}  ({food.food_id})")
            item.setData(Qt.ItemDataRole.UserRole, food.food_id)
            self.custom.addItem(item)

    def _source(self, info: TableInfo) -> str:
        name = {
            "usda": "USDA FoodData Central",
            "nevo": "NEVO (RIVM)",
            "ciqual": "Ciqual (ANSES)",
            "csv": self.tr("CSV file"),
        }.get(info.source, info.source)
        return f"{name} {info.version}".strip()

    # --- tables -------------------------------------------------------------------------

    def _on_tables_item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() != 0:
            return
        on = item.checkState() == Qt.CheckState.Checked
        self.library.set_enabled(item.data(Qt.ItemDataRole.UserRole), on)
        self.refresh()
        self.changed.emit()

    def _on_import_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import a food table"),
            "",
            self.tr("Food tables (*.zip *.csv *.txt *.xlsx *.xls *.xml);;All files (*)"),
        )
        if path:
            self.import_file(Path(path))

    def import_file(
        self, path: Path, mapping: dict[str, str] | None = None, prefix: str = "csv"
    ) -> TableInfo | None:
        """Read and save a table; a CSV without a mapping asks for one first."""
        try:
            format = detect_format(path)
            if format == "csv" and mapping is None:
                mapping, prefix = self._ask_mapping(path)
                if mapping is None:
                    return None
            info = run_with_progress(
                self,
                self.tr("Reading %s…") % path.name,
                lambda progress: self.library.add(read(path, format, mapping, prefix, progress)),
                self.progressed.emit,
                self.tr("Saving…"),
                "import_progress",
            )
        except Cancelled:
            self.status.setText(self.tr("Import cancelled; nothing was changed."))
            return None
        except (FoodImportError, LibraryError, OSError) as err:
            self.status.setText(
                self.tr("Not imported: %s. Nothing was changed.") % say(err, self.lang)
            )
            return None
        skipped = sum(info.skipped.values())
        magnesium = info.coverage.get("magnesium_mg", 0)
        status = self.tr("Imported %s foods from %s; %s skipped; magnesium known for %s.") % (
            f"{info.foods:,}",
            info.file,
            f"{skipped:,}",
            f"{magnesium:,}",
        )
        for name in info.replaced:
            status += " " + self.tr("It replaces the older edition %s.") % name
        self.status.setText(status)
        self.refresh()
        self.changed.emit()
        return info

    def _ask_mapping(self, path: Path) -> tuple[dict[str, str] | None, str]:
        dialog = MappingDialog(path, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None, ""
        return dialog.mapping(), dialog.prefix.text().strip()

    def download_usda(self) -> TableInfo | None:
        """Fetch USDA's SR Legacy zip into the data folder, import it, and drop the zip."""
        dest = self.library.folder / "downloads" / self.usda_url.rsplit("/", 1)[-1]
        try:
            run_with_progress(
                self,
                self.tr("Downloading the USDA table…"),
                lambda progress: download(self.usda_url, dest, progress),
                self.progressed.emit,
                self.tr("Saving…"),
                "import_progress",
            )
        except Cancelled:
            self.status.setText(self.tr("Download cancelled; nothing was changed."))
            return None
        except (FoodImportError, OSError) as err:
            self.status.setText(self.tr("Not downloaded: %s") % say(err, self.lang))
            return None
        try:
            return self.import_file(dest)
        finally:
            dest.unlink(missing_ok=True)

    def remove_selected_table(self) -> None:
        row = self.tables.currentRow()
        if row < 0:
            return
        name = self.tables.item(row, 0).data(Qt.ItemDataRole.UserRole)
        self.library.remove(name)
        self.status.setText(self.tr("Removed %s; import the file again to bring it back.") % name)
        self.refresh()
        self.changed.emit()

    # --- custom foods -------------------------------------------------------------------

    def edit_custom_food(self, item: QListWidgetItem | None) -> None:
        food = None
        if item is not None:
            foods = self.library.custom_foods().set_index("food_id", drop=False)
            food = foods.loc[item.data(Qt.ItemDataRole.UserRole)].to_dict()
        self.food_dialog = CustomFoodDialog(self.library, food, self, self.lang)
        self.food_dialog.saved.connect(self._on_food_saved)
        self.food_dialog.open()

    def _on_food_saved(self, food_id: str) -> None:
        self.status.setText(self.tr("Saved %s.") % food_id)
        self.refresh()
        self.changed.emit()

    def remove_custom_food(self) -> None:
        item = self.custom.currentItem()
        if item is None:
            return
        self.library.remove_custom_food(item.data(Qt.ItemDataRole.UserRole))
        self.refresh()
        self.changed.emit()
