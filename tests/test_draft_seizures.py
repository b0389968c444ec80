"""Whole-operation seizure totals: amounts, units, lists and what is not a seizure (issue 10, round 3).

Sentences are written for these tests, in the style of the evaluation articles."""

from __future__ import annotations

import pytest

from opsatlas.draft import numbers
from tests.test_draft import figures_of


def _values(text: str, lang: str) -> list[tuple[float, str | None]]:
    return [(q.value, q.unit) for q in numbers.find_quantities(text, lang)]


@pytest.mark.parametrize("text, lang, expected", [
    # kilograms and the grams that complete them
    ("Se incautaron 2.415 kilogramos con 380 gramos de cocaína.", "es", [(2415.38, "kg")]),
    # the Spanish apostrophe as a decimal mark
    ("Se intervinieron 45 kilos de heroína y 2 '7 kilos de cocaína.", "es", [(45, "kg"), (2.7, "kg")]),
    # "y media", "y medio": half of the last word
    ("Los agentes intervinieron una tonelada y media de hachís.", "es", [(1.5, "tonnes")]),
    ("Se decomisaron cerca de dos millones y medio de dólares.", "es", [(2_500_000, "USD")]),
    # a bracketed amount with a place after it is a part of the amount before, not its conversion
    ("Police seized €7,000 (€3,000 in Italy and €4,000 in Spain).", "en", [(7000, "EUR"), (3000, "EUR"),
                                                                          (4000, "EUR")]),
    ("Officers seized 8 million euros ($8.9 million) in Spain.", "en", [(8_000_000, "EUR")]),
    # the British spellings of the metric units
    ("Officers seized 261 kilogrammes of heroin and 18 grammes of cocaine.", "en", [(261, "kg"), (18, "g")]),
    # both marks in one number: the last is the decimal one
    ("Se decomisaron 4,318.25 kilos de cocaína y 1.204,5 kilos de marihuana.", "es", [(4318.25, "kg"), (1204.5, "kg")]),
    ("Officers seized 2,040.75 kg of cannabis.", "en", [(2040.75, "kg")]),
    # the Brazilian real, by its sign
    ("Foram apreendidos R$ 3 milhões; police also seized R15 million.", "en", [(3, "BRL"), (15_000_000, "ZAR")]),
    # a bracketed conversion after an amount is no second amount, even in the same unit
    ("Police seized 2.4 tonnes (2.65 tons) of cannabis and 40 kilograms (88 lbs) of heroin.", "en",
     [(2.4, "tonnes"), (40, "kg")]),
    # grams written "gm", an approximation after the unit
    ("Officers recovered 12.5 Kg(approx) Ganja; 45.60gm(approx) Heroin.", "en", [(12.5, "kg"), (45.6, "g")]),
    # an English sentence that writes "45.60" uses the point as decimal mark; alone, "5.789 kg" is European
    ("Officers recovered 2.250 Kg(approx) Opium and 45.60 gm Heroin.", "en", [(2.25, "kg"), (45.6, "g")]),
    ("Europol seized 3.412 kg of glass eels.", "en", [(3412, "kg")]),
    # "metric tons" are tonnes; Spanish decimal commas
    ("Customs seized 12 metric tons of pangolin scales.", "en", [(12, "tonnes")]),
    ("Se decomisaron 2,3 toneladas de cocaína y 410,5 kilos de marihuana.", "es", [(2.3, "tonnes"), (410.5, "kg")]),
    # pounds "of" something weigh it; pounds alone, or of cash, are money
    ("Agents found 2,200 pounds of methamphetamine and 40,000 pounds in cash.", "en", [(2200, "lb"), (40_000, "GBP")]),
    ("Se incautaron 900 libras de marihuana y 5.000 libras esterlinas.", "es", [(900, "lb"), (5000, "GBP")]),
    ("Officers seized 30,000 pounds of cash.", "en", [(30_000, "GBP")]),
    # "metric tons" is the unit, its adjective before it; "métricas" after it
    ("Customs seized 7 metric tons of pangolin scales and 2 metric tonnes of ivory.", "en",
     [(7, "tonnes"), (2, "tonnes")]),
    ("La aduana incautó 7 toneladas métricas de escamas de pangolín.", "es", [(7, "tonnes")]),
    # "metric" alone is no unit
    ("The report listed 7 metric indicators.", "en", [(7, None)]),
])
def test_amounts_read(text, lang, expected):
    got = _values(text, lang)
    assert [(pytest.approx(v), u) for v, u in expected] == got


def _seized(text: str, lang: str) -> set[float]:
    return {v for m, v, place in figures_of(text, lang) if m == "seizures" and place is None}


