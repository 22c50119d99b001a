<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Magplan</source>
        <translation>Over Magplan</translation>
    </message>
    <message>
        <source>Dutch Health Council (Gezondheidsraad), the default</source>
        <translation>Gezondheidsraad (standaard)</translation>
    </message>
    <message>
        <source>European Food Safety Authority (EFSA)</source>
        <translation>Europese Autoriteit voor voedselveiligheid (EFSA)</translation>
    </message>
    <message>
        <source>US National Academies of Sciences, Engineering, and Medicine</source>
        <translation>Amerikaanse National Academies of Sciences, Engineering, and Medicine (NASEM)</translation>
    </message>
    <message>
        <source>A weekly meal planner for magnesium, with calcium and vitamin D in balance.</source>
        <translation>Een weekmenuplanner voor magnesium, met calcium en vitamine D in balans.</translation>
    </message>
    <message>
        <source>Magplan informs; it is not medical advice. Talk to a doctor or dietitian before changing your diet or taking supplements.</source>
        <translation>Magplan informeert; het is geen medisch advies. Overleg met een arts of diëtist voordat u uw voeding verandert of supplementen gaat nemen.</translation>
    </message>
    <message>
        <source>Food data</source>
        <translation>Voedingsgegevens</translation>
    </message>
    <message>
        <source>Each food&apos;s nutrient values per 100 g come from the one source row its id names:</source>
        <translation>De voedingswaarden per 100 g van elk voedingsmiddel komen uit de ene bronregel die de id noemt:</translation>
    </message>
    <message>
        <source>ciqual:… — Anses. 2025. Ciqual French food composition table. Open data under the Licence Ouverte / Etalab (reuse free, citing the source). Used for every food it describes, as it describes European foods.</source>
        <translation>ciqual:… — Anses. 2025. Ciqual French food composition table. Open data onder de Licence Ouverte / Etalab (vrij hergebruik met bronvermelding). Gebruikt voor elk voedingsmiddel dat erin staat, omdat de tabel Europese voedingsmiddelen beschrijft.</translation>
    </message>
    <message>
        <source>usda:… — U.S. Department of Agriculture, Agricultural Research Service. USDA National Nutrient Database for Standard Reference, Release 28. Nutrient Data Laboratory. A work of the U.S. Government: public domain, published in FoodData Central under CC0 1.0. Used where Ciqual lacks a food.</source>
        <translation>usda:… — U.S. Department of Agriculture, Agricultural Research Service. USDA National Nutrient Database for Standard Reference, Release 28. Nutrient Data Laboratory. Een werk van de Amerikaanse overheid: publiek domein, gepubliceerd in FoodData Central onder CC0 1.0. Gebruikt waar Ciqual een voedingsmiddel niet heeft.</translation>
    </message>
    <message>
        <source>Caffeine: SR28&apos;s caffeine values for coffee, tea, cocoa and chocolate (public domain); for cola and energy drinks the typical servings in EFSA&apos;s Scientific Opinion on the safety of caffeine, EFSA Journal 2015;13(5):4102.</source>
        <translation>Cafeïne: de cafeïnewaarden van SR28 voor koffie, thee, cacao en chocolade (publiek domein); voor cola en energiedranken de gebruikelijke porties uit de Scientific Opinion on the safety of caffeine van EFSA, EFSA Journal 2015;13(5):4102.</translation>
    </message>
    <message>
        <source>Tables you import stay on your computer under their own terms: NEVO (RIVM) may not be redistributed; Ciqual is under the Licence Ouverte / Etalab; FoodData Central is CC0 1.0.</source>
        <translation>Tabellen die u importeert blijven op uw computer, onder hun eigen voorwaarden: NEVO (RIVM) mag niet verder worden verspreid; Ciqual valt onder de Licence Ouverte / Etalab; FoodData Central onder CC0 1.0.</translation>
    </message>
    <message>
        <source>Only the reference values are taken from these public reports, each with the report it comes from; the NIH Office of Dietary Supplements fact sheets are works of the U.S. Government (public domain).</source>
        <translation>Uit deze openbare rapporten zijn alleen de referentiewaarden overgenomen, elk met het rapport waar ze vandaan komen; de factsheets van het NIH Office of Dietary Supplements zijn werken van de Amerikaanse overheid (publiek domein).</translation>
    </message>
    <message>
        <source>The selection of foods, their Dutch and English names, store sections and household portions are Magplan&apos;s own.</source>
        <translation>De keuze van voedingsmiddelen, hun Nederlandse en Engelse namen, winkelafdelingen en huishoudelijke porties zijn van Magplan zelf.</translation>
    </message>
    <message>
        <source>Reference intakes</source>
        <translation>Referentiewaarden</translation>
    </message>
    <message>
        <source>Daily targets and upper limits by standard, sex, age and life stage. Magnesium&apos;s upper limit applies to supplements only, never to food. No authority sets a Ca:Mg ratio; the band (1.7 to 2.6 by default, Rosanoff, Dai and Shapses, Adv Nutr 2016) is an indicator.</source>
        <translation>Dagelijkse doelen en bovengrenzen per norm, geslacht, leeftijd en levensfase. De bovengrens voor magnesium geldt alleen voor supplementen, nooit voor voeding. Geen instantie stelt een Ca:Mg-verhouding vast; de bandbreedte (standaard 1,7 tot 2,6; Rosanoff, Dai en Shapses, Adv Nutr 2016) is een indicatie.</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Software</translation>
    </message>
    <message>
        <source>Magplan is MIT licensed. It is built on Qt for Python (PySide6, LGPLv3), pandas, NumPy and SciPy (BSD licences).</source>
        <translation>Magplan valt onder de MIT-licentie. Het is gebouwd op Qt for Python (PySide6, LGPLv3), pandas, NumPy en SciPy (BSD-licenties).</translation>
    </message>
</context>
<context>
    <name>BadRowsDialog</name>
    <message>
        <source>Import CSV</source>
        <translation>CSV importeren</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of %s cannot be used:</source>
        <translation>
            <numerusform>%n rij van %s is niet bruikbaar:</numerusform>
            <numerusform>%n rijen van %s zijn niet bruikbaar:</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows that cannot be used</source>
        <translation>Rijen die niet bruikbaar zijn</translation>
    </message>
    <message>
        <source>Line %s: %s</source>
        <translation>Regel %s: %s</translation>
    </message>
    <message numerus="yes">
        <source>The other %n row(s) can be imported as a new plan.</source>
        <translation>
            <numerusform>De andere rij kan als nieuw plan worden geïmporteerd.</numerusform>
            <numerusform>De andere %n rijen kunnen als nieuw plan worden geïmporteerd.</numerusform>
        </translation>
    </message>
    <message>
        <source>No row can be imported.</source>
        <translation>Geen enkele rij kan worden geïmporteerd.</translation>
    </message>
    <message>
        <source>Import the Rest</source>
        <translation>De rest importeren</translation>
    </message>
