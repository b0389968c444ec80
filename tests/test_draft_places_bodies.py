"""Towns, provinces and coordinating bodies the drafter reads: one rule per test, in English and Spanish,
on sentences written for these tests (never taken from the fixture articles)."""

from __future__ import annotations

import pytest

from opsatlas.draft import SourceInfo, draft_from_bytes
from opsatlas.draft.bodies import find_bodies
from opsatlas.draft.country_finder import find_countries
from opsatlas.draft.places import find_places


def places_of(sentence: str, countries: list[str]) -> set[tuple[str, str, str]]:
    return {(p.as_written, p.kind, p.iso3) for p in find_places(sentence, countries)}


def bodies_of(sentence: str) -> set[tuple[str, str | None]]:
    return {(b.body, b.iso3) for b in find_bodies(sentence, find_countries(sentence)) if b.role is not None}


# --- places ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("sentence, countries, expected", [
    # a part of a country that the country table reads as the country is also its province
    ("Two more suspects were detained in Northern Ireland on Monday.", ["GBR"],
     ("Northern Ireland", "province", "GBR")),
    # an article may stand before a subdivision's own name
    ("Five arrests were made in the ACT and four in the Northern Territory.", ["AUS"],
     ("Northern Territory", "province", "AUS")),
    ("Hubo tres detenidos en el Chaco y dos en Corrientes.", ["ARG"], ("Chaco", "province", "ARG")),
    # a Spanish demonym between "municipio"/"localidad" and "de" still says it is a town (a small one too),
    # and a country's demonym says which country
    ("Los agentes registraron una nave en el municipio granadino de Ítrabo.", ["ESP"], ("Ítrabo", "town", "ESP")),
    ("La red tenía otra rama en la localidad francesa de Coquelles.", ["ESP", "FRA"], ("Coquelles", "town", "FRA")),
    # a province in parentheses makes the name before it a town there, however small, and is a place itself
    ("Los registros se hicieron en Briviesca (Burgos) y en Tauste (Zaragoza).", ["ESP"],
     ("Briviesca", "town", "ESP")),
    ("Los registros se hicieron en Briviesca (Burgos) y en Tauste (Zaragoza).", ["ESP"],
     ("Burgos", "province", "ESP")),
    ("Police raided a house in Fremantle (Western Australia) on Friday.", ["AUS"], ("Fremantle", "town", "AUS")),
    ("Police raided a house in Fremantle (Western Australia) on Friday.", ["AUS"],
     ("Western Australia", "province", "AUS")),
    # a province after a comma makes the name before it a town there (Canadian Press abbreviations too)
    ("The accused are from Cambridge, Ont., and Guelph, Ont., police said.", ["USA", "CAN"],
     ("Cambridge", "town", "CAN")),
    ("The accused are from Cambridge, Ont., and Guelph, Ont., police said.", ["USA", "CAN"],
     ("Ont.", "province", "CAN")),
    ("El detenido vive en Tiana, Barcelona, desde 2015.", ["ESP"], ("Tiana", "town", "ESP")),
    # ... also where the province ends the sentence with its full stop, in another named country than a namesake
    ("La ruta salía de Juárez y terminaba en Santa Teresa, Nuevo México. Luego seguía al norte.", ["MEX", "USA"],
     ("Santa Teresa", "town", "USA")),
    ("The van was stopped near Santa Teresa, New Mexico. It carried migrants from Mexico.", ["MEX", "USA"],
     ("Santa Teresa", "town", "USA")),
    # names joined by Portuguese "do", "da" or Arabic "es" are read whole
    ("Police raided two homes in Dar es Salaam on Monday.", ["TZA"], ("Dar es Salaam", "town", "TZA")),
    ("Hubo registros en Viana do Castelo y en Braga.", ["ESP", "PRT"], ("Viana do Castelo", "province", "PRT")),
    # a German state by its English or Spanish name
    ("Officers searched flats across Lower Saxony and North Rhine-Westphalia.", ["DEU"],
     ("North Rhine-Westphalia", "province", "DEU")),
    ("Hubo registros en Baja Sajonia y en Renania del Norte-Westfalia.", ["DEU"], ("Baja Sajonia", "province", "DEU")),
    # a county written before its name, as Irish and British papers write it ("Co Meath", "County Durham")
    ("Gardaí searched two farms in Co Wexford and one in Co. Sligo.", ["IRL"], ("Wexford", "province", "IRL")),
    ("Gardaí searched two farms in Co Wexford and one in Co. Sligo.", ["IRL"], ("Sligo", "province", "IRL")),
    ("Officers raided a flat in County Kildare on Monday.", ["IRL"], ("Kildare", "province", "IRL")),
    # a city named after its country is in that country before a namesake elsewhere, unless its words say where
    ("Liaison officers in Lima and Panama City shared the data.", ["USA", "PAN", "PER"],
     ("Panama City", "town", "PAN")),
    ("Los enlaces en Lima y en la Ciudad de Panamá compartieron los datos.", ["USA", "PAN", "PER"],
     ("Ciudad de Panamá", "town", "PAN")),
    ("The boat was seized in Panama City, Florida, last May.", ["USA", "PAN"], ("Panama City", "town", "USA")),
    # ... but a compass word before a province or a large city is a part of it, read as that place
    ("Officers searched homes in North Texas and in East London.", ["USA", "GBR"], ("North Texas", "province", "USA")),
    ("Officers searched homes in North Texas and in East London.", ["USA", "GBR"], ("East London", "town", "GBR")),
    # a town near another is a town, however small
    ("Officers searched lorries at the depot in Coquelles, near Calais.", ["GBR", "FRA"], ("Coquelles", "town", "FRA")),
    ("El alijo se descargó en Tiana, cerca de Badalona.", ["ESP"], ("Tiana", "town", "ESP")),
    # every name in a list of towns is a town, however small
    ("Hubo registros en las localidades de Mataró, Tiana y Calella.", ["ESP"], ("Tiana", "town", "ESP")),
    ("Raids took place in the towns of Leeds, Stornoway and York.", ["GBR"], ("Stornoway", "town", "GBR")),
    # a town written with its country ("Asunción del Paraguay") at the end of a body's name
    ("Hubo registros en Asunción del Paraguay y en Buenos Aires.", ["ARG", "PRY"], ("Asunción", "town", "PRY")),
    # a town's own brigade names the town, as its police does
    ("Officers of the Constanta Brigade for Countering Organized Crime arrested two men.", ["ROU"],
     ("Constanta", "town", "ROU")),
    # a town's local court names the town
    ("The man will appear before the Armadale Magistrates Court on 3 May.", ["AUS"], ("Armadale", "town", "AUS")),
])
def test_places_found(sentence: str, countries: list[str], expected: tuple[str, str, str]) -> None:
    assert expected in places_of(sentence, countries)