@pytest.mark.parametrize("text, lang, expected", [
    # a list of counted things that ends with its seizing verb: every item is seized
    ("Overall, 9,412 people arrested, 6,150 illegally held firearms and over 200,000 rounds of ammunition "
     "confiscated: this is the result of the operation.", "en", {6150, 200_000}),
    ("'Drugs including 4.215 Kg(approx) Heroin; 21.3 Kg(approx) Ganja; around 64 Tablets and 230 Injections of "
     "Buprenorphine; 2.5 Kg(approx) Opium and 7,120(approx) Pills/Capsules, were recovered,' the statement said.", "en",
     {4.215, 21.3, 64, 230, 2.5, 7120}),
])
def test_list_then_verb(text, lang, expected):
    assert _seized(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # the parts of a whole counted just before are not seizures of their own
    ("Eleven firearms, comprising nine handguns and two revolvers, were recovered.", "en", {11}),
    ("Se incautaron 36 embarcaciones, nueve de ellas narcolanchas, y 13 vehículos.", "es", {36, 13}),
    ("Se intervinieron 3.000 pastillas en 15 registros, de los que 9 siguen abiertos.", "es", {3000}),
    ("Se intervinieron 48 armas, de las que 30 eran pistolas.", "es", {48}),
    ("A total of ₹4 crore, including ₹1.2 crore, were seized, an official said.", "en", {40_000_000}),
    # "including" after a whole of another kind says which: a figure of its own
    ("Police seized 310 firearms and 2 tonnes of drugs, including 640 kilograms of cocaine.", "en", {310, 2, 640}),
    # one thing named with "a"/"un" in a list of counted things seized
    ("Los agentes intervinieron 12 vehículos, ocho armas de fuego y un teléfono satelital.", "es", {12, 8, 1}),
    ("Officers seized 14 vehicles, 3 firearms and one speedboat.", "en", {14, 3, 1}),
    ("Se incautaron 1.200 kilos de cocaína, una cifra récord para el país.", "es", {1200}),
    # one thing right after its seizing verb is one seized; a load is measured by what it carries
    ("Se incautó una escopeta de caza y 40 cartuchos.", "es", {1, 40}),
    ("La Armada decomisó una lancha rápida en la costa.", "es", {1}),
    ("Se incautaron de un cargamento de cocaína y una gran cantidad de dinero.", "es", set()),
    ("Se incautaron 300 kilos de cocaína y una gran cantidad de dinero.", "es", {300}),
    # ... not once the list has ended and a statement is reported
    ("La Armada confiscó 20 lanchas y 9 fusiles, añadió la Fiscalía en un comunicado y un audio enviado a la prensa.",
     "es", {20, 9}),
    ("Customs seized 20 boats and 9 rifles, the ministry added in a statement and a video posted online.", "en",
     {20, 9}),
    # a comparison or a conversion is no second seizure
    ("Authorities also confiscated 1,800 cubic metres of timber, enough to fill 300 shipping containers.", "en", {1800}),
    ("Se logró el decomiso de dos millones de dólares, que equivalen a más de 8.000 millones de pesos.", "es",
     {2_000_000}),
    # the Spanish personal "a" counts people stopped, not things seized
    ("En la operación se ha interceptado a 320 inmigrantes y se han confiscado 95.000 euros.", "es", {95_000}),
    # what follows another action (destroyed, closed) was not seized
    ("Se detuvo a 40 personas, se incautaron 300 kilos de cocaína y se destruyeron tres laboratorios y 12 pistas "
     "clandestinas.", "es", {300}),
    ("Se clausuraron cuatro locales comerciales y se secuestraron seis vehículos de alta gama.", "es", {6}),
    ("Police seized 20 phones, three closed-circuit cameras and four handguns.", "en", {20, 3, 4}),
    # "secuestrar" is to seize in the Southern Cone
    ("Se logró secuestrar 2.310 kilogramos con 450 gramos de cocaína.", "es", {2310.45}),
])
def test_what_is_seized(text, lang, expected):
    assert sorted(_seized(text, lang)) == pytest.approx(sorted(expected))


def _totals(text: str, lang: str) -> set[tuple[str, float]]:
    return {(m, v) for m, v, place in figures_of(text, lang) if m in ("seizures", "assets_frozen") and place is None}


@pytest.mark.parametrize("text, lang, expected", [
    # money held in bank accounts is blocked, not taken
    ("Las autoridades se incautaron de 52.000 euros en efectivo y 230.000 euros en cuentas bancarias.", "es",
     {("seizures", 52_000), ("assets_frozen", 230_000)}),
    # "bloquearon", "recovering": the verb the money is nearest to
    ("Además, se bloquearon bienes inmuebles valorados en tres millones de euros.", "es",
     {("assets_frozen", 3_000_000)}),
    ("The crackdown ended with police freezing 4,200 bank accounts and recovering USD 12 million.", "en",
     {("assets_frozen", 4200), ("seizures", 12_000_000)}),
    # amounts in the list of what raids found
    ("Coordinated raids uncovered four laboratories, 27 kilos of synthetic drugs and 61 kilos of marijuana.", "en",
     {("seizures", 27), ("seizures", 61)}),
    # "a 21-month investigation": a duration, not a thing seized
    ("Officials announced the seizure of more than 12 tons of narcotics as part of a 21-month multi-agency "
     "law enforcement investigation.", "en",
     {("seizures", 12)}),
])
def test_money_and_finds(text, lang, expected):
    assert _totals(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a long list of what was seized, with no verb of its own, is seized to its end
    ("A los detenidos se les han intervenido 4 toneladas de droga, seis armas de fuego, dos máquinas envasadoras al "
     "vacío, dinero en efectivo, gran cantidad de teléfonos móviles, la mayoría encriptados; material informático, "
     "cinco vehículos de alta gama (dos de ellos con dobles fondos para ocultar la droga), balanzas de precisión, "
     "documentación diversa, tres raquetas detectoras de balizas, sistemas de seguimiento GPS, así como "
     "ocho cabezas tractoras y ocho semirremolques.", "es", {4, 6, 2, 5, 3, 8}),
    # "(or about 90 000 specimens)": the same seizure counted another way
    ("Officers arrested two suspects and seized 30 kg (or about 90 000 specimens) of glass eels.", "en", {30}),
    # things listed in one sentence are several figures, even near the headline
    ("En total, se decomisaron 150 toneladas de cocaína, más de 120 toneladas de marihuana y 30 toneladas de "
     "hachís.", "es", {150, 120, 30}),
])
def test_long_lists(text, lang, expected):
    assert sorted(_seized(text, lang)) == pytest.approx(sorted(expected))