</context>
<context>
    <name>BalanceDialog</name>
    <message>
        <source>Working out the changes…</source>
        <translation>De wijzigingen worden uitgerekend…</translation>
    </message>
    <message>
        <source>Balance %s</source>
        <translation>%s in balans brengen</translation>
    </message>
    <message>
        <source>Balance the Week</source>
        <translation>De week in balans brengen</translation>
    </message>
    <message>
        <source>Proposed changes; untick those you do not want</source>
        <translation>Voorgestelde wijzigingen; vink uit wat u niet wilt</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Wijziging</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
    <message>
        <source>Vit. D (µg)</source>
        <translation>Vit. D (µg)</translation>
    </message>
    <message>
        <source>&amp;Changes:</source>
        <translation>&amp;Wijzigingen:</translation>
    </message>
    <message>
        <source>Each day before and after the ticked changes</source>
        <translation>Elke dag voor en na de aangevinkte wijzigingen</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>%s before</source>
        <translation>%s vooraf</translation>
    </message>
    <message>
        <source>after</source>
        <translation>daarna</translation>
    </message>
    <message>
        <source>&amp;Before and after (food and supplements; Ca:Mg from food, an indicator):</source>
        <translation>&amp;Voor en na (voeding en supplementen; Ca:Mg uit voeding, een indicatie):</translation>
    </message>
    <message>
        <source>%s of %s changes ticked (%s swaps), %s kcal. Untick any you do not want.</source>
        <translation>%s van %s wijzigingen aangevinkt (%s vervangingen), %s kcal. Vink uit wat u niet wilt.</translation>
    </message>
    <message>
        <source>%s, %s: %s mg magnesium, %s mg calcium, %s kcal</source>
        <translation>%s, %s: %s mg magnesium, %s mg calcium, %s kcal</translation>
    </message>
    <message>
        <source>Calcium stays below its target on %s.</source>
        <translation>Calcium blijft op %s onder het doel.</translation>
    </message>
    <message>
        <source>Vitamin D stays above its upper limit on %s.</source>
        <translation>Vitamine D blijft op %s boven de bovengrens.</translation>
    </message>
    <message>
        <source>No change is needed or possible: the days are as balanced as the foods allowed.</source>
        <translation>Geen wijziging nodig of mogelijk: de dagen zijn zo goed in balans als de voedingsmiddelen toelaten.</translation>
    </message>
    <message>
        <source>Nothing is planned on %s: it is left as it is.</source>
        <translation>Op %s is niets gepland: die dag blijft zoals hij is.</translation>
    </message>
    <message>
        <source>Swap %s (%s) for %s (%s)</source>
        <translation>Vervang %s (%s) door %s (%s)</translation>
    </message>
    <message>
        <source>+%s %s</source>
        <translation>+%s %s</translation>
    </message>
    <message>
        <source> (more of what is planned)</source>
        <translation> (meer van wat al gepland is)</translation>
    </message>
    <message>
        <source>Could not reach the magnesium target on %s.</source>
        <translation>Het magnesiumdoel is op %s niet te halen.</translation>
    </message>
    <message>
        <source>Calcium stays above its upper limit on %s.</source>
        <translation>Calcium blijft op %s boven de bovengrens.</translation>
    </message>
</context>
<context>
    <name>CsvDialogs</name>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-bestanden (*.csv);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Exporteren mislukt</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>CSV importeren</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Importeren mislukt</translation>
    </message>
    <message>
        <source>%s has no entries to import.</source>
        <translation>%s bevat niets om te importeren.</translation>
    </message>
</context>
<context>
    <name>CustomFoodDialog</name>
    <message>
        <source>Energy (kcal)</source>
        <translation>Energie (kcal)</translation>
    </message>
    <message>
        <source>Protein (g)</source>
        <translation>Eiwit (g)</translation>
    </message>
    <message>
        <source>Fat (g)</source>
        <translation>Vet (g)</translation>
    </message>
    <message>
        <source>Carbohydrate (g)</source>
        <translation>Koolhydraten (g)</translation>
    </message>
    <message>
        <source>Fibre (g)</source>
        <translation>Vezels (g)</translation>
    </message>
    <message>
        <source>Magnesium (mg)</source>
        <translation>Magnesium (mg)</translation>
    </message>
    <message>
        <source>Calcium (mg)</source>
        <translation>Calcium (mg)</translation>
    </message>
    <message>
        <source>Vitamin D (µg)</source>
        <translation>Vitamine D (µg)</translation>
    </message>
    <message>
        <source>Potassium (mg)</source>
        <translation>Kalium (mg)</translation>
    </message>
    <message>
        <source>Phosphorus (mg)</source>
        <translation>Fosfor (mg)</translation>
    </message>
    <message>
        <source>Sodium (mg)</source>
        <translation>Natrium (mg)</translation>
    </message>
    <message>
        <source>Caffeine (mg)</source>
        <translation>Cafeïne (mg)</translation>
    </message>
    <message>
        <source>Change custom food</source>
        <translation>Eigen voedingsmiddel wijzigen</translation>
    </message>
    <message>
        <source>New custom food</source>
        <translation>Nieuw eigen voedingsmiddel</translation>
    </message>
    <message>
        <source>the English name</source>
        <translation>de Engelse naam</translation>
    </message>
    <message>
        <source>Per 100 g (empty: not known)</source>
        <translation>Per 100 g (leeg: onbekend)</translation>
    </message>
    <message>
        <source>e.g. 1 bowl</source>
        <translation>bijv. 1 bowl</translation>
    </message>
    <message>
        <source>e.g. 1 kom</source>
        <translation>bijv. 1 kom</translation>
    </message>
    <message>
        <source>What is true of this food</source>
        <translation>Wat geldt voor dit voedingsmiddel</translation>
    </message>
    <message>
        <source>&amp;Name (English):</source>
        <translation>&amp;Naam (Engels):</translation>
    </message>
    <message>
        <source>Name (&amp;Dutch):</source>
        <translation>Naam (Neder&amp;lands):</translation>
    </message>
    <message>
        <source>&amp;Section:</source>
        <translation>&amp;Afdeling:</translation>
    </message>
    <message>
        <source>Portion:</source>
        <translation>Portie:</translation>
    </message>
    <message>
        <source>Vegetarian</source>
        <translation>Vegetarisch</translation>
    </message>
    <message>
        <source>Vegan</source>
        <translation>Veganistisch</translation>
    </message>
    <message>
        <source>Contains nuts</source>
        <translation>Bevat noten</translation>
    </message>
    <message>
        <source>Contains fish</source>
        <translation>Bevat vis</translation>
    </message>
    <message>
        <source>Contains dairy</source>
        <translation>Bevat zuivel</translation>
    </message>
    <message>
        <source>Contains gluten</source>
        <translation>Bevat gluten</translation>
    </message>
    <message>
        <source>Contains egg</source>
        <translation>Bevat ei</translation>
    </message>
    <message>
        <source>Contains soy</source>
        <translation>Bevat soja</translation>
    </message>
    <message>
        <source>%s: “%s” is not a number</source>
        <translation>%s: ‘%s’ is geen getal</translation>
    </message>
    <message>
        <source>Not saved: %s</source>
        <translation>Niet opgeslagen: %s</translation>
    </message>
</context>
<context>
    <name>DayHeader</name>
    <message>
        <source>≥ unknown: %s</source>
        <translation>≥ onbekend: %s</translation>
    </message>
