"""Saved meals in and out as schema.org Recipe JSON-LD, the form recipe sites publish and
Mealie and Tandoor export.

In: a JSON document holding Recipe objects anywhere (one object, a list, an "@graph",
"mainEntity"), or a web page saved from a recipe site (its <script type="application/ld+json">
blocks). Of a Recipe: `name` (and `alternateName`; `inLanguage` "nl" says the name is Dutch),
`recipeIngredient` (text lines; the older `ingredients` too), `recipeYield` (its first whole
number: "4", 4, "4-6 servings", ["4", "4 porties"]) and `description` (the notes). Each
ingredient line is matched to a food and grams (planner.ingredient_lines) for the user to
review; what names no food or no amount stays in the meal as a line, counted as unknown.
A recipe that cannot be a saved meal (no name, no ingredient, more servings or lines than a
saved meal holds) is skipped with one line saying why; a file with none is refused.

Out: one Recipe per meal, its ingredients as "40 g Rolled oats" (the food's English name, which
the import finds again), `alternateName` the Dutch name, `identifier` the meal's id.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator, Set
from dataclasses import dataclass
from typing import Any

from planner import schema
from planner.foods import FoodTable
from planner.ingredient_lines import How, LineMatch, match_line
from planner.messages import Message, PlannerError
from planner.plan import MAX_INGREDIENTS, MAX_MEAL_NAME
from planner.saved_meals import PREFIX, Ingredient, MealError, SavedMeal, SavedMeals, new_meal
from planner.schema import MAX_LINE, MAX_NOTE, MAX_SERVINGS

CONTEXT = "https://schema.org"
_SCRIPT = re.compile(
    r"<script[^>]*application/ld\+json[^>]*>(.*?)</script>", re.IGNORECASE | re.DOTALL
)
_TAG = re.compile(r"<[^>]*>")
_SPACE = re.compile(r"\s+")
_BEFORE_MARK = re.compile(r"\s+([.,;:!?)])")
_WHOLE = re.compile(r"\d+")


class RecipeImportError(PlannerError):
    """A file that holds no recipe Magplan can read; one line says why."""


@dataclass(frozen=True)
class FoundRecipe:
    """A recipe as the file gives it, before its lines are matched."""

    name_en: str
    name_nl: str
    lines: tuple[str, ...]
    servings: int
    notes: str
    identifier: str

    def name(self, lang: str = "en") -> str:
        return self.name_nl if lang == "nl" else self.name_en


@dataclass(frozen=True)
class Proposal:
    """A recipe with each line matched, for review: the user may change a line's food and
    grams (`with_choice`) before it becomes a saved meal."""

    recipe: FoundRecipe
    matches: tuple[LineMatch, ...]

    @property
    def matched(self) -> int:
        return sum(m.matched for m in self.matches)

    def with_choice(self, index: int, food_id: str | None, grams: float | None) -> Proposal:
        """The proposal with line `index` matched to a food and grams of the user's choice
        (None for either: the line stays matched to no food)."""
        old = self.matches[index]
        if (food_id, grams) == (old.food_id, old.grams):
            return self
        chosen = LineMatch(
            old.line,
            food_id,
            grams,
            None,
            How.CHOSEN
            if food_id is not None and grams is not None
            else How.NO_FOOD
            if food_id is None
            else How.NO_AMOUNT,
        )
        return Proposal(self.recipe, (*self.matches[:index], chosen, *self.matches[index + 1 :]))

    def saved_meal(self, book: SavedMeals, taken: Set[str] = frozenset()) -> SavedMeal:
        """The meal to save: a new id unless the file's own is free (in the book, and of the
        ids `taken` by others of the same import); MealError when no line is matched."""
        recipe = self.recipe
        ingredients = [
            Ingredient(m.food_id, m.grams, m.portions)
            for m in self.matches
            if m.food_id is not None and m.grams is not None
        ]
        if not ingredients:
            raise MealError("recipes.nothing_matched", name=recipe.name_en)
        free = (
            recipe.identifier.startswith(PREFIX)
            and recipe.identifier not in book
            and recipe.identifier not in taken
        )
        meal_id = recipe.identifier if free else book.free_id(recipe.name_en, taken)
        return new_meal(
            meal_id,
            recipe.name_en,
            recipe.name_nl,
            ingredients,
            recipe.servings,
            [_shortened(m.line, MAX_LINE) for m in self.matches if not m.matched],
            recipe.notes,
        )


def read_recipes(data: bytes) -> tuple[list[FoundRecipe], list[Message]]:
    """The recipes of a JSON-LD file or a saved web page, and one line for each skipped."""
    documents = []
    text = data.decode("utf-8-sig", errors="replace").lstrip()
    if text.startswith("<"):
        blocks = _SCRIPT.findall(text)
        if not blocks:
            raise RecipeImportError("recipes.no_data")
        for block in blocks:
            try:
                documents.append(schema.parse_json(block.encode(), RecipeImportError))
            except RecipeImportError:
                continue  # a page's other blocks may still hold the recipe
    else:
        documents.append(schema.parse_json(data.removeprefix(b"\xef\xbb\xbf"), RecipeImportError))
    found: list[FoundRecipe] = []
    skipped: list[Message] = []
    for number, item in enumerate((r for d in documents for r in _recipes(d)), start=1):
        try:
            found.append(_recipe(item))
        except RecipeImportError as err:
            name = _first_text(item.get("name"))[:40]
            skipped.append(
                Message(
                    "recipes.skipped_named" if name else "recipes.skipped",
                    number=number,
                    name=name,
                    error=err.message,
                )
            )
    if not found:
        if len(skipped) == 1:
            raise RecipeImportError(skipped[0])
        raise (
            RecipeImportError("recipes.none_readable", count=len(skipped), first=skipped[0])
            if skipped
            else RecipeImportError("recipes.none")
        )
    return found, skipped


def propose(recipe: FoundRecipe, foods: FoodTable) -> Proposal:
    return Proposal(recipe, tuple(match_line(line, foods) for line in recipe.lines))


def _recipes(document: Any) -> Iterator[dict]:
    """Every Recipe object in the document, in order (nested ones in a Recipe not looked at)."""
    if isinstance(document, list):
        for item in document:
            yield from _recipes(item)
    elif isinstance(document, dict):
        kinds = document.get("@type")
        kinds = kinds if isinstance(kinds, list) else [kinds]
        if any(
            isinstance(k, str) and k.rsplit("/", 1)[-1].rsplit(":", 1)[-1] == "Recipe"
            for k in kinds
        ):
            yield document
            return
        for value in document.values():
            if isinstance(value, (list, dict)):
                yield from _recipes(value)


def _recipe(item: dict) -> FoundRecipe:
    name = _first_text(item.get("name"))
    if not name:
        raise RecipeImportError("recipes.no_name")
    other = _first_text(item.get("alternateName"))
    language = _first_text(item.get("inLanguage")).lower()
    name_en, name_nl = (other or name, name) if language.startswith("nl") else (name, other or name)
    lines = item.get("recipeIngredient", item.get("ingredients"))
    if isinstance(lines, str):
        lines = lines.splitlines()
    if not isinstance(lines, list) or not all(isinstance(x, str) for x in lines):
        raise RecipeImportError("recipes.lines_not_text")
    lines = [_text(line) for line in lines]
    lines = [line for line in lines if line]
    if not lines:
        raise RecipeImportError("recipes.no_lines")
    if len(lines) > MAX_INGREDIENTS:
        raise RecipeImportError("recipes.too_many_lines", count=len(lines), most=MAX_INGREDIENTS)
    servings = _servings(item.get("recipeYield"))
    identifier = item.get("identifier")
    return FoundRecipe(
        _shortened(name_en, MAX_MEAL_NAME),
        _shortened(name_nl, MAX_MEAL_NAME),
        tuple(lines),
        servings,
        _first_text(item.get("description"))[:MAX_NOTE],
        identifier if isinstance(identifier, str) else "",
    )


def _servings(value: object) -> int:
    """recipeYield's first whole number; 1 when it gives none."""
    for text in value if isinstance(value, list) else [value]:
        if isinstance(text, bool):
            continue
        if isinstance(text, (int, float)) and text == text and abs(text) < 1e9:
            text = str(int(text))
        found = _WHOLE.search(text) if isinstance(text, str) else None
        if found:
            servings = int(found.group()[:6])
            if not 1 <= servings <= MAX_SERVINGS:
                raise RecipeImportError("recipes.servings", servings=servings, most=MAX_SERVINGS)
            return servings
    return 1


