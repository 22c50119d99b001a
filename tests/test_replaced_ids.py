"""Food ids of the earlier (USDA) bundled table: each is still in the table or names the food
that now stands for it."""

from pathlib import Path

import pytest

from planner.replaced_ids import REPLACED_IDS

BEFORE = Path(__file__).resolve().parent / "data" / "food_ids_before_ciqual.txt"


@pytest.fixture(scope="module")
def ids_before() -> list[str]:
    lines = BEFORE.read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line and not line.startswith("#")]


def test_every_earlier_id_is_in_the_table_or_maps_to_a_food_that_is(foods, ids_before):
    assert len(ids_before) == 457
    lost = [i for i in ids_before if i not in foods.ids and REPLACED_IDS.get(i) not in foods.ids]
    assert lost == []


def test_the_replacement_table_maps_only_ids_that_left_to_foods_that_are_there(foods, ids_before):
    # Earlier USDA ids, and the Ciqual row karnemelk cited before it moved to SR28's.
    assert set(REPLACED_IDS) <= set(ids_before) | {"ciqual:19801"}
    assert not set(REPLACED_IDS) & set(foods.ids)        # an id still in the table stays itself
    assert set(REPLACED_IDS.values()) <= set(foods.ids)  # so no chains: a new id is never old


@pytest.mark.parametrize("old, new, name", [
    ("usda:12014", "ciqual:15064", "Pumpkin seeds"),
    ("usda:18069", "ciqual:7009", "White bread"),
    ("usda:01022", "ciqual:12736", "Gouda"),
    ("usda:15046", "ciqual:26051", "Mackerel, raw"),
    ("usda:08013", "ciqual:32005", "Corn flakes (fortified)"),     # Cheerios left the table
    ("usda:09210", "ciqual:2012", "Orange juice (from concentrate)"),  # US fortified juice
])
def test_a_few_replacements_checked_by_hand(foods, old, new, name):
    assert REPLACED_IDS[old] == new
    assert foods.name(new) == name
