"""The day panel's list of magnesium sources follows an edit by keeping its rows: the row of a
food that moves up is the same row, moved, and the others stay."""

from planner.plan import MEALS, Entry, Slot

PUMPKIN_SEEDS, ALMONDS, OATS, MILK = "ciqual:15064", "ciqual:15000", "ciqual:32140", "ciqual:19042"


def test_an_edit_moves_a_source_row_up_and_keeps_the_others(qtbot, window, foods):
    meals = {meal: [] for meal in MEALS}
    meals["breakfast"] = [Entry(OATS, 50), Entry(MILK, 200)]
    meals["snack"] = [Entry(PUMPKIN_SEEDS, 10), Entry(ALMONDS, 25)]
    window.document.replace_days({3: meals}, "test")
    window.week_view.select_cell(3, "snack", 0)
    panel = window.day_panel

    def rows():
        return [panel.sources.topLevelItem(i) for i in range(panel.sources.topLevelItemCount())]

    # By hand, mg per 100 g x grams / 100: almonds 270 x 0.25 = 67.5, pumpkin seeds 592 x 0.1
    # = 59.2, oats 101 x 0.5 = 50.5, milk 11.1 x 2 = 22.2.
    before = rows()
    assert [(r.text(0), r.text(3)) for r in before] == [
        ("Almonds", "68"),
        ("Pumpkin seeds", "59"),
        ("Rolled oats", "51"),
        ("Semi-skimmed milk", "22"),
    ]
    # Oats to 80 g: 101 x 0.8 = 80.8 mg, now the largest.
    window.document.set_amount(Slot(3, "breakfast", 0), 80, None)
    after = rows()
    assert [r.text(0) for r in after] == [
        "Rolled oats",
        "Almonds",
        "Pumpkin seeds",
        "Semi-skimmed milk",
    ]
    assert after[0].text(3) == "81"
    moved = [before[2], before[0], before[1], before[3]]
    assert all(a is b for a, b in zip(after, moved, strict=True))  # the same rows, one moved