@pytest.mark.parametrize("sentence, countries, absent", [
    # the nations the UK is made of, and a country's own name, stay countries
    ("Raids took place in England and Wales.", ["GBR"], "England"),
    ("Hubo detenidos en México y Guatemala.", ["MEX", "GTM"], "México"),
    ("The skipper, a man from Lerwick, Scotland. He was held at sea.", ["GBR"], "Scotland"),
    # a name that begins with a compass word is no part of a small town ("Western Union" is no Union, N.J.)
    ("The buyers paid by PayPal and Western Union, officers in Texas said.", ["USA"], "Western Union"),
    ("Los pagos llegaban por Western Union desde Texas.", ["USA"], "Western Union"),
    # ... not a German state where Germany is not named
    ("The Saxony Hotel in Miami was searched.", ["USA"], "Saxony"),
    # ... and a building named with "do" is no town: the town after it is
    ("The gang met at the Casa do Povo in Lisbon.", ["PRT"], "Casa"),
    # a company whose name begins with "Co" is no county
    ("The cash went through Co Holdings in Dublin.", ["IRL"], "Holdings"),
    # a point a distance is measured from is no place where anything happened
    ("The yacht was intercepted 900 miles east of Martinique.", ["FRA"], "Martinique"),
    ("El velero fue abordado a 200 millas náuticas al sur de Cádiz.", ["ESP"], "Cádiz"),
    # a body named with its country has no town in its name
    ("Colaboró la Fiscalía General de Colombia.", ["COL"], "General"),
    # parentheses after what is not a place (a date, an airport's other name for the same town)
    ("BEIJING, Nov. 5 (Xinhua) -- Police in Guangdong arrested 30 people.", ["CHN"], "Xinhua"),
    ("Pasaron por el aeropuerto Ministro Pistarini (Ezeiza) en Buenos Aires.", ["ARG"], "Ezeiza"),
])
def test_places_not_found(sentence: str, countries: list[str], absent: str) -> None:
    assert absent not in {written for written, _, _ in places_of(sentence, countries)}