@pytest.mark.parametrize("text, lang, expected", [
    # a sentence that opens with its seizing participle: its auxiliary is no verb of the list's own, and money far
    # down the list is seized like the other items
    ("Seized during the searches were more than 800 kilograms of cannabis, 40 kilograms of heroin, 12 pounds of "
     "opium, 7,000 tablets of oxycodone, 300 grams of fentanyl, 95 bottles of codeine syrup, €1.2 million in cash, "
     "31 cars and 17 rifles.", "en", {800, 40, 12, 7000, 300, 95, 1_200_000, 31, 17}),
    ("Incautados durante los registros fueron más de 600 kilos de hachís, 25 kilos de cocaína, 8 kilos de heroína, "
     "3.000 pastillas de éxtasis, 400 gramos de ketamina, 60 botes de metadona, 2,5 millones de euros en efectivo, "
     "19 coches y 11 pistolas.", "es", {600, 25, 8, 3000, 400, 60, 2_500_000, 19, 11}),
    # money far from the verb, after a clause of its own, is not an item of the list
    ("Police seized 30 kilos of cocaine and 12 rifles from a lorry that had crossed the border at dawn after a long "
     "chase through three provinces of the north and the passes of the west, and €4 million that the gang "
     "laundered.", "en", {30, 12}),
])
def test_list_after_an_opening_participle(text, lang, expected):
    assert sorted(_seized(text, lang)) == pytest.approx(sorted(expected))


@pytest.mark.parametrize("text, lang, expected", [
    # a round amount in the headline or lead that the precise one rounds to, in another unit, is the same seizure
    ("Intervenidas más de 3 toneladas de droga en una operación internacional con 12 detenidos.\n"
     "El golpe: 3.340 kilos de cocaína incautados y 12 detenidos.", "es", {3340}),
    ("En el operativo se secuestraron cuatro mil kilogramos de marihuana durante 30 días.\n"
     "Se ha logrado secuestrar 4.210 kilogramos con 320 gramos de marihuana, indicó la autoridad.", "es", {4210.32}),
    # two different amounts far apart are two seizures
    ("Police seized 3 tonnes of cocaine in March.\nIn May, officers seized 1,200 kilos of cocaine.", "en", {3, 1200}),
])
def test_rounded_again(text, lang, expected):
    assert sorted(_seized(text, lang)) == pytest.approx(sorted(expected))


@pytest.mark.parametrize("text, lang, expected", [
    # "including" money after money: every item of that list is a part of the whole
    ("A total of ₹5 crore, including ₹2.5 crore and 2.1 kg of gold from one of the locations, were seized.", "en",
     {50_000_000}),
    # a figure summed over many years is not this operation's
    ("A nivel internacional, la operación ha permitido recuperar más de 15.000 ejemplares de fauna salvaje en los "
     "últimos años.", "es", set()),
    # the seizure a case started from is not its result
    ("La pesquisa tuvo su origen en marzo del año pasado, con la incautación de más de 40 kilos de MDMA.", "es",
     set()),
    ("The investigation began in 2021 after the seizure of 300 kilograms of cocaine at the port.", "en", set()),
])
def test_parts_and_other_times(text, lang, expected):
    assert sorted(_seized(text, lang)) == pytest.approx(sorted(expected))


@pytest.mark.parametrize("text, lang, expected", [
    # a bulleted list under a heading of seizures: its amounts were seized, what they were worth was not
    ("Operation Delta led to:\n• 41 arrests\n• Seizures including:\n"
     "• 214 kg of glass eels and 12 kg of adult eels valued at about EUR 900 000\n• Cars and boats.", "en", {214, 12}),
    ("Resultados de la operación:\n- 23 detenidos\n- Incautaciones:\n- 58 kilos de hachís\n- 14 vehículos", "es",
     {58, 14}),
    # a bullet after the list has ended is not under it
    ("Seizures including:\n• 30 kg of cocaine\nThe investigation continues.\n• 12 officers were deployed", "en",
     {30}),
    # a heading sentence with a few opening words, its colon typed as a semicolon too
    ("Durante la operación Roca, se han incautado;\n• 58 armas cortas\n• 14 armas largas", "es", {58, 14}),
    ("During the searches, officers seized:\n• 58 handguns\n• 14 rifles", "en", {58, 14}),
    # the heading names what was seized, then the word that opens the list
    ("In the raids, police seized large amounts of drugs and cash, including:\n- 63 kilograms of heroin\n"
     "- 9 pistols", "en", {63, 9}),
    ("En los registros, los agentes incautaron numerosos bienes del grupo, entre ellos:\n- 31 kilos de hachís\n"
     "- 4 motos", "es", {31, 4}),
    # a list under a heading of no seizure is not seized
    ("During the searches, the suspects were found to own:\n• 58 handguns\n• 14 rifles", "en", set()),
    ("The seizures show how the network worked, including:\n- 63 shell companies\n- 9 couriers", "en", set()),
])
def test_bulleted_seizures(text, lang, expected):
    assert sorted(_seized(text, lang)) == pytest.approx(sorted(expected))


