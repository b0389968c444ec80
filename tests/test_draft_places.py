"""The drafter's operation name, crime type, towns and provinces, and dates: general reading rules in
English and Spanish, on sentences written for these tests (never taken from the fixture articles)."""

from __future__ import annotations

from datetime import date

import pytest

from opsatlas.draft import SourceInfo, draft_from_bytes
from opsatlas.draft.naming import names_in, same_operation


def draft(text: str, lang: str, published: str | None = None):
    return draft_from_bytes(text.encode(), SourceInfo(language=lang, published=published)).facts


# --- the operation's name ----------------------------------------------------------------------


@pytest.mark.parametrize("sentence, names", [
    # a quoted name is the whole quoted phrase, small words included, and words may stand before the quote
    ("Police ran the joint operation “Shield of the North” in three countries.", ["Shield of the North"]),
    ("La policía ejecutó la operación conjunta «Manos por la Costa» en tres países.", ["Manos por la Costa"]),
    # the trigger may sit inside the quotes; punctuation inside them is not part of the name
    ('Agents raided 40 homes in the "Operation Blue Harbour," the ministry said.', ["Blue Harbour"]),
    ('Es la fase final de la "Operación Nido de Águilas" en el país.', ["Nido de Águilas"]),
    # Spanish capitalises only a name's first word: a name opening with a preposition takes its noun
    ("El operativo Sin rastro permitió detener a 20 personas.", ["Sin rastro"]),
    ("La operación Contra corriente terminó con 12 detenidos.", ["Contra corriente"]),
    # a year written right after the name is part of it
    ("The action, dubbed Northern Lights 2019, targeted 12 countries.", ["Northern Lights 2019"]),
    ("Esta operación, denominada Mar Abierto 2021, contó con el apoyo de Europol.", ["Mar Abierto 2021"]),
    # a name written in camel case, quoted or not
    ('The "Operation dragNet" sweep ended on Friday.', ["dragNet"]),
    ("Se detuvo a 40 personas en la operación eShield, según la policía.", ["eShield"]),
    # in Spanish an adjective may stand between "operación" and the name, and a small number after the name
    # is its edition; a number that counts people is not
    ("Es el balance de la operación internacional Roble 3 desarrollada en cinco países.", ["Roble 3"]),
    ("Police closed Operation Roble 3, the ministry said.", ["Roble 3"]),
    ("La operación Roble 3 detenidos más en Vigo.", ["Roble"]),
    # ... but countries after such an adjective are not a name ("Operación Belarus" written so is one)
    ("La operación policial España-Marruecos terminó.", []),
    ("En el marco de la Operación Belarus se hicieron registros.", ["Belarus"]),
    # "so-called" introduces a description, not the operation's name
    ("Migrants were moved along the so-called Eastern route to Germany.", []),
    ("Smugglers used the so-named Coastal corridor.", []),
    # "titled", "code name", "nombre en clave": a name when quoted
    ('The joint customs action, titled "Green Gate," ran for two months.', ["Green Gate"]),
    ("Con el nombre en clave “Puerta Verde”, la acción duró dos meses.", ["Puerta Verde"]),
    ("The report titled its chapter on ports Green Gate.", []),
    # an edition numbered with a decimal ("2.0") keeps its decimal
    ("The so-called follow-up, Operation Harbour 2.0, ended in May.", ["Harbour 2.0"]),
    ("La llamada operación Puerto 2.0 terminó en mayo.", ["Puerto 2.0"]),
    # "operativo" is masculine: "denominado", "llamado", "bautizado" introduce its name
    ("El operativo denominado Mar Abierto dejó 20 detenidos.", ["Mar Abierto"]),
    ("Es un operativo internacional llamado Escudo Azul.", ["Escudo Azul"]),
])
def test_names_as_written(sentence, names):
    assert names_in(sentence) == names


@pytest.mark.parametrize("text, lang, name", [
    # the edition an ordinal gives is part of the name, as organisers number them
    ("Police in Chile and Peru held the third operation “Red Harbour” this week and arrested 12 people.", "en",
     "Red Harbour III"),
    ("Es la quinta fase de la operación Cristal, que comenzó en Chile y ha detenido a 40 personas.", "es",
     "Cristal V"),
    # ... but not the ordinal of an earlier phase described in the same words
    ("The second phase of the earlier operation, Operation Falcon, ended with 30 arrests in Spain.", "en",
     "Falcon"),
    # "etapa", "stage", "ronda" number editions too
    ("Fue la cuarta etapa del operativo denominado “Manos Unidas”, con 30 detenidos en Chile.", "es",
     "Manos Unidas IV"),
    ("It was the third stage of Operation Falcon, with 30 arrests in Chile.", "en", "Falcon III"),
])
def test_an_edition_number_joins_the_name(text, lang, name):
    assert draft(text, lang).name == name


@pytest.mark.parametrize("text, lang, name", [
    # the short form and the edition's full name in one article: the full name
    ("Operation Lantern closed 40 sites. Operation Lantern 2023 led to 12 arrests in Chile.", "en", "Lantern 2023"),
    ("La operación Faro cerró 40 webs. La operación Faro 2023 dejó 12 detenidos en Chile.", "es", "Faro 2023"),
    # a sentence ending in a full stop is no headline, even with many capitalised words (months, a list of
    # countries): the name it gives counts
    ("Codenamed Operation Harbour Light, the action ran between June and October in Spain, France, Italy.", "en",
     "Harbour Light"),
    ("La acción, denominada Puerto Claro, tuvo lugar en Junio en España, Francia, Italia, Portugal, Grecia.", "es",
     "Puerto Claro"),
    # unquoted, a Spanish name stops at its first small word; the full quoted name in the article is that one
    ("El operativo denominado “Manos por la Costa” dejó 20 detenidos. El operativo denominado Manos por la Costa "
     "siguió en Chile.", "es", "Manos por la Costa"),
    ("Police closed Operation Harbour Light. Operation Harbour Light Results\nThe action led to 40 arrests.", "en",
     "Harbour Light"),
    # a name given only as an example of a kind of operation, when the article gives no other
    ("“Migrants suffer in operations such as Green Gate IV,” the chief said; 200 arrests were made.", "en",
     "Green Gate IV"),
    ("“Los migrantes sufren en operaciones como Puerta Verde IV”, dijo; hubo 200 detenidos.", "es",
     "Puerta Verde IV"),
    ("Operation Harbour ended with 40 arrests, like operations such as Green Gate IV before it.", "en", "Harbour"),
])
def test_the_name_from_the_whole_article(text, lang, name):
    assert draft(text, lang).name == name


