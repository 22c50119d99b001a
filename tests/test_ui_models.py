"""The item models over the real food table and the sample week, checked by Qt's model tester."""

from dataclasses import replace

import numpy as np
import pytest
from PySide6.QtCore import QLocale, Qt

from planner import storage
from planner.foods import NUTRIENTS
from planner.plan import MEALS, Entry, PlanError, Slot
from ui import mime
from ui.app import SAMPLE_WEEK
from ui.food_model import COLUMNS, FOOD_ID_ROLE, FoodModel, column_for
from ui.plan_document import PlanDocument
from ui.week_model import DAY_STATUS_ROLE, WeekModel


@pytest.fixture
def document(qapp, foods, intakes):
    return PlanDocument(foods, intakes, storage.load(SAMPLE_WEEK))


def test_food_model_passes_the_model_tester_through_search_and_sort(qtmodeltester, foods):
    model = FoodModel(foods)
    qtmodeltester.check(model)
    model.set_filter("spinazie")
    model.sort(column_for("magnesium", "portion"), Qt.SortOrder.DescendingOrder)
    model.set_filter("kaas", "cheese")
    model.sort(0, Qt.SortOrder.AscendingOrder)
    model.set_filter("no food is called this")
    qtmodeltester.check(model)


def test_dutch_search_finds_pumpkin_seeds(foods):
    model = FoodModel(foods)
    model.set_filter("pompoen")
    ids = [model.index(r, 0).data(FOOD_ID_ROLE) for r in range(model.rowCount())]
    assert "ciqual:15064" in ids
    row = ids.index("ciqual:15064")
    assert model.index(row, 0).data() == foods.name("ciqual:15064")
    mg = foods.frame.at["ciqual:15064", "magnesium_mg"]
    assert model.index(row, column_for("magnesium", "100g")).data() == f"{mg:.0f}"
    portion = mg * foods.frame.at["ciqual:15064", "portion_g"] / 100
    assert model.index(row, column_for("magnesium", "portion")).data() == f"{portion:.0f}"


def test_sorting_by_a_nutrient_puts_the_richest_first_and_unknown_last(foods):
    model = FoodModel(foods)
    column = column_for("vitamin_d", "100g")
    model.sort(column, Qt.SortOrder.DescendingOrder)
    values = foods.frame["vitamin_d_ug"].to_numpy()
    shown = [
        values[foods.position(model.index(r, 0).data(FOOD_ID_ROLE))]
        for r in range(model.rowCount())
    ]
    known = [v for v in shown if not np.isnan(v)]
    assert known == sorted(known, reverse=True)
    assert len(known) < len(shown)
    assert all(np.isnan(v) for v in shown[len(known) :])  # unknown is not zero: last
    assert model.index(model.rowCount() - 1, column).data() == "?"


def test_sort_keeps_the_selected_food_selected(qtbot, foods):
    from PySide6.QtWidgets import QTreeView

    model = FoodModel(foods)
    view = QTreeView()
    qtbot.addWidget(view)
    view.setModel(model)
    row = model.row_of("ciqual:15064")
    view.setCurrentIndex(model.index(row, 0))
    model.sort(column_for("calcium", "100kcal"), Qt.SortOrder.DescendingOrder)
    assert view.currentIndex().data(FOOD_ID_ROLE) == "ciqual:15064"


def test_every_column_has_a_header_and_numbers_are_right_aligned(foods):
    model = FoodModel(foods)
    for column in range(model.columnCount()):
        assert model.headerData(column, Qt.Orientation.Horizontal)
        if COLUMNS[column] is not None:
            assert (
                model.index(0, column).data(Qt.ItemDataRole.TextAlignmentRole)
                & Qt.AlignmentFlag.AlignRight.value
            )


def test_week_model_passes_the_model_tester_through_edits_and_undo(qtmodeltester, document):
    model = WeekModel(document)
    qtmodeltester.check(model)
    original = storage.to_dict(document.plan)
    monday = document.plan.days[0].meals
    # Grow the snack block by two rows, shrink breakfast, move, edit, replace, undo it all.
    document.add_entries(2, "snack", 0, [Entry("ciqual:15064", 25), Entry("ciqual:15000", 30)] * 2)
    assert model.rowCount() == sum(
        max(len(d.meals[m]) for d in document.plan.days) + 1 for m in MEALS
    )
    document.delete_entries([Slot(0, "breakfast", i) for i in range(len(monday["breakfast"]))])
    document.move_entry(Slot(2, "snack", 0), 5, "dinner", 0)
    document.set_amount(Slot(5, "dinner", 0), 40, None)
    document.replace_days({1: document.plan.days[2].meals, 6: {m: [] for m in MEALS}}, "replace")
    while document.undo_stack.canUndo():
        document.undo_stack.undo()
    assert storage.to_dict(document.plan) == original
    assert model.rowCount() == sum(
        max(len(d.meals[m]) for d in document.plan.days) + 1 for m in MEALS
    )
    qtmodeltester.check(model)