@pytest.mark.parametrize("text, lang, expected", [
    # the plural nouns "incautaciones", "decomisos" name what was seized, like "seizures"
    ("Entre las incautaciones figuran loros y monos, además de 3.1 toneladas de coral y 640 kilos de carne.", "es",
     {3.1, 640}),
    ("Entre los decomisos hay 27 fusiles y 5 camionetas.", "es", {27, 5}),
    # an amount right after a verb of destroying is destroyed, even after "seizures" were named
    ("Tras las incautaciones, se ordenó la destrucción de 950 kilos de hoja de coca.", "es", set()),
    ("Beyond the seizures, officers destroyed 35 kg of opium and seized 12 kg of heroin.", "en", {12}),
    # websites, domains and markets taken over online are no goods seized; the servers behind them are
    ("Investigators seized 210 dark web markets and 14 servers.", "en", {14}),
    ("Se intervinieron 90 dominios y 6 servidores.", "es", {6}),
])
def test_seizure_nouns_and_destroyed(text, lang, expected):
    assert _seized(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a long list that ends with its seizing verb, whose items are split by "and" and commas inside them
    ("Officers made 88 house searches, and 310 pistols, 2150 blank and modified gas and starting pistols, "
     "61 200 rounds of blank, modified, and live ammunition, and nine rifles, 140 kilos of explosives and "
     "512 fuses were seized, the agency said.", "en", {310, 2150, 61_200, 9, 140, 512}),
])
def test_long_list_then_verb(text, lang, expected):
    assert _seized(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # what the goods would fetch ("cuyo precio", "whose value") is no money seized
    ("Se decomisaron 40 cuadros, cuyo precio habría superado los 3 millones de euros.", "es", {40}),
    ("Officers seized 12 paintings, whose value experts put at $9 million.", "en", {12}),
    # "the equivalent of 300 lorries" gives a size by comparison, not things seized
    ("Se decomisó la carga equivalente de 900 camiones y 30 motosierras.", "es", {30}),
    ("Police seized the equivalent of 450 trucks of timber.", "en", set()),
    # what the goods were taken from is no second seizure ("seized from three lorries"), the lorries alone are
    ("At the border, 12 tonnes of fake medicine were seized from three lorries.", "en", {12}),
    # ... nor the people the goods were taken from, named after the goods
    ("Agents stopped a car and seized 2.4 kg of heroin from its three passengers.", "en", {2.4}),
    ("Customs confiscated 600 fake watches from the two traders.", "en", {600}),
    ("Officers seized three lorries at the border.", "en", {3}),
    # a worth given again in another currency is still a worth, not money seized
    ("Agents put the value of the heroin seized at 88 million Thai baht, which is about $2.5 million.", "en", set()),
    ("Se incautaron 300 kilos de cocaína con un valor de mercado de 9 millones de euros, es decir, unos 10 millones "
     "de dólares.", "es", {300}),
    # ... while cash seized, given again in another currency, stays seized
    ("Officers seized 5 million rupees, which is about $60,000, in the raid.", "en", {5_000_000, 60_000}),
    # what the crime earned ("could have generated profits of") is no money seized
    ("The seized timber could have generated illegal profits of about 12 million euros, police said.", "en", set()),
    ("La red habría obtenido unos beneficios de 4 millones de euros con la droga incautada.", "es", set()),
    ("The gang seized profits of 3 million euros", "en", {3_000_000}),
])
def test_value_and_comparison_not_seized(text, lang, expected):
    assert _seized(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # "confiscation", "confiscación" name a seizure like "seizure"; "netted" is a seizing verb
    ("The raids included the confiscation of 3 tonnes of ivory.", "en", {3}),
    ("La jornada incluyó la confiscación de 70 kilos de cocaína.", "es", {70}),
    ("Customs said 2 million counterfeit cigarettes were netted during the sweep.", "en", {2_000_000}),
])
def test_more_seizing_words(text, lang, expected):
    assert _seized(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # what the network sold or supplied, said after what was seized, is not seized
    ("Se han intervenido 80 pistolas, y la policía cree que la red había vendido otras 900 pistolas a otras bandas.",
     "es", {80}),
    ("Officers seized 45 rifles, but investigators believe the gang had supplied more than 600 rifles to buyers.",
     "en", {45}),
    # money a verb of another kind moved or made, before the seizing verb, is not seized
    ("Se estima que la red ha blanqueado unos 8 millones de euros y la droga incautada valdría 40 millones.", "es",
     set()),
    ("The gang laundered $3 million before the police seized 40 kilos of its cocaine.", "en", {40}),
    # what the goods were kept or hidden in is no seizure of its own
    ("Se incautaron 900 litros de gasolina almacenados en 45 bidones y 12 armas.", "es", {900, 12}),
    ("Police seized 2 tonnes of cannabis hidden in 80 bales and 6 rifles.", "en", {2, 6}),
    # what a vessel can carry is not what was seized
    ("Officers seized a narco-sub and 4 outboard engines, boats used to transport up to 5 tonnes of cocaine.", "en",
     {4}),
    ("Se incautó un semisumergible con capacidad para 8 toneladas de droga.", "es", {1}),
    # a clause of another verb after a comma ends the list of what was seized
    ("Agents seized 14 servers, depriving the gang of more than 9,000 hijacked computers.", "en", {14}),
    ("Se intervinieron 14 servidores, dejando sin servicio a más de 9.000 ordenadores.", "es", {14}),
    ("Agents seized 14 servers, according to police, and 9 laptops.", "en", {14, 9}),
    # money found is seized though its verb is no seizing verb
    ("Se han hallado 20.000 euros que fueron intervenidos.", "es", {20_000}),
])
def test_traded_not_seized(text, lang, expected):
    assert _seized(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a number that gives a thing's power or calibre is no count of things seized
    ("Se intervinieron tres lanchas con motores de 250 CV y cinco fusiles.", "es", {3, 5}),
    ("Officers seized 14 outboard engines of 300 HP and 22 pistols of 9mm calibre.", "en", {14, 22}),
    # ... nor one that gives its length
    ("La policía se incautó de 2 toneladas de cocaína en un velero de 18 metros de eslora.", "es", {2}),
    ("Police seized 2 tonnes of cocaine on a 18-metre yacht and 3 boats 12 metres long.", "en", {2, 3}),
    ("Se incautaron 400 metros de cable de cobre.", "es", {400}),
])
def test_size_is_no_count(text, lang, expected):
    assert _seized(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # goods named only by their worth, after the seizing verb, are seized at that worth; the counts before
    # the verb (places raided) are not the goods that worth belongs to
    ("Officers searched 40 premises and closed 6 call centres, seizing cars and jewellery worth more than "
     "3 million euros, the ministry said.", "en", {3_000_000}),
    # a worth after counted goods stays their worth
    ("Officers seized 2 tonnes of cocaine worth $50 million.", "en", {2}),
])
def test_worth_of_goods_seized(text, lang, expected):
    assert _seized(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # the worth of goods counted before their participle and its place is their worth; R$ is Brazil's real
    ("The network had assets in Paraguay and Italy. • 41 farms seized in Paraguay worth more than R$80 million, and "
     "6 flats seized in Italy worth €3 million.", "en",
     {("seizures", 41, "Paraguay"), ("seizures", 6, "Italy")}),
    ("La red tenía bienes en Colombia. Fueron decomisadas 12 fincas en Colombia, valoradas en 9 millones de "
     "dólares.", "es", {("seizures", 12, "Colombia"), ("seizures", 12, None)}),
    # money seized after a participle and a place, with no worth word, is seized
    ("The network had assets in Paraguay. Police seized 41 cars in Paraguay and R$80 million in cash.", "en",
     {("seizures", 41, "Paraguay"),
      ("seizures", 80_000_000, "Paraguay"),
      ("seizures", 41, None),
      ("seizures", 80000000, None)}),
])
def test_worth_after_participle_and_place(text, lang, expected):
    assert {f for f in figures_of(text, lang) if f[0] == "seizures"} == expected


