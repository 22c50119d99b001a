"""The food tables dialog, the CSV mapping dialog and the custom food dialog, driven by qtbot."""

import socket
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QProgressDialog

from planner import storage
from planner.importers import read
from planner.library import STAMP, Library
from planner.plan import Entry, Plan
from tests.test_importers_csv import DUTCH
from tests.test_importers_csv import write as write_csv
from tests.test_importers_download import server  # noqa: F401 - a fixture
from tests.test_importers_fdc import files, write_zip
from tests.test_importers_nevo import TEXT
from tests.test_importers_nevo import write as write_nevo
from tests.test_library import old_library, snapshot
from ui.custom_food_dialog import CustomFoodDialog
from ui.library_dialog import LibraryDialog, MappingDialog


@pytest.fixture
def library(tmp_path: Path) -> Library:
    return Library(tmp_path / "data")


@pytest.fixture
def dialog(qtbot, library: Library) -> LibraryDialog:
    dialog = LibraryDialog(library)
    qtbot.addWidget(dialog)
    return dialog


def test_import_shows_the_table_with_its_source(
    qtbot, dialog: LibraryDialog, tmp_path: Path, library: Library
) -> None:
    with qtbot.waitSignal(dialog.changed):
        info = dialog.import_file(write_zip(tmp_path, files()))
    assert info is not None and library.tables() == [info]
    assert dialog.tables.rowCount() == 1
    assert dialog.tables.item(0, 2).text() == "USDA FoodData Central SR Legacy 2018-04"
    assert dialog.tables.item(0, 3).text() == "5"
    assert dialog.tables.item(0, 0).checkState() == Qt.CheckState.Checked
    assert "Imported 5 foods" in dialog.status.text()


def test_switching_a_table_off_in_the_dialog(
    qtbot, dialog: LibraryDialog, tmp_path: Path, library: Library, foods
) -> None:
    dialog.import_file(write_nevo(tmp_path))
    with qtbot.waitSignal(dialog.changed):
        dialog.tables.item(0, 0).setCheckState(Qt.CheckState.Unchecked)
    assert library.tables()[0].enabled is False
    assert "nevo:2806" not in library.food_table(foods)
    dialog.tables.item(0, 0).setCheckState(Qt.CheckState.Checked)
    assert library.tables()[0].enabled is True and "nevo:2806" in library.food_table(foods)
    dialog.tables.selectRow(0)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert library.tables() == [] and dialog.tables.rowCount() == 0


def test_a_broken_file_is_named_and_changes_nothing(
    dialog: LibraryDialog, tmp_path: Path, library: Library
) -> None:
    dialog.import_file(write_nevo(tmp_path))
    before = snapshot(library.folder)
    broken = write_nevo(tmp_path, TEXT.replace("|79,3|", "|veel|"), name="NEVO2025_v9.0.csv")
    assert dialog.import_file(broken) is None
    assert "'veel' is not a number" in dialog.status.text()
    assert "Nothing was changed" in dialog.status.text()
    assert snapshot(library.folder) == before and dialog.tables.rowCount() == 1


def test_cancelling_the_progress_dialog_saves_nothing(
    dialog: LibraryDialog, tmp_path: Path, library: Library
) -> None:
    reports = []

    def cancel(done: int, total: int) -> None:
        reports.append(done)
        dialog.findChild(QProgressDialog, "import_progress").cancel()

    dialog.progressed.connect(cancel)  # Cancel at the reader's first progress report
    assert dialog.import_file(write_zip(tmp_path, files())) is None
    assert len(reports) == 1
    assert dialog.status.text() == "Import cancelled; nothing was changed."
    assert not library.folder.exists() or library.tables() == []


def test_progress_reaches_the_end(qtbot, dialog: LibraryDialog, tmp_path: Path) -> None:
    reports = []
    dialog.progressed.connect(lambda done, total: reports.append((done, total)))
    dialog.import_file(write_zip(tmp_path, files()))
    assert reports[-1][0] == reports[-1][1] > 0
    assert [d for d, _ in reports] == sorted(d for d, _ in reports)