</context>
<context>
    <name>DayPanel</name>
    <message>
        <source>Includes 1 estimate</source>
        <translation>Bevat 1 schatting</translation>
    </message>
    <message numerus="yes">
        <source>Includes %n estimates</source>
        <translation>
            <numerusform>Bevat %n schatting</numerusform>
            <numerusform>Bevat %n schattingen</numerusform>
        </translation>
    </message>
    <message>
        <source>Selected day</source>
        <translation>Gekozen dag</translation>
    </message>
    <message>
        <source>Ca:Mg ratio</source>
        <translation>Ca:Mg-verhouding</translation>
    </message>
    <message>
        <source>Upper-limit warnings</source>
        <translation>Waarschuwingen bovengrens</translation>
    </message>
    <message>
        <source>Top magnesium sources</source>
        <translation>Grootste magnesiumbronnen</translation>
    </message>
    <message>
        <source>Top magnesium sources of the day</source>
        <translation>Grootste magnesiumbronnen van de dag</translation>
    </message>
    <message>
        <source>Food</source>
        <translation>Voedingsmiddel</translation>
    </message>
    <message>
        <source>Meal</source>
        <translation>Maaltijd</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Hoeveelheid</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Aandeel</translation>
    </message>
    <message>
        <source>Balance Day…</source>
        <translation>Dag in balans…</translation>
    </message>
    <message>
        <source>Propose the changes that bring this day to its targets</source>
        <translation>Stel de wijzigingen voor die deze dag op zijn doelen brengen</translation>
    </message>
    <message>
        <source>%s of %s %s (%d %%): %s</source>
        <translation>%s van %s %s (%d %%): %s</translation>
    </message>
    <message>
        <source>%s %s from food + %s %s from supplements = %s of %s %s: %s</source>
        <translation>%s %s uit voeding + %s %s uit supplementen = %s van %s %s: %s</translation>
    </message>
    <message>
        <source>; 1 food without a value</source>
        <translation>; 1 voedingsmiddel zonder waarde</translation>
    </message>
    <message numerus="yes">
        <source>; %n foods without a value</source>
        <translation>
            <numerusform>; %n voedingsmiddel zonder waarde</numerusform>
            <numerusform>; %n voedingsmiddelen zonder waarde</numerusform>
        </translation>
    </message>
    <message>
        <source>no magnesium yet</source>
        <translation>nog geen magnesium</translation>
    </message>
    <message>
        <source>%s, %s %s to %s (an indicator, not a norm)</source>
        <translation>%s, %s %s tot %s (een indicatie, geen norm)</translation>
    </message>
    <message>
        <source>%s of at most %s mg</source>
        <translation>%s van hoogstens %s mg</translation>
    </message>
    <message>
        <source>%s with supplements is %s %s, above the upper limit of %s %s a day.</source>
        <translation>%s met supplementen is %s %s, boven de bovengrens van %s %s per dag.</translation>
    </message>
    <message>
        <source>The magnesium supplement (%s mg a day) is above the upper limit for supplements (%s mg); magnesium from food does not count toward it.</source>
        <translation>Het magnesiumsupplement (%s mg per dag) ligt boven de bovengrens voor supplementen (%s mg); magnesium uit voeding telt daarvoor niet mee.</translation>
    </message>
    <message>
        <source>%s (in %s)</source>
        <translation>%s (in %s)</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <source>Save the changes to “%s”?</source>
        <translation>De wijzigingen in ‘%s’ opslaan?</translation>
    </message>
    <message>
        <source>Without saving, the changes are lost.</source>
        <translation>Zonder opslaan gaan de wijzigingen verloren.</translation>
    </message>
    <message>
        <source>Restore unsaved plan</source>
        <translation>Niet-opgeslagen plan herstellen</translation>
    </message>
    <message>
        <source>Magplan did not close properly. Restore the plan “%s” with the unsaved changes autosaved at %s?</source>
        <translation>Magplan is niet goed afgesloten. Het plan “%s” herstellen met de niet-opgeslagen wijzigingen van %s?</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Herstellen</translation>
    </message>
    <message>
        <source>Foods from the earlier food table</source>
        <translation>Voedingsmiddelen uit de eerdere voedingstabel</translation>
    </message>
    <message numerus="yes">
        <source>This plan names %n food(s) by an id of Magplan’s earlier food table, shown as unknown. Replace them with the foods that stand for them now?</source>
        <translation>
            <numerusform>Dit plan noemt %n voedingsmiddel met een code uit de eerdere voedingstabel van Magplan; het wordt als onbekend getoond. Vervangen door het voedingsmiddel dat er nu voor staat?</numerusform>
            <numerusform>Dit plan noemt %n voedingsmiddelen met een code uit de eerdere voedingstabel van Magplan; ze worden als onbekend getoond. Vervangen door de voedingsmiddelen die er nu voor staan?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>en nog %n</numerusform>
            <numerusform>en nog %n</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Vervangen</translation>
    </message>
    <message>
        <source>&amp;Keep Them Unknown</source>
        <translation>&amp;Onbekend laten</translation>
    </message>
</context>
<context>
    <name>EditActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>O&amp;pnieuw</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>K&amp;nippen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Plakken</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Edit &amp;Grams</source>
        <translation>&amp;Grammen bewerken</translation>
    </message>
    <message>
        <source>&amp;Amount…</source>
        <translation>&amp;Hoeveelheid…</translation>
    </message>
    <message>
        <source>Set the amount in portions or grams</source>
        <translation>De hoeveelheid in porties of grammen instellen</translation>
    </message>
    <message>
        <source>Cut Da&amp;y</source>
        <translation>Dag kn&amp;ippen</translation>
    </message>
    <message>
        <source>C&amp;opy Day</source>
        <translation>Dag k&amp;opiëren</translation>
    </message>
    <message>
        <source>Paste Day &amp;Here</source>
        <translation>Dag &amp;hier plakken</translation>
    </message>
    <message>
        <source>C&amp;lear Day</source>
        <translation>Dag &amp;leegmaken</translation>
    </message>
    <message>
        <source>&amp;Copy Food</source>
        <translation>Voedingsmiddel &amp;kopiëren</translation>
    </message>
    <message>
        <source>&amp;Find Food</source>
        <translation>Voedingsmiddel &amp;zoeken</translation>
    </message>
    <message>
        <source>Search the food table</source>
        <translation>In de voedingstabel zoeken</translation>
    </message>
    <message>
        <source>&amp;Add Food to Meal</source>
        <translation>Voedingsmiddel aan maaltijd &amp;toevoegen</translation>
    </message>
    <message>
        <source>Put the chosen food in the selected meal</source>
        <translation>Het gekozen voedingsmiddel in de geselecteerde maaltijd zetten</translation>
    </message>
    <message>
        <source>Add Food &amp;with Amount…</source>
        <translation>Voedingsmiddel toevoegen &amp;met hoeveelheid…</translation>
    </message>
    <message>
        <source>Added %s (%s) to %s, %s</source>
        <translation>%s (%s) toegevoegd aan %s, %s</translation>
    </message>
    <message>
        <source>The meal is full</source>
        <translation>De maaltijd is vol</translation>
    </message>
    <message>
        <source>There is no room for that in %s: a meal holds at most %s entries.</source>
        <translation>Daar is geen plaats voor in %s: een maaltijd bevat hoogstens %s items.</translation>
    </message>
    <message>
        <source>Nothing to paste: copy foods or entries first</source>
        <translation>Niets om te plakken: kopieer eerst voedingsmiddelen of items</translation>
    </message>
    <message>
        <source>Nothing to paste: copy a day first</source>
        <translation>Niets om te plakken: kopieer eerst een dag</translation>
    </message>