@pytest.mark.parametrize("text, lang, expected", [
    # the noun an amount counts is read up to the next item of the list: "12 kilos de hachís, tres laboratorios"
    # is hashish seized, whatever the next item is
    ("Los agentes detuvieron a 9 personas, a la vez que se intervinieron 12 kilos de hachís, tres laboratorios "
     "clandestinos y dos coches.", "es", {12, 2}),
    ("Officers arrested 5 men and also seized 30 kilos of heroin, two plantations of cannabis and a van.", "en",
     {30}),
    # the noun of the same item still counts: places raided are no seizure
    ("Se intervinieron 40 kilos de cocaína en 12 registros.", "es", {40}),
])
def test_noun_read_up_to_next_item(text, lang, expected):
    assert _seized(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # an item written in quote marks is still the item
    ("Los agentes confiscaron 12 motos, seis toneladas de “productos químicos” y 30 pistolas.", "es", {12, 6, 30}),
    ("Customs seized 3 tonnes of \"chemical precursors\" and 8 trucks.", "en", {3, 8}),
    ("La Armada intervino tres ‘narcolanchas’ en el río.", "es", {3}),
    # ... but not what was dismantled after it, the verb an infinitive too
    ("Los agentes lograron recuperar 3 millones de euros y desmantelar 640 «servidores ilícitos».", "es", {3_000_000}),
    ("Officers were able to seize 25 phones and dismantle 90 \"botnet servers\".", "en", {25}),
    # a quoted word is no item of a seizure where nothing is seized
    ("Police described 12 \"safe houses\" used by the network.", "en", set()),
])
def test_quoted_items(text, lang, expected):
    assert _seized(text, lang) == expected


@pytest.mark.parametrize("text, lang, item", [
    # the item ends where its hiding place begins
    ("Police seized 2.5 kilograms of heroin hidden in tea boxes.", "en", "heroin"),
    ("Se incautaron 40 kilos de cocaína ocultos en sacos de café.", "es", "cocaína"),
])
def test_item_ends_at_its_hiding_place(text, lang, item):
    from opsatlas.draft import SourceInfo, draft_from_bytes

    facts = draft_from_bytes(text.encode(), SourceInfo(language=lang, published="2025-06-06")).facts
    assert [f.item for f in facts.figures if f.metric == "seizures"] == [item]


@pytest.mark.parametrize("text, lang, expected", [
    # goods intercepted ("se interceptaron", "lograron interceptar") are seized, every item of the list
    ("En la fase final se interceptaron más de 300 kilos de hachís, 40 kilos de heroína y 15 motos.", "es",
     {300, 40, 15}),
    ("Los agentes lograron interceptar un cargamento que incluía 18 fusiles, una escopeta y 60 granadas.", "es",
     {18, 1, 60}),
    ("Desde enero se han interceptado 27 embarcaciones y 4 avionetas.", "es", {27, 4}),
    # the vehicle the police stopped carried the goods; an English van "intercepted" is no seizure of vans
    ("Los guardias interceptaron dos furgonetas en la frontera.", "es", set()),
    ("Two vans were intercepted on the motorway, each carrying eight migrants.", "en", set()),
])
def test_intercepted_goods(text, lang, expected):
    assert _seized(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # the find a case started from is no result of the operation
    ("The inquiry started when customs officers found 800 pounds of cocaine in a container.", "en", set()),
    ("La investigación comenzó cuando los agentes hallaron 45 kilos de heroína en una furgoneta.", "es", set()),
    # the same find, said as a result, is seized
    ("During the operation customs officers found 800 pounds of cocaine in a container.", "en", {800}),
])
def test_find_that_started_the_case(text, lang, expected):
    assert _seized(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # what was destroyed or dismantled, before a later seizing verb, is not seized (the participle after "han" too)
    ("Se han destruido 45 pistas clandestinas y se han incautado 19 avionetas.", "es", {19}),
    ("Se ha desmantelado 3 talleres y se han intervenido 60 armas.", "es", {60}),
    ("Troops destroyed 12 stills and then seized 8 boats.", "en", {8}),
    # seized first, destroyed after: the things seized stay
    ("Se intervinieron 14 motos y se destruyeron 2 pistas.", "es", {14}),
])
def test_destroyed_before_seized(text, lang, expected):
    assert _seized(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # "intervenir" (not "intervenir en", to step in) and "the recovery of" seize
    ("En total se llegaron a intervenir 250.000 euros en efectivo.", "es", {250_000}),
    ("La Guardia Civil tuvo que intervenir en 4 ocasiones.", "es", set()),
    ("The checks led to the recovery of 95 stolen vehicles and USD 40,000 in cash.", "en", {95, 40_000}),
    # Hong Kong dollars are money
    ("Police seized HKD 3 million in cash.", "en", {3_000_000}),
])
def test_more_seizing_words_intervenir_recovery(text, lang, expected):
    assert _seized(text, lang) == expected


def test_money_frozen_after_money_seized():
    # the money after the freezing verb is frozen, though a seizing verb came first in the sentence
    text = ("Los agentes llegaron a intervenir 90.000 euros en efectivo y se han bloqueado varias fincas, valoradas en "
            "3 millones de euros.")
    figs = {(m, v) for m, v, _ in figures_of(text, "es")}
    assert ("seizures", 90_000) in figs and ("assets_frozen", 3_000_000) in figs