def test_mapping_dialog_previews_and_guesses(
    qtbot, tmp_path: Path, dialog: LibraryDialog, library: Library
) -> None:
    path = write_csv(tmp_path, DUTCH)
    mapping = MappingDialog(path)
    qtbot.addWidget(mapping)
    assert mapping.preview.rowCount() == 4
    assert mapping.preview.item(0, 1).text() == "Havermout; volkoren"
    assert mapping.mapping()["magnesium_mg"] == "Mg (mg)"
    ok = mapping.buttons.button(QDialogButtonBox.StandardButton.Ok)
    mapping.choosers["name"].setCurrentIndex(0)  # (none)
    assert not ok.isEnabled()
    mapping.choosers["name"].setCurrentText("Naam")
    assert ok.isEnabled()
    mapping.prefix.setText("eigen")
    info = dialog.import_file(path, mapping.mapping(), mapping.prefix.text())
    assert info is not None and info.foods == 3
    assert library.food_table().row("eigen:101").magnesium_mg == 129.5


def test_custom_food_dialog_saves_what_was_typed(qtbot, library: Library) -> None:
    form = CustomFoodDialog(library)
    qtbot.addWidget(form)
    qtbot.keyClicks(form.name_en, "Grandma's muesli")
    qtbot.keyClicks(form.name_nl, "Oma's muesli")
    form.section.setCurrentIndex(form.section.findData("bread and cereals"))
    qtbot.keyClicks(form.figures["magnesium_mg"], "112,5")
    form.portion_g.setValue(45)
    qtbot.keyClicks(form.portion_en, "1 bowl")
    form.tags["vegan"].setChecked(True)
    with qtbot.waitSignal(form.saved) as saved:
        qtbot.mouseClick(
            form.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
        )
    assert saved.args == ["custom:grandma-s-muesli"]
    food = library.custom_foods().iloc[0]
    assert (
        food.name_nl,
        food.section,
        food.magnesium_mg,
        food.portion_g,
        food.vegan,
        food.vegetarian,
    ) == ("Oma's muesli", "bread and cereals", 112.5, 45, 1, 0)
    assert food.calcium_mg != food.calcium_mg  # left empty: unknown (NaN), not zero


def test_custom_food_dialog_refuses_a_wrong_figure(qtbot, library: Library) -> None:
    form = CustomFoodDialog(library)
    qtbot.addWidget(form)
    qtbot.keyClicks(form.name_en, "Muesli")
    qtbot.keyClicks(form.figures["calcium_mg"], "veel")
    qtbot.mouseClick(
        form.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    assert form.problem.isVisibleTo(form)
    assert "Calcium (mg): “veel” is not a number" in form.problem.text()
    assert not library.custom_path.exists()


def test_changing_a_custom_food_from_the_library_dialog(
    qtbot, dialog: LibraryDialog, library: Library
) -> None:
    library.save_custom_food(
        {"name_en": "Muesli", "magnesium_mg": 100.0, "portion_g": 40.0, "portion_en": "1 bowl"}
    )
    dialog.refresh()
    assert dialog.custom.count() == 1
    dialog.edit_custom_food(dialog.custom.item(0))
    form = dialog.food_dialog
    assert form.figures["magnesium_mg"].text() == "100"
    assert form.portion_g.value() == 40 and form.figures["calcium_mg"].text() == ""
    form.figures["magnesium_mg"].setText("120")
    with qtbot.waitSignal(dialog.changed):
        qtbot.mouseClick(
            form.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
        )
    foods = library.custom_foods()
    assert list(foods["food_id"]) == ["custom:muesli"] and foods["magnesium_mg"][0] == 120


def test_download_the_usda_table(qtbot, tmp_path: Path, library: Library, server) -> None:
    url, _ = server
    dialog = LibraryDialog(library, usda_url=f"{url}/sr.zip")
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.changed):
        info = dialog.download_usda()
    assert info is not None and info.name == "usda-sr-legacy"
    assert library.food_table().row("usda:15086").vitamin_d_ug == pytest.approx(16.7)
    assert list((library.folder / "downloads").iterdir()) == []  # the zip is not kept


