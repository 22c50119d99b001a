"""Files in the window: save and reopen, the unsaved-changes prompt, damaged files, autosave,
and what opens at start."""

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from planner import storage
from planner.plan import Plan
from ui.app import SAMPLE_WEEK, build
from ui.settings import Settings

PUMPKIN_SEEDS = "ciqual:15064"


def answer(button: QMessageBox.StandardButton, seen: list | None = None) -> None:
    """Click a button of the message box that is about to open."""

    def click():
        box = QApplication.activeModalWidget()
        if seen is not None:
            seen.append(box.text())
        box.button(button).click()

    QTimer.singleShot(0, click)


def test_first_start_opens_the_sample_week_as_an_untitled_copy(make_window):
    window, problem = make_window()
    assert problem is None
    assert storage.to_dict(window.document.plan) == storage.to_dict(storage.load(SAMPLE_WEEK))
    assert window.document.path is None and not window.document.is_modified()
    assert window.windowTitle() == "Untitled[*] — Magplan"


def test_save_close_reopen_gives_the_same_plan(make_window, tmp_path):
    window, _ = make_window()
    window.edit_actions.add_food(PUMPKIN_SEEDS)
    assert window.isWindowModified()
    path = tmp_path / "my week.json"
    assert window.file_actions.save_as(path)
    assert not window.isWindowModified() and window.windowTitle() == "my week.json[*] — Magplan"
    saved = storage.to_dict(window.document.plan)
    assert window.close()  # nothing unsaved: no question
    reopened, problem = make_window()  # the last plan reopens
    assert problem is None
    assert reopened.document.path == path.resolve()
    assert storage.to_dict(reopened.document.plan) == saved
    assert reopened.settings.recent_files == [path.resolve()]


def test_a_later_start_without_a_last_plan_opens_an_empty_week(make_window):
    first, _ = make_window()
    assert first.close()
    window, _ = make_window()
    assert window.document.plan.entries() == []


def test_closing_with_unsaved_changes_asks_and_cancel_keeps_the_window(make_window):
    window, _ = make_window()
    window.edit_actions.add_food(PUMPKIN_SEEDS)
    seen = []
    answer(QMessageBox.StandardButton.Cancel, seen)
    assert not window.close()
    assert seen == ["Save the changes to “Untitled”?"]
    assert window.isVisible() and window.document.is_modified()
    answer(QMessageBox.StandardButton.Discard)
    assert window.close()


def test_opening_with_unsaved_changes_asks_first(make_window, tmp_path):
    window, _ = make_window()
    other = tmp_path / "other.json"
    storage.save(Plan(), other)
    window.edit_actions.add_food(PUMPKIN_SEEDS)
    before = storage.to_dict(window.document.plan)
    answer(QMessageBox.StandardButton.Cancel)
    assert not window.file_actions.open_path(other)
    assert storage.to_dict(window.document.plan) == before
    answer(QMessageBox.StandardButton.Discard)
    assert window.file_actions.open_path(other)
    assert window.document.path == other and window.document.plan.entries() == []


def test_a_damaged_file_gives_a_message_and_leaves_the_open_plan_untouched(make_window, tmp_path):
    window, _ = make_window()
    window.edit_actions.add_food(PUMPKIN_SEEDS)
    before = storage.to_dict(window.document.plan)
    damaged = tmp_path / "damaged.json"
    damaged.write_text('{"kind": "magplan-plan", "version": 1, "days": [', encoding="utf-8")
    seen = []
    answer(QMessageBox.StandardButton.Ok, seen)
    assert not window.file_actions.open_path(damaged, ask=False)
    assert len(seen) == 1 and "damaged.json" in seen[0] and "damaged" in seen[0]
    assert storage.to_dict(window.document.plan) == before
    assert window.document.path is None and window.document.is_modified()
    assert window.document.undo_stack.canUndo()


def test_a_damaged_plan_on_the_command_line_is_reported_once_the_window_is_up(
    make_window, tmp_path
):
    damaged = tmp_path / "damaged.json"
    damaged.write_bytes(b"\xff\xfe not a plan")
    window, problem = make_window(damaged)
    assert "damaged.json" in problem
    assert window.document.path is None


def test_a_clean_close_and_a_save_remove_the_autosave(make_window, tmp_path):
    window, _ = make_window()
    window.autosave.start()
    window.edit_actions.add_food(PUMPKIN_SEEDS)
    assert window.autosave.save_if_modified()
    assert window.file_actions.save_as(tmp_path / "saved.json")
    assert not window.autosave.path.exists()
    window.edit_actions.add_food(PUMPKIN_SEEDS)
    assert window.autosave.save_if_modified()
    answer(QMessageBox.StandardButton.Discard)
    assert window.close()
    assert not window.autosave.path.exists() and not window.autosave.timer.isActive()