@pytest.mark.parametrize("text, lang, expected", [
    # the part seized of things checked: "of which N were seized", named by the things counted before
    ("Inspectors screened about 60,000 parcels at airports and mail centres, of which some 2,100 were seized.", "en",
     {2100}),
    ("Los inspectores revisaron 7.000 envíos en aeropuertos y centros postales, de los cuales 350 fueron incautados.",
     "es", {350}),
    # a part with another verb is no seizure
    ("Inspectors screened about 60,000 parcels at airports and mail centres, of which 400 were opened.", "en", set()),
])
def test_part_seized_of_things_checked(text, lang, expected):
    assert _seized(text, lang) == expected



@pytest.mark.parametrize("text, lang, expected", [
    # minutes and seconds measure time, never a seized thing
    ("Police arrested 30 people. Officers seized 40 GB of files, enough memory to play about 90 minutes of video.",
     "en", {("arrests", 30, None)}),
    ("Se detuvo a 30 personas. Los agentes incautaron archivos que suman unos 90 minutos de vídeo.", "es",
     {("arrests", 30, None)}),
    # a seized thing counted before the time is still read
    ("Police arrested 30 people. Officers seized 90 kg of cocaine within minutes.", "en",
     {("arrests", 30, None), ("seizures", 90, None)}),
])
def test_minutes_are_time(text, lang, expected):
    assert figures_of(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # warrants served are counted by nothing the schema holds, though named by an arrest or a seizure
    ("Federal agents served 14 arrest warrants and 22 search and seizure warrants on Tuesday.", "en", set()),
    ("Prosecutors issued three European Arrest Warrants for the suspects.", "en", set()),
    # nor are the states the warrants were served in states with arrests
    ("Federal agents served 14 arrest warrants and 22 search and seizure warrants in four states.", "en", set()),
    ("Los agentes cumplieron 14 órdenes de captura y 22 órdenes de allanamiento el martes.", "es", set()),
    ("Se ejecutaron 18 órdenes de búsqueda e incautación y cinco órdenes de detención.", "es", set()),
    # kinds of things are no count of them; the things seized beside them are
    ("En las naves se han intervenido más de 80 tipos de sustancias dopantes y 14 máquinas.", "es",
     {("seizures", 14, None)}),
    ("Officers seized 40 types of counterfeit medicine and 300 boxes of pills.", "en", {("seizures", 300, None)}),
    # the arrests made beside the warrants are still counted
    ("Officers executed nine arrest warrants and arrested 7 people in two states.", "en",
     {("arrests", 7, None), ("subdivisions_with_arrests", 2, None)}),
])
def test_warrants_are_not_arrests_or_seizures(text, lang, expected):
    assert figures_of(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # amounts of one sentence that add up to a sum stated in another are its parts: the sum is drafted alone
    ("Police blocked 900 bank accounts, resulting in the seizure of $150 million in cash and $50 million in crypto "
     "assets. These seizures, totaling $200 million, show the scale of the fraud.", "en", {200_000_000}),
    ("Los agentes se incautaron de 2 millones de euros en efectivo y 1,5 millones de euros en criptomonedas. En total, "
     "las incautaciones suman 3,5 millones de euros.", "es", {3_500_000}),
    # amounts that do not add up to the other are seizures of their own
    ("Police seized $150 million in cash and $50 million in crypto assets. Earlier raids seized $120 million in gold.",
     "en", {150_000_000, 50_000_000, 120_000_000}),
])
def test_parts_of_a_stated_sum(text, lang, expected):
    assert _seized(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # amounts told one by one, a sentence each, that add up to an amount stated before are its parts
    ("Los agentes decomisaron 900 kilos de cocaína. En la primera lancha se hallaron 300 kilos de cocaína. Otros 600 "
     "kilos fueron decomisados en una segunda lancha.", "es", {900}),
    ("Officers seized 900 kilograms of cocaine. On the first boat, officers found 300 kilograms of cocaine. A "
     "further 600 kilograms were seized on a second boat.", "en", {900}),
    # amounts in other sentences that do not add up to it are seizures of their own
    ("Los agentes decomisaron 900 kilos de cocaína. En la primera lancha se hallaron 300 kilos de cocaína. Otros 500 "
     "kilos de hachís fueron decomisados en un almacén.", "es", {900, 300, 500}),
])
def test_parts_told_one_by_one(text, lang, expected):
    assert _seized(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a count of hauls ("alijos") counts seizing events, not things seized
    ("Los agentes interceptaron cinco alijos de hachís y se incautaron 800 kilos de hachís.", "es", {800}),
    ("Cuatro alijos de cocaína intervenidos en el puerto", "es", set()),
    ("Customs made 14 drug hauls and seized 300 kg of cocaine.", "en", {300}),
    ("Se decomisaron tres cargamentos con 900 kilos de cocaína.", "es", {900}),
    ("Officers intercepted 12 shipments of heroin and seized 40 rifles.", "en", {40}),
    # things seized are still counted
    ("Los agentes intervinieron cinco fardos de hachís.", "es", {5}),
])
def test_hauls_are_not_things_seized(text, lang, expected):
    assert _seized(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # tonnes and the kilograms that complete them are one amount
    ("En la lancha se decomisaron 2 toneladas y 350 kilos de cocaína.", "es", [(2350, "kg")]),
    ("Officers seized 3 tonnes and 40 kilos of cannabis.", "en", [(3040, "kg")]),
    # "toneladas métricas": the unit's adjective belongs to the unit
    ("Se decomisaron 4 toneladas métricas de cocaína.", "es", [(4, "tonnes")]),
    # an approximate tonnage and a count of kilos beside it stay two amounts
    ("Se decomisaron más de 2 toneladas y 300 kilos de hachís.", "es", [(2, "tonnes"), (300, "kg")]),
])
def test_amounts_in_two_units(text, lang, expected):
    assert _values(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # an amount that names no thing is seized when the seizing verb stands right before or after it
    ("The raids led to 78 arrests, with more than 52 tonnes seized across the region.", "en", {52}),
    ("Se interceptaron más de 640 kilos y 310 plantas de marihuana.", "es", {640, 310}),
    # an amount that names no thing and no seizing verb is not a seizure
    ("Police seized a truck that weighed 12 tonnes.", "en", set()),
    ("La policía incautó un camión que pesaba 12 toneladas.", "es", {1}),  # the truck itself, one thing seized
])
def test_amounts_seized_without_a_thing(text, lang, expected):
    assert _seized(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a bare figure in a list of masses, its thing named after it, is in the unit of the amount before it
    ("Se intervinieron 420 kilos de hachís, 31 de cocaína, dinero en efectivo y vehículos.", "es",
     [(420, "kg"), (31, "kg")]),
    ("Se interceptaron 95 kilos de heroína y casi 610 de cocaína.", "es", [(95, "kg"), (610, "kg")]),
    # things counted after a mass keep no unit; "de ellos" names no thing
    ("Se intervinieron 420 kilos de hachís, 31 teléfonos y 3 de ellos eran robados.", "es",
     [(420, "kg"), (31, None), (3, None)]),
])
def test_elliptic_mass_in_a_list(text, lang, expected):
    assert _values(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # the parts of a date or a time written with "/" or ":" are no counts, the second part no more than the first
    ("Una operación entre el 20/11 y el 3/12 detuvo a un total de 140 personas.", "es", [(1, None), (1, None), (140, None)]),
    ("Between 20/11 and 3/12 police arrested 140 people at 10:45.", "en", [(140, None)]),
    # a count after a slash-free date is still read
    ("On 3 December police arrested 140 people.", "en", [(140, None)]),
])
def test_dates_with_slashes_are_not_counts(text, lang, expected):
    assert _values(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # the worth of goods counted just before ("valuados en", "tasados en") is no second seizure
    ("Los gendarmes decomisaron 540 kilos de cocaína, valuados en 11 millones de dólares.", "es", {540}),
    ("Se intervinieron 90 kilos de heroína tasados en unos 3 millones de euros.", "es", {90}),
    # money seized alone is a seizure
    ("Los agentes decomisaron 11 millones de dólares en efectivo.", "es", {11_000_000}),
])
def test_worth_valuados_en(text, lang, expected):
    assert _seized(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a currency code glued to its amount: "HKD150 million", "USD499,000"
    ("Authorities intercepted an estimated HKD150 million (USD20 million) in fraudulent funds.", "en",
     [(150_000_000, "HKD")]),
    ("The director wired USD499,000 to the fraudsters.", "en", [(499_000, "USD")]),
    # letters that are no currency glued to digits are a code, not an amount
    ("The suspects used the alias ABC123 online after the iOS17 update.", "en", []),
])
def test_currency_code_glued_to_the_amount(text, lang, expected):
    assert _values(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a model's name with a hyphen before its digits is no count
    ("Officers also seized AK-47 rifles and 14 pistols at the farm.", "en", {14}),
    ("Los agentes intervinieron fusiles AK-47 y 14 pistolas en la finca.", "es", {14}),
    # a count with no code before it is still read, after a hyphen too
    ("Officers seized 14 pistols and 47 rifles at the farm.", "en", {14, 47}),
    ("Officers seized 14 pistols at the farm - 47 rifles were found in the barn.", "en", {14, 47}),
])
def test_a_models_code_is_no_count(text, lang, expected):
    assert _seized(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # two unit words joined by "y" / "and" are two numbers, not their sum
    ("Se intervinieron escopetas de uno y dos cañones.", "es", []),
    ("They seized rifles with one and two barrels.", "en", []),
    # a unit after tens, tens after hundreds, are one number
    ("Se intervinieron treinta y dos escopetas.", "es", [(32, None)]),
    ("They seized one hundred and twenty-five rifles.", "en", [(125, None)]),
])
def test_unit_words_joined_are_two_numbers(text, lang, expected):
    assert _values(text, lang) == expected