def test_the_edition_name_is_still_the_same_operation():
    assert same_operation("Cristal", "Cristal V") and same_operation("cristal v", "Cristal V")
    assert not same_operation("Cristal IV", "Cristal V") and not same_operation("Ámbar", "Cristal V")
    # a sentence giving the name without its number still gives this operation's figures
    facts = draft("Es la cuarta fase de la operación Cristal en Chile. La operación Cristal dejó 40 detenidos en "
                  "Chile.", "es")
    assert facts.name == "Cristal IV" and any(f.value == 40 for f in facts.figures)


def test_a_name_read_with_its_trigger_word_is_the_same_operation():
    # "la denominada Operación Castle" reads the trigger into the name; it is still operation "Castle"
    assert same_operation("Operación Castle", "Castle") and same_operation("Operation Castle", "Castle")
    assert not same_operation("Operación Torre", "Castle")
    facts = draft("La operación Castle, de la Guardia Civil, sigue abierta. La Guardia Civil ha detenido a 50 "
                  "personas en la denominada Operación Castle.", "es")
    assert facts.name == "Castle" and any(f.value == 50 for f in facts.figures)


# --- the crime type ----------------------------------------------------------------------------


@pytest.mark.parametrize("text, lang, crime", [
    # the kind of group ("organización criminal", "criminal network") does not outweigh what the group does
    ("A criminal organisation that smuggled Afghan migrants into France was dismantled; 12 arrests.", "en", "other"),
    ("Desarticulada una organización criminal que introducía ilegalmente a personas en Europa: 9 detenidos.", "es",
     "other"),
    ("Cae una organización criminal dedicada a la explotación sexual de mujeres; las víctimas ejercían la "
     "prostitución.", "es", "other"),
    ("The criminal network forced women into prostitution; police freed six victims of sexual exploitation of "
     "women.", "en", "other"),
    # "se trata de" (it is about) is not "trata" (trafficking in persons)
    ("Se trata de una red de narcotráfico: 300 kilos de cocaína incautados.", "es", "drug_trafficking"),
    ("Liberadas 30 víctimas de trata; se trata de la mayor red desarticulada.", "es", "other"),
    # fraud online is cybercrime
    ("Police in five countries dismantled online fraud syndicates running scam centres; 40 arrests.", "en",
     "cybercrime"),
    ("La red cometía estafas en línea desde un centro de llamadas; 25 detenidos.", "es", "cybercrime"),
    # a hunt for fugitives wanted for many crimes, or stolen vehicles: no category of their own
    ("Police arrested 15 fugitives wanted for drug trafficking, robbery and murder.", "en", "other"),
    ("Detenidos 15 fugitivos buscados por narcotráfico, robo y asesinato.", "es", "other"),
    ("Recuperados 300 vehículos robados en una operación contra el robo de vehículos.", "es", "other"),
    # the crime an operation is said to target counts more than one it mentions in passing
    ("An operation against organised crime: police seized drugs and cash in 12 raids. The gangs sold drugs.", "en",
     "organised_crime"),
    ("Golpe contra el crimen organizado: se incautaron drogas en 12 registros. Las bandas vendían drogas.", "es",
     "organised_crime"),
    # several crimes, none dominant, and organised crime named: organised crime
    ("The action against organised crime led to arrests for cybercrime, drug trafficking, migrant smuggling and "
     "human trafficking.", "en", "organised_crime"),
    ("La acción contra el crimen organizado dejó detenidos por ciberdelincuencia, tráfico de drogas, inmigración "
     "irregular y trata.", "es", "organised_crime"),
    # voice and text-message phishing is cybercrime
    ("The gang stole savings through vishing calls; 30 arrests in two countries.", "en", "cybercrime"),
    ("Una organización criminal estafaba mediante vishing y smishing; 30 detenidos.", "es", "cybercrime"),
    # fake food, drinks and medicines have no category of their own, and forged money does not make them so
    ("A criminal network sold counterfeit wine and fake medicines; 12 arrests.", "en", "other"),
    ("Una red criminal vendía alimentos falsificados: fraude alimentario con 12 detenidos.", "es", "other"),
    # the catch-all crimes are several crimes: terrorism, trafficking and stolen cars beside organised crime
    # make a mix, as drugs, arms and fraud do
    ("The operation targeted terrorist suspects, human trafficking, stolen vehicles and organised crime.", "en",
     "organised_crime"),
    ("El operativo buscó a sospechosos de terrorismo, trata de personas, vehículos robados y crimen organizado.",
     "es", "organised_crime"),
    # "cíber" with its accent, as Spanish writers also put it
    ("Detenidos 300 cíberdelincuentes en una operación en diez países.", "es", "cybercrime"),
    ("Cayó una red de cíberestafas con víctimas en Chile y Perú.", "es", "cybercrime"),
    # "money-laundering" hyphenated is money laundering: organised crime, even beside the crimes it served
    ("A money-laundering network that served ransomware gangs was dismantled in the UK; the money-laundering "
     "scheme moved cash.", "en", "organised_crime"),
    # Latin American Spanish says "lavado de dinero / de activos"
    ("Cae una red de lavado de dinero que servía a bandas de ransomware; el lavado de activos movió millones.", "es",
     "organised_crime"),
    # an operation against guns is about organised crime, whatever drugs it also found
    ("A joint firearms operation in ten countries led to 300 arrests and a seizure of cocaine.", "en",
     "organised_crime"),
    ("Cae una red de traficantes de armas en Perú; la policía también halló cocaína.", "es", "organised_crime"),
    # ... but "weapons smuggling" in a list of crimes is no mix around organised crime
    ("The fugitives were wanted for terrorism, terrorist financing, drug trafficking and weapons smuggling; "
     "the terrorism suspects were held.", "en", "other"),
    # a hunt for fugitives said in the first paragraph is about the people wanted, whatever for ...
    ("Operation nets 80 dangerous fugitives wanted for organised crime\n\nThe fugitives were linked to organised "
     "crime groups, organised crime networks and organised crime cartels.", "en", "other"),
    ("Detenidos 80 fugitivos buscados por crimen organizado\n\nEstaban vinculados al crimen organizado y a la "
     "delincuencia organizada transnacional.", "es", "other"),
])
def test_crime_type_from_what_the_group_does(text, lang, crime):
    assert draft(text, lang).crime_type == crime


