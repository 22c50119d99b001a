"""The food-table sizes every figure is measured at."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from planner.foods import COLUMNS, NUTRIENTS, TAGS, FoodTable

USDA_FOODS = Path(__file__).resolve().parents[2] / "shared" / "data" / "usda_sr28_foods.csv"


def bundled() -> FoodTable:
    return FoodTable.load()


def imported() -> FoodTable:
    """The bundled foods with the synthetic 400,000-food FoodData Central download imported,
    opened from the data folder as the window opens it (bench.figures_import.library_path)."""
    from bench.figures_import import library_path
    from planner.library import Library

    library = Library(library_path())
    table = library.food_table()
    if library.problems:
        raise RuntimeError(f"the imported table cannot be opened: {library.problems[0]}")
    return table


def usda() -> FoodTable | None:
    """The 8,789-food SR28 table in the project's schema, or None when the file is absent."""
    if not USDA_FOODS.exists():
        return None
    return FoodTable(usda_frame(USDA_FOODS), origin=str(USDA_FOODS))


def usda_frame(path: Path) -> pd.DataFrame:
    raw = pd.read_csv(path, dtype=str, keep_default_na=False)
    frame = pd.DataFrame(
        {
            "food_id": "usda:" + raw["ndb_no"],
            "name_en": raw["name"],
            "name_nl": raw["name"],
            "section": "other",
            "portion_en": "100 g",
            "portion_nl": "100 g",
            "portion_g": "100",
        }
    )
    for column in NUTRIENTS:
        frame[column] = raw[column] if column in raw else ""
    for tag in TAGS:
        frame[tag] = "0"
    return frame[list(COLUMNS)]


# Foods named in NEVO's style (head first, a hyphen where a compound's front was taken off,
# "m" for with), written for the benchmark: NEVO itself may not be redistributed.
NEVO_STYLE = (
    ("Melk karne-", "Buttermilk", "Melk en melkproducten"),
    ("Melk halfvolle", "Milk semi-skimmed", "Melk en melkproducten"),
    ("Vla vanille-", "Custard vanilla", "Melk en melkproducten"),
    ("Kwark mager", "Quark low fat", "Melk en melkproducten"),
    ("Yoghurt Griekse", "Yoghurt Greek", "Melk en melkproducten"),
    ("Kaas Goudse 48+", "Cheese Gouda 48+", "Kaas"),
    ("Mout haver-", "Oatmeal", "Graanproducten en bindmiddelen"),
    ("Rijst zilvervlies-", "Rice brown", "Graanproducten en bindmiddelen"),
    ("Pasta volkoren", "Pasta wholemeal", "Graanproducten en bindmiddelen"),
    ("Meel volkoren tarwe-", "Flour wheat wholemeal", "Graanproducten en bindmiddelen"),
    ("Tarwebrood volkoren", "Wheat bread wholemeal", "Brood"),
    ("Roggebrood volkoren", "Rye bread wholemeal", "Brood"),
    ("Tarwebrood bruin", "Wheat bread brown", "Brood"),
    ("Koek ontbijt-", "Cake Dutch spiced", "Gebak en koek"),
    ("Biscuit tarwe-/volkoren-", "Biscuit brown/wholemeal", "Gebak en koek"),
    ("Noten cashew-", "Cashew nuts", "Noten, zaden en snacks"),
    ("Noten hazel-", "Hazelnuts", "Noten, zaden en snacks"),
    ("Noten wal-", "Walnuts", "Noten, zaden en snacks"),
    ("Amandelen", "Almonds", "Noten, zaden en snacks"),
    ("Pitten pompoen-", "Pumpkin seeds", "Noten, zaden en snacks"),
    ("Zaad lijn-", "Linseed", "Noten, zaden en snacks"),
    ("Zaad sesam-", "Sesame seeds", "Noten, zaden en snacks"),
    ("Kool bloem-", "Cauliflower", "Groenten"),
    ("Kool boeren-", "Kale", "Groenten"),
    ("Kool rode", "Red cabbage", "Groenten"),
    ("Selderij bleek-", "Celery", "Groenten"),
    ("Bonen sperzie-", "Beans French", "Groenten"),
    ("Spinazie", "Spinach", "Groenten"),
    ("Bonen bruine", "Beans brown", "Peulvruchten"),
    ("Linzen", "Lentils", "Peulvruchten"),
    ("Kikkererwten", "Chickpeas", "Peulvruchten"),
    ("Aardappelen", "Potatoes", "Aardappelen"),
    ("Avocado", "Avocado", "Fruit"),
    ("Banaan", "Banana", "Fruit"),
    ("Appel", "Apple", "Fruit"),
    ("Chocolade puur", "Chocolate dark", "Suiker, snoep, zoet beleg en zoete sauzen"),
    ("Olie zonnebloem-", "Oil sunflower seed", "Vetten, oliën en hartige sauzen"),
    ("Filet kippen-", "Chicken breast", "Vlees, vleeswaren en gevogelte"),
    ("Vlees rund- mager", "Beef lean", "Vlees, vleeswaren en gevogelte"),
    ("Vis kabeljauw", "Cod", "Vis"),
    ("Zalm", "Salmon", "Vis"),
    ("Haring gezouten", "Herring salted", "Vis"),
)
NEVO_QUALIFIERS = (
    ("rauw", "raw"),
    ("gekookt", "boiled"),
    ("gebakken", "fried"),
    ("gezouten", "salted"),
    ("ongezouten", "unsalted"),
    ("m vruchten", "w fruit"),
    ("diepvries", "frozen"),
    ("blik/glas", "tinned"),
    ("gem", "av"),
    ("biologisch", "organic"),
    ("m suiker", "w sugar"),
    ("z suiker", "wo sugar"),
    ("bereid m volle melk", "prepared w whole milk"),
    ("gedroogd", "dried"),
    ("geroosterd", "roasted"),
    ("huishoudelijk bereid", "homemade"),
)


