"""The window in Dutch and in English: every string a user can read, walked widget by widget.

A word of a source string that no translation uses is English; a word of a translation that no
source uses is Dutch. The window in one language must show none of the other's words.
"""

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDialogButtonBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QMessageBox,
    QTabWidget,
    QTextBrowser,
    QTreeWidget,
    QWidget,
)

from planner import csv_io, storage
from planner.balance import balance
from planner.library import Library
from planner.plan import MEALS, Entry, Plan, Slot, empty_meals
from planner.recipe_ld import FoundRecipe, propose
from planner.saved_meals import Ingredient
from planner.schema import MAX_ENTRIES_PER_MEAL
from planner.texts import TEXTS
from tests.qt_helpers import when_modal
from ui import language as ui_language
from ui.app import build
from ui.balance_dialog import BalanceDialog
from ui.custom_food_dialog import CustomFoodDialog
from ui.dialogs import AboutDialog
from ui.error_report import ErrorDialog, Saved
from ui.library_dialog import LibraryDialog
from ui.meal_dialog import Draft, MealDialog
from ui.preferences_dialog import PreferencesDialog
from ui.profile_dialog import ProfileDialog
from ui.recipe_import_dialog import RecipeImportDialog
from ui.settings import Settings

TS = ui_language.FOLDER / "magplan_nl.ts"
QM = ui_language.FOLDER / "magplan_nl.qm"
PUMPKIN_SEEDS = "ciqual:15064"
WORD = re.compile(r"[^\W\d_]{3,}")
FIELD = re.compile(r"\{\w+\}")


def messages() -> list[tuple[str, str, list[str]]]:
    """(context, source, translations) of every message in the .ts."""
    out = []
    for context in ET.parse(TS).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [f.text or "" for f in translation.iter("numerusform")] or [
                translation.text or ""
            ]
            out.append((context.findtext("name"), message.findtext("source"), forms))
    return out


def words(texts) -> set[str]:
    return {w.lower() for text in texts for w in WORD.findall(text.replace("&", ""))}


def vocabulary() -> tuple[set[str], set[str]]:
    """(English-only words, Dutch-only words), from the .ts and the planner's sentences (its
    errors among them; fields taken out)."""
    english_texts, dutch_texts = zip(*TEXTS.values())
    english = words(
        [source for _, source, _ in messages()] + [FIELD.sub(" ", text) for text in english_texts]
    )
    dutch = words(
        [form for _, _, forms in messages() for form in forms]
        + [FIELD.sub(" ", text) for text in dutch_texts]
    )
    return english - dutch, dutch - english


@pytest.fixture
def language(request):
    """Installs the language."""
    before = QLocale()
    translators = ui_language.install(request.param)
    yield request.param
    ui_language.uninstall(translators)
    QLocale.setDefault(before)


@pytest.fixture
def window_language(language: str) -> str:
    return language


def model_texts(view: QAbstractItemView) -> list[str]:
    """Headers and the cells' text and tooltips of the first rows."""
    model = view.model()
    if model is None:
        return []
    texts = []
    for orientation, count in (
        (Qt.Orientation.Horizontal, model.columnCount()),
        (Qt.Orientation.Vertical, model.rowCount()),
    ):
        texts += [
            model.headerData(i, orientation, Qt.ItemDataRole.DisplayRole) for i in range(count)
        ]
    for row in range(min(model.rowCount(), 30)):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            texts += [
                model.data(index, role)
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
            ]
    return [t for t in texts if isinstance(t, str)]


def tree_texts(tree: QTreeWidget) -> list[str]:
    texts = [tree.headerItem().text(c) for c in range(tree.columnCount())]
    items = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    while items:
        item = items.pop()
        texts += [item.text(c) for c in range(tree.columnCount())]
        texts += [item.toolTip(c) for c in range(tree.columnCount())]
        items += [item.child(i) for i in range(item.childCount())]
    return texts