</context>
<context>
    <name>EntryDelegate</name>
    <message>
        <source>Grams</source>
        <translation>Grammen</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Unexpected Error</source>
        <translation>Onverwachte fout</translation>
    </message>
    <message>
        <source>Your unsaved changes were autosaved first: if Magplan has to close, they are offered back at the next start.</source>
        <translation>Uw niet-opgeslagen wijzigingen zijn eerst automatisch opgeslagen: als Magplan moet sluiten, krijgt u ze bij de volgende start terug.</translation>
    </message>
    <message>
        <source>Your plan had no unsaved changes.</source>
        <translation>Uw plan had geen niet-opgeslagen wijzigingen.</translation>
    </message>
    <message>
        <source>Your unsaved changes could not be autosaved; save the plan now if you can.</source>
        <translation>Uw niet-opgeslagen wijzigingen konden niet automatisch worden opgeslagen; sla het plan nu op als dat lukt.</translation>
    </message>
    <message>
        <source>The details are in %s.</source>
        <translation>De details staan in %s.</translation>
    </message>
    <message>
        <source>The details could not be written to %s (%s).</source>
        <translation>De details konden niet naar %s worden geschreven (%s).</translation>
    </message>
    <message>
        <source>Magplan ran into an error it did not expect. What you just did may not have been done.</source>
        <translation>Magplan liep tegen een onverwachte fout aan. Wat u net deed, is misschien niet gebeurd.</translation>
    </message>
    <message>
        <source>&amp;Copy Details</source>
        <translation>Details &amp;kopiëren</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Gekopieerd</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export CSV</source>
        <translation>CSV exporteren</translation>
    </message>
    <message>
        <source>Every food of the week (one row per entry)</source>
        <translation>Elk voedingsmiddel van de week (één rij per item)</translation>
    </message>
    <message>
        <source>Each day&apos;s totals, targets and flags</source>
        <translation>De totalen, doelen en signalen van elke dag</translation>
    </message>
    <message>
        <source>The shopping list</source>
        <translation>De boodschappenlijst</translation>
    </message>
    <message>
        <source>Standard (comma, decimal point)</source>
        <translation>Standaard (komma, decimale punt)</translation>
    </message>
    <message>
        <source>Excel, Dutch (semicolon, decimal comma)</source>
        <translation>Excel, Nederlands (puntkomma, decimale komma)</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Exporteren:</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>Voor:</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>&amp;New Plan</source>
        <translation>&amp;Nieuw plan</translation>
    </message>
    <message>
        <source>Start an empty week</source>
        <translation>Begin met een lege week</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <source>Open a saved plan</source>
        <translation>Een opgeslagen plan openen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Op&amp;slaan</translation>
    </message>
    <message>
        <source>Save the plan</source>
        <translation>Het plan opslaan</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Opslaan &amp;als…</translation>
    </message>
    <message>
        <source>Print &amp;Shopping List…</source>
        <translation>&amp;Boodschappenlijst afdrukken…</translation>
    </message>
    <message>
        <source>Print or save as PDF the shopping list of the days chosen in its panel</source>
        <translation>De boodschappenlijst van de in het paneel gekozen dagen afdrukken of als pdf opslaan</translation>
    </message>
    <message>
        <source>&amp;Print Week…</source>
        <translation>&amp;Week afdrukken…</translation>
    </message>
    <message>
        <source>Print or save as PDF the week menu</source>
        <translation>Het weekmenu afdrukken of als pdf opslaan</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exporteren…</translation>
    </message>
    <message>
        <source>The week, its totals or the shopping list as a CSV file</source>
        <translation>De week, de totalen of de boodschappenlijst als CSV-bestand</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importeren…</translation>
    </message>
    <message>
        <source>A week exported as CSV, as a new plan</source>
        <translation>Een als CSV geëxporteerde week, als nieuw plan</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <source>Open Plan</source>
        <translation>Plan openen</translation>
    </message>
    <message>
        <source>Cannot open the plan</source>
        <translation>Het plan kan niet worden geopend</translation>
    </message>
    <message>
        <source>Opened %s</source>
        <translation>%s geopend</translation>
    </message>
    <message>
        <source>week plan.json</source>
        <translation>weekplan.json</translation>
    </message>
    <message>
        <source>Save Plan</source>
        <translation>Plan opslaan</translation>
    </message>
    <message>
        <source>Cannot save the plan</source>
        <translation>Het plan kan niet worden opgeslagen</translation>
    </message>
    <message>
        <source>Saved %s</source>
        <translation>%s opgeslagen</translation>
    </message>
    <message>
        <source>Exported %s</source>
        <translation>%s geëxporteerd</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Naamloos</translation>
    </message>
    <message>
        <source>Magplan plans (*.json);;All files (*)</source>
        <translation>Magplan-plannen (*.json);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>No recent plans</source>
        <translation>Geen recente plannen</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>Menu &amp;wissen</translation>
    </message>
    <message>
        <source>Cannot restore the plan</source>
        <translation>Het plan kan niet worden hersteld</translation>
    </message>
    <message>
        <source>Autosave failed: %s</source>
        <translation>Automatisch opslaan mislukt: %s</translation>
    </message>
</context>
<context>
    <name>FoodBrowser</name>
    <message>
        <source>Search foods, in Dutch or English</source>
        <translation>Zoek voedingsmiddelen, in het Nederlands of Engels</translation>
    </message>
    <message>
        <source>Search foods</source>
        <translation>Voedingsmiddelen zoeken</translation>
    </message>
    <message>
        <source>Store section</source>
        <translation>Winkelafdeling</translation>
    </message>
    <message>
        <source>All sections</source>
        <translation>Alle afdelingen</translation>
    </message>
    <message>
        <source>Amounts shown</source>
        <translation>Getoonde hoeveelheden</translation>
    </message>
    <message>
        <source>Foods</source>
        <translation>Voedingsmiddelen</translation>
    </message>
    <message>
        <source>Number of foods found</source>
        <translation>Aantal gevonden voedingsmiddelen</translation>
    </message>
    <message>
        <source>1 food</source>
        <translation>1 voedingsmiddel</translation>
    </message>
    <message numerus="yes">
        <source>%n foods</source>
        <translation>
            <numerusform>%n voedingsmiddel</numerusform>
            <numerusform>%n voedingsmiddelen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n saved meals</source>
        <translation>
            <numerusform>%n bewaarde maaltijd</numerusform>
            <numerusform>%n bewaarde maaltijden</numerusform>
        </translation>
    </message>
    <message>
        <source>1 saved meal</source>
        <translation>1 bewaarde maaltijd</translation>
    </message>
    <message>
        <source>Saved meals</source>
        <translation>Bewaarde maaltijden</translation>
    </message>
</context>
<context>
    <name>FoodModel</name>
    <message>
        <source>Estimated (%s): %s</source>
        <translation>Geschat (%s): %s</translation>
    </message>
    <message>
        <source>Food</source>
        <translation>Voedingsmiddel</translation>
    </message>
    <message>
        <source>%s in %s %s</source>
        <translation>%s in %s %s</translation>
    </message>
    <message>
        <source>%s
%s: %s = %s g
%s</source>
        <translation>%s
%s: %s = %s g
%s</translation>
    </message>
    <message>
        <source>Portion</source>
        <translation>Portie</translation>
    </message>
    <message>
        <source>Source: %s</source>
        <translation>Bron: %s</translation>
    </message>
    <message>
        <source>%s
Saved meal: %s, one serving %s
%s</source>
        <translation>%s
Bewaarde maaltijd: %s, één portie %s
%s</translation>
    </message>
    <message>
        <source>Favourite: balancing prefers it</source>
        <translation>Favoriet: balanceren kiest het liever</translation>
    </message>
    <message>
        <source>Never suggested when balancing</source>
        <translation>Nooit voorgesteld bij balanceren</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>≈ an estimate: the source reports traces (counted as 0)
or a value below its detection limit (counted as half that limit)</source>
        <translation>≈ een schatting: de bron meldt sporen (geteld als 0)
of een waarde onder de detectiegrens (geteld als de helft van die grens)</translation>
    </message>
    <message>
        <source>Breakfast</source>
        <translation>Ontbijt</translation>
    </message>
    <message>
        <source>Lunch</source>
        <translation>Lunch</translation>
    </message>
    <message>
        <source>Dinner</source>
        <translation>Diner</translation>
    </message>
    <message>
        <source>Snacks</source>
        <translation>Tussendoor</translation>
    </message>
    <message>
        <source>Vegetables</source>
        <translation>Groente</translation>
    </message>
    <message>
        <source>Fruit</source>
        <translation>Fruit</translation>
    </message>
    <message>
        <source>Bread and cereals</source>
        <translation>Brood en ontbijtgranen</translation>
    </message>
    <message>
        <source>Grains and pasta</source>
        <translation>Graan, rijst en pasta</translation>
    </message>
    <message>
        <source>Potatoes</source>
        <translation>Aardappelen</translation>
    </message>
    <message>
        <source>Legumes</source>
        <translation>Peulvruchten</translation>
    </message>
    <message>
        <source>Nuts and seeds</source>
        <translation>Noten en zaden</translation>
    </message>
    <message>
        <source>Dairy and eggs</source>
        <translation>Zuivel en eieren</translation>
    </message>
    <message>
        <source>Cheese</source>
        <translation>Kaas</translation>
    </message>
    <message>
        <source>Meat</source>
        <translation>Vlees</translation>
    </message>
    <message>
        <source>Fish</source>
        <translation>Vis</translation>
    </message>
    <message>
        <source>Plant proteins</source>
        <translation>Vleesvervangers</translation>
    </message>
    <message>
        <source>Fats and spreads</source>
        <translation>Vetten en smeersels</translation>
    </message>
    <message>
        <source>Sweets and snacks</source>
        <translation>Snoep en snacks</translation>
    </message>
    <message>
        <source>Drinks</source>
        <translation>Dranken</translation>
    </message>
    <message>
        <source>Herbs and spices</source>
        <translation>Kruiden en specerijen</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <source>Magnesium</source>
        <translation>Magnesium</translation>
    </message>
    <message>
        <source>Calcium</source>
        <translation>Calcium</translation>
    </message>
    <message>
        <source>Vitamin D</source>
        <translation>Vitamine D</translation>
    </message>
    <message>
        <source>Caffeine</source>
        <translation>Cafeïne</translation>
    </message>
    <message>
        <source>Vit. D</source>
        <translation>Vit. D</translation>
    </message>
    <message>
        <source>per 100 g</source>
        <translation>per 100 g</translation>
    </message>
    <message>
        <source>per portion</source>
        <translation>per portie</translation>
    </message>
    <message>
        <source>per 100 kcal</source>
        <translation>per 100 kcal</translation>
    </message>
    <message>
        <source>On target</source>
        <translation>Op doel</translation>
    </message>
    <message>
        <source>Below target</source>
        <translation>Onder doel</translation>
    </message>
    <message>
        <source>Possibly low</source>
        <translation>Mogelijk laag</translation>
    </message>
    <message>
        <source>Above upper limit</source>
        <translation>Boven bovengrens</translation>
    </message>
    <message>
        <source>below the band</source>
        <translation>onder de bandbreedte</translation>
    </message>
    <message>
        <source>in the band</source>
        <translation>binnen de bandbreedte</translation>
    </message>
    <message>
        <source>above the band</source>
        <translation>boven de bandbreedte</translation>
    </message>
    <message>
        <source>no magnesium yet</source>
        <translation>nog geen magnesium</translation>
    </message>
    <message>
        <source>at least %s</source>
        <translation>ten minste %s</translation>
    </message>
    <message>
        <source>%s of %s ingredient lines lack a value for %s</source>
        <translation>bij %s van de %s ingrediëntregels ontbreekt een waarde voor %s</translation>
    </message>
    <message>
        <source>%s servings</source>
        <translation>%s porties</translation>
    </message>
    <message>
        <source>1 serving</source>
        <translation>1 portie</translation>
    </message>
    <message>
        <source>≥ at least: %s</source>
        <translation>≥ ten minste: %s</translation>
    </message>