def test_download_offline_says_so(qtbot, tmp_path: Path, library: Library) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    dialog = LibraryDialog(library, usda_url=f"http://127.0.0.1:{port}/sr.zip")
    qtbot.addWidget(dialog)
    assert dialog.download_usda() is None
    assert "are you offline?" in dialog.status.text()
    assert library.tables() == []


def test_a_newer_edition_and_a_legacy_excel_file(
    dialog: LibraryDialog, tmp_path: Path, library: Library
) -> None:
    from tests.test_library import nevo_2025

    dialog.import_file(write_nevo(tmp_path))
    info = dialog.import_file(nevo_2025(tmp_path))
    assert info is not None and info.replaced == ["nevo-online-2023-8-0"]
    assert dialog.status.text().endswith("It replaces the older edition nevo-online-2023-8-0.")
    assert dialog.tables.rowCount() == 1
    assert dialog.tables.item(0, 2).text() == "NEVO (RIVM) NEVO-Online 2025 9.0"
    xls = tmp_path / "Table Ciqual 2020_ENG_2020 07 07.xls"
    xls.write_bytes((Path(__file__).parent / "data" / "ciqual_2020.xls").read_bytes())
    assert dialog.import_file(xls).foods == 3
    assert (
        "Imported 3 foods from Table Ciqual 2020_ENG_2020 07 07.xls; 1 skipped"
        in dialog.status.text()
    )


def started_window(qtbot, tmp_path: Path, intakes):
    """The window as `magplan WEEK` starts it over the data folder, with a week that has
    30 g of NEVO's pumpkin seeds (592 mg magnesium per 100 g) on its first day."""
    from ui.app import build
    from ui.settings import Settings

    plan = Plan()
    plan.add(0, "breakfast", Entry("nevo:2806", 30))
    storage.save(plan, tmp_path / "week.json")
    window, problem = build(
        Settings.in_file(tmp_path / "settings.ini"),
        tmp_path / "data",
        tmp_path / "week.json",
        intakes=intakes,
    )
    assert problem is None
    qtbot.addWidget(window)
    window.show()
    return window


def magnesium_of_the_first_day(window) -> tuple[float, int]:
    status = window.document.assessment().days[0].food["magnesium"]
    return status.amount, status.missing


def test_imported_tables_are_in_the_window_from_the_start(
    qtbot, tmp_path: Path, intakes, library: Library
) -> None:
    library.add(read(write_nevo(tmp_path)))
    window = started_window(qtbot, tmp_path, intakes)
    window.plan_actions.rebuild_food_tables()  # nothing to rebuild
    assert window.plan_actions.food_tables_action.isEnabled()
    assert "nevo:2806" in window.document.foods
    assert magnesium_of_the_first_day(window) == (pytest.approx(30 / 100 * 592), 0)


def test_a_table_an_older_magplan_stored_is_rebuilt_while_the_window_works(
    qtbot, tmp_path: Path, intakes, library: Library
) -> None:
    old = old_library(library, read(write_nevo(tmp_path)))
    window = started_window(qtbot, tmp_path, intakes)
    # Until it is rebuilt, the week counts the seeds as a food without figures.
    assert "nevo:2806" not in window.document.foods
    assert magnesium_of_the_first_day(window) == (0, 1)
    window.plan_actions.rebuild_food_tables()
    assert old.name in window.statusBar().currentMessage()
    assert not window.plan_actions.food_tables_action.isEnabled()
    qtbot.waitUntil(lambda: "nevo:2806" in window.document.foods, timeout=10_000)
    assert magnesium_of_the_first_day(window) == (pytest.approx(30 / 100 * 592), 0)
    assert (
        window.plan_actions.food_tables_action.isEnabled()
        and window.statusBar().currentMessage() == ""
    )
    window.browser.search.setText("pompoenpitten")
    assert "nevo:2806" in [window.browser.model.food_id(r) for r in range(2)]
    assert library.tables()[0].stamp == STAMP
    other = window.open_window()  # as for a plan restored after a crash
    qtbot.addWidget(other)
    assert "nevo:2806" in other.document.foods and "nevo:2806" in other.browser.model.foods