# --- towns and provinces -----------------------------------------------------------------------

from opsatlas.draft.places import find_places  # noqa: E402


def places_of(text: str, countries: list[str]) -> set[tuple[str, str]]:
    return {(p.as_written, p.iso3) for p in find_places(text, countries, frozenset())}


@pytest.mark.parametrize("text, countries, expected", [
    # the places a sentence lists belong together, whichever country the article names most
    ("Hubo registros en Chubut, Salta, Neuquén y Santa Fe.", ["USA", "ARG"],
     {("Chubut", "ARG"), ("Salta", "ARG"), ("Neuquén", "ARG"), ("Santa Fe", "ARG")}),
    ("Searches took place in Mendoza, Chubut and Santa Fe.", ["USA", "ARG"],
     {("Mendoza", "ARG"), ("Chubut", "ARG"), ("Santa Fe", "ARG")}),
    # the country named just before a place frames it ...
    ("Nine were held in Argentina: four in Santa Fe.", ["USA", "ARG"], {("Santa Fe", "ARG")}),
    ("Nueve detenidos en Argentina: cuatro en Santa Fe.", ["USA", "ARG"], {("Santa Fe", "ARG")}),
    # ... unless its namesake there is a village beside a capital
    ("The bureaus of Colombia and Spain, based in Bogotá and Madrid, worked together.", ["ESP", "COL"],
     {("Bogotá", "COL"), ("Madrid", "ESP")}),
    ("Las oficinas de Colombia, con sede en Madrid y Bogotá, colaboraron.", ["ESP", "COL"],
     {("Madrid", "ESP"), ("Bogotá", "COL")}),
    # a name between countries in a list is a country ("Salvador" = El Salvador), not a town
    ("Police acted in Peru, Paraguay, Salvador, Honduras and Brazil.", ["BRA", "SLV"], set()),
    ("Se actuó en Perú, Paraguay, Salvador, Honduras y Brasil.", ["BRA", "SLV"], set()),
    # ... but a town followed by its country stays a town
    ("An officer was sent to the unit in Skopje, North Macedonia.", ["MKD"], {("Skopje", "MKD")}),
    ("Un agente fue enviado a la unidad en Skopje, Macedonia del Norte.", ["MKD"], {("Skopje", "MKD")}),
    # a full stop without its space does not glue the next word to the town
    ("Los detenidos fueron llevados hasta Bogotá.Después, la policía informó.", ["COL"], {("Bogotá", "COL")}),
    ("The suspects were flown to Bogotá.Police later said more would follow.", ["COL"], {("Bogotá", "COL")}),
    # words that introduce places: "entre ellas", "including", "across", "desde", "departamento de"
    ("Hubo registros en 20 ciudades, entre ellas Valencia y Sevilla.", ["ESP"], {("Valencia", "ESP"),
                                                                                 ("Sevilla", "ESP")}),
    ("Arrests were made across Lancashire and in cities including Leeds.", ["GBR"],
     {("Lancashire", "GBR"), ("Leeds", "GBR")}),
    ("La droga salió desde el departamento de Nariño.", ["COL"], {("Nariño", "COL")}),
    ("The drugs came from the department of Nariño.", ["COL"], {("Nariño", "COL")}),
    # "CABA", the short form Argentine writers use for the Ciudad Autónoma de Buenos Aires
    ("Cuatro detenidos en CABA.", ["ARG"], {("CABA", "ARG")}),
    # a province cue wins over a country of the same name ("Santa Elena" is also Saint Helena)
    ("La droga estaba en la provincia de Santa Elena.", ["ECU"], {("Santa Elena", "ECU")}),
    ("The drugs were found in the province of Santa Elena.", ["ECU"], {("Santa Elena", "ECU")}),
    # a part of a town is not the province of that name; a sea is not the department of that name
    ("Una finca en el sector de Los Ríos escondía la droga.", ["ECU"], set()),
    ("A boat was stopped in waters of the Atlántico.", ["COL"], set()),
    ("Un barco fue interceptado en aguas del Atlántico.", ["COL"], set()),
    # a hyphen before a space ends a town's name ("Torrevieja- Alicante- España" is no one place)
    ("Vivían en la localidad de Torrevieja- Alicante- España.", ["ESP"], {("Torrevieja", "ESP")}),
    ("They lived in the town of Torrevieja- Alicante- Spain.", ["ESP"], {("Torrevieja", "ESP")}),
    # a date after the town is not part of its name
    ("Ministers met in Lagos on Monday to announce the arrests.", ["NGA"], {("Lagos", "NGA")}),
    ("Los ministros se reunieron en Lima el Lunes.", ["PER"], {("Lima", "PER")}),
    # a town named in two of the article's countries is the one with ten times the people in a country the
    # sentence names
    ("In Washington, the US Justice Department said the site was closed.", ["GBR", "USA"],
     {("Washington", "USA")}),
    ("En Washington, el Departamento de Justicia de Estados Unidos dijo que la web fue cerrada.", ["GBR", "USA"],
     {("Washington", "USA")}),
    # ... but not a town listed with others, which share its country
    ("Detenidos en Mérida y Sevilla; uno es mexicano.", ["ESP", "MEX"], {("Mérida", "ESP"), ("Sevilla", "ESP")}),
    ("Arrests in Mérida and Granada; one suspect is Mexican.", ["ESP", "MEX"], {("Mérida", "ESP"),
                                                                               ("Granada", "ESP")}),
    # "provincias de", "provinces of": the plural is a province cue too
    ("Hubo registros en las provincias de Mendoza y Chubut.", ["ARG"], {("Mendoza", "ARG"), ("Chubut", "ARG")}),
    ("Raids were held in the provinces of Mendoza and Chubut.", ["ARG"], {("Mendoza", "ARG"), ("Chubut", "ARG")}),
    # an article between the cue and a place whose name says its kind; not before any other name
    ("Hubo allanamientos en la Ciudad de Buenos Aires.", ["ARG"], {("Ciudad de Buenos Aires", "ARG")}),
    ("Twelve were held in the Auvergne-Rhône-Alpes region.", ["FRA"], {("Auvergne-Rhône-Alpes", "FRA")}),
    ("Los buscadores de oro viven en la Guayana.", ["VEN"], set()),
    # a province named in the local language by ISO ("Hunan Sheng") is found as articles write it
    ("Police in Hunan Province arrested 35 people.", ["CHN"], {("Hunan Province", "CHN")}),
    ("La policía de la provincia de Yunnan detuvo a 35 personas.", ["CHN"], {("Yunnan", "CHN")}),
    # "X-based": the place it is based in
    ("Two Lisbon-based firms moved the money.", ["PRT"], {("Lisbon", "PRT")}),
    # a place's possessive before a part of it: the place
    ("Raids hit homes across Brisbane's northern suburbs.", ["AUS"], {("Brisbane", "AUS")}),
    ("Agents searched offices in Toronto’s Financial District.", ["CAN"], {("Toronto", "CAN")}),
    # a town's airport (or district) written "Town-Name"
    ("Controls ran at the airports of Lisbon, Porto-Francisco Sá Carneiro and Faro.", ["PRT"],
     {("Lisbon", "PRT"), ("Porto", "PRT"), ("Faro", "PRT")}),
    ("Se actuó en los aeropuertos Barcelona-El Prat y Málaga-Costa del Sol.", ["ESP"],
     {("Barcelona", "ESP"), ("Málaga", "ESP")}),
    # a compass word before a province: that province, as written
    ("Agents from North Texas joined the case.", ["USA"], {("North Texas", "USA")}),
    ("Arrests were made across Kent and Greater Manchester.", ["GBR"], {("Kent", "GBR"), ("Greater Manchester", "GBR")}),
    ("Hubo detenidos en el norte de Santa Fe y en Western Sydney.", ["ARG", "AUS"],
     {("Santa Fe", "ARG"), ("Western Sydney", "AUS")}),
    # a port's name says it is a town, however small
    ("La carga salía desde Puerto Ayora hacia el continente.", ["ECU"], {("Puerto Ayora", "ECU")}),
    ("The Port Authority said the ship left.", ["USA"], set()),
    # "between" / "entre" two towns introduces both
    ("The boat was stopped between Dover and Folkestone.", ["GBR"], {("Dover", "GBR"), ("Folkestone", "GBR")}),
    ("Interceptaron una lancha entre Motril y Almuñécar.", ["ESP"], {("Motril", "ESP"), ("Almuñécar", "ESP")}),
    # "covering" / "spanning" introduces the places an operation took in
    ("The sweep was run by a task force covering Mombasa and Kisumu.", ["KEN"],
     {("Mombasa", "KEN"), ("Kisumu", "KEN")}),
    # Spanish "a" (to) introduces a place, as "to" does; a person after it stays no place
    ("Las mujeres eran llevadas a Ibiza con falsas promesas.", ["ESP"], {("Ibiza", "ESP")}),
    ("La policía detuvo a Santiago Ramírez en su casa.", ["ARG", "CHL"], set()),
    # a name with its province in parentheses is a town there, cue or not; a village the gazetteer lacks,
    # introduced as a place, still gives its province
    ("Su base logística era Tudela (Navarra), según la Guardia Civil.", ["ESP"],
     {("Tudela", "ESP"), ("Navarra", "ESP")}),
    ("Los agentes registraron una nave en Villaviejas del Monte (Soria).", ["ESP"], {("Soria", "ESP")}),
    ("Lo contó Juan Soto (Madrid) a la prensa.", ["ESP"], set()),
    # "de los" joins a town's name; a name joined to words after it by "de la" is read without them
    ("Se centraron en Villarrubia de los Ojos (Ciudad Real).", ["ESP"],
     {("Villarrubia de los Ojos", "ESP"), ("Ciudad Real", "ESP")}),
    ("La orden la firmó el juzgado de Rosario de la Dra. Gómez.", ["ARG"], {("Rosario", "ARG")}),
    # "cities like", "ciudades como" introduce towns
    ("The drugs went to cities like Changsha for sale.", ["CHN"], {("Changsha", "CHN")}),
    ("La droga iba a ciudades como Rosario para su venta.", ["ARG"], {("Rosario", "ARG")}),
    # a part of a country written in parentheses after it is a province of it, not a country
    ("Taking part were Barbados, France (Guadeloupe and Martinique) and Jamaica.", ["FRA", "GLP", "MTQ"],
     {("Guadeloupe", "FRA"), ("Martinique", "FRA")}),
    ("Participaron México, Estados Unidos (Texas y Florida) y Canadá.", ["MEX", "USA", "CAN"],
     {("Texas", "USA"), ("Florida", "USA")}),
    # a territory written before its state is the territory, by its own code (convention C5)
    ("Servers were found in the city of Macao, China.", ["MAC", "CHN"], {("Macao", "MAC")}),
    ("Los servidores estaban en la ciudad de Macao, China.", ["MAC", "CHN"], {("Macao", "MAC")}),
    # a capitalised kind of place before its name ("the State of Hessen") is a province, whatever the cue
    ("The focus was on the State of Hessen.", ["DEU"], {("Hessen", "DEU")}),
    ("El foco estuvo sobre la Provincia de Mendoza.", ["ARG"], {("Mendoza", "ARG")}),
    # ... but a body named after a town is no place
    ("Lo investigó el Departamento de Investigación Criminal de Faro.", ["PRT"], set()),
    # a region of the world is never a town of its name (Asia, Philippines)
    ("Fugitives were held across Asia and Africa.", ["PHL", "KEN"], set()),
    # a wire story's credit line says where the reporter sat, not where anything happened
    ("(Reporting by Ana Ruiz in Lima; Editing by Tom Hale)", ["PER"], set()),
    ("(Reporte de Ana Ruiz en Quito; Editado por Tom Hale)", ["ECU"], set()),
    # a dateline says where the story was filed, not where anything happened
    ("Efe, Madrid", ["ESP"], set()),
    ("MADRID, 19 Oct. (EUROPA PRESS) -", ["ESP"], set()),
    ("LYON, France –", ["FRA"], set()),
])
def test_places_read_with_their_sentence(text, countries, expected):
    assert places_of(text, countries) == expected