</context>
<context>
    <name>LibraryDialog</name>
    <message>
        <source>Saving…</source>
        <translation>Opslaan…</translation>
    </message>
    <message>
        <source>Food tables</source>
        <translation>Voedingstabellen</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Aan</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabel</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Foods</source>
        <translation>Voedingsmiddelen</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Geïmporteerd</translation>
    </message>
    <message>
        <source>&amp;Import a table…</source>
        <translation>Tabel &amp;importeren…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>&amp;Download the USDA table</source>
        <translation>USDA-tabel &amp;downloaden</translation>
    </message>
    <message>
        <source>USDA SR Legacy, about 7,800 foods, public domain</source>
        <translation>USDA SR Legacy, ongeveer 7.800 voedingsmiddelen, publiek domein</translation>
    </message>
    <message>
        <source>USDA FoodData Central (zip or folder), NEVO (CSV), Ciqual (xlsx, xls or XML) or any CSV. Imported tables stay in your own data folder; plans refer to foods by id, so a plan keeps foods of a table that is off, shown as unknown.</source>
        <translation>USDA FoodData Central (zip of map), NEVO (CSV), Ciqual (xlsx, xls of XML) of een willekeurige CSV. Geïmporteerde tabellen blijven in uw eigen gegevensmap; plannen verwijzen naar voedingsmiddelen via hun id, dus een plan houdt de voedingsmiddelen van een uitgeschakelde tabel, getoond als onbekend.</translation>
    </message>
    <message>
        <source>Food tables (*.zip *.csv *.txt *.xlsx *.xls *.xml);;All files (*)</source>
        <translation>Voedingstabellen (*.zip *.csv *.txt *.xlsx *.xls *.xml);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Imported tables</source>
        <translation>Geïmporteerde tabellen</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nieuw…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Wijzigen…</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Verwij&amp;deren</translation>
    </message>
    <message>
        <source>Your own foods</source>
        <translation>Uw eigen voedingsmiddelen</translation>
    </message>
    <message>
        <source>on</source>
        <translation>aan</translation>
    </message>
    <message>
        <source>off</source>
        <translation>uit</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>CSV-bestand</translation>
    </message>
    <message>
        <source>Import a food table</source>
        <translation>Een voedingstabel importeren</translation>
    </message>
    <message>
        <source>Reading %s…</source>
        <translation>%s lezen…</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Importeren geannuleerd; er is niets veranderd.</translation>
    </message>
    <message>
        <source>Not imported: %s. Nothing was changed.</source>
        <translation>Niet geïmporteerd: %s. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>Imported %s foods from %s; %s skipped; magnesium known for %s.</source>
        <translation>%s voedingsmiddelen geïmporteerd uit %s; %s overgeslagen; magnesium bekend voor %s.</translation>
    </message>
    <message>
        <source>It replaces the older edition %s.</source>
        <translation>Deze vervangt de oudere editie %s.</translation>
    </message>
    <message>
        <source>Downloading the USDA table…</source>
        <translation>De USDA-tabel downloaden…</translation>
    </message>
    <message>
        <source>Download cancelled; nothing was changed.</source>
        <translation>Downloaden geannuleerd; er is niets veranderd.</translation>
    </message>
    <message>
        <source>Not downloaded: %s</source>
        <translation>Niet gedownload: %s</translation>
    </message>
    <message>
        <source>Removed %s; import the file again to bring it back.</source>
        <translation>%s verwijderd; importeer het bestand opnieuw om het terug te halen.</translation>
    </message>
    <message>
        <source>Saved %s.</source>
        <translation>%s opgeslagen.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Foods</source>
        <translation>Voedingsmiddelen</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Shopping List</source>
        <translation>Boodschappenlijst</translation>
    </message>
    <message>
        <source>Days below the magnesium target</source>
        <translation>Dagen onder het magnesiumdoel</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>F&amp;oods Panel</source>
        <translation>Paneel &amp;voedingsmiddelen</translation>
    </message>
    <message>
        <source>D&amp;ay Panel</source>
        <translation>Paneel &amp;dag</translation>
    </message>
    <message>
        <source>&amp;Shopping List</source>
        <translation>&amp;Boodschappenlijst</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hoofdwerkbalk</translation>
    </message>
    <message>
        <source>&amp;Toolbar</source>
        <translation>&amp;Werkbalk</translation>
    </message>
    <message>
        <source>Food tables</source>
        <translation>Voedingstabellen</translation>
    </message>
    <message>
        <source>%s[*] — Magplan</source>
        <translation>%s[*] — Magplan</translation>
    </message>
    <message numerus="yes">
        <source>%n of 7 days below the magnesium target</source>
        <translation>
            <numerusform>%n van 7 dagen onder het magnesiumdoel</numerusform>
            <numerusform>%n van 7 dagen onder het magnesiumdoel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n possibly)</source>
        <translation>
            <numerusform> (%n mogelijk)</numerusform>
            <numerusform> (%n mogelijk)</numerusform>
        </translation>
    </message>
    <message>
        <source>Some files could not be read</source>
        <translation>Sommige bestanden konden niet worden gelezen</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;Previous Day</source>
        <translation>&amp;Vorige dag</translation>
    </message>
    <message>
        <source>&amp;Next Day</source>
        <translation>V&amp;olgende dag</translation>
    </message>
    <message>
        <source>Go to &amp;Week</source>
        <translation>Naar &amp;week</translation>
    </message>
    <message>
        <source>Go to &amp;Foods</source>
        <translation>Naar &amp;voedingsmiddelen</translation>
    </message>
    <message>
        <source>Go to &amp;Day</source>
        <translation>Naar &amp;dag</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>&amp;Voorkeuren…</translation>
    </message>
    <message>
        <source>&amp;About Magplan</source>
        <translation>&amp;Over Magplan</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Over &amp;Qt</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <source>Columns of %s</source>
        <translation>Kolommen van %s</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>komma&apos;s</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>puntkomma&apos;s</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>tabs</translation>
    </message>
    <message>
        <source>pipes</source>
        <translation>verticale strepen</translation>
    </message>
    <message>
        <source>decimal comma</source>
        <translation>decimale komma</translation>
    </message>
    <message>
        <source>decimal point</source>
        <translation>decimale punt</translation>
    </message>
    <message>
        <source>Read as: columns separated by %s, %s. Figures are taken per 100 g, in the unit the field names.</source>
        <translation>Gelezen als: kolommen gescheiden door %s, %s. Getallen gelden per 100 g, in de eenheid die het veld noemt.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>Ids become prefix:id; lower-case letters only</source>
        <translation>Id&apos;s worden voorvoegsel:id; alleen kleine letters</translation>
    </message>
    <message>
        <source>Id &amp;prefix:</source>
        <translation>Id-&amp;voorvoegsel:</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Dutch name</source>
        <translation>Nederlandse naam</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <source>Portion (words)</source>
        <translation>Portie (woorden)</translation>
    </message>
    <message>
        <source>Portion (g)</source>
        <translation>Portie (g)</translation>
    </message>