def visible_texts(root: QWidget) -> list[str]:
    """Every text a user can read in root and its children: titles, labels, buttons, menus,
    actions and their tooltips, placeholders, combo items, item views."""
    texts = [root.windowTitle(), root.toolTip()]
    for action in root.findChildren(QAction):
        texts += [action.text(), action.toolTip(), action.statusTip()]
    for widget in root.findChildren(QWidget):
        texts += [widget.toolTip(), widget.whatsThis()]
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
        if isinstance(widget, QMenu):
            texts.append(widget.title())
        if isinstance(widget, (QGroupBox,)):
            texts.append(widget.title())
        if isinstance(widget, QDockWidget):
            texts.append(widget.windowTitle())
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
        if isinstance(widget, QTextBrowser):
            texts.append(widget.toPlainText())
        if isinstance(widget, QTreeWidget):
            texts += tree_texts(widget)
        elif isinstance(widget, QListWidget):
            texts += [widget.item(i).text() for i in range(widget.count())]
        elif isinstance(widget, QAbstractItemView):
            texts += model_texts(widget)
    return [t for t in texts if t]


def window_and_dialogs(window, intakes, tmp_path) -> list[str]:
    """The window (menus, toolbar, docks, grid, day panel, shopping list, status bar) and the
    dialogs it opens."""
    window.week_view.select_day(2)
    document = window.document
    settings = Settings.in_file(tmp_path / "settings.ini")
    dialogs = [
        ProfileDialog(document.plan.settings(), document.check_settings, window),
        PreferencesDialog(settings, window),
        AboutDialog(intakes, window),
        BalanceDialog(
            document,
            balance(document.plan, document.foods, document.targets, [2]),
            window.lang,
            window,
        ),
        ErrorDialog(
            "ValueError: 12", Saved.AUTOSAVED, Path("/srv/mp/magplan.log"), None, "", window
        ),
        *meal_dialogs(window),
    ]
    texts = visible_texts(window) + [window.statusBar().currentMessage()]
    for dialog in dialogs:
        texts += visible_texts(dialog)
        dialog.deleteLater()
    return texts


def meal_dialogs(window) -> list:
    """The saved-meal dialogs, over a meal with a line matched to no food and a recipe whose
    lines are found with and without an amount."""
    foods = window.document.foods
    draft = Draft(
        "Oats",
        "Havermout",
        2,
        (Ingredient("ciqual:32140", 80), Ingredient("ciqual:7111", 70)),
        ("a pinch of salt",),
    )
    recipe = FoundRecipe(
        "Oats",
        "Havermout",
        ("80 g rolled oats", "400 ml milk", "1 tin almonds", "10 g unicorn dust"),
        2,
        "",
        "",
    )
    return [
        MealDialog(foods, window.lang, draft, None, str, window),
        RecipeImportDialog(
            [propose(recipe, foods)], [], foods, window.lang, window.document.meals.saved, window
        ),
    ]


def data_names(foods, intakes) -> list[str]:
    """Names that are data, not the window's words: foods in both languages (a tooltip shows
    both), the reference intakes' sources, and each language named in its own words."""
    names = set(foods.frame["name_en"]) | set(foods.frame["name_nl"])
    names |= set(intakes.frame["source"]) | {"English", "Nederlands"}
    return sorted(names, key=len, reverse=True)


def offending(texts: list[str], foreign: set[str], names: list[str]) -> set[str]:
    """The texts with a word of the other language, once the data names are taken out."""
    found = set()
    for text in texts:
        rest = text
        for name in names:
            if name in rest:
                rest = rest.replace(name, " ")
        if words([rest]) & foreign:
            found.add(text)
    return found


@pytest.mark.parametrize("language", ["nl"], indirect=True)
def test_the_window_in_dutch_shows_no_english(window, foods, intakes, tmp_path):
    english, _ = vocabulary()
    texts = window_and_dialogs(window, intakes, tmp_path)
    assert not offending(texts, english, data_names(foods, intakes))
    # The meals, the weekdays with a Dutch date, the menus and a few key words are Dutch.
    for word in (
        "Ontbijt",
        "Lunch",
        "Diner",
        "Tussendoor",
        "&Bestand",
        "Be&werken",
        "Beel&d",
        "&Ongedaan maken",
        "O&pnieuw",
        "Boodschappenlijst",
        "Voorkeuren…",
    ):
        assert any(word in t for t in texts), word
    headers = [window.week_model.headerData(d, Qt.Orientation.Horizontal) for d in range(7)]
    assert headers[0].startswith("ma 30 nov") and headers[6].startswith("zo 6 dec")
    assert any("Onder doel" in t for t in texts)
    assert any(re.search(r"\d,\d", t) for t in texts)  # a decimal comma somewhere