# --- dates -------------------------------------------------------------------------------------

from opsatlas.draft.dates import find_dates  # noqa: E402


@pytest.mark.parametrize("text, published, expected", [
    # a month of last year / this year
    ("La investigación comenzó en marzo del pasado año.", date(2020, 6, 1), [("2019-03", "marzo del pasado año")]),
    ("La red cayó en mayo del año pasado.", date(2020, 6, 1), [("2019-05", "mayo del año pasado")]),
    ("The inquiry began in March last year.", date(2020, 6, 1), [("2019-03", "March last year")]),
    ("Raids followed in April this year.", date(2020, 6, 1), [("2020-04", "April this year")]),
    # a month after "during" / "throughout"; "May" capitalised after a cue is the month, "may" the verb
    ("Checks ran throughout October.", date(2021, 12, 2), [("2021-10", "throughout October")]),
    ("Seizures peaked during May.", date(2021, 12, 2), [("2021-05", "during May")]),
    ("More arrests in may follow.", date(2021, 12, 2), []),
    # a capitalised Spanish month after a capitalised word and "de" is part of a name, not a month
    ("Lo investigó la unidad de Campo de Mayo.", date(2021, 12, 2), []),
    ("Actuó la brigada «Puente de Julio» de la policía.", date(2021, 12, 2), []),
    ("Hubo una marcha en la Plaza de Mayo.", date(2021, 12, 2), []),
    ("Los hechos ocurrieron en el mes de Mayo.", date(2021, 12, 2), [("2021-05", "en el mes de Mayo")]),
    ("The sweep ran from May through to September.", date(2021, 12, 2),
     [("2021-05/2021-09", "from May through to September")]),
    # two months joined: a span
    ("The sweep ran in April and May.", date(2021, 7, 2), [("2021-04/2021-05", "in April and May")]),
    ("Los controles fueron en julio y agosto de 2019.", date(2021, 7, 2),
     [("2019-07/2019-08", "en julio y agosto de 2019")]),
    ("Raids came in March and may go on.", date(2021, 7, 2), [("2021-03", "in March")]),
    # a town named after a date, in a list of towns, is no date; a list of dates stays dates
    ("Hubo registros en Junín, 9 de Julio, Pehuajó y Trenque Lauquen.", date(2020, 12, 1), []),
    ("Hubo redadas el 3 de mayo, 9 de julio y 12 de agosto.", date(2020, 12, 1),
     [("2020-05-03", "3 de mayo"), ("2020-07-09", "9 de julio"), ("2020-08-12", "12 de agosto")]),
    # "this week" is the publication's month when the week, from its Monday, lies in it
    ("La banda fue desarticulada esta semana en Vigo.", date(2025, 9, 5), [("2025-09", "esta semana")]),
    ("Police held 53 people this week.", date(2025, 10, 2), [(None, "this week")]),
    # a weekday after "del": "la madrugada del miércoles"
    ("Los detuvieron en la madrugada del miércoles en Lima.", date(2023, 4, 7), [("2023-04-05", "del miércoles")]),
    # a capitalised English weekday alone, wire style: the last such day on or before publication
    ("Agents detained nine people Thursday at a port in Peru.", date(2023, 4, 4), [("2023-03-30", "Thursday")]),
    ("Monday’s searches turned up two rifles.", date(2023, 4, 4), [("2023-04-03", "Monday")]),
    ("Shops sold fakes on Black Friday sales.", date(2023, 4, 4), []),
    ("Churches were full on Easter Sunday.", date(2023, 4, 11), []),
    # a wire dateline with only the day: that day of the publication's month
    ("SEVILLA, 7 (EUROPA PRESS)", date(2024, 3, 9), [("2024-03-07", "SEVILLA, 7")]),
    ("Agents held 7 (seven) people.", date(2024, 3, 9), []),
    # a day of the month alone: of the publication's month (the month before when later, or "of last month")
    ("Officials confirmed on the 3rd that 40 were held.", date(2024, 3, 9), [("2024-03-03", "on the 3rd")]),
    ("Talks began on the 20th of last month.", date(2024, 3, 9), [("2024-02-20", "on the 20th of last month")]),
    ("Lo detuvieron el pasado día 21 en Lugo.", date(2024, 3, 9), [("2024-02-21", "el pasado día 21")]),
    ("The lab was on the 5th floor.", date(2024, 3, 9), []),
    ("Raids began on the 2nd of May.", date(2024, 3, 9), []),
    # a part of "the past year" with the year written: that year
    ("Las pesquisas se iniciaron a finales del pasado año 2019.", None, [("2019", "a finales del pasado año 2019")]),
    # a day and month with the year written relative to the publication
    ("The trawler was boarded on 3 November last year.", date(2021, 5, 2), [("2020-11-03", "3 November last year")]),
    ("Lo detuvieron el 9 de enero del año pasado.", date(2021, 5, 2), [("2020-01-09", "9 de enero del año pasado")]),
    ("Agents struck on February 8 this year.", date(2021, 5, 2), [("2021-02-08", "February 8 this year")]),
    # "mañana" / "tomorrow" is the day after publication, but "esta mañana" is this morning
    ("Los agentes darán mañana una rueda de prensa.", date(2013, 7, 17), [("2013-07-18", "mañana")]),
    ("Officers will brief reporters tomorrow.", date(2013, 7, 17), [("2013-07-18", "tomorrow")]),
    ("Los registros se hicieron esta mañana en Sevilla.", date(2013, 7, 17), []),
    ("Las detenciones fueron por la mañana.", date(2013, 7, 17), []),
    # the page's own date line (the publication date, a time) is not a date of the operation ...
    ("22 de marzo de 2019, 4:00 AM", date(2019, 3, 22), []),
    ("Friday 22 March 2019, 9:14am", date(2019, 3, 22), []),
    # ... with its seconds, its time zone, the place it was filed from
    ("Updated - March 22, 2019 11:05 pm GMT - LAGOS", date(2019, 3, 22), []),
    ("2019-03-22 9:14:00", date(2019, 3, 22), []),
    ("March 22, 2019 - Police held 12 people", date(2019, 3, 22), [("2019-03-22", "March 22, 2019")]),
    # ... but a date line that differs from the page's date is kept, and so is a sentence with that date
    ("20 de marzo de 2019", date(2019, 3, 22), [("2019-03-20", "20 de marzo de 2019")]),
    ("Police arrested 12 people on 22 March 2019.", date(2019, 3, 22), [("2019-03-22", "22 March 2019")]),
])
def test_dates_against_the_publication(text, published, expected):
    assert [(d.value, d.as_reported) for d in find_dates(text, published)] == expected