def test_nothing_to_autosave_when_nothing_changed(make_window):
    window, _ = make_window()
    assert not window.autosave.save_if_modified()
    assert window.autosave.timer.interval() == 30_000


def test_window_size_and_docks_are_remembered(make_window):
    window, _ = make_window()
    window.resize(760, 620)
    window.day_dock.hide()
    assert window.close()
    again, _ = make_window()
    assert (again.width(), again.height()) == (760, 620)
    assert not again.day_dock.isVisible()


def test_open_recent_lists_saved_plans_and_opens_them(make_window, tmp_path):
    window, _ = make_window()
    first, second = tmp_path / "first.json", tmp_path / "second.json"
    assert window.file_actions.save_as(first)
    window.edit_actions.add_food(PUMPKIN_SEEDS)
    assert window.file_actions.save_as(second)
    window.file_actions.recent_menu.aboutToShow.emit()
    texts = [a.text() for a in window.file_actions.recent_menu.actions() if not a.isSeparator()]
    assert texts == ["&1 second.json", "&2 first.json", "&Clear Menu"]
    window.file_actions.recent_menu.actions()[1].trigger()
    assert window.document.path == first.resolve()
    assert storage.to_dict(window.document.plan) == storage.to_dict(storage.load(first))


def test_new_plan_is_an_empty_week_for_the_same_person(make_window):
    window, _ = make_window()
    profile = window.document.plan.profile
    window.file_actions.new_action.trigger()
    plan = window.document.plan
    assert plan.entries() == [] and plan.profile == profile
    assert window.document.path is None and not window.document.is_modified()
    assert window.days_below.text().startswith("7 of 7 days")


def test_new_plan_and_csv_import_keep_the_same_settings_and_lists(make_window, tmp_path):
    """They disagreed: New Plan dropped the favourites, disliked and in-stock foods (and the
    Ca:Mg nudge) that Import CSV kept. Both now make Plan.fresh_week."""
    window, _ = make_window()
    plan = window.document.plan
    plan.favourites, plan.disliked = {PUMPKIN_SEEDS}, {"ciqual:13005"}
    plan.in_stock, plan.ticked = {"ciqual:32140"}, {PUMPKIN_SEEDS}
    plan.ratio_nudge = True
    week = tmp_path / "week.csv"
    week.write_text("date,meal,food_id,grams\n2026-12-07,lunch,ciqual:15064,30\n", encoding="utf-8")
    window.file_actions.import_csv(week)
    imported = window.document.plan
    answer(QMessageBox.StandardButton.Discard)  # the imported week is not saved
    window.file_actions.new_plan()
    new = window.document.plan
    for made in (imported, new):
        assert made is not plan
        assert (made.favourites, made.disliked, made.in_stock, made.ticked) == (
            {PUMPKIN_SEEDS},
            {"ciqual:13005"},
            {"ciqual:32140"},
            set(),
        )
        assert made.ratio_nudge and made.profile == plan.profile
    assert [e.food_id for _, _, e in imported.entries()] == [PUMPKIN_SEEDS]


def test_custom_foods_from_the_data_folder_are_in_the_browser(qtbot, tmp_path, intakes):
    from planner.library import Library

    folder = tmp_path / "data"
    food_id = Library(folder).save_custom_food(
        {
            "name_en": "Grandma's seed bread",
            "name_nl": "Oma's zadenbrood",
            "section": "bread and cereals",
            "magnesium_mg": 120,
            "portion_g": 40,
            "portion_en": "1 slice",
            "portion_nl": "1 snee",
        }
    )
    window, problem = build(Settings.in_file(tmp_path / "settings.ini"), folder, intakes=intakes)
    assert problem is None
    window.browser.search.setText("zadenbrood")
    assert window.browser.current_food_id() == food_id
    window.document.replace_plan(Plan(), None)
    window.close()


def test_a_damaged_food_file_is_named_at_start_and_the_rest_still_opens(
    qtbot, tmp_path, foods, intakes
):
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "custom_foods.csv").write_text("food_id,name_en\ncustom:x,X\n", encoding="utf-8")
    window, problem = build(Settings.in_file(tmp_path / "settings.ini"), folder, intakes=intakes)
    assert "custom_foods.csv" in problem
    assert len(window.document.foods) == len(foods)  # the bundled table, all of it
    window.close()