@pytest.mark.parametrize("language", ["en"], indirect=True)
def test_the_window_in_english_shows_no_dutch(window, foods, intakes, tmp_path):
    _, dutch = vocabulary()
    texts = window_and_dialogs(window, intakes, tmp_path)
    assert not offending(texts, dutch, data_names(foods, intakes))
    assert any("Breakfast" in t for t in texts) and any("&Undo" in t for t in texts)
    assert window.week_model.headerData(0, Qt.Orientation.Horizontal).startswith("Mon 30 Nov")


@pytest.mark.parametrize("language", ["nl"], indirect=True)
def test_the_dutch_window_names_its_undo_steps_in_dutch(window, foods, intakes):
    """The document names each step in the window's language, food names too."""
    document = window.document
    window.week_view.select_cell(2, "snack", 0)
    window.edit_actions.add_food(PUMPKIN_SEEDS)
    document.set_amount(Slot(2, "snack", 0), 40, None)
    document.move_entry(Slot(2, "snack", 0), 3, "lunch", 0)
    document.set_ticked(PUMPKIN_SEEDS, True)
    document.set_in_stock(PUMPKIN_SEEDS, True)
    document.delete_entries([Slot(3, "lunch", 0)])
    document.clear_day(1)
    stack = document.undo_stack
    steps = [stack.text(i) for i in range(stack.count())]
    english, _ = vocabulary()
    assert len(steps) == 7 and not offending(steps, english, data_names(foods, intakes))
    assert steps[0] == "Pompoenpitten toevoegen" and steps[3] == "Pompoenpitten afvinken"
    assert steps[6] == "dinsdag 1 december leegmaken"


def test_every_message_has_a_finished_translation():
    tree = ET.parse(TS).getroot()
    assert tree.get("language") == "nl_NL"
    unfinished = [(c, s) for c, s, forms in messages() if not all(f.strip() for f in forms)]
    marked = [
        m.findtext("source")
        for m in tree.iter("message")
        if m.find("translation").get("type") in ("unfinished", "obsolete", "vanished")
    ]
    assert not unfinished and not marked
    assert len(messages()) > 300


def test_the_committed_qm_says_what_the_ts_says():
    """A .ts changed without rebuilding its .qm leaves the window partly English."""
    translator = QTranslator()
    assert translator.load(str(QM))
    stale = []
    for context, source, forms in messages():
        # Dutch plural forms: the first for one, the second for any other count.
        counts = (1, 2) if len(forms) == 2 else (-1,)
        for n, form in zip(counts, forms):
            if translator.translate(context, source, None, n) != form:
                stale.append((context, source, n))
    assert not stale, (
        "ui/i18n/magplan_nl.qm is older than the .ts; rebuild it: "
        ".venv/bin/pyside6-lrelease ui/i18n/magplan_nl.ts -qm "
        f"ui/i18n/magplan_nl.qm ({len(stale)} messages differ, e.g. {stale[0]})"
    )


def test_language_comes_from_the_environment_then_the_setting_then_the_system(tmp_path):
    settings = Settings.in_file(tmp_path / "settings.ini")
    dutch = QLocale(QLocale.Language.Dutch, QLocale.Country.Belgium)
    german = QLocale(QLocale.Language.German, QLocale.Country.Germany)
    assert ui_language.choose(settings, {}, dutch) == "nl"
    assert ui_language.choose(settings, {}, german) == "en"
    settings.language = "en"
    assert ui_language.choose(settings, {}, dutch) == "en"
    assert ui_language.choose(settings, {"MAGPLAN_LANG": "nl"}, german) == "nl"
    settings.language = "xx"
    assert settings.language == "" and ui_language.choose(settings, {}, dutch) == "nl"


def modal_texts(seen: list[str]) -> None:
    """Read the next modal dialog's words into seen, then close it."""

    def read(dialog: QWidget) -> None:
        try:
            seen.extend(visible_texts(dialog))
            if isinstance(dialog, QMessageBox):
                seen.extend([dialog.text(), dialog.informativeText()])
        finally:
            dialog.reject()

    when_modal(read)