def test_relative_dates_stay_unresolved_without_a_publication_date():
    assert [d.value for d in find_dates("La red cayó en mayo del año pasado; mañana habrá rueda de prensa.")] == [
        None, None]


@pytest.mark.parametrize("text, published, expected", [
    # a span whose year is written once, at its end, covers both ends
    ("The action ran between 1 June and 31 October 2020.", None, [("2020-06-01/2020-10-31",
                                                                  "between 1 June and 31 October 2020")]),
    ("La acción se desarrolló del 1 de junio al 31 de octubre de 2020.", None,
     [("2020-06-01/2020-10-31", "del 1 de junio al 31 de octubre de 2020")]),
    ("The checks ran between June 1 and October 31, 2020.", None, [("2020-06-01/2020-10-31",
                                                                   "between June 1 and October 31, 2020")]),
    # the month written once, first, then two days
    ("Raids took place between June 3 and 9 in 12 countries.", date(2024, 6, 27),
     [("2024-06-03/2024-06-09", "between June 3 and 9")]),
    ("Action days: June 3-9, 2024.", None, [("2024-06-03/2024-06-09", "June 3-9, 2024")]),
    ("Los registros fueron entre el 3 y el 9 de junio.", date(2024, 6, 27),
     [("2024-06-03/2024-06-09", "entre el 3 y el 9 de junio")]),
    # Spanish writes the day first: a number after a month without a year counts something
    ("Incautadas en marzo 12 toneladas de cocaína.", date(2024, 6, 27), [("2024-03", "en marzo")]),
    ("Police made the arrests on March 12 in Spain.", date(2024, 6, 27), [("2024-03-12", "March 12")]),
    # "last Friday" on a Saturday may be the Friday a week before (the day before is "yesterday") ...
    ("He was arrested last Friday.", date(2013, 8, 17), [(None, "last Friday")]),
    ("Fue arrestado el viernes pasado.", date(2013, 8, 17), [(None, "el viernes pasado")]),
    # ... but on a Monday it is the Friday just gone
    ("He was arrested last Friday.", date(2013, 8, 19), [("2013-08-16", "last Friday")]),
    ("Fue arrestado el viernes pasado.", date(2013, 8, 19), [("2013-08-16", "el viernes pasado")]),
    # a year written with "el año" / "the year"
    ("La red operaba desde el año 2018 en Murcia.", None, [("2018", "desde el año 2018")]),
    ("The ring had operated since the year 2018.", None, [("2018", "since the year 2018")]),
])
def test_spans_and_weekdays(text, published, expected):
    assert [(d.value, d.as_reported) for d in find_dates(text, published)] == expected


