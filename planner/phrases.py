"""The printouts' words, the text report's and `magplan meals`', in English and Dutch: the one
source of the words on paper, whether the window prints or the command line (`--lang`).

Sentences with a code (errors, the command line's other lines) are in planner/texts.py; these
are the word sets a printout or the report lays out.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from planner.report import ENGLISH, Labels
from planner.shopping import UNKNOWN_SECTION
from planner.totals import RatioStatus, Status

DUTCH = Labels(
    shopping_list="Boodschappenlijst",
    people_one="voor 1 persoon",
    people_many="voor {n} personen",
    about="ongeveer",
    exact="exact totaal",
    in_stock="In huis (niet op de lijst)",
    week="Weekmenu",
    unmatched="In bewaarde maaltijden, niet gekoppeld aan een voedingsmiddel (niet meegeteld)",
    servings_one="1 portie",
    servings_many="{n} porties",
    meals={"breakfast": "Ontbijt", "lunch": "Lunch", "dinner": "Diner", "snack": "Tussendoor"},
    note="Notitie",
    nutrients={"magnesium": "Magnesium", "calcium": "Calcium", "vitamin_d": "Vitamine D"},
    status={
        Status.OK: "\u2713 Op doel",
        Status.LOW: "\u26a0 Onder doel",
        Status.POSSIBLY_LOW: "? Mogelijk laag",
        Status.ABOVE_LIMIT: "\u26a0 Boven bovengrens",
    },
    ratio_status={
        RatioStatus.BELOW: "onder de bandbreedte",
        RatioStatus.IN_BAND: "binnen de bandbreedte",
        RatioStatus.ABOVE: "boven de bandbreedte",
        RatioStatus.UNKNOWN: "-",
    },
    targets="Doelen",
    band="bandbreedte",
    person={"F": "vrouw", "M": "man", "pregnancy": "zwangerschap", "lactation": "borstvoeding"},
    supplements="Supplementen, naast voeding",
    with_supplements="+ suppl.",
    at_least_note="\u2265 betekent ten minste: van sommige voedingsmiddelen ontbreekt een waarde.",
    disclaimer="Magplan informeert; het geeft geen medisch advies.",
    weekdays=("ma", "di", "wo", "do", "vr", "za", "zo"),
    months=("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"),
    sections={
        "vegetables": "Groente",
        "fruit": "Fruit",
        "bread and cereals": "Brood en ontbijtgranen",
        "grains and pasta": "Graan, rijst en pasta",
        "potatoes": "Aardappelen",
        "legumes": "Peulvruchten",
        "nuts and seeds": "Noten en zaden",
        "dairy and eggs": "Zuivel en eieren",
        "cheese": "Kaas",
        "meat": "Vlees",
        "fish": "Vis",
        "plant proteins": "Vleesvervangers",
        "fats and spreads": "Vetten en smeersels",
        "sweets and snacks": "Snoep en snacks",
        "drinks": "Dranken",
        "herbs and spices": "Kruiden en specerijen",
        "other": "Overig",
        UNKNOWN_SECTION: "Niet in de voedingstabel",
    },
    decimal=",",
    lang="nl",
)


@dataclass(frozen=True)
class ReportWords:
    """The text report's words; the templates take str.format fields.

    Day names, the words for the person and the decimal sign are the printout's (`labels`).
    """

    targets: str = (
        "Targets ({standard}, {person}): magnesium {mg} mg, calcium {ca} mg, "
        "vitamin D {d} µg; Ca:Mg band {low}-{high}"
    )
    columns: tuple[str, ...] = ("date", "day", "magnesium mg", "calcium mg", "vit D µg", "missing")
    flags: tuple[str, ...] = ("ok", "! LOW", "? possibly low", "! ABOVE LIMIT")
    short_flags: tuple[str, ...] = ("", "low", "low?", "HIGH")
    below: str = (
        "{below} of {days} days below the magnesium target; week average {average} of {target} mg"
    )
    supplements: str = "Supplements (apart from food): "
    supplement_names: tuple[str, ...] = ("vitamin d", "magnesium", "calcium")
    above_limit: str = "! the {name} supplement is above the upper limit of {limit} a day"
    # Columns shown when the plan has supplements, and for pregnancy and breastfeeding.
    with_supplements: str = "with supplements"
    caffeine: str = "caffeine mg"
    short_names: tuple[str, ...] = ("Mg", "Ca", "D")
    day_above_limit: str = (
        "! {date}: {name} with supplements is {amount} {unit}, above the "
        "upper limit of {limit} {unit}"
    )
    caffeine_above: str = "! {date}: {amount} mg caffeine, above the {limit} mg advised at most"
    labels: Labels = ENGLISH

    def number(self, value: float, spec: str) -> str:
        """value formatted by the spec ('g', '.0f', ...) with this language's decimal sign."""
        return format(value, spec).replace(".", self.labels.decimal)

    def flag(self, status: Status, short: bool = False) -> str:
        return (self.short_flags if short else self.flags)[list(Status).index(status)]

    def supplement(self, key: str) -> str:
        """'vitamin d' for the key 'vitamin_d_ug'."""
        english = key.rsplit("_", 1)[0].replace("_", " ")
        return dict(zip(ReportWords.supplement_names, self.supplement_names))[english]