def test_part_of_a_country_is_listed_in_the_draft_as_its_province() -> None:
    text = "Police arrested four people in Northern Ireland and two in Scotland in a joint operation."
    facts = draft_from_bytes(text.encode(), SourceInfo(language="en")).facts
    assert ("Northern Ireland", "province", "GBR") in {(p.place.name, p.place.kind, p.place.iso3) for p in facts.places}


# --- coordinating bodies -----------------------------------------------------------------------------


@pytest.mark.parametrize("sentence, expected", [
    # a country's office abroad
    ("La operación contó con la colaboración de la Agregaduría de Interior de España en Perú.",
     ("Agregaduría de Interior de España", "ESP")),
    ("The investigation was launched with the support of the Embassy of Spain in Lima.", ("Embassy of Spain", "ESP")),
    # an international body by its Spanish name
    ("La operación fue coordinada por el Grupo de Acción Contra el Cibercrimen, con sede en La Haya.",
     ("Joint Cybercrime Action Taskforce (J-CAT), Europol", None)),
    # bodies that call the operation theirs did it
    ("Europol and Frontex have published the results of their joint operation against smugglers.",
     ("Frontex", None)),
    ("La Guardia Civil y la Policía Judiciária han culminado su primer operativo conjunto en la frontera.",
     ("Guardia Civil", "ESP")),
    # a country's force written as a name ("Police" capitalised) that makes the arrests carried them out
    ("Officers of the Bulgarian Police arrested two suspects in Sofia.", ("Bulgarian Police", "BGR")),
    # a Spanish ministry written with its demonym inside its name
    ("La operación fue apoyada financieramente por el Ministerio francés del Interior.",
     ("Ministerio francés del Interior", "FRA")),
    ("La investigación fue coordinada con el ministerio chileno de Justicia durante meses.",
     ("ministerio chileno de Justicia", "CHL")),
    # a body the tables do not know, named right after "coordinated by", "led by", "carried out by"
    ("Se trató de una operación coordinada por la Agencia Nacional de Inteligencia, que detuvo a 12.",
     ("Agencia Nacional de Inteligencia", None)),
    ("The operation was led by the Directorate of Criminal Investigations with help from neighbours.",
     ("Directorate of Criminal Investigations", None)),
    ("El procedimiento fue llevado a cabo por Gendarmería Nacional en cuatro provincias.",
     ("Gendarmería Nacional", None)),
])
def test_bodies_found(sentence: str, expected: tuple[str, str | None]) -> None:
    assert expected in bodies_of(sentence)


def test_a_body_led_by_someone_is_not_a_body_of_the_operation() -> None:
    sentence = "La banda estaba dirigida por un ciudadano de la Unidad Vecinal Norte."
    assert "Unidad Vecinal Norte" not in {body for body, _ in bodies_of(sentence)}


def test_authorities_that_arrest_are_no_body() -> None:
    assert not bodies_of("German authorities arrested two suspects in Munich.")


def test_an_embassy_that_only_speaks_is_no_coordinator() -> None:
    text = "La Embajada de Francia en Madrid dijo que permanecía cerrada por las fiestas."
    facts = draft_from_bytes(text.encode(), SourceInfo(language="es")).facts
    assert not [c for c in facts.coordinators if "Embajada" in c.body]


@pytest.mark.parametrize("sentence, expected", [
    # a force named with its own capitalised words after its country's possessive
    ("The probe also involved Peru’s National Police and the FBI.", ("Peru’s National Police", "PER")),
    ("Officers from Brazil's Federal Police took part in the raids.", ("Brazil's Federal Police", "BRA")),
])
def test_a_countrys_force_after_its_possessive(sentence: str, expected: tuple[str, str | None]) -> None:
    assert expected in bodies_of(sentence)


def test_a_countrys_possessive_before_other_words_is_no_body() -> None:
    assert not bodies_of("The suspects were arrested at Germany's Frankfurt Airport by officers on Monday.")