@pytest.mark.parametrize("text, lang, values", [
    # a year alone in a sentence about no operation, arrest or seizure is background
    ("Police in Spain arrested 12 people. In 2010 the European Union set up a policy cycle.", "en", []),
    ("La policía detuvo a 12 personas en España. En 2010 la Unión Europea creó un ciclo político.", "es", []),
    ("Police in Spain arrested 12 people. Fraud losses reached 2 billion dollars in 2018.", "en", []),
    # ... but not one in a sentence about the investigation, nor a year the story runs "since"
    ("Police in Spain arrested 12 people. The investigation began in 2019.", "en", ["2019"]),
    ("La policía detuvo a 12 personas en España. La investigación comenzó en 2019.", "es", ["2019"]),
    ("Police in Spain arrested 12 people. Since 2018 the gang sold fake watches.", "en", ["2018"]),
])
def test_background_years_are_no_dates_of_the_operation(text, lang, values):
    assert [d.value for d in draft(text, lang).dates] == values


@pytest.mark.parametrize("text, lang, values", [
    # a sentence about the series' earlier edition gives none of this edition's dates ...
    ("Operation Lantern VII ran in 40 countries in March 2021. In Operation Lantern in 2020, 30 countries took "
     "part.", "en", ["2021-03"]),
    ("La operación Faro VII se desarrolló en 40 países en marzo de 2021. En la operación Faro en 2020 "
     "participaron 30 países.", "es", ["2021-03"]),
    # ... but when the series began stays
    ("Operation Lantern VII ran in 40 countries in March 2021. Operation Lantern started in 2015.", "en",
     ["2021-03", "2015"]),
    ("La operación Faro VII se desarrolló en 40 países en marzo de 2021. La operación Faro comenzó en 2015.", "es",
     ["2021-03", "2015"]),
])
def test_an_earlier_edition_gives_no_dates(text, lang, values):
    assert [d.value for d in draft(text, lang).dates] == values


@pytest.mark.parametrize("text, published, expected", [
    # a release's dateline gives the day its "today" and weekdays count from, whenever the page was published
    ("FEB 12 -- LONDON – The agency announced today that 25 people were charged.", date(2010, 2, 16),
     [("2010-02-12", "FEB 12"), ("2010-02-12", "today")]),
    ("MADRID, 12 de febrero (EFE) - La policía informó hoy de 25 detenidos.", date(2010, 2, 16),
     [("2010-02-12", "12 de febrero"), ("2010-02-12", "hoy")]),
    ("LIMA, May 29 (Reuters) -- Police said on Wednesday that 25 were held.", date(2013, 5, 31),
     [("2013-05-29", "May 29"), ("2013-05-29", "on Wednesday")]),
    # ... but a date inside the sentence is no dateline
    ("Police said today that 25 were held on 12 February.", date(2010, 2, 16),
     [("2010-02-16", "today"), ("2010-02-12", "12 February")]),
])
def test_a_dateline_gives_the_day_of_today(text, published, expected):
    assert [(d.value, d.as_reported) for d in find_dates(text, published)] == expected