def _first_text(value: object) -> str:
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, str)), "")
    return _text(value) if isinstance(value, str) else ""


def _text(value: str) -> str:
    """Text from a web page as one plain line: tags out, entities read, spaces collapsed."""
    plain = _SPACE.sub(" ", html.unescape(_TAG.sub(" ", value))).strip()
    plain = _BEFORE_MARK.sub(r"\1", plain)  # "<b>overnight</b>." is "overnight."
    return "".join(c for c in plain if c.isprintable() and not 0xD800 <= ord(c) <= 0xDFFF)


def _shortened(text: str, longest: int) -> str:
    """The text, or its start with an ellipsis, in at most `longest` characters."""
    return text if len(text) <= longest else text[: longest - 1].rstrip() + "…"


def to_recipe(meal: SavedMeal, foods: FoodTable) -> dict[str, Any]:
    """One saved meal as a schema.org Recipe."""
    lines = [f"{i.grams:g} g {foods.name(i.food_id)}" for i in meal.ingredients]
    out: dict[str, Any] = {
        "@context": CONTEXT,
        "@type": "Recipe",
        "identifier": meal.meal_id,
        "name": meal.name_en,
        "inLanguage": "en",
        "recipeYield": f"{meal.servings} serving" + ("s" if meal.servings != 1 else ""),
        "recipeIngredient": lines + list(meal.unmatched),
    }
    if meal.name_nl != meal.name_en:
        out["alternateName"] = meal.name_nl
    if meal.notes:
        out["description"] = meal.notes
    return out


def dumps(meals: list[SavedMeal], foods: FoodTable) -> bytes:
    """The meals as a JSON-LD file: one Recipe object, or a list of them."""
    recipes = [to_recipe(m, foods) for m in meals]
    document = recipes[0] if len(recipes) == 1 else recipes
    return (json.dumps(document, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
