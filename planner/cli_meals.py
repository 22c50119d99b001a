"""`magplan meals list|show|add|import|export|remove`: saved meals on the command line.

The meals live in the data folder (planner.saved_meals), as the window's do. Each command
that prints takes --lang nl for Dutch words and names.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from planner import phrases, recipe_ld
from planner.file_io import read_bytes, write_output
from planner.foods import NUTRIENTS, FoodTable
from planner.ingredient_lines import How, LineMatch, match_line
from planner.library import default_folder
from planner.messages import LANGUAGES, say
from planner.saved_meals import Ingredient, MealError, MealFigures, SavedMeal, SavedMeals, new_meal
from planner.schema import MAX_FILE_BYTES, MAX_SERVINGS

Out = Callable[[str], None]
# The columns of the figures shown, with their units and decimals.
SHOWN = (
    ("magnesium_mg", "mg", 0),
    ("calcium_mg", "mg", 0),
    ("vitamin_d_ug", "µg", 1),
    ("energy_kcal", "kcal", 0),
)


def add_meals_commands(
    commands: argparse._SubParsersAction, parser_class: type, run_with_foods: Callable
) -> None:
    """The `meals` command and its subcommands; run_with_foods(run) gives run the food
    table as cli.food_table() opens it."""
    meals = commands.add_parser("meals", help="saved meals: compose once, reuse on any day")
    sub = meals.add_subparsers(dest="meals_command", required=True, parser_class=parser_class)

    def lang(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
        parser.add_argument(
            "--lang", choices=LANGUAGES, default="en", help="language of the words and names"
        )
        return parser

    listing = lang(sub.add_parser("list", help="the saved meals, with figures per serving"))
    listing.add_argument("text", nargs="*", help="only the meals whose names match")
    listing.set_defaults(run=run_with_foods(run_list))

    show = lang(sub.add_parser("show", help="a saved meal: ingredients, figures per serving"))
    show.add_argument("meal", help="its id or name")
    show.set_defaults(run=run_with_foods(run_show))

    add = lang(sub.add_parser("add", help="save a meal of foods of the table"))
    add.add_argument("name", help="the English name")
    add.add_argument("--nl", dest="name_nl", default="", help="the Dutch name")
    add.add_argument(
        "--ingredient",
        "-i",
        action="append",
        required=True,
        metavar="LINE",
        help="an ingredient as a recipe writes it ('40 g rolled oats', "
        "'1 banana', '40 g ciqual:32140'); give one for each",
    )
    add.add_argument(
        "--servings",
        type=int,
        default=1,
        help=f"how many servings the ingredients make (1 to {MAX_SERVINGS})",
    )
    add.add_argument("--notes", default="")
    add.add_argument("--replace", metavar="MEAL", help="save in place of this saved meal")
    add.set_defaults(run=run_with_foods(run_add))

    imports = lang(
        sub.add_parser(
            "import", help="recipes from a schema.org Recipe JSON-LD file or a saved recipe page"
        )
    )
    imports.add_argument("file", type=Path)
    imports.add_argument(
        "--dry-run", action="store_true", help="show what each line matches, save nothing"
    )
    imports.set_defaults(run=run_with_foods(run_import))

    export = lang(sub.add_parser("export", help="saved meals as schema.org Recipe JSON-LD"))
    export.add_argument("meals", nargs="*", metavar="MEAL", help="ids or names (default: all)")
    export.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        metavar="OUT",
        help="the JSON-LD file to write ('-' for standard output)",
    )
    export.set_defaults(run=run_with_foods(run_export))

    remove = lang(sub.add_parser("remove", help="take a saved meal out"))
    remove.add_argument("meal", help="its id or name")
    remove.set_defaults(run=run_remove)


def book() -> SavedMeals:
    return SavedMeals.open(default_folder())


def run_list(args: argparse.Namespace, foods: FoodTable, out: Out) -> int:
    words, meals = phrases.meal_words(args.lang), book()
    if not meals.meals:
        out(words.none.format(folder=meals.folder))
        return 0
    found = meals.search(" ".join(args.text))
    if not len(found):
        out(words.no_match)
        return 1
    figures = meals.figures(foods)
    number = phrases.printout_words(args.lang).number
    id_, name, servings, mg, ca, d, per = words.columns
    width = max(len(m.meal_id) for m in meals.meals)
    out(f"{id_:<{width}}  {name:<36} {servings:>8} {mg:>7} {ca:>7} {d:>6}  {per}")
    for position in found.tolist():
        meal = meals.meals[position]
        cells = [
            _amount(figures, position, column, decimals, number)
            for column, _, decimals in SHOWN[:3]
        ]
        out(
            f"{meal.meal_id:<{width}}  {meal.name(args.lang)[:36]:<36} {meal.servings:>8} "
            f"{cells[0]:>7} {cells[1]:>7} {cells[2]:>6}"
        )
    return 0


def _amount(
    figures: MealFigures,
    position: int,
    column: str,
    decimals: int,
    number: Callable[[float, int], str],
) -> str:
    """'136', or '≥136' when an ingredient lacks the value."""
    j = NUTRIENTS.index(column)
    text = number(float(figures.known[position, j]), decimals)
    return f"≥{text}" if figures.missing[position, j] else text


def run_show(args: argparse.Namespace, foods: FoodTable, out: Out) -> int:
    meals = book()
    meal = meals.find(args.meal)
    show_meal(meal, meals.figures(foods), meals.meals.index(meal), foods, args.lang, out)
    return 0


def show_meal(
    meal: SavedMeal, figures: MealFigures, position: int, foods: FoodTable, lang: str, out: Out
) -> None:
    words, labels = phrases.meal_words(lang), phrases.printout_words(lang)
    other = meal.name_en if lang == "nl" else meal.name_nl
    out(
        f"{meal.name(lang)}  ({meal.meal_id})"
        + (f"  {words.dutch.format(name=other)}" if other != meal.name(lang) else "")
    )
    out(
        f"{labels.servings(meal.servings)}; "
        f"{words.serving.format(grams=labels.number(meal.serving_grams))}"
    )
    figure = figures.of(position)
    out(
        f"{words.per_serving} "
        + ", ".join(
            f"{name} {_amount(figures, position, column, decimals, labels.number)} {unit}"
            for (column, unit, decimals), name in zip(SHOWN, words.nutrients)
        )
    )
    lacking: dict[int, list[str]] = {}
    for (column, _, _), name in zip(SHOWN, words.nutrients):
        if figure.missing[column]:
            lacking.setdefault(figure.missing[column], []).append(name)
    for missing, names in lacking.items():
        out(
            "  "
            + words.lacking.format(missing=missing, lines=figure.foods, nutrients=", ".join(names))
        )
    out(words.ingredients)
    for ingredient in meal.ingredients:
        out(
            f"  {labels.grams(ingredient.grams):>9}  {foods.name(ingredient.food_id, lang)}"
            f"  ({ingredient.food_id})"
        )
    if meal.unmatched:
        out(words.unmatched)
        for line in meal.unmatched:
            out(f"  {line}")
    if meal.notes:
        out(words.notes.format(notes=meal.notes))


def describe_match(match: LineMatch, foods: FoodTable, lang: str) -> str:
    """'Rolled oats, 40 g', or why the line stays unmatched."""
    words, labels = phrases.meal_words(lang), phrases.printout_words(lang)
    food = foods.name(match.food_id, lang) if match.food_id else ""
    portion = (
        foods.portion(match.food_id, lang) if match.food_id and match.how is How.PORTIONS else ""
    )
    return words.how[match.how].format(
        food=food,
        grams=labels.number(match.grams or 0.0, 0 if (match.grams or 0) >= 10 else 1),
        portions=f"{match.portions or 0:g}",
        portion=portion,
    )


def run_add(args: argparse.Namespace, foods: FoodTable, out: Out) -> int:
    meals = book()
    matches = [match_line(line, foods) for line in args.ingredient]
    for found in matches:
        if not found.matched:
            raise MealError(
                "meals.ingredient",
                line=repr(found.line),
                match=describe_match(found, foods, args.lang),
            )
    ingredients = [
        Ingredient(m.food_id, m.grams, m.portions)
        for m in matches
        if m.food_id is not None and m.grams is not None
    ]
    meal_id = meals.find(args.replace).meal_id if args.replace else meals.free_id(args.name)
    if not 1 <= args.servings <= MAX_SERVINGS:
        raise MealError("meals.servings", most=MAX_SERVINGS, value=args.servings)
    meal = new_meal(meal_id, args.name, args.name_nl, ingredients, args.servings, notes=args.notes)
    meals.put(meal)
    out(phrases.meal_words(args.lang).saved.format(meal_id=meal.meal_id))
    show_meal(meal, meals.figures(foods), meals.meals.index(meal), foods, args.lang, out)
    return 0


def run_import(args: argparse.Namespace, foods: FoodTable, out: Out) -> int:
    words, labels, meals = phrases.meal_words(args.lang), phrases.printout_words(args.lang), book()
    data = read_bytes(args.file, recipe_ld.RecipeImportError, "recipe file", limit=MAX_FILE_BYTES)
    try:
        recipes, skipped = recipe_ld.read_recipes(data)
    except recipe_ld.RecipeImportError as err:
        raise recipe_ld.RecipeImportError(
            "file.in", path=str(args.file), error=err.message
        ) from None
    for reason in skipped:
        out(words.skipped.format(reason=say(reason, args.lang)))
    chosen: list[SavedMeal] = []
    for recipe in recipes:
        proposal = recipe_ld.propose(recipe, foods)
        out(
            words.matched.format(
                name=recipe.name_en,
                servings=labels.servings(recipe.servings),
                matched=proposal.matched,
                lines=len(proposal.matches),
            )
        )
        width = max(len(m.line) for m in proposal.matches)
        for match in proposal.matches:
            out(f"  {match.line:<{min(width, 40)}} -> {describe_match(match, foods, args.lang)}")
        if args.dry_run:
            continue
        try:
            meal = proposal.saved_meal(meals, taken={m.meal_id for m in chosen})
        except MealError as err:
            out(words.skipped.format(reason=say(err, args.lang)))
            continue
        chosen.append(meal)
    if args.dry_run:
        out(words.dry_run)
    elif chosen:
        meals.put_all(chosen)
        out(words.saved.format(meal_id=", ".join(m.meal_id for m in chosen)))
    return 0


def run_export(args: argparse.Namespace, foods: FoodTable, out: Out) -> int:
    meals = book()
    chosen = [meals.find(text) for text in args.meals] if args.meals else list(meals.meals)
    if not chosen:
        raise MealError("meals.none_to_export", folder=str(meals.folder))
    write_output(args.output, recipe_ld.dumps(chosen, foods))
    if str(args.output) != "-":
        out(phrases.meal_words(args.lang).wrote.format(count=len(chosen), path=args.output))
    return 0


def run_remove(args: argparse.Namespace, out: Out) -> int:
    meals = book()
    meal = meals.remove(meals.find(args.meal).meal_id)
    out(
        phrases.meal_words(args.lang).removed.format(
            meal_id=meal.meal_id, name=meal.name(args.lang)
        )
    )
    return 0