def test_week_cells_show_the_entries_of_each_meal_in_order(document):
    model = WeekModel(document)
    plan = document.plan
    for day in range(7):
        for meal in MEALS:
            for position, entry in enumerate(plan.days[day].meals[meal]):
                index = model.index_of(day, meal, position)
                assert index.data() == document.foods.name(entry.food_id)
                assert index.data(Qt.ItemDataRole.EditRole) == entry.grams
            free = model.index_of(day, meal, len(plan.days[day].meals[meal]))
            assert model.entry(free) is None and model.index_of(day, meal, 99).data() is None


def test_day_header_carries_the_days_magnesium_computed_by_hand(document, foods):
    model = WeekModel(document)
    column = NUTRIENTS.index("magnesium_mg")
    for day, plan_day in enumerate(document.plan.days):
        expected = sum(
            e.grams / 100 * foods.values[foods.position(e.food_id), column]
            for _, _, e in plan_day.entries()
        )
        status = model.headerData(day, Qt.Orientation.Horizontal, DAY_STATUS_ROLE)
        assert status.magnesium.amount == pytest.approx(expected)


def test_a_food_dropped_on_a_cell_is_added_there_as_one_portion(document, foods):
    model = WeekModel(document)
    data = FoodModel(foods).mimeData([FoodModel(foods).index(foods.position("ciqual:15064"), 0)])
    target = model.index_of(3, "lunch", 1)
    before = list(document.plan.days[3].meals["lunch"])
    assert model.dropMimeData(data, Qt.DropAction.CopyAction, -1, -1, target)
    lunch = document.plan.days[3].meals["lunch"]
    assert lunch[1].food_id == "ciqual:15064"
    assert lunch[1].grams == foods.frame.at["ciqual:15064", "portion_g"]
    assert lunch[:1] + lunch[2:] == before
    assert document.undo_stack.count() == 1


def test_entries_dragged_within_the_week_move_in_one_undo_step(document):
    model = WeekModel(document)
    plan = document.plan
    original = storage.to_dict(plan)
    breakfast, dinner = list(plan.days[0].meals["breakfast"]), list(plan.days[4].meals["dinner"])
    data = model.mimeData([model.index_of(0, "breakfast", 0)])
    assert mime.read_entries(data).sources == [Slot(0, "breakfast", 0)]
    target = model.index_of(4, "dinner", 99)  # the free cell at the end of Friday's dinner
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, target)
    assert plan.days[4].meals["dinner"] == dinner + breakfast[:1]
    assert plan.days[0].meals["breakfast"] == breakfast[1:]
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert storage.to_dict(plan) == original


def test_estimated_figures_carry_the_mark_in_the_cells_and_the_tooltip(foods):
    # Almonds: Ciqual writes vitamin D "< 0,25", held as 0.125 and marked; magnesium is 270.
    model = FoodModel(foods)
    point = QLocale().decimalPoint()
    row = model.row_of("ciqual:15000")
    assert model.index(row, column_for("vitamin_d", "100g")).data() == f"≈0{point}1"
    assert model.index(row, column_for("vitamin_d", "portion")).data() == f"≈0{point}0"
    assert model.index(row, column_for("magnesium", "100g")).data() == "270"
    tip = model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "Estimated (≈): Vitamin D\n≈ an estimate: the source reports traces" in tip
    seeds = model.row_of("ciqual:15064")
    assert "≈" not in model.index(seeds, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "≈" not in model.index(seeds, column_for("vitamin_d", "100g")).data()
    header = model.headerData(
        column_for("vitamin_d", "100g"), Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole
    )
    assert header.endswith(
        "≈ an estimate: the source reports traces (counted as 0)\nor a value "
        "below its detection limit (counted as half that limit)"
    )


def test_bad_settings_leave_the_document_as_it_was(document):
    before, targets = document.plan.settings(), document.targets
    with pytest.raises(PlanError):
        document.set_settings(replace(before, household_size=3, ratio_band=(2.6, 1.7)))
    assert document.plan.settings() == before and document.targets is targets
    assert document.undo_stack.count() == 0
