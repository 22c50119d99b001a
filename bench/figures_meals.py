"""Figures for saved meals.

    (measured by `.venv/bin/python -m bench`)

500 saved meals are made from a table's own foods: each of three to eight foods at a household
portion, named after its foods ("Cheese with Bread and Apples", "Kaas met Brood en Appels"),
kept in a data folder under the system's temp folder. A search is one query through the
food table and through the saved meals, as the window's browser asks both at each keystroke.
"""

from __future__ import annotations

import random
import tempfile
from pathlib import Path

from bench.timing import repeat
from planner.foods import FoodTable
from planner.saved_meals import Ingredient, SavedMeal, SavedMeals

MEALS = 500


def _head(name: str) -> str:
    """A food name's first part: 'Cheese, cheddar' -> 'Cheese'."""
    return name.split(",")[0].split("(")[0].strip()[:24]


def five_hundred(foods: FoodTable, seed: int = 5) -> SavedMeals:
    """MEALS saved meals of this table's foods, stored in a fresh data folder and opened."""
    pick = random.Random(seed)
    meals = []
    for n in range(MEALS):
        rows = pick.sample(range(len(foods)), pick.randint(3, 8))
        en = [_head(name) for name in foods.strings("name_en", rows)]
        nl = [_head(name) for name in foods.strings("name_nl", rows)]
        ingredients = tuple(
            Ingredient(food_id, float(max(foods.portion_g[row], 1.0)))
            for food_id, row in zip(foods.food_ids(rows), rows)
        )
        meals.append(
            SavedMeal(
                f"meal:{n}",
                f"{en[0]} with {en[1]} and {en[2]}",
                f"{nl[0]} met {nl[1]} en {nl[2]}",
                ingredients,
                pick.randint(1, 4),
            )
        )
    folder = Path(tempfile.mkdtemp(prefix="magplan-bench-meals-"))
    SavedMeals(folder).put_all(meals)
    return SavedMeals.open(folder)


def search_ms(
    foods: FoodTable, meals: SavedMeals, queries: tuple[str, ...], times: int
) -> list[float]:
    """Milliseconds per query through the foods and the saved meals."""
    samples: list[float] = []
    for query in queries:
        samples += repeat(lambda q=query: (foods.search(q), meals.search(q)), times)
    return samples


def open_ms(meals: SavedMeals, foods: FoodTable, times: int) -> list[float]:
    """Milliseconds to open the 500 meals (read, checked) and sum each one's serving."""
    return repeat(lambda: SavedMeals.open(meals.folder).figures(foods), times)