@pytest.mark.parametrize("text, lang, published, values", [
    # the start written twice, the second time more precisely: the precise one
    ("Police in Chile have arrested 40 since the campaign was launched in April. The campaign was launched on "
     "April 19 in Santiago.", "en", "2013-05-30", ["2013-04-19"]),
    ("La policía de Chile detuvo a 40 en la campaña, que comenzó en abril. La campaña comenzó el 19 de abril en "
     "Santiago.", "es", "2013-05-30", ["2013-04-19"]),
    # a span of days is the period written once more precisely: the months around it go, whatever the kinds
    ("Police in Peru ran the sweep in March and April. The sweep ran from March 12 to April 2.", "en",
     "2024-06-30", ["2024-03-12/2024-04-02"]),
    ("La policía de Perú actuó en octubre. Los controles fueron entre el 3 y el 20 de octubre.", "es",
     "2024-12-01", ["2024-10-03/2024-10-20"]),
    # ... but dates of unknown kind in the same month may be different events
    ("In October, Chile and Peru met. Police in Chile held 40 people on October 9.", "en",
     "2024-12-01", ["2024-10", "2024-10-09"]),
    ("At the start of June, Chile and Peru met. Police in Chile held 40 people between June 3 and 9.", "en",
     "2024-06-30", ["2024-06", "2024-06-03/2024-06-09"]),
])
def test_a_start_written_twice_is_kept_once(text, lang, published, values):
    assert [d.value for d in draft(text, lang, published).dates] == values


@pytest.mark.parametrize("text, lang, values", [
    # the year a recurring operation began is the series', not this edition's
    ("Operation Lantern VII ran in 40 countries in March 2021. It is held annually since 2013.", "en", ["2021-03"]),
    ("La operación Faro VII se desarrolló en 40 países en marzo de 2021. Se celebra cada año desde 2013.", "es",
     ["2021-03"]),
    ("Operation Lantern VII ran in 40 countries in March 2021. Since 2013, Lantern operations led to 900 arrests.",
     "en", ["2021-03"]),
    # ... but an investigation running "since" a year is this one's
    ("Police in Spain arrested 12 people. The investigation has run since 2019.", "en", ["2019"]),
])
def test_a_series_start_is_no_date_of_the_edition(text, lang, values):
    assert [d.value for d in draft(text, lang).dates] == values


@pytest.mark.parametrize("text, lang, values", [
    # without a publication date, the year the article writes itself in dates a day or months without a year
    ("Twelve men were charged in Chile since March, 2024. Police arrested the leader on 17 September.", "en",
     ["2024-03", "2024-09-17"]),
    ("Doce hombres fueron acusados en Chile desde marzo de 2024. La policía detuvo al líder el 17 de septiembre.",
     "es", ["2024-03", "2024-09-17"]),
    ("Operation Harbour 2025 ran between July and October in Chile and Peru.", "en", ["2025-07/2025-10"]),
    # ... but relative dates stay unresolved, and an article with no year leaves them all so
    ("Police in Chile held 12 people in March 2024 and 5 more last year.", "en", ["2024-03", None]),
    ("La policía de Chile detuvo al líder el 17 de septiembre.", "es", [None]),
])
def test_the_year_the_article_writes_itself_in(text, lang, values):
    assert [d.value for d in draft(text, lang).dates] == values


@pytest.mark.parametrize("text, published, expected", [
    # wire style: a weekday right after "said" or "announced" is the day it was said
    ("The Justice Department said Tuesday that 179 people were arrested.", date(2020, 9, 23),
     [("2020-09-22", "Tuesday")]),
    ("Europol announced Friday that 40 people were held.", date(2020, 9, 27), [("2020-09-25", "Friday")]),
    ("He said Tuesday's raids were the largest.", date(2020, 9, 23), [("2020-09-22", "Tuesday")]),
    # Spanish writes the article ("dijo el martes"), which was already a weekday's cue; a bare weekday is not
    ("El ministerio dijo el martes que hubo 179 detenidos.", date(2020, 9, 23), [("2020-09-22", "el martes")]),
    ("Martes negro para la red: 179 detenidos.", date(2020, 9, 23), []),
])
def test_a_weekday_after_said(text, published, expected):
    assert [(d.value, d.as_reported) for d in find_dates(text, published)] == expected


# --- crime type: names of units and laws, specialists (roles6); sentences written for these tests ------


@pytest.mark.parametrize("text, lang, crime", [
    # a crime word inside a unit's name says what the unit does, not what this operation was about
    ("El Equipo Contra el Crimen Organizado de la Guardia Civil detuvo a seis personas con 200 kilos de hachís.",
     "es", "drug_trafficking"),
    ("The Serious Organised Crime Unit arrested six people and seized 200 kilos of cocaine.",
     "en", "drug_trafficking"),
    # ... nor inside a law's or a convention's name
    ("Los detenidos traficaban con droga, según la Convención contra la Delincuencia Organizada Transnacional.",
     "es", "drug_trafficking"),
    # agents described by their speciality
    ("Agentes especialistas en la lucha contra el crimen organizado incautaron estupefacientes en el puerto.",
     "es", "drug_trafficking"),
    ("Officers specialised in fighting organised crime seized drugs at the port.", "en", "drug_trafficking"),
    # ... while organised crime the operation itself targets still counts
    ("La operación contra el crimen organizado y el blanqueo terminó con diez detenidos.", "es", "organised_crime"),
])
def test_crime_words_in_names_of_units_and_laws(text, lang, crime):
    assert draft(text, lang).crime_type == crime


@pytest.mark.parametrize("text, lang, crime", [
    # fraud run over telephone and internet networks is cybercrime
    ("Police broke up nine telecom fraud rings and sent 40 suspects home.", "en", "cybercrime"),
    ("La policía desarticuló una red de fraudes de telecomunicaciones con 40 detenidos.", "es", "cybercrime"),
    # an agency named after drugs, the crime word first, says nothing of this operation's crime
    ("The scammers posed as officers of the Drug Enforcement Administration; victims lost their savings "
     "to online fraud.", "en", "cybercrime"),
    # ... while drugs told in lower case still count
    ("Officers seized drugs and cocaine in the raid; one online fraud was also found.", "en", "drug_trafficking"),
])
def test_crime_type_from_telecom_fraud_and_agency_names(text, lang, crime):
    assert draft(text, lang).crime_type == crime