def test_money_intercepted_beside_accounts_frozen():
    # money intercepted is seized, though a freezing verb follows in the sentence
    text = "Authorities intercepted an estimated HKD 90 million in fraudulent funds and froze 2,000 bank accounts."
    assert _totals(text, "en") == {("seizures", 90_000_000), ("assets_frozen", 2000)}


@pytest.mark.parametrize("text, lang, expected", [
    # money that measures harm done is no money seized
    ("Police seized 8 kg of cocaine, which has prevented $20 million of social harm.", "en", {8}),
    ("Los agentes intervinieron 8 kilos de cocaína; la red causó 3 millones de euros en daños.", "es", {8}),
    # money seized is still seized
    ("Los agentes intervinieron 8 kilos de cocaína y 3 millones de euros en efectivo.", "es", {8, 3_000_000}),
])
def test_money_of_harm_is_not_seized(text, lang, expected):
    assert _seized(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # an amount after a passive "found" verb was seized
    ("En una operación conjunta fueron hallados 640 kilogramos de cocaína en una caleta.", "es", {640}),
    ("During the joint operation, 640 kilograms of cocaine were found in a hidden pit.", "en", {640}),
    # "located" is found, for every amount of the list before the verb
    ("Detectives said 7kg of heroin and 2kg of cocaine were located in a storage unit.", "en", {7, 2}),
    ("Otros 9 kilos de hachís y 4 kilos de marihuana fueron localizados en un garaje.", "es", {9, 4}),
    # a finding that is no amount of goods is not read as one
    ("Fueron hallados muertos dos hombres en la zona.", "es", set()),
    ("The 40 kg shipment of timber was located on a farm owned by the suspects, who were located in Spain.", "en",
     {40}),
])
def test_amounts_found_passive(text, lang, expected):
    assert _seized(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a sentence restating the amount seized gives the precise amount the round one stands for
    ("Casi tres toneladas de cocaína fueron halladas en un velero durante la operación. Son 2 mil 910 kilos de "
     "cocaína que llevaban tres logotipos.", "es", {2910}),
    ("Almost three tonnes of cocaine were found on a yacht during the operation. It was 2,910 kilos of cocaine "
     "bearing three logos.", "en", {2910}),
    # an amount with no thing after the copula is not read as restated
    ("Police seized 40 kg of heroin. The boat was 12 metres long.", "en", {40}),
    # every amount of a list that restates the seizure is seized, the total kept beside its parts
    ("Más de 20 toneladas de droga fueron incautadas en la región. Se trata de 16 toneladas de marihuana, 3,5 "
     "toneladas de cocaína y seis kilos de heroína.", "es", {20, 16, 3.5, 6}),
    ("More than 20 tonnes of drugs were seized in the region. They were 16 tonnes of cannabis, 3.5 tonnes of "
     "cocaine and six kilograms of heroin.", "en", {20, 16, 3.5, 6}),
    # a list after a copula that is not about what was seized is not
    ("Police seized 40 kg of heroin. The boats were 12 metres long and 4 metres wide.", "en", {40}),
    # the Spanish passive with "se" after an amount, set apart or not
    ("El primer alijo, de 430 kilogramos, se incautó en el puerto en marzo.", "es", {430}),
    ("Otros 200 kilos se intervinieron en el aeropuerto.", "es", {200}),
    # the total seized, then the amount
    ("El jefe policial detalló que el total de cocaína incautada fue de 840 kilos.", "es", {840}),
    ("Officials said the total amount of heroin seized was 95 kilograms.", "en", {95}),
    # a total that was not seized is not
    ("El total de cocaína exportada por la red fue de 840 kilos.", "es", set()),
])
def test_amount_restated(text, lang, expected):
    assert _seized(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # seizures told by their total value: the money is what was seized
    ("Seizures of various assets for a total value of approximately 650,000 euros were made.", "en", {650_000}),
    ("Se realizaron incautaciones de bienes por un valor total de 2 millones de euros.", "es", {2_000_000}),
    # the value of goods counted before is not a second seizure
    ("Se intervinieron 20 kilos de cocaína por un valor de 900.000 euros.", "es", {20}),
])
def test_seizures_told_by_their_value(text, lang, expected):
    assert _seized(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # seizures and the amount they add up to
    ("Durante un año se realizaron 14 incautaciones de cocaína que totalizaron aproximadamente una tonelada.", "es",
     {1}),
    ("Officers made 11 seizures of cannabis totalling 950 kg.", "en", {950}),
    # further seizures adding to an amount told are its parts, not read on their own
    ("Police later made two further seizures of methamphetamine, totalling 6 kilograms.", "en", set()),
])
def test_seizures_totalling(text, lang, expected):
    assert _seized(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # the infinitive with its pronoun: "además de intervenirse 1.300 kilogramos", "tras decomisarse 40 kilos"
    ("Los detenidos se suman a los de la primera fase, además de intervenirse 1.300 kilogramos de cocaína.", "es",
     {1300}),
    ("La investigación concluyó tras decomisarse 40 kilos de heroína.", "es", {40}),
    # "intervenir en" is to take part, not to seize
    ("Más de 300 agentes llegaron a intervenir en 40 registros.", "es", set()),
])
def test_seizing_infinitive_with_se(text, lang, expected):
    assert _seized(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # an amount of goods intercepted is seized
    ("Customs intercepted 300 kg of heroin at the border.", "en", {300}),
    ("In the port, 5 tonnes of cocaine were intercepted.", "en", {5}),
    ("Fueron interceptados 300 kilos de hachís en el puerto.", "es", {300}),
    # vehicles that carried the goods are not counted by what they weighed
    ("Three lorries were intercepted by police; they carried pallets.", "en", set()),
])
def test_amounts_intercepted(text, lang, expected):
    assert _seized(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # Mexican "asegurar" seizes
    ("En el operativo se aseguraron 500 kilos de cocaína y 3 armas de fuego.", "es", {500, 3}),
    ("Fueron asegurados 200 kilos de marihuana en la bodega.", "es", {200}),
    ("En los cateos, los marinos aseguraron 640 kilos de cocaína, 12 armas largas y 9 vehículos.", "es", {640, 12, 9}),
    # ... but "aseguraron" before other words says: "los fiscales aseguraron 3 veces que…" seizes nothing either
    ("Los fiscales aseguraron que 40 kilos de cocaína eran de la red.", "es", set()),
    # "aseguró que" says, "se aseguró de que" makes sure: nothing seized
    ("El fiscal aseguró que 40 kilos de cocaína eran de la red.", "es", set()),
])
def test_asegurar_seizes(text, lang, expected):
    assert _seized(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # cash detained, in British usage, is seized
    ("Approximately £45,000 cash was also detained.", "en", {45_000}),
    ("Police arrested 4 people. £12,000 in cash was detained at the port.", "en", {12_000}),
    # people detained are arrests, not money
    ("Police detained 4 people who carried bags.", "en", set()),
])
def test_cash_detained(text, lang, expected):
    assert _seized(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # the bare figures of a bracket that breaks an amount down by place are in the amount's unit, not people
    ("La policía detuvo a 12 personas y se incautaron ocho mil euros (tres mil en Portugal y cinco mil en Francia).",
     "es", {("arrests", 12, None), ("seizures", 8000, None), ("seizures", 3000, "Portugal"),
            ("seizures", 5000, "France")}),
    # ... a bracket of people stays people
    ("Police arrested 12 people (5 in Italy and 7 in Spain).", "en",
     {("arrests", 12, None), ("arrests", 5, "Italy"), ("arrests", 7, "Spain")}),
])
def test_a_bracket_breaking_an_amount_down_by_place(text, lang, expected):
    assert figures_of(text, lang) == expected