@pytest.mark.parametrize("language", ["nl"], indirect=True)
def test_the_dutch_window_says_the_planners_errors_in_dutch(window, foods, intakes, tmp_path):
    """Every planner error a user can meet in the window, provoked in the Dutch window: a
    damaged plan file, a value out of range, a file that cannot be written, a CSV that cannot
    be imported and one with bad rows, a food table refused, a custom food and a meal that
    cannot take the edit, a damaged plan at start. No dialog or message says it in English."""
    texts: list[str] = []
    damaged = tmp_path / "kapot.json"
    damaged.write_text('{"kind": "magplan-plan", "version": 1, "days": [', encoding="utf-8")
    too_much = tmp_path / "te-veel.json"
    doc = storage.to_dict(Plan(start=window.document.plan.start))
    doc["days"][2]["meals"]["lunch"] = [{"food_id": PUMPKIN_SEEDS, "grams": 2500}]
    too_much.write_text(json.dumps(doc), encoding="utf-8")
    for path in (damaged, too_much):
        modal_texts(texts)
        assert not window.file_actions.open_path(path, ask=False)
    folder = tmp_path / "map.json"
    folder.mkdir()
    modal_texts(texts)
    assert not window.file_actions.save_as(folder)

    no_meals = tmp_path / "zonder-maaltijd.csv"
    no_meals.write_text("date,food_id,grams\n2026-11-30,ciqual:15064,30\n", encoding="utf-8")
    bad_rows = tmp_path / "rijen.csv"
    bad_rows.write_text(
        "date,meal,food_id,grams\n2026-11-30,brunch,ciqual:15064,30\n"
        "2026-11-30,lunch,ciqual:15064,veel\n2026-11-30,lunch,onbekend:1,30\n"
        "2026-12-30,lunch,ciqual:15064,30\n2026-11-30,lunch,ciqual:15064,30\n",
        encoding="utf-8",
    )
    for path in (no_meals, bad_rows):
        modal_texts(texts)
        window.file_actions.import_csv(path)

    library = Library(tmp_path / "bibliotheek")
    tables = LibraryDialog(library, window, lang="nl")
    table = tmp_path / "tabel.csv"
    table.write_text("Naam;Magnesium\nHavervlokken;130\n", encoding="utf-8")
    assert tables.import_file(table, {"name": "Naam", "magnesium_mg": "Mg"}) is None
    texts.append(tables.status.text())
    food = CustomFoodDialog(library, None, window, "nl")
    food.figures["calcium_mg"].setText("120")
    food.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    texts.append(food.problem.text())
    for dialog in (tables, food):
        dialog.deleteLater()

    week = window.document.plan
    window.document.replace_days(
        {0: {**empty_meals(), "snack": [Entry(PUMPKIN_SEEDS, 10)] * MAX_ENTRIES_PER_MEAL}}, "vol"
    )
    window.week_view.select_cell(0, "snack", 0)
    modal_texts(texts)
    window.edit_actions.add_food(PUMPKIN_SEEDS)
    assert window.document.plan is week and len(week.days[0].meals["snack"]) == 100

    _, problem = build(
        Settings.in_file(tmp_path / "start.ini"),
        tmp_path / "data",
        damaged,
        foods=foods,
        intakes=intakes,
        lang="nl",
    )
    texts.append(problem)

    said = "\n".join(texts)
    for dutch in (
        "beschadigd (geen geldige JSON",
        "gram moet boven 0 liggen",
        "het is een map",
        "het bestand heeft geen kolom 'meal'",
        "onbekende maaltijd 'brunch'",
        "gram 'veel' is geen getal",
        "onbekend voedingsmiddel-id 'onbekend:1'",
        "valt buiten de week van",
        "geen kolom 'Mg' (gekoppeld aan magnesium_mg)",
        "een eigen voedingsmiddel heeft een naam nodig",
        "100 items",
    ):
        assert dutch in said, dutch
    english, _ = vocabulary()
    # Data too: the files' paths, and the keys a plan CSV is written with (its column names
    # and meals), which the messages quote as the file must have them.
    keys = [", ".join(MEALS)] + [f"'{column}'" for column in csv_io.ENTRY_COLUMNS]
    names = data_names(foods, intakes) + [str(tmp_path)] + keys
    assert not offending(texts, english, sorted(names, key=len, reverse=True))


@pytest.mark.parametrize("language", ["nl", "en"], indirect=True)
def test_at_1280_by_800_the_week_shows_all_seven_days_and_the_day_panel_clips_nothing(
    window, qtbot
):
    window.lay_out(1280, 800)
    qtbot.wait(50)
    view = window.week_view
    assert not view.horizontalScrollBar().isVisible()
    header = view.horizontalHeader()
    assert header.sectionViewportPosition(6) + header.sectionSize(6) <= view.viewport().width()
    # Each wrapped line of the day panel has at least the height its text needs.
    for line in window.day_panel.lines.values():
        if line.isVisible():
            assert line.height() >= line.heightForWidth(line.width())