@pytest.mark.parametrize("text, countries, expected", [
    # "Western Australia" is a state, not the country Australia in a list of countries
    ("in the Australian states of New South Wales, Western Australia and Queensland.", ["AUS"],
     ["New South Wales", "Western Australia", "Queensland"]),
    # a list of countries stays one ("Salvador" there is El Salvador, not the Brazilian city)
    ("arrests in Paraguay, Salvador and Costa Rica", ["BRA", "SLV"], []),
    # ... but a province written after a list of countries stays a province, by its English or Spanish name too
    ("The gang worked from Belgium and the Netherlands, and Bavaria in the south.", ["DEU", "BEL", "NLD"],
     ["Bayern"]),
    ("La red operaba en Bélgica, Francia y Lombardía.", ["ITA", "FRA", "BEL"], ["Lombardia"]),
    # ... and a country written with its accent stays a country, even one sharing its name with a state
    ("La red tenía ramas en Nigeria, Níger y Chad.", ["NGA", "NER", "TCD"], []),
    # ... but a town whose last word is a country's ("San Salvador") does not make a list of countries
    ("Hubo registros en Santa Ana, San Salvador y La Libertad.", ["SLV"], ["Santa Ana", "San Salvador", "La Libertad"]),
])
def test_a_compass_region_of_a_country_in_a_list_of_places(text, countries, expected):
    assert [p.name for p in find_places(text, countries)] == expected


def test_the_year_an_undated_article_is_in_comes_from_its_full_dates_only():
    from opsatlas.draft.dates import year_of_text

    # "a finales de 2020" is background: the yearless dates beside it stay unresolved without a publication date
    assert year_of_text("La lista se estableció a finales de 2020. La operación fue del 20 de noviembre al 5 de "
                        "marzo.") is None
    assert year_of_text("The raids began on 16 October, 2024. On 17 September, police met.") == 2024


@pytest.mark.parametrize("text, countries, expected", [
    # a plural kind of place opens a list: every item is of that kind
    ("Hubo registros en las provincias de Buenos Aires, Santa Fe y Córdoba.", ["ARG"],
     [("Buenos Aires", "province"), ("Santa Fe", "province"), ("Córdoba", "province")]),
    ("Raids ran in three towns: Hlybokaye, Mosty and Pinsk.", ["BLR"],
     [("Hlybokaye", "town"), ("Mosty", "town"), ("Pinsk", "town")]),
    ("Se allanaron casas en cinco ciudades: Río Gallegos, Puerto Deseado y Caleta Olivia.", ["ARG"],
     [("Río Gallegos", "town"), ("Puerto Deseado", "town"), ("Caleta Olivia", "town")]),
    # ... but a city among them that no province is named after is still a town
    ("Hubo capturas en los departamentos de Chalatenango, Soyapango y Usulután.", ["SLV"],
     [("Chalatenango", "province"), ("Soyapango", "town"), ("Usulután", "province")]),
    ("Se incautó la droga en la región de Machala.", ["ECU"], [("Machala", "town")]),
    # a name listed after a town is a town too, however small ("Cuijk" has under 4,000 people) ...
    ("Agents searched homes in Eindhoven, Cuijk and Boekel.", ["NLD"],
     [("Eindhoven", "town"), ("Cuijk", "town"), ("Boekel", "town")]),
    # ... but alone it stays unread
    ("Agents searched homes in Cuijk.", ["NLD"], []),
    # a name that is a province of one country and a smaller city of another: the province, when the sentence
    # names no country or that one (whichever it names last); a large city stays the city
    ("Charges were laid in Ontario after the probe.", ["USA", "CAN"], [("Ontario", "province")]),
    ("The loads went into Canada from the U.S. to a gang in Ontario.", ["USA", "CAN"], [("Ontario", "province")]),
    ("The loads came from the U.S. to a gang in Ontario.", ["USA", "CAN"], [("Ontario", "town")]),
    ("Agents searched homes in Guadalajara.", ["MEX", "ESP"], [("Guadalajara", "town")]),
    ("Hubo registros en Córdoba.", ["ESP", "COL"], [("Córdoba", "town")]),
    # without the kind, a town under the size a town needs to be found alone stays unread
    ("Raids ran in Mosty.", ["BLR"], []),
])
def test_a_plural_kind_of_place_opens_a_list_of_that_kind(text, countries, expected):
    assert [(p.as_written, p.kind) for p in find_places(text, countries, frozenset())] == expected


@pytest.mark.parametrize("text, lang, values", [
    # since when a fugitive was sought is no date of the operation that found them
    ("Border checks in Spain found a man wanted by Poland since 2014 for fraud.", "en", []),
    ("La policía de Perú capturó a un prófugo buscado por Chile desde 2017 por homicidio.", "es", []),
    # ... but the operation's own start "since" stays
    ("Police in Spain have arrested 12 people since March 2023 in the operation.", "en", ["2023-03"]),
])
def test_since_when_a_fugitive_was_wanted_is_no_date(text, lang, values):
    assert [d.value for d in draft(text, lang).dates] == values


@pytest.mark.parametrize("text, published, values", [
    # a year opening the sentence, its verb a start after it: when the investigation began
    ("In 2018, Peruvian police opened an inquiry into the gang.", "2021-05-02", ["2018"]),
    # ... but an earlier year's figures are another story
    ("In 2012, a record 1,655 people were arrested by the agency in Peru.", "2021-05-02", []),
])
def test_a_year_opening_the_sentence_before_its_start(text, published, values):
    assert [d.value for d in draft(text, "en", published).dates] == values


@pytest.mark.parametrize("text, values", [
    # the year the campaign an operation belongs to began is no date of this operation
    ("The sweep, part of a programme that started in 2015, led to 300 arrests in Peru.", []),
    ("El operativo, parte de una campaña iniciada en 2015, dejó 300 detenidos en Perú.", []),
    # ... but the operation's own start stays
    ("The investigation began in 2015 and led to 300 arrests in Peru.", ["2015"]),
])
def test_the_year_a_campaign_began_is_no_date(text, values):
    assert [d.value for d in draft(text, "en", "2021-05-02").dates] == values


@pytest.mark.parametrize("text, values", [
    # when the agreement an operation was run under was signed is background, not a date of the operation
    ("The raids in Peru were run under a cooperation agreement signed in 2017 by both forces.", []),
    ("Los registros en Perú se hicieron al amparo del convenio firmado en marzo de 2017.", []),
    # ... but a raid's own date stays
    ("The raids in Peru were run in March 2019 under a cooperation agreement.", ["2019-03"]),
])
def test_when_an_agreement_was_signed_is_no_date(text, values):
    assert [d.value for d in draft(text, "en", "2021-05-02").dates] == values
