"""The planner's sentences, by code: (English, Dutch), in the order of messages.LANGUAGES.

Fields are `{name}`, filled by str.format (planner/messages.py). A field holding a Message
(`what`, `place`, `meal`, `reason`, ...) is said in the same language; `value` and the like
are the user's own input, shown as written. tests/test_messages.py checks that every code
has every language with the same fields.
"""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    # --- what a value is called, where it is -------------------------------------------
    "what.grams": ("grams", "gram"),
    "what.portions": ("portions", "porties"),
    "what.entry": ("the entry", "het item"),
    "what.note": ("the note", "de notitie"),
    "what.day": ("the day", "de dag"),
    "what.its_date": ("its date", "de datum"),
    "what.its_meals": ("its meals", "de maaltijden"),
    "what.start": ("the start", "het begin"),
    "what.last_day": ("the last day", "de laatste dag"),
    "what.plan": ("the plan", "het plan"),
    "what.days": ("days", "de dagen"),
    "what.supplements": ("supplements", "de supplementen"),
    "what.supplement": (
        "a daily supplement of {nutrient}",
        "een dagelijks supplement van {nutrient}",
    ),
    "what.ratio_band": ("the Ca:Mg band", "de Ca:Mg-bandbreedte"),
    "what.exclusions": ("exclusions", "de uitsluitingen"),
    "what.favourites": ("favourites", "de favorieten"),
    "what.disliked": ("disliked", "de afgewezen voedingsmiddelen"),
    "what.in_stock": ("in stock", "in huis"),
    "what.ticked": ("ticked", "afgevinkt"),
    "what.household_size": ("household size", "de grootte van het huishouden"),
    "what.food_id": ("a food id", "een voedingsmiddel-id"),
    "what.age": ("age in years", "de leeftijd in jaren"),
    "what.own_target": ("own target for {nutrient}", "het eigen doel voor {nutrient}"),
    "what.own_targets": ("own targets", "de eigen doelen"),
    "what.it": ("it", "het"),
    "what.week_date": ("the week's date", "de datum van de week"),
    "what.date": ("the date", "de datum"),
    "what.custom_food": ("custom food", "eigen voedingsmiddel"),
    "what.copied_foods": ("the foods", "de voedingsmiddelen"),
    "what.copied_entries": ("the entries", "de items"),
    "what.entries": ("entries", "de items"),
    "what.sources": ("sources", "de herkomst"),
    "what.day_number": ("day", "de dag"),
    "what.position": ("position", "de positie"),
    "what.servings": ("servings", "porties"),
    "what.ingredient": ("the ingredient", "het ingrediënt"),
    "what.ingredient_line": ("an ingredient line", "een ingrediëntregel"),
    "what.its_ingredients": ("its ingredients", "de ingrediënten"),
    "what.its_unmatched_lines": ("its unmatched lines", "de niet gekoppelde regels"),
    "what.meal_name": ("the meal's name", "de naam van de maaltijd"),
    "what.meal_dutch_name": ("the meal's Dutch name", "de Nederlandse naam van de maaltijd"),
    "what.saved_meal": ("the saved meal", "de bewaarde maaltijd"),
    "what.saved_meal_name": ("the saved meal's name", "de naam van de bewaarde maaltijd"),
    "what.the_name": ("the name", "de naam"),
    "what.the_dutch_name": ("the Dutch name", "de Nederlandse naam"),
    "what.the_plan": ("the plan", "het plan"),
    "what.the_meals_file": ("the meals file", "het maaltijdenbestand"),
    "what.meals": ("meals", "de maaltijden"),
    "place.day": ("day {number}", "dag {number}"),
    "place.entry": ("{place}, {meal}, entry {number}", "{place}, {meal}, item {number}"),
    "place.an_entry": ("an entry", "een item"),
    "place.profile": ("the profile", "het profiel"),
    "place.copied_day": ("the copied day", "de gekopieerde dag"),
    "place.ingredient": ("ingredient {number}", "ingrediënt {number}"),
    "place.its_saved_meal": ("its saved meal", "de bewaarde maaltijd"),
    "place.saved_meal": ("saved meal {number}", "bewaarde maaltijd {number}"),
    # The plan file's keys, in English; the meals' names in Dutch.
    "meal.breakfast": ("breakfast", "ontbijt"),
    "meal.lunch": ("lunch", "lunch"),
    "meal.dinner": ("dinner", "diner"),
    "meal.snack": ("snack", "tussendoortje"),
    "nutrient.magnesium": ("magnesium", "magnesium"),
    "nutrient.calcium": ("calcium", "calcium"),
    "nutrient.vitamin_d": ("vitamin_d", "vitamine D"),
    "stage.pregnancy": ("pregnancy", "zwangerschap"),
    "stage.lactation": ("lactation", "borstvoeding"),
    # --- a value a plan cannot hold (planner/schema.py) ---------------------------------
    "schema.at": ("{place}: {error}", "{place}: {error}"),
    "schema.not_number": (
        "{what} must be a number, not {value}",
        "{what} moet een getal zijn, niet {value}",
    ),
    "schema.above": (
        "{what} must be above {low} and at most {high}, not {value}",
        "{what} moet boven {low} liggen en hoogstens {high} zijn, niet {value}",
    ),
    "schema.from": (
        "{what} must be from {low} and at most {high}, not {value}",
        "{what} moet minstens {low} en hoogstens {high} zijn, niet {value}",
    ),
    "schema.whole_number": (
        "{what} must be a whole number from {low} to {high}, not {value}",
        "{what} moet een geheel getal van {low} tot en met {high} zijn, niet {value}",
    ),
    "schema.not_text": ("{what} must be text, not {value}", "{what} moet tekst zijn, niet {value}"),
    "schema.too_long": (
        "{what} must be at most {longest} characters, not {length}",
        "{what} mag hoogstens {longest} tekens lang zijn, niet {length}",
    ),
    "schema.surrogate": (
        "{what} holds a lone surrogate ({value}), which is not text",
        "{what} bevat een los surrogaatteken ({value}); dat is geen tekst",
    ),
    "schema.food_id_not_text": (
        "a food id must be text, not {value}",
        "een voedingsmiddel-id moet tekst zijn, niet {value}",
    ),
    "schema.food_id_control": (
        "a food id cannot hold control characters: {value}",
        "een voedingsmiddel-id mag geen stuurtekens bevatten: {value}",
    ),
    "schema.not_food_ids": (
        "{what} must be a list of food ids, not {value}",
        "{what} moet een lijst van voedingsmiddel-id's zijn, niet {value}",
    ),
    "schema.too_many_foods": (
        "{what} can list at most {most} foods, not {count}",
        "{what} kan hoogstens {most} voedingsmiddelen noemen, niet {count}",
    ),
    "schema.not_date": (
        "{what} must be a date like 2026-11-30, not {value}",
        "{what} moet een datum zijn zoals 2026-11-30, niet {value}",
    ),
    "schema.years": (
        "{what} must be in the years {first} to {last}, not {day}",
        "{what} moet in de jaren {first} tot en met {last} liggen, niet {day}",
    ),
    "schema.not_list": (
        "{what} must be a list, not {value}",
        "{what} moet een lijst zijn, niet {value}",
    ),
    "schema.not_object": (
        "{what} must be a JSON object, not {value}",
        "{what} moet een JSON-object zijn, niet {value}",
    ),
    "schema.lacks": ("{what} lacks {key}", "{what} mist {key}"),
    "schema.unknown_key": (
        "{what} has an unknown key {key}",
        "{what} heeft een onbekende sleutel {key}",
    ),
    "json.too_large": (
        "larger than {megabytes} MB, the most Magplan reads",
        "groter dan {megabytes} MB, het meeste dat Magplan leest",
    ),
    "json.not_utf8": ("damaged (not UTF-8 text)", "beschadigd (geen UTF-8-tekst)"),
    "json.too_deep": (
        "damaged (nested more than {depth} deep)",
        "beschadigd (dieper genest dan {depth} lagen)",
    ),
    "json.constant": (
        "damaged (not valid JSON: {name} is not a JSON number)",
        "beschadigd (geen geldige JSON: {name} is geen JSON-getal)",
    ),
    "json.invalid": (
        "damaged (not valid JSON: {reason} at line {line})",
        "beschadigd (geen geldige JSON: {reason} op regel {line})",
    ),
    # The json module's own reasons (its English), as schema.JSON_REASONS names them.
    "json.expecting_value": ("Expecting value", "waarde verwacht"),
    "json.extra_data": ("Extra data", "meer gegevens na het einde"),
    "json.unterminated_string": ("Unterminated string starting at", "niet afgesloten tekst vanaf"),
    "json.control_character": ("Invalid control character at", "ongeldig stuurteken op"),
    "json.bad_u_escape": ("Invalid \\uXXXX escape", "ongeldige \\uXXXX-code"),
    "json.expecting_name": (
        "Expecting property name enclosed in double quotes",
        "naam tussen dubbele aanhalingstekens verwacht",
    ),
    "json.expecting_colon": ("Expecting ':' delimiter", "':' verwacht"),
    "json.expecting_comma": ("Expecting ',' delimiter", "',' verwacht"),
    # --- the plan (planner/plan.py, planner/storage.py) ---------------------------------
    "plan.meals": ("a day has the meals {meals}", "een dag heeft de maaltijden {meals}"),
    "plan.meal_holds": (
        "{meal} holds {count} entries; a meal holds at most {most}",
        "{meal} bevat {count} items; een maaltijd bevat hoogstens {most}",
    ),
    "plan.days": (
        "a week plan has {days} days, not {count}",
        "een weekplan heeft {days} dagen, niet {count}",
    ),
    "plan.day_date": (
        "day {number} is {date}, not {expected}",
        "dag {number} is {date}, niet {expected}",
    ),
    "plan.ratio_nudge": (
        "ratio_nudge must be true or false, not {value}",
        "ratio_nudge moet true of false zijn, niet {value}",
    ),
    "plan.exclusion": (
        "exclusions are {known}, not {value}",
        "de uitsluitingen zijn {known}, niet {value}",
    ),
    "plan.band_numbers": (
        "the Ca:Mg band is two numbers, not {count}",
        "de Ca:Mg-bandbreedte bestaat uit twee getallen, niet {count}",
    ),
    "plan.exclusions_text": (
        "exclusions are text, not {value}",
        "de uitsluitingen zijn tekst, niet {value}",
    ),
    "plan.not_in_week": (
        "{date} is not in the week of {start}",
        "{date} valt niet in de week van {start}",
    ),
    "plan.day_index": (
        "day must be 0 to {last}, not {value}",
        "de dag moet 0 tot en met {last} zijn, niet {value}",
    ),
    "plan.meal_key": (
        "meal must be one of {meals}, not {value}",
        "de maaltijd moet een van {meals} zijn, niet {value}",
    ),
    "plan.no_entry": (
        "there is no entry {number} in {meal} of day {day}",
        "er is geen item {number} in {meal} van dag {day}",
    ),
    "plan.insert_at": (
        "cannot insert at position {position} of {meal}",
        "kan niet invoegen op plaats {position} van {meal}",
    ),
    "plan.meal_full": (
        "{meal} of day {day} holds {count} entries; a meal holds at most {most}",
        "{meal} van dag {day} bevat {count} items; een maaltijd bevat hoogstens {most}",
    ),
    "plan.move_to": (
        "cannot move to position {position} of {meal}",
        "kan niet verplaatsen naar plaats {position} van {meal}",
    ),
    "plan.ids_for_entries": (
        "{ids} food ids for {entries} entries",
        "{ids} voedingsmiddel-id's voor {entries} items",
    ),
    "plan.band_order": (
        "the Ca:Mg band must run from a low to a higher number, not {low}-{high}",
        "de Ca:Mg-bandbreedte moet van een laag naar een hoger getal lopen, niet {low}-{high}",
    ),
    "plan.supplement_key": (
        "supplements are {known}, not {value}",
        "de supplementen zijn {known}, niet {value}",
    ),
    "plan.not_a_place": ("not a place in the plan: {value}", "geen plaats in het plan: {value}"),
    "plan.name": (
        "{what} must be a name on one line, not {value}",
        "{what} moet een naam op één regel zijn, niet {value}",
    ),
    "plan.line": (
        "an ingredient line must be text on one line, not {value}",
        "een ingrediëntregel moet tekst op één regel zijn, niet {value}",
    ),
    "plan.lines": (
        "a saved meal has at most {most} ingredient lines, not {count}",
        "een bewaarde maaltijd heeft hoogstens {most} ingrediëntregels, niet {count}",
    ),
    "plan.no_ingredient": (
        "a saved meal needs at least one ingredient from the food table",
        "een bewaarde maaltijd heeft minstens één ingrediënt uit de voedingsmiddelentabel nodig",
    ),
    "plan.not_ingredient": (
        "not a food and its grams: {value}",
        "geen voedingsmiddel met zijn grammen: {value}",
    ),
    "plan.not_saved_meal": ("not a saved meal: {value}", "geen bewaarde maaltijd: {value}"),
    "plan.week_lines": (
        "the week's saved meals would hold {count} ingredient lines; a week holds at most {most}",
        "de bewaarde maaltijden van de week zouden {count} ingrediëntregels "
        "bevatten; een week bevat er hoogstens {most}",
    ),
    "plan.ids_for_entry": (
        "{ids} food ids for entry {number}, which names {names}",
        "{ids} voedingsmiddel-id's voor item {number}, dat er {names} noemt",
    ),
    "file.not_magplan": ("not a Magplan {noun}", "geen {noun} van Magplan"),
    "file.version": (
        "{what}'s format version must be a whole number from 1, not {value}",
        "de formaatversie van {what} moet een geheel getal vanaf 1 zijn, niet {value}",
    ),
    "file.newer": (
        "{what} was saved by a newer Magplan (format {version}; this one reads up to {known})",
        "{what} is bewaard door een nieuwere Magplan (formaat {version}; deze leest "
        "tot en met {known})",
    ),
    # --- the profile (planner/targets.py) -----------------------------------------------
    "profile.sex": (
        "sex must be F or M, not {value}",
        "het geslacht moet F of M zijn, niet {value}",
    ),
    "profile.life_stage": (
        "life stage must be pregnancy or lactation, not {value}",
        "de levensfase moet pregnancy of lactation zijn, niet {value}",
    ),
    "profile.stage_needs_f": ("{stage} needs sex F", "{stage} vraagt geslacht F"),
    "profile.standard": (
        "standard must be one of {known}, not {value}",
        "de norm moet een van {known} zijn, niet {value}",
    ),
    "profile.own_target_for": (
        "no own target can be set for {value}",
        "voor {value} kan geen eigen doel worden gezet",
    ),
    "profile.no_value": (
        "the {standard} standard has no {nutrient} value for {who}",
        "de norm {standard} geeft geen waarde voor {nutrient} voor {who}",
    ),
    "profile.women_aged": ("women aged {age}", "vrouwen van {age}"),
    "profile.men_aged": ("men aged {age}", "mannen van {age}"),
    "profile.women_pregnancy": ("women aged {age} in pregnancy", "zwangere vrouwen van {age}"),
    "profile.women_lactation": (
        "women aged {age} in lactation",
        "vrouwen van {age} die borstvoeding geven",
    ),
    # --- files (planner/file_io.py) and the system's reasons ----------------------------
    "file.in": ("{path}: {error}", "{path}: {error}"),
    "file.missing": ("{path}: no such file", "{path}: dit bestand bestaat niet"),
    "file.is_folder": ("{path}: is a folder, not a {kind}", "{path}: is een map, geen {kind}"),
    "file.cannot_read": (
        "{path}: cannot be read ({reason})",
        "{path}: kan niet worden gelezen ({reason})",
    ),
    "file.too_large": (
        "{path}: larger than {megabytes} MB, the most a {kind} can be",
        "{path}: groter dan {megabytes} MB, het meeste dat een {kind} mag zijn",
    ),
    "file.cannot_write": (
        "{path}: cannot be written ({reason})",
        "{path}: kan niet worden geschreven ({reason})",
    ),
    "file.os_error": ("{path}: {reason}", "{path}: {reason}"),
    "file.it_is_a_folder": ("it is a folder", "het is een map"),
    "file.it_is_not_a_file": ("it is not a regular file", "het is geen gewoon bestand"),
    "file.pdf_not_drawn": ("the PDF could not be drawn", "de pdf kon niet worden getekend"),
    "file.not_csv": (
        "{file}: not a readable CSV file ({detail})",
        "{file}: geen leesbaar CSV-bestand ({detail})",
    ),
    "kind.file": ("file", "bestand"),
    "kind.plan": ("plan", "plan"),
    "kind.csv_file": ("CSV file", "CSV-bestand"),
    "kind.food_table": ("food table", "voedingsmiddelentabel"),
    "kind.meals_file": ("meals file", "maaltijdenbestand"),
    "kind.recipe_file": ("recipe file", "receptbestand"),
    # English: the system's own words; Dutch: ours.
    "errno.other": ("{strerror}", "{strerror}"),
    "errno.ENOENT": ("{strerror}", "bestand of map bestaat niet"),
    "errno.EACCES": ("{strerror}", "geen toestemming"),
    "errno.EPERM": ("{strerror}", "niet toegestaan"),
    "errno.EISDIR": ("{strerror}", "is een map"),
    "errno.ENOTDIR": ("{strerror}", "is geen map"),
    "errno.ENOSPC": ("{strerror}", "geen ruimte meer op het apparaat"),
    "errno.EDQUOT": ("{strerror}", "de schijfruimte die u mag gebruiken is op"),
    "errno.EROFS": ("{strerror}", "het bestandssysteem is alleen-lezen"),
    "errno.ENAMETOOLONG": ("{strerror}", "de naam is te lang"),
    "errno.ELOOP": ("{strerror}", "te veel symbolische koppelingen na elkaar"),
    "errno.EIO": ("{strerror}", "invoer-/uitvoerfout"),
    "errno.EBUSY": ("{strerror}", "het apparaat of de bron is bezet"),
    "errno.EAGAIN": ("{strerror}", "is in gebruik"),
    # --- a plan CSV (planner/csv_io.py) -------------------------------------------------
    "csv.not_utf8": ("not UTF-8 text (byte {byte})", "geen UTF-8-tekst (byte {byte})"),
    "csv.empty": ("the file is empty", "het bestand is leeg"),
    "csv.line": ("line {line}: {error}", "regel {line}: {error}"),
    "csv.which_week": (
        "the file gives weekdays but no dates: say which week it is",
        "het bestand noemt weekdagen maar geen datums: zeg welke week het is",
    ),
    "csv.outside_week": (
        "date {date} is outside the week of {start}",
        "datum {date} valt buiten de week van {start}",
    ),
    "csv.no_column": ("the file has no {column} column", "het bestand heeft geen kolom {column}"),
    "csv.no_date_column": (
        "the file has neither a 'date' nor a 'weekday' column",
        "het bestand heeft geen kolom 'date' en geen kolom 'weekday'",
    ),
    "csv.not_weekday": ("{value} is not a weekday", "{value} is geen weekdag"),
    "csv.no_date": ("no date or weekday", "geen datum of weekdag"),
    "csv.unknown_meal": (
        "unknown meal {value} (use {meals})",
        "onbekende maaltijd {value} (gebruik {meals})",
    ),
    "csv.unknown_food": ("unknown food id {value}", "onbekend voedingsmiddel-id {value}"),
    "csv.no_food_id": ("no food id", "geen voedingsmiddel-id"),
    "csv.not_date": (
        "{value} is not a date like 2026-11-30",
        "{value} is geen datum zoals 2026-11-30",
    ),
    "csv.no_grams": ("no grams", "geen gram"),
    "csv.no_portions": ("no portions", "geen porties"),
    "csv.no_servings": ("no servings", "geen porties"),
    "csv.saved_meal": ("saved meal {name}: {error}", "bewaarde maaltijd {name}: {error}"),
    "csv.decimal_comma": (
        "{what} {value} is not a number with a decimal comma",
        "{what} {value} is geen getal met een decimale komma",
    ),
    "csv.decimal_point": (
        "{what} {value} is not a number with a decimal point",
        "{what} {value} is geen getal met een decimale punt",
    ),
    "csv.not_number": ("{what} {value} is not a number", "{what} {value} is geen getal"),
    # --- balancing and the days of a shopping list ----------------------------------------
    "balance.exclusion": ("unknown exclusion {value}", "onbekende uitsluiting {value}"),
    "balance.allow": (
        "only {known} can be allowed, not {value}",
        "alleen {known} kunnen worden toegestaan, niet {value}",
    ),
    "balance.entry_changed": (
        "entry {number} of {meal} is no longer {food}",
        "item {number} van {meal} is niet meer {food}",
    ),
    "days.backwards": ("the days {days} run backwards", "de dagen {days} lopen achteruit"),
    "days.none": ("no days chosen", "geen dagen gekozen"),
    "days.not_date": ("{value} is not a date", "{value} is geen datum"),
    "days.not_day": (
        "{value} is not a day: use mon-sun, 1-7 or a date of the week",
        "{value} is geen dag: gebruik ma-zo, 1-7 of een datum in de week",
    ),
    # --- a food table (planner/foods.py) and the library (planner/library.py) ----------
    "foods.missing_column": (
        "{origin}: missing column {column}",
        "{origin}: de kolom {column} ontbreekt",
    ),
    "foods.unknown_column": (
        "{origin}: unknown column {column}",
        "{origin}: onbekende kolom {column}",
    ),
    "foods.cell": (
        "{origin}, line {line}, column {column}: {problem}",
        "{origin}, regel {line}, kolom {column}: {problem}",
    ),
    "foods.column": ("{origin}, column {column}: {problem}", "{origin}, kolom {column}: {problem}"),
    "foods.empty": ("is empty", "is leeg"),
    "foods.bad_id": (
        "{value} is not an id like 'usda:12014'",
        "{value} is geen id zoals 'usda:12014'",
    ),
    "foods.twice": ("{value} appears twice", "{value} komt twee keer voor"),
    "foods.bad_section": ("{value} is not a store section", "{value} is geen winkelafdeling"),
    "foods.not_number": ("{value} is not a number", "{value} is geen getal"),
    "foods.negative": ("{value} is negative", "{value} is negatief"),
    "foods.not_finite": ("is not a finite number", "is geen eindig getal"),
    "foods.portion": ("must be a number of grams above 0", "moet een aantal gram boven 0 zijn"),
    "foods.flag": ("must be 0 or 1", "moet 0 of 1 zijn"),
    "foods.meals": (
        "{value} is not a list of meals ({meals})",
        "{value} is geen lijst van maaltijden ({meals})",
    ),
    "foods.estimated": (
        "{value} is not a list of nutrient columns",
        "{value} is geen lijst van voedingsstofkolommen",
    ),
    "foods.mg_source": ("{value} is not 0 or 1", "{value} is geen 0 of 1"),
    "library.no_table": (
        "no imported table named {name}",
        "er is geen geïmporteerde tabel met de naam {name}",
    ),
    "library.table_name": (
        "{name} is not a table name (lower-case letters, digits, -)",
        "{name} is geen tabelnaam (kleine letters, cijfers, -)",
    ),
    "library.older_edition": (
        "{file} ({version}) is an older edition than the table '{table}' "
        "({newer}); remove that one first to go back to this one",
        "{file} ({version}) is een oudere editie dan de tabel '{table}' "
        "({newer}); verwijder die eerst om naar deze terug te gaan",
    ),
    "library.no_field": (
        "a food has no field {field}",
        "een voedingsmiddel heeft geen veld {field}",
    ),
    "library.needs_name": (
        "a custom food needs a name",
        "een eigen voedingsmiddel heeft een naam nodig",
    ),
    "library.not_custom": (
        "{food_id} is not a custom food",
        "{food_id} is geen eigen voedingsmiddel",
    ),
    "library.not_finite": ("{field} must be a finite number", "{field} moet een eindig getal zijn"),
    "library.section": (
        "{section} is not a store section; the sections are {sections}",
        "{section} is geen winkelafdeling; de afdelingen zijn {sections}",
    ),
    "library.no_custom_food": (
        "no custom food {food_id}",
        "er is geen eigen voedingsmiddel {food_id}",
    ),
    "library.cannot_open": (
        "the food table {name} cannot be opened; import it again ({error})",
        "de voedingsmiddelentabel {name} kan niet worden geopend; importeer hem opnieuw ({error})",
    ),
    "library.unreadable": (
        "{path}: not a readable food table ({detail})",
        "{path}: geen leesbare voedingsmiddelentabel ({detail})",
    ),
    # --- saved meals (planner/saved_meals.py, planner/recipe_ld.py, magplan meals) ---------
    "meals.not_ingredient": ("not an ingredient: {value}", "geen ingrediënt: {value}"),
    "meals.id_prefix": (
        "a saved meal's id starts with {prefix}, not {value}",
        "de id van een bewaarde maaltijd begint met {prefix}, niet {value}",
    ),
    "meals.too_heavy": (
        "{servings} serving(s) of {name} weigh {grams} g; an entry holds at most {most} g",
        "{servings} portie(s) {name} wegen {grams} g; een item bevat hoogstens {most} g",
    ),
    "meals.none_with_id": ("no saved meal {meal_id}", "er is geen bewaarde maaltijd {meal_id}"),
    "meals.none_called": ("no saved meal is called {text}", "geen bewaarde maaltijd heet {text}"),
    "meals.which": (
        "{text} names {count} saved meals ({names}): say which",
        "{text} noemt {count} bewaarde maaltijden ({names}): zeg welke",
    ),
    "meals.too_many": (
        "there would be {count} saved meals; Magplan keeps at most {most}: remove some first",
        "dan zouden er {count} bewaarde maaltijden zijn; Magplan bewaart er "
        "hoogstens {most}: verwijder er eerst een paar",
    ),
    "meals.file_too_many": (
        "the file holds {count} saved meals; Magplan keeps at most {most}",
        "het bestand bevat {count} bewaarde maaltijden; Magplan bewaart er hoogstens {most}",
    ),
    "meals.twice": (
        "two saved meals have the id {meal_id}",
        "twee bewaarde maaltijden hebben de id {meal_id}",
    ),
    "meals.ingredient": (
        "--ingredient {line}: {match} (magplan foods search finds a food; '40 g FOOD_ID' names it)",
        "--ingredient {line}: {match} (magplan foods search vindt een "
        "voedingsmiddel; '40 g FOOD_ID' noemt het)",
    ),
    "meals.servings": (
        "--servings must be 1 to {most}, not {value}",
        "--servings moet 1 tot en met {most} zijn, niet {value}",
    ),
    "meals.no_folder": (
        "saved meals need a data folder",
        "bewaarde maaltijden hebben een gegevensmap nodig",
    ),
    "meals.none_to_export": (
        "no saved meals in {folder} to export",
        "geen bewaarde maaltijden in {folder} om te exporteren",
    ),
    "recipes.nothing_matched": (
        "{name}: no ingredient line names a food of the table with an amount",
        "{name}: geen ingrediëntregel noemt een voedingsmiddel uit de tabel met een hoeveelheid",
    ),
    "recipes.no_data": (
        'the page holds no schema.org data (no <script type="application/ld+json">)',
        'de pagina bevat geen schema.org-gegevens (geen <script type="application/ld+json">)',
    ),
    "recipes.skipped": ("recipe {number}: {error}", "recept {number}: {error}"),
    "recipes.skipped_named": (
        "recipe {number} ({name}): {error}",
        "recept {number} ({name}): {error}",
    ),
    "recipes.none_readable": (
        "none of its {count} recipes can be read ({first})",
        "geen van de {count} recepten kan worden gelezen ({first})",
    ),
    "recipes.none": ("no schema.org Recipe in it", "er staat geen schema.org-Recipe in"),
    "recipes.no_name": ("it has no name", "het heeft geen naam"),
    "recipes.lines_not_text": (
        "its ingredients are not a list of text lines",
        "de ingrediënten zijn geen lijst van tekstregels",
    ),
    "recipes.no_lines": ("it lists no ingredients", "het noemt geen ingrediënten"),
    "recipes.too_many_lines": (
        "it lists {count} ingredients; a saved meal holds at most {most}",
        "het noemt {count} ingrediënten; een bewaarde maaltijd bevat er hoogstens {most}",
    ),
    "recipes.servings": (
        "it makes {servings} servings; a saved meal makes 1 to {most}",
        "het maakt {servings} porties; een bewaarde maaltijd maakt er 1 tot en met {most}",
    ),
    # --- importing a food table (planner/importers/) -------------------------------------
    "import.line": ("line {number}", "regel {number}"),
    "import.empty": ("{file}: the file is empty", "{file}: het bestand is leeg"),
    "import.not_number": (
        "{origin}, {row}, column {column}: {value} is not a number",
        "{origin}, {row}, kolom {column}: {value} is geen getal",
    ),
    "import.negative": (
        "{origin}, {row}, column {column}: {value} is negative",
        "{origin}, {row}, kolom {column}: {value} is negatief",
    ),
    "import.too_large": (
        "{origin}, {row}, column {column}: {value} is too large a number",
        "{origin}, {row}, kolom {column}: {value} is een te groot getal",
    ),
    "import.not_id": (
        "{origin}, {row}, column {column}: {value} is not an id (a whole number)",
        "{origin}, {row}, kolom {column}: {value} is geen id (een geheel getal)",
    ),
    "import.column_missing": (
        "{origin}: column {column} is missing (is this the right file, "
        "and is it separated as expected?)",
        "{origin}: de kolom {column} ontbreekt (is dit het juiste bestand, "
        "en is het gescheiden zoals verwacht?)",
    ),
    "import.no_food": (
        "{origin}: no food could be read",
        "{origin}: geen enkel voedingsmiddel kon worden gelezen",
    ),
    "import.no_file_or_folder": (
        "{path}: no such file or folder",
        "{path}: dit bestand of deze map bestaat niet",
    ),
    "import.bad_zip": (
        "{file}: not a readable zip file (damaged or an incomplete download?)",
        "{file}: geen leesbaar zip-bestand (beschadigd of niet helemaal gedownload?)",
    ),
    "import.fdc_missing": (
        "{file}: {member} is missing; is this a FoodData Central CSV download?",
        "{file}: {member} ontbreekt; is dit een CSV-download van FoodData Central?",
    ),
    "import.member_damaged": (
        "{file}: {member} is damaged ({detail})",
        "{file}: {member} is beschadigd ({detail})",
    ),
    "import.member_cut_short": (
        "{file}: {member} is damaged or cut short ({detail})",
        "{file}: {member} is beschadigd of afgebroken ({detail})",
    ),
    "import.member_not_utf8": (
        "{file}: {member} is not UTF-8 text",
        "{file}: {member} is geen UTF-8-tekst",
    ),
    "import.member_empty": ("{file}: {member} is empty", "{file}: {member} is leeg"),
    "import.member_header": (
        "{file}: {member} has an unreadable header ({detail})",
        "{file}: {member} heeft een onleesbare kopregel ({detail})",
    ),
    "import.origin_not_csv": (
        "{origin} is not a readable CSV file ({detail})",
        "{origin} is geen leesbaar CSV-bestand ({detail})",
    ),
    "import.fdc_no_foods": (
        "{file}: food.csv lists no foods",
        "{file}: food.csv noemt geen voedingsmiddelen",
    ),
    "import.fdc_no_kind": (
        "{file}: food.csv holds no SR Legacy or Foundation foods",
        "{file}: food.csv bevat geen voedingsmiddelen uit SR Legacy of Foundation",
    ),
    "import.fdc_twice": (
        "{file}: food.csv lists the same fdc_id twice",
        "{file}: food.csv noemt dezelfde fdc_id twee keer",
    ),
    "import.fdc_no_nutrient": (
        "{file}: no food has any nutrient the planner uses",
        "{file}: geen voedingsmiddel heeft een voedingsstof die de planner gebruikt",
    ),
    "import.fdc_unit": (
        "{file}: nutrient.csv gives nutrient {nutrient} in {given}, not {unit}",
        "{file}: nutrient.csv geeft voedingsstof {nutrient} in {given}, niet in {unit}",
    ),
    "import.a_number": (
        "{origin}: a number could not be read",
        "{origin}: een getal kon niet worden gelezen",
    ),
    "import.ciqual_no_code": (
        "{origin}: column 'alim_code' is missing; is this the Ciqual table?",
        "{origin}: de kolom 'alim_code' ontbreekt; is dit de Ciqual-tabel?",
    ),
    "import.ciqual_no_name": (
        "{origin}: column 'alim_nom_eng' or 'alim_nom_fr' is missing",
        "{origin}: de kolom 'alim_nom_eng' of 'alim_nom_fr' ontbreekt",
    ),
    "import.ciqual_no_nutrient": (
        "{origin}: no nutrient column the planner uses (such as 'Magnesium (mg/100 g)')",
        "{origin}: geen kolom met een voedingsstof die de planner "
        "gebruikt (zoals 'Magnesium (mg/100 g)')",
    ),
    "import.not_excel": (
        "{file}: not a readable Excel file ({detail})",
        "{file}: geen leesbaar Excel-bestand ({detail})",
    ),
    "import.excel_damaged": (
        "{file}: the Excel file is damaged ({detail})",
        "{file}: het Excel-bestand is beschadigd ({detail})",
    ),
    "import.ciqual_xml_missing": (
        "{file}: no {kind}_*.xml; the Ciqual XML edition is a set of "
        "alim, alim_grp, const and compo files",
        "{file}: geen {kind}_*.xml; de XML-uitgave van Ciqual is een "
        "set bestanden alim, alim_grp, const en compo",
    ),
    "import.not_xml": (
        "{file} is not readable XML ({detail})",
        "{file} is geen leesbare XML ({detail})",
    ),
    "import.not_ciqual_xml": (
        "{file}: not a readable Ciqual XML set ({detail})",
        "{file}: geen leesbare XML-set van Ciqual ({detail})",
    ),
    "import.xml_lacks": ("{file}: {member} has no <{tag}>", "{file}: {member} heeft geen <{tag}>"),
    "import.not_nevo": (
        "{file}: not a readable NEVO file ({detail})",
        "{file}: geen leesbaar NEVO-bestand ({detail})",
    ),
    "import.nevo_separator": (
        "{file}: the columns are not separated by '|'; is this a NEVO CSV file?",
        "{file}: de kolommen zijn niet gescheiden door '|'; is dit een NEVO-CSV-bestand?",
    ),
    "import.mapping_item": (
        "mapping {item} is not FIELD=COLUMN",
        "de koppeling {item} is niet VELD=KOLOM",
    ),
    "import.mapping_field": (
        "mapping: {field} is not a field; the fields are {fields}",
        "koppeling: {field} is geen veld; de velden zijn {fields}",
    ),
    "import.mapping_name": (
        "the mapping needs at least the name column (name=COLUMN)",
        "de koppeling heeft minstens de kolom met de naam nodig (name=KOLOM)",
    ),
    "import.separator": (
        "cannot tell how the columns are separated (tried comma, semicolon, tab and pipe)",
        "niet te zien hoe de kolommen zijn gescheiden (geprobeerd: komma, "
        "puntkomma, tab en verticale streep)",
    ),
    "import.not_csv": (
        "not a readable CSV file ({detail})",
        "geen leesbaar CSV-bestand ({detail})",
    ),
    "import.prefix": (
        "the id prefix must be lower-case letters, not {prefix}",
        "het voorvoegsel van de id's moet uit kleine letters bestaan, niet {prefix}",
    ),
    "import.csv_needs_mapping": (
        "{file}: a CSV file needs a column mapping, at least which column holds the name",
        "{file}: een CSV-bestand heeft een kolomkoppeling nodig, "
        "minstens welke kolom de naam bevat",
    ),
    "import.csv_needs_mapping_name": (
        "{file}: a CSV file needs a column mapping, at least which "
        "column holds the name (name=COLUMN)",
        "{file}: een CSV-bestand heeft een kolomkoppeling nodig, "
        "minstens welke kolom de naam bevat (name=KOLOM)",
    ),
    "import.no_mapped_column": (
        "{file}: no column {column} (mapped to {field}); the columns are {columns}",
        "{file}: geen kolom {column} (gekoppeld aan {field}); de kolommen zijn {columns}",
    ),
    "import.format": (
        "unknown format {format}; the formats are {formats}",
        "onbekend formaat {format}; de formaten zijn {formats}",
    ),
    "download.stopped": (
        "the download stopped after {done} of {total} bytes; try again",
        "de download stopte na {done} van {total} bytes; probeer het opnieuw",
    ),
    "download.stopped_in_block": (
        "the download stopped after {done} bytes of a block; try again",
        "de download stopte na {done} bytes van een blok; probeer het opnieuw",
    ),
    "download.server": (
        "{url}: the server answered {code} {reason}",
        "{url}: de server antwoordde {code} {reason}",
    ),
    "download.unreachable": (
        "cannot reach {host} ({reason}); are you offline?",
        "{host} is niet bereikbaar ({reason}); bent u offline?",
    ),
    # Why foods were skipped, and how figures were converted: kept in English in a table's
    # description, said in the user's language when shown.
    "import.skip.no_id": ("no {what}", "geen {what}"),
    "import.skip.no_name": ("no name", "geen naam"),
    "import.skip.fuller_copy": (
        "the same {what} as a row with more figures ({ids})",
        "dezelfde {what} als een rij met meer waarden ({ids})",
    ),
    "import.skip.sample": (
        "laboratory sample, not a food",
        "laboratoriummonster, geen voedingsmiddel",
    ),
    "import.skip.data_type": (
        "data type {kind} is not read",
        "gegevenstype {kind} wordt niet gelezen",
    ),
    "import.skip.no_nutrient": (
        "no nutrient the planner uses",
        "geen voedingsstof die de planner gebruikt",
    ),
    "import.skip.same_ndb": (
        "the same NDB number as another food",
        "hetzelfde NDB-nummer als een ander voedingsmiddel",
    ),
    "import.skip.no_density": (
        "per 100 ml, with no stated density for its group",
        "per 100 ml, zonder opgegeven dichtheid voor de groep",
    ),
    "import.skip.quantity": (
        "quantity is neither per 100 g nor per 100 ml",
        "de hoeveelheid is niet per 100 g en niet per 100 ml",
    ),
    "import.traces_as_0": ("'traces' taken as 0", "'sporen' geteld als 0"),
    "import.below_as_half": ("'< x' taken as x / 2", "'< x' geteld als x / 2"),
    "import.vitamin_d_from_iu": ("vitamin D from IU / 40", "vitamine D uit IE / 40"),
    "import.per_100ml": (
        "per 100 ml, converted at {density} g/ml",
        "per 100 ml, omgerekend met {density} g/ml",
    ),
    # --- the command line's own lines (planner/cli.py) -----------------------------------
    "cli.usage": ("{error} (see magplan --help)", "{error} (zie magplan --help)"),
    "cli.preparing": (
        "preparing the food table {name} for opening fast (once)",
        "de voedingsmiddelentabel {name} wordt klaargezet om snel te openen (eenmalig)",
    ),
    "cli.left_out": (
        "left out a damaged food table: {problem}",
        "een beschadigde voedingsmiddelentabel is weggelaten: {problem}",
    ),
    "cli.limit": ("--limit must be at least 1", "--limit moet minstens 1 zijn"),
    "cli.tag": (
        "--tags: {tag} is not a tag; the tags are {tags}",
        "--tags: {tag} is geen kenmerk; de kenmerken zijn {tags}",
    ),
    "cli.pdf_needs_qt": (
        "--pdf needs the Qt part of Magplan: run it as 'magplan' or 'python main.py'",
        "--pdf heeft het Qt-deel van Magplan nodig: start het als 'magplan' of 'python main.py'",
    ),
    "cli.exclude": (
        "--exclude takes {known}, not {value}",
        "--exclude neemt {known}, niet {value}",
    ),
    "cli.allow": ("--allow takes {known}, not {value}", "--allow neemt {known}, niet {value}"),
    "cli.no_food_matches": ("no food matches", "geen voedingsmiddel gevonden"),
    "cli.name": ("name", "naam"),
    "cli.other_name": ("Dutch name", "Engelse naam"),
    "cli.per_100g": ("per 100 g", "per 100 g"),
    "cli.per_portion": ("per portion", "per portie"),
    "cli.per_100kcal": ("per 100 kcal", "per 100 kcal"),
    "cli.imported": (
        "Imported {foods} foods from {file} ({source}) as table '{name}' in {folder}",
        "{foods} voedingsmiddelen geïmporteerd uit {file} ({source}) als tabel "
        "'{name}' in {folder}",
    ),
    "cli.replaces": (
        "It replaces the older edition '{name}'",
        "Deze vervangt de oudere editie '{name}'",
    ),
    "cli.skipped": ("Skipped {count} foods", "{count} voedingsmiddelen overgeslagen"),
    "cli.note": ("Note: {count} × {note}", "Let op: {count} × {note}"),
    "cli.covered": (
        "Nutrients covered (foods with a value):",
        "Voedingsstoffen (voedingsmiddelen met een waarde):",
    ),
    "cli.covered_by": ("{count} of {foods} ({share})", "{count} van {foods} ({share})"),
    "cli.no_tables": ("no imported tables in {folder}", "geen geïmporteerde tabellen in {folder}"),
    "cli.table_on": (
        "on   {name} {foods} foods  {source}  from {file}, {imported}",
        "aan  {name} {foods} voedingsmiddelen  {source}  bestand {file}, {imported}",
    ),
    "cli.table_off": (
        "off  {name} {foods} foods  {source}  from {file}, {imported}",
        "uit  {name} {foods} voedingsmiddelen  {source}  bestand {file}, {imported}",
    ),
    "cli.saved": ("saved {food_id}", "bewaard: {food_id}"),
    "cli.bad_row": ("{file}, line {line}: {reason}", "{file}, regel {line}: {reason}"),
    "cli.bad_rows": (
        "{file}: {count} row(s) cannot be used; nothing written (--skip-bad-rows "
        "imports the other {used})",
        "{file}: {count} rij(en) onbruikbaar; niets geschreven (--skip-bad-rows "
        "importeert de andere {used})",
    ),
    "cli.no_entries": (
        "{file}: no entries to import; nothing written",
        "{file}: geen items om te importeren; niets geschreven",
    ),
    "cli.imported_entry": (
        "{file}: 1 entry in the week of {start}",
        "{file}: 1 item in de week van {start}",
    ),
    "cli.imported_entries": (
        "{file}: {count} entries in the week of {start}",
        "{file}: {count} items in de week van {start}",
    ),
    "cli.rows_skipped": ("; {count} row(s) skipped", "; {count} rij(en) overgeslagen"),
    "cli.changes": (
        "{changes} change(s) to {days} day(s), {swaps} of them swaps:",
        "{changes} wijziging(en) op {days} dag(en), waarvan {swaps} vervangingen:",
    ),
    "cli.no_change_needed": ("No change needed.", "Geen wijziging nodig."),
    "cli.no_change_found": ("No change found.", "Geen wijziging gevonden."),
    "cli.indicator": (
        "Before -> after (food and supplements; Ca:Mg from food, band {band}, an indicator):",
        "Voor -> na (voeding en supplementen; Ca:Mg uit voeding, bandbreedte "
        "{band}, een indicatie):",
    ),
    "cli.nudged": (
        "Before -> after (food and supplements; Ca:Mg from food, band {band}, nudged):",
        "Voor -> na (voeding en supplementen; Ca:Mg uit voeding, bandbreedte {band}, bijgestuurd):",
    ),
    "cli.date": ("date", "datum"),
    "cli.day": ("day", "dag"),
    "cli.magnesium_mg": ("magnesium mg", "magnesium mg"),
    "cli.calcium_mg": ("calcium mg", "calcium mg"),
    "cli.vitamin_d_ug": ("vitamin D µg", "vitamine D µg"),
    "cli.energy_kcal": ("energy kcal", "energie kcal"),
    "cli.caffeine_mg": ("caffeine mg", "cafeïne mg"),
    "cli.nothing_planned": (
        "  (nothing planned: left as is)",
        "  (niets gepland: gelaten zoals het is)",
    ),
    "cli.energy": ("Energy: {added} kcal", "Energie: {added} kcal"),
    "cli.energy_share": (", {share} % on {energy} kcal", ", {share} % op {energy} kcal"),
    "cli.energy_days": (" (the days balanced)", " (de gebalanceerde dagen)"),
    "cli.calcium_below": (
        "  calcium stays below its target on {date}",
        "  calcium blijft onder het doel op {date}",
    ),
    "cli.unmet": ("! could not meet the {bound} on {date}", "! {bound} niet gehaald op {date}"),
    "bound.magnesium_target": ("magnesium target", "het magnesiumdoel"),
    "bound.calcium_target": ("calcium target", "het calciumdoel"),
    "bound.calcium_limit": ("calcium upper limit", "de bovengrens voor calcium"),
    "bound.vitamin_d_limit": ("vitamin D upper limit", "de bovengrens voor vitamine D"),
    "cli.wrote": ("Wrote {file}", "{file} geschreven"),
    "cli.no_stand_in": (
        "{food_id}: not in the food table, and no food stands for it",
        "{food_id}: niet in de voedingsmiddelentabel, en geen voedingsmiddel neemt de plaats in",
    ),
    "cli.nothing_to_map": ("Nothing to map.", "Niets te vervangen."),
    "cli.nothing_written": (
        "Nothing written: -o OUT writes the plan with these foods.",
        "Niets geschreven: -o UIT schrijft het plan met deze voedingsmiddelen.",
    ),
    # A change balancing proposes: "+30 g Pumpkin seeds to Tuesday's snack: ...".
    "cli.where": ("{day}'s {meal}", "{meal} van {day}"),
    "cli.meal.breakfast": ("breakfast", "het ontbijt"),
    "cli.meal.lunch": ("lunch", "de lunch"),
    "cli.meal.dinner": ("dinner", "het diner"),
    "cli.meal.snack": ("snack", "het tussendoortje"),
    "cli.swap": (
        "Swap {old} ({old_grams} g) for {new} ({new_grams} g) in {where}",
        "Vervang {old} ({old_grams} g) door {new} ({new_grams} g) in {where}",
    ),
    "cli.to": (" to {where}", " bij {where}"),
    "cli.more_at": (" (more at {where})", " (meer bij {where})"),
    "cli.mg_magnesium": ("{amount} mg magnesium", "{amount} mg magnesium"),
    "cli.mg_calcium": ("{amount} mg calcium", "{amount} mg calcium"),
    "cli.ug_vitamin_d": ("{amount} µg vitamin D", "{amount} µg vitamine D"),
    "cli.vitamin_d_unknown": ("vitamin D not known", "vitamine D onbekend"),
    "day.0": ("Monday", "maandag"),
    "day.1": ("Tuesday", "dinsdag"),
    "day.2": ("Wednesday", "woensdag"),
    "day.3": ("Thursday", "donderdag"),
    "day.4": ("Friday", "vrijdag"),
    "day.5": ("Saturday", "zaterdag"),
    "day.6": ("Sunday", "zondag"),
}