</context>
<context>
    <name>MealActions</name>
    <message>
        <source>&amp;Delete Saved Meal</source>
        <translation>Bewaarde maaltijd &amp;verwijderen</translation>
    </message>
    <message>
        <source>&amp;Edit Saved Meal…</source>
        <translation>Bewaarde maaltijd &amp;wijzigen…</translation>
    </message>
    <message>
        <source>&amp;New Saved Meal…</source>
        <translation>&amp;Nieuwe bewaarde maaltijd…</translation>
    </message>
    <message>
        <source>1 serving</source>
        <translation>1 portie</translation>
    </message>
    <message>
        <source>Cannot add the meal</source>
        <translation>De maaltijd kan niet worden toegevoegd</translation>
    </message>
    <message>
        <source>Cannot delete the meal</source>
        <translation>De maaltijd kan niet worden verwijderd</translation>
    </message>
    <message>
        <source>Cannot export the meals</source>
        <translation>De maaltijden kunnen niet worden geëxporteerd</translation>
    </message>
    <message>
        <source>Cannot import the recipes</source>
        <translation>De recepten kunnen niet worden geïmporteerd</translation>
    </message>
    <message>
        <source>Cannot save the meal</source>
        <translation>De maaltijd kan niet worden bewaard</translation>
    </message>
    <message>
        <source>Change Meal %s</source>
        <translation>Maaltijd %s wijzigen</translation>
    </message>
    <message>
        <source>Change the saved meal chosen in the food list</source>
        <translation>De in de voedingslijst gekozen bewaarde maaltijd wijzigen</translation>
    </message>
    <message>
        <source>Compose a meal of foods to reuse on any day</source>
        <translation>Stel een maaltijd samen om op elke dag opnieuw te gebruiken</translation>
    </message>
    <message>
        <source>Deleted saved meal %s (Undo brings it back)</source>
        <translation>Bewaarde maaltijd %s verwijderd (Ongedaan maken haalt hem terug)</translation>
    </message>
    <message>
        <source>Export Saved &amp;Meals…</source>
        <translation>Bewaarde &amp;maaltijden exporteren…</translation>
    </message>
    <message>
        <source>Export Saved Meals</source>
        <translation>Bewaarde maaltijden exporteren</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n saved meal(s)</source>
        <translation>
            <numerusform>%n bewaarde maaltijd geëxporteerd</numerusform>
            <numerusform>%n bewaarde maaltijden geëxporteerd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n Meal(s)</source>
        <translation>
            <numerusform>%n maaltijd importeren</numerusform>
            <numerusform>%n maaltijden importeren</numerusform>
        </translation>
    </message>
    <message>
        <source>Import &amp;Recipes…</source>
        <translation>&amp;Recepten importeren…</translation>
    </message>
    <message>
        <source>Import Recipes</source>
        <translation>Recepten importeren</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n saved meal(s)</source>
        <translation>
            <numerusform>%n bewaarde maaltijd geïmporteerd</numerusform>
            <numerusform>%n bewaarde maaltijden geïmporteerd</numerusform>
        </translation>
    </message>
    <message>
        <source>JSON-LD (*.jsonld *.json)</source>
        <translation>JSON-LD (*.jsonld *.json)</translation>
    </message>
    <message>
        <source>Recipes (*.json *.jsonld *.html *.htm);;All files (*)</source>
        <translation>Recepten (*.json *.jsonld *.html *.htm);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Recipes from a schema.org JSON-LD file or a saved recipe page, as saved meals</source>
        <translation>Recepten uit een schema.org-JSON-LD-bestand of een bewaarde receptpagina, als bewaarde maaltijden</translation>
    </message>
    <message>
        <source>Save Meal %s</source>
        <translation>Maaltijd %s bewaren</translation>
    </message>
    <message>
        <source>Save Selection as &amp;Meal…</source>
        <translation>Selectie als &amp;maaltijd bewaren…</translation>
    </message>
    <message>
        <source>Save the selected entries as a meal to reuse on other days</source>
        <translation>De geselecteerde items als maaltijd bewaren om op andere dagen opnieuw te gebruiken</translation>
    </message>
    <message>
        <source>Saved meal %s; it is in the food list</source>
        <translation>Maaltijd %s bewaard; hij staat in de voedingslijst</translation>
    </message>
    <message>
        <source>Select entries in the week first: they become the meal&apos;s ingredients</source>
        <translation>Selecteer eerst items in de week: die worden de ingrediënten van de maaltijd</translation>
    </message>
    <message>
        <source>Take the saved meal chosen in the food list out (plans keep theirs)</source>
        <translation>De in de voedingslijst gekozen bewaarde maaltijd verwijderen (plannen houden de hunne)</translation>
    </message>
    <message>
        <source>Your saved meals as a schema.org JSON-LD file</source>
        <translation>Uw bewaarde maaltijden als schema.org-JSON-LD-bestand</translation>
    </message>
    <message>
        <source>saved meals.jsonld</source>
        <translation>bewaarde maaltijden.jsonld</translation>
    </message>
</context>
<context>
    <name>MealDialog</name>
    <message>
        <source>&amp;Name (English):</source>
        <translation>&amp;Naam (Engels):</translation>
    </message>
    <message>
        <source>&amp;Remove Ingredient</source>
        <translation>Ingrediënt &amp;verwijderen</translation>
    </message>
    <message>
        <source>&amp;Servings it makes:</source>
        <translation>&amp;Aantal porties:</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>Add %s</source>
        <translation>%s toevoegen</translation>
    </message>
    <message>
        <source>Add an ingredient</source>
        <translation>Ingrediënt toevoegen</translation>
    </message>
    <message>
        <source>Add an ingredient: type a food&apos;s name</source>
        <translation>Ingrediënt toevoegen: typ de naam van een voedingsmiddel</translation>
    </message>
    <message>
        <source>Add ingredients to see a serving&apos;s figures.</source>
        <translation>Voeg ingrediënten toe om de waarden per portie te zien.</translation>
    </message>
    <message>
        <source>Change saved meal</source>
        <translation>Bewaarde maaltijd wijzigen</translation>
    </message>
    <message>
        <source>Dutch Name</source>
        <translation>Nederlandse naam</translation>
    </message>
    <message>
        <source>Grams</source>
        <translation>Gram</translation>
    </message>
    <message>
        <source>Grams (whole recipe)</source>
        <translation>Gram (hele recept)</translation>
    </message>
    <message>
        <source>Ingredient</source>
        <translation>Ingrediënt</translation>
    </message>
    <message>
        <source>Ingredients</source>
        <translation>Ingrediënten</translation>
    </message>
    <message>
        <source>Lines matched to no food</source>
        <translation>Regels zonder voedingsmiddel</translation>
    </message>
    <message>
        <source>Lines matched to no food (counted as unknown):</source>
        <translation>Regels zonder voedingsmiddel (tellen als onbekend):</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otities:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Name (&amp;Dutch):</source>
        <translation>Naam (Neder&amp;lands):</translation>
    </message>
    <message>
        <source>New saved meal</source>
        <translation>Nieuwe bewaarde maaltijd</translation>
    </message>
    <message>
        <source>Not saved: %s</source>
        <translation>Niet bewaard: %s</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Per serving (%s): %s</source>
        <translation>Per portie (%s): %s</translation>
    </message>
    <message>
        <source>Re&amp;do</source>
        <translation>O&amp;pnieuw</translation>
    </message>
    <message>
        <source>Remove %s</source>
        <translation>%s verwijderen</translation>
    </message>
    <message>
        <source>Remove &amp;Line</source>
        <translation>Rege&amp;l verwijderen</translation>
    </message>
    <message>
        <source>Remove Line</source>
        <translation>Regel verwijderen</translation>
    </message>
    <message>
        <source>Servings</source>
        <translation>Porties</translation>
    </message>
    <message>
        <source>the English name</source>
        <translation>de Engelse naam</translation>
    </message>