def nevo_shaped(size: int = 2300, seed: int = 9) -> FoodTable:
    """The bundled foods with an imported NEVO-shaped table, as after `foods import`: `size`
    foods (NEVO's size) named from NEVO_STYLE and up to two qualifiers, written to a NEVO CSV
    in the published layout and read by the NEVO importer."""
    import tempfile

    from planner.importers import nevo

    rng = np.random.default_rng(seed)
    names: dict[str, tuple[str, str]] = {}
    while len(names) < size:
        base_nl, base_en, group = NEVO_STYLE[rng.integers(len(NEVO_STYLE))]
        picks = rng.choice(len(NEVO_QUALIFIERS), rng.integers(0, 3), replace=False)
        nl = " ".join([base_nl] + [NEVO_QUALIFIERS[i][0] for i in sorted(picks)])
        en = " ".join([base_en] + [NEVO_QUALIFIERS[i][1] for i in sorted(picks)])
        names.setdefault(nl, (en, group))
    header = [
        nevo.VERSION,
        nevo.GROUP_NL,
        nevo.CODE,
        nevo.NAME_NL,
        nevo.NAME_EN,
        nevo.QUANTITY,
    ] + list(nevo.NUTRIENT_COLUMNS)
    values = rng.gamma(1.5, 40, (size, len(nevo.NUTRIENT_COLUMNS))).round(1)
    lines = ["|".join(header)] + [
        "|".join(
            ["NEVO-Online 2023 8.0", group, str(code), nl, en, "per 100g"]
            + [f"{v:g}".replace(".", ",") for v in row]
        )
        for code, ((nl, (en, group)), row) in enumerate(zip(names.items(), values), start=1)
    ]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "NEVO2023_8.0.csv"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        imported = nevo.read(path)
    return FoodTable.combine({"bundled": bundled(), "nevo": imported.frame})