DUTCH_REPORT = ReportWords(
    targets=(
        "Doelen ({standard}, {person}): magnesium {mg} mg, calcium {ca} mg, "
        "vitamine D {d} µg; Ca:Mg-bandbreedte {low}-{high}"
    ),
    columns=("datum", "dag", "magnesium mg", "calcium mg", "vit. D µg", "ontbreekt"),
    flags=("ok", "! ONDER DOEL", "? mogelijk laag", "! BOVEN GRENS"),
    short_flags=("", "laag", "laag?", "HOOG"),
    below=(
        "{below} van {days} dagen onder het magnesiumdoel; weekgemiddelde {average} van {target} mg"
    ),
    supplements="Supplementen (naast voeding): ",
    supplement_names=("vitamine D", "magnesium", "calcium"),
    above_limit="! het {name}supplement ligt boven de bovengrens van {limit} per dag",
    with_supplements="met supplementen",
    caffeine="cafeïne mg",
    day_above_limit=(
        "! {date}: {name} met supplementen is {amount} {unit}, boven de "
        "bovengrens van {limit} {unit}"
    ),
    caffeine_above="! {date}: {amount} mg cafeïne, boven de geadviseerde {limit} mg",
    labels=DUTCH,
)
ENGLISH_REPORT = ReportWords()


def printout_words(lang: str) -> Labels:
    """The printouts' words (the window's and the command line's); the food names follow lang
    too."""
    return PRINTOUT_WORDS[lang]


def report_words(lang: str) -> ReportWords:
    return REPORT_WORDS[lang]


@dataclass(frozen=True)
class MealWords:
    """The words of `magplan meals`; the templates take str.format fields. Servings and
    amounts are said as the printouts say them (`Labels`)."""

    serving: str = "one serving {grams} g"
    per_serving: str = "Per serving:"
    lacking: str = "≥ at least: {missing} of {lines} ingredient lines lack a value for {nutrients}"
    ingredients: str = "Ingredients (the whole recipe):"
    unmatched: str = "Not matched to a food (counted as unknown):"
    notes: str = "Notes: {notes}"
    dutch: str = "Dutch: {name}"
    columns: tuple[str, ...] = ("id", "name", "servings", "Mg mg", "Ca mg", "D µg", "(per serving)")
    none: str = "no saved meals in {folder}"
    no_match: str = "no saved meal matches"
    saved: str = "Saved {meal_id}"
    matched: str = "{name} ({servings}): {matched} of {lines} ingredient lines matched"
    how: dict[str, str] = field(
        default_factory=lambda: {
            "grams": "{food}, {grams} g",
            "volume": "{food}, {grams} g (1 ml taken as 1 g)",
            "portions": "{food}, {grams} g ({portions} × {portion})",
            "chosen": "{food}, {grams} g",
            "no_amount": "not matched: no amount in grams ({food}?)",
            "no_food": "not matched: no food of the table found",
        }
    )
    skipped: str = "Skipped {reason}"
    dry_run: str = "Nothing saved (--dry-run)."
    wrote: str = "Wrote {count} saved meal(s) to {path}"
    removed: str = "Removed {meal_id} ({name})"
    nutrients: tuple[str, ...] = ("magnesium", "calcium", "vitamin D", "energy")


DUTCH_MEALS = MealWords(
    serving="één portie {grams} g",
    per_serving="Per portie:",
    lacking="≥ ten minste: bij {missing} van de {lines} ingrediëntregels ontbreekt een waarde "
    "voor {nutrients}",
    ingredients="Ingrediënten (het hele recept):",
    unmatched="Niet gekoppeld aan een voedingsmiddel (telt als onbekend):",
    notes="Notities: {notes}",
    dutch="Engels: {name}",
    columns=("id", "naam", "porties", "Mg mg", "Ca mg", "D µg", "(per portie)"),
    none="geen bewaarde maaltijden in {folder}",
    no_match="geen bewaarde maaltijd gevonden",
    saved="Bewaard als {meal_id}",
    matched="{name} ({servings}): {matched} van de {lines} ingrediëntregels gekoppeld",
    how={
        "grams": "{food}, {grams} g",
        "volume": "{food}, {grams} g (1 ml gerekend als 1 g)",
        "portions": "{food}, {grams} g ({portions} × {portion})",
        "chosen": "{food}, {grams} g",
        "no_amount": "niet gekoppeld: geen hoeveelheid in gram ({food}?)",
        "no_food": "niet gekoppeld: geen voedingsmiddel uit de tabel gevonden",
    },
    skipped="Overgeslagen: {reason}",
    dry_run="Niets bewaard (--dry-run).",
    wrote="{count} bewaarde maaltijd(en) geschreven naar {path}",
    removed="{meal_id} ({name}) verwijderd",
    nutrients=("magnesium", "calcium", "vitamine D", "energie"),
)
ENGLISH_MEALS = MealWords()


def meal_words(lang: str) -> MealWords:
    return MEAL_WORDS[lang]


# By language, for each of messages.LANGUAGES.
PRINTOUT_WORDS = {"en": ENGLISH, "nl": DUTCH}
REPORT_WORDS = {"en": ENGLISH_REPORT, "nl": DUTCH_REPORT}
MEAL_WORDS = {"en": ENGLISH_MEALS, "nl": DUTCH_MEALS}