</context>
<context>
    <name>PlanActions</name>
    <message>
        <source>&amp;Profile…</source>
        <translation>&amp;Profiel…</translation>
    </message>
    <message>
        <source>Who the plan is for, targets and supplements</source>
        <translation>Voor wie het plan is, doelen en supplementen</translation>
    </message>
    <message>
        <source>&amp;Food Tables…</source>
        <translation>&amp;Voedingstabellen…</translation>
    </message>
    <message>
        <source>Imported food tables, on or off, and your own foods</source>
        <translation>Geïmporteerde voedingstabellen, aan of uit, en uw eigen voedingsmiddelen</translation>
    </message>
    <message>
        <source>&amp;Balance Day…</source>
        <translation>&amp;Dag in balans…</translation>
    </message>
    <message>
        <source>Propose the changes that bring the selected day to its targets</source>
        <translation>Stel de wijzigingen voor die de gekozen dag op zijn doelen brengen</translation>
    </message>
    <message>
        <source>Balance &amp;Week…</source>
        <translation>&amp;Week in balans…</translation>
    </message>
    <message>
        <source>Propose the changes that bring every day to its targets</source>
        <translation>Stel de wijzigingen voor die elke dag op zijn doelen brengen</translation>
    </message>
    <message>
        <source>Balancing cancelled</source>
        <translation>Balanceren geannuleerd</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) applied</source>
        <translation>
            <numerusform>%n wijziging doorgevoerd</numerusform>
            <numerusform>%n wijzigingen doorgevoerd</numerusform>
        </translation>
    </message>
    <message>
        <source>Preparing %s for opening fast, once…</source>
        <translation>%s wordt eenmalig klaargemaakt om snel te openen…</translation>
    </message>
    <message>
        <source>F&amp;avourite</source>
        <translation>&amp;Favoriet</translation>
    </message>
    <message>
        <source>Balancing prefers this food, and may add it though it is coffee or tea</source>
        <translation>Balanceren kiest dit voedingsmiddel liever, en mag het toevoegen ook al is het koffie of thee</translation>
    </message>
    <message>
        <source>Never &amp;Suggest</source>
        <translation>Nooit v&amp;oorstellen</translation>
    </message>
    <message>
        <source>Balancing never adds or swaps in this food</source>
        <translation>Balanceren voegt dit voedingsmiddel nooit toe en ruilt het nooit in</translation>
    </message>
</context>
<context>
    <name>PlanDocument</name>
    <message>
        <source>Add %s</source>
        <translation>%s toevoegen</translation>
    </message>
    <message numerus="yes">
        <source>Add %n Foods</source>
        <translation>
            <numerusform>%n voedingsmiddel toevoegen</numerusform>
            <numerusform>%n voedingsmiddelen toevoegen</numerusform>
        </translation>
    </message>
    <message>
        <source>Paste %s</source>
        <translation>%s plakken</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n Foods</source>
        <translation>
            <numerusform>%n voedingsmiddel plakken</numerusform>
            <numerusform>%n voedingsmiddelen plakken</numerusform>
        </translation>
    </message>
    <message>
        <source>Change Amount of %s</source>
        <translation>Hoeveelheid van %s wijzigen</translation>
    </message>
    <message>
        <source>Delete %s</source>
        <translation>%s verwijderen</translation>
    </message>
    <message>
        <source>Cut %s</source>
        <translation>%s knippen</translation>
    </message>
    <message numerus="yes">
        <source>%n Foods</source>
        <translation>
            <numerusform>%n voedingsmiddel</numerusform>
            <numerusform>%n voedingsmiddelen</numerusform>
        </translation>
    </message>
    <message>
        <source>Move %s</source>
        <translation>%s verplaatsen</translation>
    </message>
    <message>
        <source>Paste Day on %s</source>
        <translation>Dag plakken op %s</translation>
    </message>
    <message>
        <source>Clear %s</source>
        <translation>%s leegmaken</translation>
    </message>
    <message>
        <source>Replace Foods from the Earlier Table</source>
        <translation>Voedingsmiddelen uit de eerdere tabel vervangen</translation>
    </message>
    <message>
        <source>Tick %s</source>
        <translation>%s afvinken</translation>
    </message>
    <message>
        <source>Untick %s</source>
        <translation>%s niet meer afvinken</translation>
    </message>
    <message>
        <source>Keep %s in Stock</source>
        <translation>%s in huis houden</translation>
    </message>
    <message>
        <source>Put %s on the List</source>
        <translation>%s op de lijst zetten</translation>
    </message>
    <message>
        <source>Change Profile</source>
        <translation>Profiel wijzigen</translation>
    </message>
    <message>
        <source>Delete Meal %s</source>
        <translation>Maaltijd %s verwijderen</translation>
    </message>
    <message>
        <source>Mark %s as Favourite</source>
        <translation>%s als favoriet markeren</translation>
    </message>
    <message>
        <source>Never Suggest %s</source>
        <translation>%s nooit voorstellen</translation>
    </message>
    <message>
        <source>Suggest %s Again</source>
        <translation>%s weer voorstellen</translation>
    </message>
    <message>
        <source>Unmark %s as Favourite</source>
        <translation>%s niet meer als favoriet markeren</translation>
    </message>
</context>
<context>
    <name>PortionDialog</name>
    <message>
        <source>Amount</source>
        <translation>Hoeveelheid</translation>
    </message>
    <message>
        <source> × %s (%s g)</source>
        <translation> × %s (%s g)</translation>
    </message>
    <message>
        <source>Portions</source>
        <translation>Porties</translation>
    </message>
    <message>
        <source>Grams</source>
        <translation>Grammen</translation>
    </message>
    <message>
        <source>&amp;Portions:</source>
        <translation>&amp;Porties:</translation>
    </message>
    <message>
        <source>&amp;Grams:</source>
        <translation>&amp;Grammen:</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Voorkeuren</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Zoals het systeem</translation>
    </message>
    <message>
        <source>A new language takes effect when Magplan starts again.</source>
        <translation>Een andere taal gaat in wanneer Magplan opnieuw start.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Save as PDF…</source>
        <translation>Opslaan als pdf…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Opslaan als pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Pdf-bestanden (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Profile</source>
        <translation>Profiel</translation>
    </message>
    <message>
        <source>Woman</source>
        <translation>Vrouw</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>Man</translation>
    </message>
    <message>
        <source> years</source>
        <translation> jaar</translation>
    </message>
    <message>
        <source>Neither</source>
        <translation>Geen van beide</translation>
    </message>
    <message>
        <source>Pregnant</source>
        <translation>Zwanger</translation>
    </message>
    <message>
        <source>Breastfeeding</source>
        <translation>Borstvoeding</translation>
    </message>
    <message>
        <source>Dutch Health Council (Gezondheidsraad)</source>
        <translation>Gezondheidsraad</translation>
    </message>
    <message>
        <source>European Food Safety Authority (EFSA)</source>
        <translation>Europese Autoriteit voor voedselveiligheid (EFSA)</translation>
    </message>
    <message>
        <source>US National Academies (NASEM)</source>
        <translation>Amerikaanse National Academies (NASEM)</translation>
    </message>
    <message>
        <source>&amp;Sex:</source>
        <translation>&amp;Geslacht:</translation>
    </message>
    <message>
        <source>&amp;Age:</source>
        <translation>&amp;Leeftijd:</translation>
    </message>
    <message>
        <source>&amp;Pregnancy or breastfeeding:</source>
        <translation>&amp;Zwangerschap of borstvoeding:</translation>
    </message>
    <message>
        <source>Reference s&amp;tandard:</source>
        <translation>Referentie&amp;norm:</translation>
    </message>
    <message>
        <source>from the standard</source>
        <translation>volgens de norm</translation>
    </message>
    <message>
        <source> people</source>
        <translation> personen</translation>
    </message>
    <message>
        <source>&amp;Household size:</source>
        <translation>&amp;Huishouden:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>%s supplement a day:</source>
        <translation>%s-supplement per dag:</translation>
    </message>
    <message>
        <source>Ca:Mg band from</source>
        <translation>Ca:Mg-bandbreedte van</translation>
    </message>
    <message>
        <source>Ca:Mg band to</source>
        <translation>Ca:Mg-bandbreedte tot</translation>
    </message>
    <message>
        <source>to</source>
        <translation>tot</translation>
    </message>
    <message>
        <source>No authority sets a calcium to magnesium ratio; about 1.7 to 2.6 is discussed in the literature. It is shown as an indicator only.</source>
        <translation>Geen instantie stelt een verhouding tussen calcium en magnesium vast; in de literatuur wordt ongeveer 1,7 tot 2,6 besproken. Ze wordt alleen als indicatie getoond.</translation>
    </message>
    <message>
        <source>&amp;Nudge the ratio toward the band when balancing</source>
        <translation>&amp;Verhouding bij het balanceren richting de bandbreedte duwen</translation>
    </message>
    <message>
        <source>Balancing then prefers changes that bring the ratio closer to the band, without large changes for it.</source>
        <translation>Balanceren kiest dan liever wijzigingen die de verhouding dichter bij de bandbreedte brengen, zonder er grote wijzigingen voor te maken.</translation>
    </message>
    <message>
        <source>Resulting daily targets</source>
        <translation>Dagelijkse doelen die daaruit volgen</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>Own daily targets</source>
        <translation>Eigen dagelijkse doelen</translation>
    </message>
    <message>
        <source>Household and supplements</source>
        <translation>Huishouden en supplementen</translation>
    </message>
    <message>
        <source>Ca:Mg band</source>
        <translation>Ca:Mg-bandbreedte</translation>
    </message>
    <message>
        <source>Daily targets: %s</source>
        <translation>Dagelijkse doelen: %s</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>RecipeImportDialog</name>
    <message>
        <source>%s (%s of %s lines matched)</source>
        <translation>%s (%s van %s regels gekoppeld)</translation>
    </message>
    <message>
        <source>%s, %s</source>
        <translation>%s, %s</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <source>&amp;No Food</source>
        <translation>&amp;Geen voedingsmiddel</translation>
    </message>
    <message>
        <source>(1 ml as 1 g)</source>
        <translation>(1 ml als 1 g)</translation>
    </message>
    <message>
        <source>Another food for the line: type its name</source>
        <translation>Een ander voedingsmiddel voor de regel: typ de naam</translation>
    </message>
    <message>
        <source>Check what each line was matched to; select a line to choose another food or amount.</source>
        <translation>Controleer waaraan elke regel is gekoppeld; selecteer een regel om een ander voedingsmiddel of een andere hoeveelheid te kiezen.</translation>
    </message>
    <message>
        <source>Food</source>
        <translation>Voedingsmiddel</translation>
    </message>
    <message>
        <source>Food for the line</source>
        <translation>Voedingsmiddel voor de regel</translation>
    </message>
    <message>
        <source>Grams</source>
        <translation>Gram</translation>
    </message>
    <message>
        <source>Grams for the line</source>
        <translation>Gram voor de regel</translation>
    </message>
    <message>
        <source>Import recipes</source>
        <translation>Recepten importeren</translation>
    </message>
    <message>
        <source>Ingredient lines</source>
        <translation>Ingrediëntregels</translation>
    </message>
    <message>
        <source>Keep the line in the meal, matched to no food (counted as unknown)</source>
        <translation>De regel in de maaltijd houden, zonder voedingsmiddel (telt als onbekend)</translation>
    </message>
    <message>
        <source>Line in the recipe</source>
        <translation>Regel in het recept</translation>
    </message>
    <message>
        <source>Not imported: %s</source>
        <translation>Niet geïmporteerd: %s</translation>
    </message>
    <message>
        <source>Recipes</source>
        <translation>Recepten</translation>
    </message>
    <message>
        <source>Skipped %s</source>
        <translation>Overgeslagen: %s</translation>
    </message>
    <message>
        <source>no amount in grams</source>
        <translation>geen hoeveelheid in gram</translation>
    </message>
    <message>
        <source>no food found</source>
        <translation>geen voedingsmiddel gevonden</translation>
    </message>
    <message>
        <source>not matched: %s</source>
        <translation>niet gekoppeld: %s</translation>
    </message>
</context>
<context>
    <name>ShoppingView</name>
    <message>
        <source>Food</source>
        <translation>Voedingsmiddel</translation>
    </message>
    <message>
        <source>To buy</source>
        <translation>Te kopen</translation>
    </message>
    <message>
        <source>Shopping list</source>
        <translation>Boodschappenlijst</translation>
    </message>
    <message>
        <source>Copy as Text</source>
        <translation>Kopiëren als tekst</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <source>Choose the days to shop for.</source>
        <translation>Kies de dagen waarvoor u boodschappen doet.</translation>
    </message>
    <message>
        <source>Exact total: %s</source>
        <translation>Exact totaal: %s</translation>
    </message>
    <message>
        <source>Not in the food table</source>
        <translation>Niet in de voedingstabel</translation>
    </message>
    <message>
        <source>Put on the Shopping List</source>
        <translation>Op de boodschappenlijst zetten</translation>
    </message>
    <message>
        <source>Always in Stock</source>
        <translation>Altijd in huis</translation>
    </message>
    <message>
        <source>Not matched to a food: not counted, and not summed with other foods</source>
        <translation>Niet gekoppeld aan een voedingsmiddel: niet meegeteld en niet opgeteld bij andere voedingsmiddelen</translation>
    </message>
</context>
<context>
    <name>WeekChart</name>
    <message>
        <source>- - target</source>
        <translation>- - doel</translation>
    </message>
    <message>
        <source>lighter: supplements</source>
        <translation>lichter: supplementen</translation>
    </message>
    <message>
        <source>dashed cap: at least</source>
        <translation>gestreepte top: ten minste</translation>
    </message>
    <message>
        <source>Week chart: magnesium, calcium and vitamin D as % of target</source>
        <translation>Weekgrafiek: magnesium, calcium en vitamine D als % van het doel</translation>
    </message>
</context>
<context>
    <name>WeekModel</name>
    <message>
        <source>%s, %s: empty</source>
        <translation>%s, %s: leeg</translation>
    </message>
    <message>
        <source>%s: %s of %s %s, %s</source>
        <translation>%s: %s van %s %s, %s</translation>
    </message>
    <message>
        <source> (1 food without a value)</source>
        <translation> (1 voedingsmiddel zonder waarde)</translation>
    </message>
    <message numerus="yes">
        <source> (%n foods without a value)</source>
        <translation>
            <numerusform> (%n voedingsmiddel zonder waarde)</numerusform>
            <numerusform> (%n voedingsmiddelen zonder waarde)</numerusform>
        </translation>
    </message>
    <message>
        <source>%s, %s: not in the food table, its values are unknown</source>
        <translation>%s, %s: niet in de voedingstabel, de waarden zijn onbekend</translation>
    </message>
    <message>
        <source>%s (matched to no food, counted as unknown)</source>
        <translation>%s (aan geen voedingsmiddel gekoppeld, telt als onbekend)</translation>
    </message>
</context>
<context>
    <name>WeekView</name>
    <message>
        <source>Week plan</source>
        <translation>Weekplan</translation>
    </message>
</context>
</TS>
