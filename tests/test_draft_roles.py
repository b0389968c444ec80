"""Country roles, coordinators and the lead country (opsatlas/draft/roles.py, bodies.py), in English
and Spanish. Sentences written for these tests, not taken from the evaluation articles."""

from __future__ import annotations

import pytest

from opsatlas.draft import SourceInfo, draft_from_bytes
from opsatlas.draft.countries import spanish_forms
from opsatlas.draft.country_finder import find_countries
from opsatlas.draft.facts import Facts


def facts_of(text: str, lang: str = "en") -> Facts:
    return draft_from_bytes(text.encode(), SourceInfo(language=lang)).facts


def roles_of(text: str, lang: str = "en") -> dict[str, str]:
    return {c.iso3: c.role for c in facts_of(text, lang).countries}


@pytest.mark.parametrize("text, lang, expected", [
    # the operation carried out by / with the listed countries: they took part
    ("The sweep was conducted by Peru, Chile and Uruguay over three weeks.", "en",
     {"PER": "participating", "CHL": "participating", "URY": "participating"}),
    ("La campaña fue llevada a cabo por Panamá, Honduras y Guatemala durante un mes.", "es",
     {"PAN": "participating", "HND": "participating", "GTM": "participating"}),
    ("Mobilising officers from Kenya and Uganda, the effort ran for ten days.", "en",
     {"KEN": "participating", "UGA": "participating"}),
    ("The agency worked with partners in Poland and Lithuania on the case.", "en",
     {"POL": "participating", "LTU": "participating"}),
    ("Se desarrolló con la participación de Paraguay y Bolivia, informó la fiscalía.", "es",
     {"PRY": "participating", "BOL": "participating"}),
    ("A la red de 12 países se sumaron Noruega, Irlanda y Suiza.", "es",
     {"NOR": "participating", "IRL": "participating", "CHE": "participating"}),
    # the help of countries "such as" the listed ones, an operation that "included" them
    ("The probe had the support of countries such as Norway and Iceland.", "en",
     {"NOR": "participating", "ISL": "participating"}),
    ("La pesquisa contó con la ayuda de países como Uruguay y Paraguay.", "es",
     {"URY": "participating", "PRY": "participating"}),
    ("It was one leg of a wider crackdown that also involved Belize.", "en", {"BLZ": "participating"}),
    ("Formó parte de un operativo que incluyó a Nicaragua y Costa Rica.", "es",
     {"NIC": "participating", "CRI": "participating"}),
    # a country named in a Bosnian list keeps the list going
    ("La red cayó en colaboración con las policías de Croacia, Bosnia Herzegovina y Eslovenia.", "es",
     {"HRV": "participating", "BIH": "participating", "SVN": "participating"}),
    # ... not where the countries are the gang's markets
    ("The ring sold fake pills in countries such as Norway and Iceland.", "en",
     {"NOR": "mentioned", "ISL": "mentioned"}),
    # countries added "as well as" to a count of the countries whose forces took part
    ("The probe drew on officers from Eurojust and 14 countries in Asia as well as Norway and Iceland.", "en",
     {"NOR": "participating", "ISL": "participating"}),
    ("Colaboraron agentes de 14 países de Asia, así como Noruega e Islandia.", "es",
     {"NOR": "participating", "ISL": "participating"}),
    # a relative clause on the operation that "involved" the listed countries, besides the home one
    ("The crackdown was led by Europol, which involved Latvia, Estonia and Finland.", "en",
     {"LVA": "participating", "EST": "participating", "FIN": "participating"}),
    ("Fue una operación dirigida por la Policía Nacional, que implicó junto a Chile a Perú y Bolivia.", "es",
     {"CHL": "participating", "PER": "participating", "BOL": "participating"}),
    # ... not where other words stand between "involved" and the list
    ("The gang, which involved drivers who shipped cars to Latvia and Estonia, was broken up.", "en",
     {"LVA": "mentioned", "EST": "mentioned"}),
    # a partner body named with its country, whatever its name: the country took part
    ("Los agentes actuaron en coordinación con la Guardia Costera de Jamaica.", "es",
     {"JAM": "participating"}),
    ("The ring fell in cooperation with the Tax Fraud Investigation Service of Finland.", "en",
     {"FIN": "participating"}),
    # ... not a firm or a person from the country
    ("Lo hizo en colaboración con una empresa de Jamaica.", "es", {"JAM": "mentioned"}),
    # ... not people's nationalities
    ("Those detained came from 14 countries in Asia as well as Norway and Iceland.", "en",
     {"NOR": "mentioned", "ISL": "mentioned"}),
])
def test_partners_named_by_the_words_before_their_list(text, lang, expected):
    assert roles_of(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a team between the countries, a colon list of the countries (or forces) that collaborated
    ("Eurojust set up a joint investigation team (JIT) between Latvia, Estonia and Europol.", "en",
     {"LVA": "participating", "EST": "participating"}),
    ("Todo comenzó con un equipo de trabajo entre Italia y Grecia.", "es", {"ITA": "participating", "GRC": "participating"}),
    ("The result owed much to the collaboration of four national forces: Chile, Peru, Bolivia and Ecuador.", "en",
     {"CHL": "participating", "PER": "participating", "BOL": "participating", "ECU": "participating"}),
    # a route between two countries is not a team between them
    ("La ruta entre Colombia y Panamá era la más usada.", "es", {"COL": "mentioned", "PAN": "mentioned"}),
])
def test_teams_and_colon_lists_of_partners(text, lang, expected):
    assert roles_of(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # countries listed as members of the union in the operation's story took part
    ("The sweep involved EU member states Malta and Cyprus, and non-EU countries Norway and Iceland.", "en",
     {"MLT": "participating", "CYP": "participating", "NOR": "participating", "ISL": "participating"}),
    ("La acción reunió a los Estados miembros de la UE Francia y Bélgica.", "es",
     {"FRA": "participating", "BEL": "participating"}),
    # a country named after the union, not as its member
    ("The rules bind EU member states and also apply to Norway.", "en", {"NOR": "mentioned"}),
])
def test_members_of_a_union(text, lang, expected):
    assert roles_of(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # countries named out of a count of partners took part, even in a sentence of arrests
    ("Run together with 18 countries, among them Ghana and Senegal, the sweep led to 40 arrests.", "en",
     {"GHA": "participating", "SEN": "participating"}),
    ("La acción, en cooperación con 14 países, entre los cuales figuran Cuba y Haití, terminó con 30 detenidos.",
     "es", {"CUB": "participating", "HTI": "participating"}),
    # ... but out of a count of places of arrests they are places of arrests (unchanged)
    ("There were arrests in 9 countries, including Ghana and Senegal.", "en",
     {"GHA": "arrests_unspecified", "SEN": "arrests_unspecified"}),
])
def test_countries_named_out_of_a_count(text, lang, expected):
    assert roles_of(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # raids, searches, rescues, discoveries in a country: it took part
    ("Further raids were under way in Poland and Hungary on Thursday.", "en",
     {"POL": "participating", "HUN": "participating"}),
    ("Hubo registros simultáneos en Rumanía y Bulgaria esa misma mañana.", "es",
     {"ROU": "participating", "BGR": "participating"}),
    ("In Estonia, investigators uncovered a warehouse of stolen goods.", "en", {"EST": "participating"}),
    ("SEARCHES IN FINLAND AND DENMARK", "en", {"FIN": "participating", "DNK": "participating"}),
    # the dismantlement of something in a country, as "dismantled" there
    ("The week saw the dismantlement of four drug labs in Bolivia.", "en", {"BOL": "participating"}),
    ("La semana terminó con el desmantelamiento de cuatro laboratorios en Bolivia.", "es", {"BOL": "participating"}),
    # ... not far from it, in a clause about other people
    ("The dismantlement of the ring was praised by officials who once worked in Ghana.", "en", {"GHA": "mentioned"}),
    # ... not where the action is far away, done to people who acted in the country
    ("Officers used the data to identify dealers and their customers who had long traded stolen cards "
     "in Poland and Hungary.", "en", {"POL": "mentioned", "HUN": "mentioned"}),
    # "inside", "within", "dentro de" place the sentence's suspects or actions, as "in" does
    ("Investigators said the suspects worked inside Latvia and Estonia.", "en",
     {"LVA": "suspects", "EST": "suspects"}),
    ("Los sospechosos actuaban dentro de Letonia y Estonia.", "es", {"LVA": "suspects", "EST": "suspects"}),
    ("Searches were carried out within Latvia and Estonia.", "en", {"LVA": "participating", "EST": "participating"}),
    # ... not a destination reached from inside another country
    ("Smugglers carried the cash from inside Latvia to Estonia.", "en", {"LVA": "mentioned", "EST": "mentioned"}),
    # a network that merely operated in a country: mentioned
    ("Una red que operaba en Marruecos fue desarticulada tras dos años.", "es", {"MAR": "mentioned"}),
])
def test_actions_done_in_a_country(text, lang, expected):
    assert roles_of(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # each clause keeps its own verb: rescues in one, arrests in the other
    ("Officials said 9 people were arrested in Peru, while in Ecuador 14 victims were rescued.", "en",
     {"PER": "arrests_stated", "ECU": "participating"}),
    ("Hubo detenciones en Perú, mientras que en Ecuador se rescataron víctimas.", "es",
     {"PER": "arrests_unspecified", "ECU": "participating"}),
    ("Se practicaron arrestos en Panamá y en Honduras fueron identificadas varias víctimas de trata.", "es",
     {"PAN": "arrests_unspecified", "HND": "participating"}),
    # a clause of no other action keeps the sentence's arrests (unchanged)
    ("Arrests were made in Austria and in Hungary.", "en",
     {"AUT": "arrests_unspecified", "HUN": "arrests_unspecified"}),
    # an arrest told with another country for its own place is not the arrest of the country named before it
    ("The case began after weapons were found in Chile and led to the arrest of 12 people in Peru.", "en",
     {"CHL": "participating", "PER": "arrests_stated"}),
    ("La causa, abierta tras el hallazgo de armas en Chile, terminó con la detención de 12 personas en Perú.", "es",
     {"CHL": "participating", "PER": "arrests_stated"}),
    # ... but it is where that place is the same country, or where the arrest names no place
    ("Raids in Chile led to the arrest of 12 people in Peru and Chile.", "en",
     {"CHL": "arrests_unspecified", "PER": "arrests_unspecified"}),
    ("Los registros en Chile terminaron con la detención de 12 personas.", "es", {"CHL": "arrests_stated"}),
    # "las capturas" as the subject says where arrests were made, as "the arrests" does
    ("Las capturas se efectuaron en Bolivia y Paraguay durante la madrugada.", "es",
     {"BOL": "arrests_unspecified", "PRY": "arrests_unspecified"}),
    ("The arrests took place in Bolivia and Paraguay overnight.", "en",
     {"BOL": "arrests_unspecified", "PRY": "arrests_unspecified"}),
    # ... not in another clause that tells of something else
    ("Las capturas se hicieron en Lima, mientras que en Bolivia se rescataron víctimas.", "es",
     {"BOL": "participating"}),
])
def test_a_clause_of_its_own(text, lang, expected):
    assert roles_of(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # demonyms listed side by side share the police word written next to the last one
    ("The Danish and Norwegian police forces shared the evidence.", "en",
     {"DNK": "participating", "NOR": "participating"}),
    ("Las autoridades austriacas y suizas han localizado un almacén.", "es",
     {"AUT": "participating", "CHE": "participating"}),
    ("La policía sueca intervino en el caso.", "es", {"SWE": "participating"}),
])
def test_demonyms_sharing_a_police_word(text, lang, expected):
    assert roles_of(text, lang) == expected


def test_spanish_demonyms_in_every_gender_and_number():
    assert set(spanish_forms("austriaco")) == {"austriaco", "austriaca", "austriacos", "austriacas"}
    assert set(spanish_forms("francés")) == {"francés", "francesa", "franceses", "francesas"}
    assert set(spanish_forms("belga")) == {"belga", "belgas"}
    assert spanish_forms("Spanish") == ("Spanish",)
    # a demonym that is also a common word still needs a police word, in its other forms too
    assert find_countries("compraron unas chinas") == []
    assert [c.iso3 for c in find_countries("las autoridades chinas")] == ["CHN"]


@pytest.mark.parametrize("text, expected", [
    ("Raids took place in Albania, Jordan, Iraq and Egypt.", ["ALB", "JOR", "IRQ", "EGY"]),
    ("Participaron Senegal, Chad y Nigeria.", ["SEN", "TCD", "NGA"]),
    ("The Burma border stayed open.", ["MMR"]),
    # a name that is also a word or a person's name stays out when no list surrounds it
    ("Michael Jordan visited Spain.", ["ESP"]),
    ("Georgia and Florida police agreed.", []),
    # two of them side by side in a list, the Congo's full name not read as its tail
    ("Raids took place in Niger, Chad, Guinea and Togo.", ["NER", "TCD", "GIN", "TGO"]),
    ("Participaron Camerún, Chad, Jordania y Egipto.", ["CMR", "TCD", "JOR", "EGY"]),
    ("Officers from the Democratic Republic of the Congo, Guinea and Togo took part.", ["COD", "GIN", "TGO"]),
    # ... and two side by side with no country around them stay out
    ("Chad and Jordan met Georgia.", []),
    # Eswatini by its former name, in both languages
    ("Raids took place in Malawi, Swaziland and Zambia.", ["MWI", "SWZ", "ZMB"]),
    ("Hubo redadas en Malaui, Suazilandia y Zambia.", ["MWI", "SWZ", "ZMB"]),
    # Laos by its short official name, inside a list
    ("Raids took place in Cambodia, Lao PDR and Myanmar.", ["KHM", "LAO", "MMR"]),
    ("Hubo redadas en Camboya, Laos PDR y Birmania.", ["KHM", "LAO", "MMR"]),
])
def test_ambiguous_names_inside_lists_of_countries(text, expected):
    assert [c.iso3 for c in find_countries(text)] == expected


def bodies_of(text: str, lang: str = "en") -> set[str]:
    return {b.body for b in facts_of(text, lang).coordinators}


@pytest.mark.parametrize("text, lang, expected", [
    # a named body that arrests carried the operation out ...
    ("La Guardia Civil ha detenido a siete personas en Murcia por estafa.", "es", {"Guardia Civil"}),
    ("The FBI arrested four people in Ohio on Monday.", "en", {"Federal Bureau of Investigation (FBI)"}),
    # ... a generic "authorities" phrase does not become a body that way
    ("German authorities arrested the site's operator.", "en", set()),
    # the body that raised the alert initiated the investigation
    ("La investigación comenzó después de que el FBI alertara de una web ilegal.", "es", {"Federal Bureau of Investigation (FBI)"}),
    ("The case opened when HSI tipped off the local police.", "en", {"Homeland Security Investigations (HSI)"}),
    # partners named after "worked with": they supported it; the body that worked is not named a partner
    ("The NCA worked with partners in Spain, as well as Europol and Eurojust.", "en", {"Europol", "Eurojust"}),
    # "spearheaded by" leads; demonyms listed before one police word are each a national body
    ("It was spearheaded by the Danish and Norwegian police.", "en", {"Danish police", "Norwegian police"}),
    # a regional body written out in Spanish, with its role from the participle before "por"
    ("La acción fue apoyada por la Agencia Caribeña de Implementación para el Crimen y la Seguridad.", "es",
     {"CARICOM Implementation Agency for Crime and Security (IMPACS)"}),
    # merely named: not a coordinator
    ("Eurojust has its seat in The Hague.", "en", set()),
    # the body announcing the operation's results is counted as its coordinator ...
    ("Nine people were arrested in a sweep against fraud, Europol said on Friday.", "en", {"Europol"}),
    ("Doce personas fueron detenidas en la operación, anunció el martes Interpol.", "es", {"INTERPOL"}),
    # ... a body speaking of anything else is not
    ("Europol said the threat from ransomware keeps growing.", "en", set()),
    ("Interpol dijo que la cooperación internacional es clave.", "es", set()),
    # the French form of the Gendarmerie's name, capitalised
    ("An operation led by the Gendarmerie Nationale ended with 8 arrests.", "en", {"Gendarmerie Nationale"}),
    # a body the operation "coordinated with" worked beside it ("se coordinó con", "coordinates with")
    ("Durante meses la unidad se coordinó con Europol y después cayó la red de 14 detenidos.", "es", {"Europol"}),
    ("The task force coordinates with Interpol on the case, which led to 14 arrests.", "en", {"INTERPOL"}),
])
def test_coordinators(text, lang, expected):
    assert bodies_of(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # "coordinó con" / "coordinated with" a body: it supported; "coordinó" the operation alone: it coordinated
    ("La brigada se coordinó con Interpol y detuvo a 9 personas.", "es", "supported the operation"),
    ("Interpol coordinó la operación y hubo 9 detenidos.", "es", "coordinated the operation"),
    ("The unit coordinated with Interpol and arrested 9 people.", "en", "supported the operation"),
])
def test_coordinated_with_a_body_is_its_support(text, lang, expected):
    assert {c.body: c.role for c in facts_of(text, lang).coordinators}.get("INTERPOL") == expected


def test_partners_inside_a_long_aside_did_not_carry_it_out():
    text = (
        "La Guardia Civil, en colaboración con la Inspección de Sanidad de Cádiz, la Oficina Central de Aduanas de "
        "Italia (Ufficio Centrale Antifrode, con sede en Roma) y la Dirección General de Aduanas de Portugal "
        "(Autoridade Tributária e Aduaneira, Lisboa), en el marco de la operación Faro, ha desmantelado una red "
        "con 9 detenidos."
    )
    roles = {c.iso3: c.role for c in facts_of(text, "es").coordinators}
    assert roles["ESP"] == "carried out the operation"
    assert roles["PRT"] != "carried out the operation" and roles["ITA"] != "carried out the operation"


def test_supported_by_keeps_its_own_role():
    text = "La operación, liderada por Interpol y apoyada por CARICOM IMPACS, terminó con 20 detenidos."
    facts = facts_of(text, "es")
    assert {c.body: c.role for c in facts.coordinators} == {
        "INTERPOL": "led the operation",
        "CARICOM Implementation Agency for Crime and Security (IMPACS)": "supported the operation",
    }


@pytest.mark.parametrize("text, lang, expected", [
    # a national agency that arrested is the lead where no sentence says who led
    ("La Guardia Civil ha detenido a siete personas en Murcia y Lisboa.", "es", ["ESP"]),
    ("The operation was spearheaded by the FBI.", "en", ["USA"]),
    # every body of the list after "led by" led
    ("The sweep was led by the FBI, the Danish and the Norwegian police, with Europol coordinating.", "en",
     ["USA", "DNK", "NOR"]),
    ("La operación fue liderada por la Guardia Civil y la Polícia Federal, con apoyo de Europol.", "es",
     ["ESP", "BRA"]),    # a country's own agency named after "led by"
    ("The probe, led by Te Tari Taiwhenua, found 300 accounts.", "en", ["NZL"]),
    # "investigados por" a national unit: it carried the investigation out
    ("Los 40 grupos fueron investigados por la Unidad Central de la Guardia Civil y hubo 9 detenidos.", "es", ["ESP"]),
    # no one is said to lead: the one country whose body announced the takedown ...
    ("Some 120 people were arrested in the takedown, the Justice Department said.", "en", ["USA"]),
    # ... but not where an international body coordinated it
    ("Some 120 people were arrested in the takedown coordinated by Europol, the Justice Department said.", "en", []),
    # ... nor where bodies of two countries announced it
    ("Some 120 people were arrested in the operation, the FBI and the National Crime Agency said.", "en", []),
    # the country whose officers started the investigation leads, not the one whose force carried out its part ...
    ("La investigación se inició cuando agentes rumanos descubrieron una red de estafas. La Guardia Civil ha "
     "detenido a 9 personas en Murcia.", "es", ["ROU"]),
    ("The investigation began in 2021 after the Australian Federal Police identified a smuggling ring. "
     "Chilean police dismantled the ring and arrested 6 people.", "en", ["AUS"]),
    # ... but one that only alerted the others does not: the force alerted ran it
    ("La investigación comenzó cuando las autoridades belgas advirtieron sobre la red. La Guardia Civil ha "
     "detenido a 9 personas en Murcia.", "es", ["ESP"]),
    # the subject's verb after a long aside listing its partners: it carried the operation out
    ("La Guardia Civil, en colaboración con la Inspección de Sanidad de Cádiz, la Oficina Central de Aduanas de "
     "Italia (Ufficio Centrale Antifrode, con sede en Roma) y la Dirección General de Aduanas de Portugal "
     "(Autoridade Tributária e Aduaneira, Lisboa), en el marco de la operación Faro, ha desmantelado una red "
     "con 9 detenidos.", "es", ["ESP"]),
    ("The Federal Bureau of Investigation, working with the Health Inspectorate of Ontario, the Customs Office "
     "of Mexico (Servicio de Administración Tributaria, Mexico City) and the Directorate of Customs of Peru "
     "(Superintendencia Nacional de Aduanas, Lima), in the course of Operation Lighthouse, dismantled a ring "
     "with 9 arrests.", "en", ["USA"]),
    # officers named as partners where the action began did not start it (with or without the article)
    ("La redada se inició de madrugada, con cooperación de agentes chilenos, y terminó con 9 detenidos.", "es", []),
    ("The raid started at dawn with support from Danish officers and ended with 9 arrests.", "en", []),
    # ... officers who began it did
    ("La investigación se inició cuando agentes chilenos detectaron la red; hubo 9 detenidos.", "es", ["CHL"]),
    # where the crime's chain began is no start of the case
    ("The scheme started with the purchase of cocaine in Peru; 9 people were arrested.", "en", []),
    ("El negocio comenzaba con la compra de cocaína en Perú; hubo 9 detenidos.", "es", []),
    # ... where the investigation began is
    ("The investigation started in Peru last year; 9 people were arrested.", "en", ["PER"]),
    # the body's own takedown, in the possessive: it carried it out
    ("The minister praised the National Crime Agency's swift dismantling of a smuggling ring with 14 arrests.", "en",
     ["GBR"]),
    ("Officials hailed the FBI’s takedown of the forum, which led to 30 arrests.", "en", ["USA"]),
    # ... not the body's words about another's work
    ("The FBI's director later spoke about the dismantling of the ring by police in five states.", "en", []),
])
def test_lead_from_the_body_that_carried_it_out(text, lang, expected):
    assert facts_of(text, lang).lead == expected


@pytest.mark.parametrize("text, expected", [
    # a demonym that qualifies people is a nationality, not a country of the operation
    ("Fueron detenidos cuatro rumanos y dos búlgaros.", []),
    ("Entre las víctimas había una niña paraguaya.", []),
    ("Arrestaron a ciudadanos peruanos y bolivianos.", []),
    ("Police arrested a Turkish man and two Greek nationals.", []),
    # a person by age or role, a network led or run by nationals
    ("The ringleader, a 52-year-old Estonian, was held.", []),
    ("Heading the ring was a Danish figurehead.", []),
    ("An Albanian-run network of couriers was dismantled.", []),
    # ... while an operation led by a country's forces still names it
    ("It was a Swedish-led operation.", ["SWE"]),
    # ... a demonym of a police force, an operation or a participation still names the country
    ("La participación chilena fue clave.", ["CHL"]),
    ("The Turkish police made the arrests.", ["TUR"]),
    ("Las autoridades rumanas informaron.", ["ROU"]),
    # a person's name that is a country's name, after a title
    ("Deputy Attorney General Lisa O. Monaco said it was a warning.", []),
    ("Ms Monaco said so, and Monaco's police agreed.", ["MCO"]),
])
def test_nationalities_and_names_of_people(text, expected):
    assert [c.iso3 for c in find_countries(text)] == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a suspect placed in a country: suspects there
    ("In one of the cases in Norway, the suspect was a sports coach.", "en", {"NOR": "suspects"}),
    ("En uno de los casos en Uruguay, los sospechosos eran dos hermanos.", "es", {"URY": "suspects"}),
    # the country's forces as the subject right after it: it took part
    ("In Finland, police had been tracking the accounts for a year.", "en", {"FIN": "participating"}),
    ("En Costa Rica, las autoridades vigilaban el foro desde 2021.", "es", {"CRI": "participating"}),
    # where the operation began is not where the sentence's arrests were
    ("The case began in Ireland in 2019 and ended with those arrests across the region.", "en",
     {"IRL": "participating"}),
    ("La operación comenzó en Islandia en 2019 y acabó con esos arrestos en toda la región.", "es",
     {"ISL": "participating"}),
])
def test_suspects_forces_and_the_start_in_a_country(text, lang, expected):
    assert roles_of(text, lang) == expected


# --- rules added for the second development set (dev2); sentences written for these tests ----------


@pytest.mark.parametrize("text, lang, expected", [
    # the operation (or its actions) took place in the listed countries: they took part
    ("The crackdown was carried out simultaneously in Hungary, Slovakia and Slovenia.", "en",
     {"HUN": "participating", "SVK": "participating", "SVN": "participating"}),
    ("El operativo se desarrolló de forma simultánea en Uruguay, Chile y Bolivia.", "es",
     {"URY": "participating", "CHL": "participating", "BOL": "participating"}),
    ("Se realizaron allanamientos en 9 provincias del país (Salta, Jujuy y Chubut) y también en Perú y Panamá.",
     "es", {"PER": "participating", "PAN": "participating"}),
    # "in, among others, X", "in countries including X"
    ("Raids took place in, among others, Norway, Finland and Estonia.", "en",
     {"NOR": "participating", "FIN": "participating", "EST": "participating"}),
    ("Police work is also underway in countries including Malta and Cyprus.", "en",
     {"MLT": "participating", "CYP": "participating"}),
    ("Hubo acciones policiales en países como Guatemala y Honduras.", "es",
     {"GTM": "participating", "HND": "participating"}),
    # the perfect tense, and an operation deployed in the countries
    ("La campaña ha tenido lugar en Uruguay, Perú y Bolivia.", "es",
     {"URY": "participating", "PER": "participating", "BOL": "participating"}),
    ("The sweep has taken place in Kenya and Tanzania since May.", "en", {"KEN": "participating", "TZA": "participating"}),
    ("La ofensiva fue desplegada de forma coordinada en Chile y Ecuador.", "es",
     {"CHL": "participating", "ECU": "participating"}),
    # "en los países de …", "incluido …" (one country out of a count)
    ("Hubo registros en los países de Italia, Grecia y Suiza.", "es",
     {"ITA": "participating", "GRC": "participating", "CHE": "participating"}),
    ("Se hicieron inspecciones en once países, incluido Belice.", "es", {"BLZ": "participating"}),
    # ... with arrests, they are places of arrests (unchanged); a place of origin stays mentioned
    ("Se detuvo a 12 personas en los países de Honduras y Chile.", "es",
     {"HND": "arrests_unspecified", "CHL": "arrests_unspecified"}),
    ("Los coches robados en los países de Francia y Bélgica eran de lujo.", "es",
     {"FRA": "mentioned", "BEL": "mentioned"}),
    # the case still investigated there ("Emiratos Árabes" keeps the list going)
    ("Hoy se sigue investigando, con ayuda de Interpol, en Marruecos, Emiratos Árabes y Catar.", "es",
     {"MAR": "participating", "ARE": "participating", "QAT": "participating"}),
    ("Investigations are still ongoing in Norway and Iceland.", "en", {"NOR": "participating", "ISL": "participating"}),
    # ... not a company investigated for its seat there, nor an ongoing war
    ("Se está investigando a una empresa con sede en Panamá.", "es", {"PAN": "mentioned"}),
    ("The ongoing war in Ukraine made the route busier.", "en", {"UKR": "mentioned"}),
])
def test_where_the_operation_took_place(text, lang, expected):
    assert roles_of(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a part of a country is the country: arrests or raids "in the north of", "en el sur de", "in northern"
    ("Several people were arrested in northern Greece.", "en", {"GRC": "arrests_unspecified"}),
    ("Hubo varias detenciones en el norte de Grecia.", "es", {"GRC": "arrests_unspecified"}),
    ("Searches were carried out in the south of Italy.", "en", {"ITA": "participating"}),
    ("Hubo registros en el centro de Italia.", "es", {"ITA": "participating"}),
    # ... a gang active there stays named only
    ("The gang was active in eastern Slovakia.", "en", {"SVK": "mentioned"}),
])
def test_a_part_of_a_country(text, lang, expected):
    assert roles_of(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # border posts, ports and airports in the countries: where the officers worked
    ("Officers watched seaports and land borders in Togo, Benin and Niger.", "en",
     {"TGO": "participating", "BEN": "participating", "NER": "participating"}),
    ("Los agentes vigilaron aeropuertos y pasos fronterizos de Uruguay y Paraguay.", "es",
     {"URY": "participating", "PRY": "participating"}),
    # ... not a route through them
    ("The heroin was smuggled through ports in Greece.", "en", {"GRC": "mentioned"}),
    ("La droga entraba por puertos de Grecia.", "es", {"GRC": "mentioned"}),
])
def test_border_posts_ports_and_airports(text, lang, expected):
    assert roles_of(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # towns or regions listed before the country after the same "in"/"en": the country is a place of the list
    ("Los detenidos fueron capturados en Oporto, Braga y Francia.", "es", {"FRA": "arrests_unspecified"}),
    ("The others were arrested in parts of Asia and the Netherlands.", "en", {"NLD": "arrests_unspecified"}),
    # ... not a country that opens a clause of its own
    ("Delegates met in Geneva and France hosted the talks.", "en", {"FRA": "mentioned"}),
])
def test_towns_listed_before_the_country(text, lang, expected):
    assert roles_of(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a country's minister or institution speaking or acting: its authorities took part
    ("“A historic result”, said the interior minister of Portugal about the operation.", "en", {"PRT": "participating"}),
    ("La operación fue un éxito, dijo el ministro de Seguridad de Uruguay.", "es", {"URY": "participating"}),
    ("The taskforce included the Greek Coast Guard and the Maltese Criminal Intelligence Unit.", "en",
     {"GRC": "participating", "MLT": "participating"}),
    ("La marina chilena interceptó la lancha.", "es", {"CHL": "participating"}),
    # plural "policías" before a list of demonyms, "efectivos … de", a demonym list ending in "y de <country>"
    ("La Policía Nacional, junto con las policías italiana, griega y rumana, ha desarticulado la red.", "es",
     {"ESP": "participating", "ITA": "participating", "GRC": "participating", "ROU": "participating"}),
    ("Cientos de efectivos federales de Perú y Bolivia desarticularon la banda.", "es",
     {"PER": "participating", "BOL": "participating"}),
    ("Con la colaboración de las autoridades holandesas, belgas y de Irlanda se logró el golpe.", "es",
     {"NLD": "participating", "BEL": "participating", "IRL": "participating"}),
    # specialists of the listed countries
    ("Especialistas en delitos financieros de Croacia, Dinamarca y Finlandia analizaron los datos.", "es",
     {"HRV": "participating", "DNK": "participating", "FIN": "participating"}),
    # a force named apart from the country stays apart
    ("Los agentes, de vuelta de Perú, presentaron el informe.", "es", {"PER": "mentioned"}),
])
def test_a_countrys_ministers_and_institutions(text, lang, expected):
    assert roles_of(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a country written as the subject of what its forces did took part
    ("Norway intercepted whale meat bound for Asia.", "en", {"NOR": "participating"}),
    ("Meanwhile, Togo also uncovered a cache of ivory.", "en", {"TGO": "participating"}),
    ("Además, Perú ha desarticulado una banda de traficantes.", "es", {"PER": "participating"}),
    # goods from a country seized elsewhere: the country is where they came from
    ("Cocaine from Colombia seized in Belgium was pure.", "en", {"COL": "mentioned", "BEL": "participating"}),
])
def test_a_country_as_the_subject_of_an_action(text, lang, expected):
    assert roles_of(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # the forces of several countries made the arrests: each had arrests, their counts not said
    ("French and Belgian police have arrested 12 people after raids.", "en",
     {"FRA": "arrests_unspecified", "BEL": "arrests_unspecified"}),
    ("Las policías de Chile y Bolivia detuvieron a 38 personas.", "es",
     {"CHL": "arrests_unspecified", "BOL": "arrests_unspecified"}),
    # one country's force: its count; forces that only speak of arrests: they took part
    ("French police arrested 12 people.", "en", {"FRA": "arrests_stated"}),
    ("French and Belgian police said 12 people were arrested.", "en", {"FRA": "participating", "BEL": "participating"}),
])
def test_joint_forces_that_arrested(text, lang, expected):
    assert roles_of(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a place opening the sentence frames all of it: an action anywhere in it, or its forces right after it
    ("In Tunisia, a smuggling ring using fishing boats to move migrants across the sea was dismantled last week.", "en",
     {"TUN": "participating"}),
    ("En Panamá, la Fuerza Naval ubicó una lancha con droga.", "es", {"PAN": "participating"}),
    # ... with no action, the country is only named
    ("In Tunisia, cocaine use has doubled since 2019.", "en", {"TUN": "mentioned"}),
])
def test_a_place_opening_the_sentence(text, lang, expected):
    assert roles_of(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a count of arrests placed in the country through its towns: arrests with a count
    ("Una investigación entre España y Perú dejó 83 detenidos. De los arrestados, 35 fueron capturados en Madrid, "
     "Vigo y Salamanca.", "es", {"ESP": "arrests_stated", "PER": "participating"}),
    # a count of seizures in its towns is not a count of arrests
    ("Una investigación entre España y Perú dejó 83 detenidos. Se incautaron 35 kilos en Madrid, Vigo y Salamanca.",
     "es", {"ESP": "participating", "PER": "participating"}),
    # each town with its own count, in another sentence than the country's arrests: the country's are counted
    ("Police in Spain and France dismantled the ring. Eight people were arrested in Valencia and two in Seville.",
     "en", {"ESP": "arrests_stated", "FRA": "participating"}),
    ("La policía de España y Francia desarticuló la red. Ocho personas fueron detenidas en Valencia y dos en Sevilla.",
     "es", {"ESP": "arrests_stated", "FRA": "participating"}),
])
def test_arrests_counted_through_towns(text, lang, expected):
    assert roles_of(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # people charged in a country, not said to be arrested: suspects there
    ("Nine more men, who allegedly sold the pills in Ireland, have also been charged.", "en", {"IRL": "suspects"}),
    ("Otras cuatro personas han sido imputadas en Portugal.", "es", {"PRT": "suspects"}),
    # "acusado de" names the charge, and a country in it is not where anyone was charged
    ("Un hombre acusado de enviar armas a Colombia fue identificado.", "es", {"COL": "mentioned"}),
])
def test_charged_in_a_country(text, lang, expected):
    assert roles_of(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # cooperation with a country's authorities, in a sentence of arrests: the country took part
    ("Today, 52 people in Texas were arrested, in cooperation with authorities in Peru and Chile.", "en",
     {"PER": "participating", "CHL": "participating"}),
    ("Se detuvo a 12 personas en coordinación con la policía de Perú.", "es", {"PER": "participating"}),
    # the place of the arrests stays
    ("Se detuvo a 12 personas en Perú.", "es", {"PER": "arrests_stated"}),
])
def test_cooperation_with_a_countrys_authorities(text, lang, expected):
    assert roles_of(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # where the victims of the fraud lived, in a sentence of arrests: not a place of the arrests
    ("Más de 30 personas han sido detenidas por un fraude que afectó a usuarios residentes en Noruega.", "es",
     {"NOR": "mentioned"}),
    ("Thirty people were arrested over a scam affecting users living in Norway.", "en", {"NOR": "mentioned"}),
    # arrests in the country itself stay
    ("Thirty people were arrested in Norway over a scam.", "en", {"NOR": "arrests_stated"}),
])
def test_where_the_victims_lived(text, lang, expected):
    assert roles_of(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # the ends of a trafficking route, in a sentence of arrests: named only
    ("La Guardia Civil ha detenido a diez personas de una red dedicada al tráfico internacional de drogas entre "
     "Marruecos y Portugal.", "es", {"ESP": "arrests_stated", "MAR": "mentioned", "PRT": "mentioned"}),
    ("Police arrested ten people smuggling cocaine between Colombia and Panama.", "en",
     {"COL": "mentioned", "PAN": "mentioned"}),
    # a gang active between two countries, arrests between them: places of the arrests
    ("Una red de tráfico de drogas que operaba entre Chile y Perú fue desarticulada, con 14 detenidos entre los "
     "dos países.", "es", {"CHL": "arrests_unspecified", "PER": "arrests_unspecified"}),
])
def test_the_ends_of_a_trafficking_route(text, lang, expected):
    assert roles_of(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # where goods or people were taken, where things were grown or came from: named only, even in a sentence
    # of arrests or with the word "involved" in it
    ("Six men involved in the ring were arrested while heading towards Austria.", "en", {"AUT": "mentioned"}),
    ("Los 40 kilos, que iban a ser transportados hacia Italia, fueron incautados.", "es", {"ITA": "mentioned"}),
    ("Of the 12 stolen trucks that were identified, seven originated in Poland.", "en", {"POL": "mentioned"}),
    ("Police seized cocaine shipped from Peru to Portugal.", "en", {"PER": "mentioned", "PRT": "mentioned"}),
    # where the goods came from, and a neighbour named to place a region
    ("A ring involved in importing heroin from Pakistan was broken up.", "en", {"PAK": "mentioned"}),
    ("Una red implicada en traer cocaína importada desde Perú fue desarticulada.", "es", {"PER": "mentioned"}),
    ("Hubo 12 detenidos en la provincia de Tacna, fronteriza con Chile.", "es", {"CHL": "mentioned"}),
    ("Twelve were held in a state bordering Mexico.", "en", {"MEX": "mentioned"}),
    # ... while arrests "made in" a country stay its arrests, and an investigation extended to countries takes them in
    ("Twelve arrests were made in Poland during the operation.", "en", {"POL": "arrests_stated"}),
    ("La investigación se extendió a Austria y Eslovenia.", "es", {"AUT": "participating", "SVN": "participating"}),
])
def test_where_things_were_taken_or_came_from(text, lang, expected):
    assert roles_of(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # where a fugitive is wanted: named only, in a sentence of arrests elsewhere
    ("Officers arrested a man wanted in Belgium for fraud during a raid in Chile.", "en",
     {"BEL": "mentioned", "CHL": "arrests_unspecified"}),
    # (one country's arrests, counted: the operation's and the country's, convention C1)
    ("Capturaron en Chile a un prófugo reclamado por la justicia de Bélgica.", "es",
     {"CHL": "arrests_stated", "BEL": "mentioned"}),
    ("Officers arrested two smugglers indicted in the United States during a raid in Guatemala.", "en",
     {"USA": "mentioned", "GTM": "arrests_stated"}),
    # "solicitado por la justicia de" names where a fugitive is wanted too
    ("Capturaron en Chile a un prófugo solicitado por la justicia de Bélgica.", "es",
     {"CHL": "arrests_stated", "BEL": "mentioned"}),
    # ... while arrests in the country itself stay its own
    ("Officers arrested a man in Belgium.", "en", {"BEL": "arrests_unspecified"}),
])
def test_where_a_fugitive_is_wanted(text, lang, expected):
    assert roles_of(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # where the people arrested come from or live: named only
    ("Police arrested two men from Australia.", "en", {"AUS": "mentioned"}),
    ("The two men arrested on Friday hold British passports but live in Australia.", "en",
     {"GBR": "mentioned", "AUS": "mentioned"}),
    ("Los dos detenidos, que residían en Francia, tenían pasaportes británicos.", "es",
     {"FRA": "mentioned", "GBR": "mentioned"}),
    # ... while arrests in the country stay its own
    ("Two men were arrested in Australia.", "en", {"AUS": "arrests_stated"}),
    ("Dos hombres fueron detenidos en Francia.", "es", {"FRA": "arrests_stated"}),
])
def test_where_the_people_arrested_come_from_or_live(text, lang, expected):
    assert roles_of(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a body's seat written as its country: named only
    ("The regional police agency, headquartered in Zimbabwe, said 40 people were arrested.", "en",
     {"ZWE": "mentioned"}),
    ("La agencia, con sede en Colombia, coordinó los registros.", "es", {"COL": "mentioned"}),
    # ... not a criminal organisation's base
    ("A criminal organisation based in Portugal was dismantled.", "en", {"PRT": "participating"}),
])
def test_a_bodys_seat_written_as_its_country(text, lang, expected):
    assert roles_of(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a list of places each with its figure in brackets is one list, "y en" does not open a new clause
    ("La policía logró la incautación en Colombia de 139 kilos de cocaína, en Guatemala (1.008 kilos), en Ecuador "
     "(228 kilos) y en Honduras (382 kilos).", "es",
     {"COL": "participating", "GTM": "participating", "ECU": "participating", "HND": "participating"}),
    # a clause of its own after "y en" keeps its own reading
    ("La policía logró la incautación de 139 kilos de cocaína en Guatemala y en Honduras hay elecciones.", "es",
     {"GTM": "participating", "HND": "mentioned"}),
])
def test_a_list_with_bracketed_figures(text, lang, expected):
    assert roles_of(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # where the network's goods went: named only, even in a sentence of the operation
    ("Aunque en la operación se han incautado más de 350 armas, la red ha suministrado más de 1.500 armas a grupos "
     "criminales en Italia y Grecia.", "es", {"ITA": "mentioned", "GRC": "mentioned"}),
    ("The gang sold the pills to buyers in Ireland.", "en", {"IRL": "mentioned"}),
    # seizures in the country stay its own
    ("Officers seized 300 pills in Ireland.", "en", {"IRL": "participating"}),
])
def test_where_the_goods_were_supplied(text, lang, expected):
    assert roles_of(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # where the network's servers were: named only
    ("The servers were located in Latvia, Estonia and the United States.", "en",
     {"LVA": "mentioned", "EST": "mentioned", "USA": "mentioned"}),
    ("Los servidores estaban alojados en Rumanía.", "es", {"ROU": "mentioned"}),
    # servers taken down there: the country took part
    ("Police took down servers in Latvia.", "en", {"LVA": "participating"}),
])
def test_where_the_servers_were(text, lang, expected):
    assert roles_of(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a country's body that paid for the operation: named only
    ("The operation was funded by the British Home Office and involved 31 countries.", "en", {"GBR": "mentioned"}),
    ("El dispositivo, apoyado financieramente por el Ministerio francés del Interior, fue un éxito.", "es",
     {"FRA": "mentioned"}),
    # a body that carried it out took part
    ("The operation was carried out by the British Home Office.", "en", {"GBR": "participating"}),
])
def test_a_body_that_funded_it(text, lang, expected):
    assert roles_of(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # an arrest verb does not reach across "while" / "mientras que" into another clause
    ("Officers arrested a crew in Peru, while in Chile drugs were located.", "en",
     {"PER": "arrests_unspecified", "CHL": "participating"}),
    ("La policía detuvo a dos hombres, mientras que en Bolivia se localizaron tres avionetas.", "es",
     {"BOL": "participating"}),
    # "after being deported from X": X is where the suspect came from, not where the arrest was
    ("A man was arrested at the airport after being deported from Thailand.", "en", {"THA": "mentioned"}),
    ("Varios sospechosos fueron detenidos en el aeropuerto tras ser expulsados desde Marruecos.", "es",
     {"MAR": "mentioned"}),
    # the country of a body's seat is only mentioned
    ("Según informó la organización con sede en Lyon (este de Francia), participaron 30 países.", "es",
     {"FRA": "mentioned"}),
    ("The agency, based in Lyon, France, said 30 countries took part.", "en", {"FRA": "mentioned"}),
    # where a thing was stolen or made is not where police acted
    ("En Tarija se halló un camión robado en Chile.", "es", {"CHL": "mentioned"}),
    ("Officers found a car stolen in Belgium at the port.", "en", {"BEL": "mentioned"}),
    # "además de" (besides) opens no new clause: the list keeps the sentence's verb
    ("Se realizaron registros en Salta y Jujuy, además de Tucumán, y también en Perú y Chile.", "es",
     {"PER": "participating", "CHL": "participating"}),
])
def test_clauses_routes_and_seats(text, lang, expected):
    assert roles_of(text, lang) == expected


@pytest.mark.parametrize("text, expected", [
    ("Arrests were made in Gabon, Côte d’Ivoire and Ghana.", {"GAB", "CIV", "GHA"}),  # typographic apostrophe
    ("Hubo detenciones en Honduras, Salvador y Guatemala.", {"HND", "SLV", "GTM"}),  # "Salvador" inside a list
    ("The suspect is from New South Wales, the state police said.", set()),  # not Wales
    ("Se incautó la droga en la provincia de Santa Elena.", set()),  # a province, not Saint Helena
    ("The German Press Agency reported the arrests.", set()),  # a news agency, not Germany's authorities
    ("It was a Danish-led operation.", {"DNK"}),  # "-led" ends the demonym
])
def test_country_names_in_context(text, expected):
    assert {c.iso3 for c in find_countries(text)} == expected


def test_salvador_alone_is_not_a_country():
    assert find_countries("Police in Salvador arrested two men.") == []


@pytest.mark.parametrize("text, lang, expected", [
    # a country's force, set off by an apposition, "is spearheading" / "está liderando" the operation
    ("Kenyan police, alongside partners in four nations, is spearheading the crackdown.", "en", ["KEN"]),
    ("La policía chilena, junto a sus pares de tres países, está liderando la ofensiva.", "es", ["CHL"]),
    # a demonym written with "-led"
    ("Some 40 people were arrested in a Finnish-led operation.", "en", ["FIN"]),
    # a federal agency written out in full, then a demonym police in the list after "led by"
    ("The sweep was led by the Federal Bureau of Investigation and Belgian police, Europol said.", "en",
     ["USA", "BEL"]),
])
def test_lead_in_more_wordings(text, lang, expected):
    assert facts_of(text, lang).lead == expected


@pytest.mark.parametrize("text, lang, expected", [
    # the bodies of a "led by" list lead, even with a reporting verb after them
    ("The sweep was led by the Federal Bureau of Investigation and Belgian police, Europol said.", "en",
     {"Federal Bureau of Investigation (FBI)": "led the operation", "Belgian police": "led the operation"}),
    # a demonym's gendarmerie is a national body
    ("The raids were led by the Portuguese Gendarmerie.", "en", {"Portuguese Gendarmerie": "led the operation"}),
    # "una operación de Interpol": the body's own operation
    ("Una operación de Interpol permitió la detención de 50 personas.", "es", {"INTERPOL": "coordinated the operation"}),
    # the bodies a taskforce "included" took part; the "led by" does not reach past the new verb
    ("It was led by the FBI and included the Royal Canadian Mounted Police and Garda.", "en",
     {"Federal Bureau of Investigation (FBI)": "led the operation", "Royal Canadian Mounted Police (RCMP)": "took part in the operation",
      "An Garda Síochána": "took part in the operation"}),
])
def test_coordinator_roles_in_more_wordings(text, lang, expected):
    assert {c.body: c.role for c in facts_of(text, lang).coordinators} == expected


def test_at_the_request_of_makes_a_lead_but_no_leading_body():
    facts = facts_of("At the request of the Greek authorities, Europol deployed analysts to the operation.")
    assert facts.lead == ["GRC"]
    assert "Greek authorities" not in {c.body for c in facts.coordinators}


@pytest.mark.parametrize("text, lang, expected", [
    # "impulsados por" (plural) initiated it
    ("Los allanamientos fueron impulsados por el FBI y la Guardia Civil.", "es",
     {"Federal Bureau of Investigation (FBI)": "initiated the investigation", "Guardia Civil": "initiated the investigation"}),
    # a joint investigation team written as a name
    ("La operación fue dirigida por un Equipo Conjunto de Investigación entre Francia y Bélgica.", "es",
     {"Joint investigation team (JIT)": "led the operation"}),
    ("The case was led by a Joint Investigation Team set up by Latvia and Estonia.", "en",
     {"Joint investigation team (JIT)": "led the operation"}),
])
def test_more_bodies(text, lang, expected):
    assert {c.body: c.role for c in facts_of(text, lang).coordinators} == expected


def test_prosecutors_of_argentina_are_a_national_body():
    facts = facts_of("Los registros fueron impulsados por la DEA y el Ministerio Público Fiscal de Salta.", "es")
    assert {c.body: c.iso3 for c in facts.coordinators} == {"Drug Enforcement Administration (DEA)": "USA", "Ministerio Público Fiscal": "ARG"}
    assert facts.lead == []  # bodies of two countries drove it: no lead is stated


# --- third round: names that are not places, lists cut by a line break, places named by a demonym -----


@pytest.mark.parametrize("text, absent", [
    # an operation named after a country is not that country
    ("Operation Bolivia ended with 12 arrests in Peru.", "BOL"),
    ("La Operación Chequia terminó con 12 detenidos en Perú.", "CZE"),
    ('La operación "Malta" terminó con 12 detenidos en Perú.', "MLT"),
    # money is not a place
    ("Officers seized 40,000 US dollars and 9,000 Swiss francs in Peru.", "USA"),
    ("Officers seized 40,000 US dollars and 9,000 Swiss francs in Peru.", "CHE"),
    ("Se incautaron 40.000 dólares estadounidenses en Perú.", "USA"),
    # a name written as a nationality
    ("Los seis detenidos en Perú tienen nacionalidad de Ecuador y Bolivia.", "ECU"),
    ("Los seis detenidos en Perú tienen nacionalidad de Ecuador y Bolivia.", "BOL"),
    ("The six held in Peru were nationals of Ecuador and Bolivia.", "BOL"),
    ("Rescataron en Perú a mujeres bolivianas y de Ecuador.", "ECU"),
    # the Spanish comarca named after Gibraltar
    ("La red operaba desde el Campo de Gibraltar con cocaína traída de Perú.", "GIB"),
    ("The gang ran boats of cocaine from Peru out of the Campo de Gibraltar.", "GIB"),
])
def test_names_that_are_not_the_operations_countries(text, absent):
    found = {c.iso3 for c in find_countries(text)}
    assert "PER" in found
    assert absent not in found


@pytest.mark.parametrize("text", [
    "Operation Atlas ended with 12 arrests in Bolivia.",
    "The operation Bolivia led ended with 12 arrests.",
    "Se detuvo en Ecuador y en Bolivia a seis personas.",
])
def test_names_that_stay_countries(text):
    assert "BOL" in {c.iso3 for c in find_countries(text)}


def test_gibraltar_alone_stays_gibraltar():
    assert "GIB" in {c.iso3 for c in find_countries("The boat left Gibraltar for Morocco.")}


def test_america_in_a_list_of_countries_is_the_united_states():
    assert roles_of("Arrests were made in Canada, America, Mexico and Peru.")["USA"] == "arrests_unspecified"
    assert "USA" not in {c.iso3 for c in find_countries("The network spanned Latin America.")}


@pytest.mark.parametrize("text, lang, expected", [
    ("The arrests were made in 20 countries including Peru, Chile,\nBolivia, Ecuador and\nUruguay.", "en",
     {"PER": "arrests_unspecified", "CHL": "arrests_unspecified", "BOL": "arrests_unspecified",
      "ECU": "arrests_unspecified", "URY": "arrests_unspecified"}),
    ("Participaron en la operación Perú, Chile,\nBolivia y Ecuador.", "es",
     {"PER": "participating", "CHL": "participating", "BOL": "participating", "ECU": "participating"}),
    # a new line that does not continue the list keeps its own reading
    ("The arrests were made in Peru and Chile.\nBolivia was not part of it.", "en",
     {"PER": "arrests_unspecified", "CHL": "arrests_unspecified", "BOL": "mentioned"}),
])
def test_a_list_cut_by_a_line_break_keeps_its_role(text, lang, expected):
    assert roles_of(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Los sospechosos fueron detenidos en las provincias chilenas de Arica y Tarapacá.", "es",
     {"CHL": "arrests_unspecified"}),
    ("Hubo detenidos en varias ciudades bolivianas y peruanas.", "es",
     {"BOL": "arrests_unspecified", "PER": "arrests_unspecified"}),
    ("Suspects were arrested in several Peruvian cities.", "en", {"PER": "arrests_unspecified"}),
    # a nationality of people is still not a place
    ("Seis ciudadanos bolivianos fueron detenidos en Perú.", "es", {"PER": "arrests_stated", "BOL": "mentioned"}),
])
def test_a_demonym_qualifying_a_kind_of_place_is_its_country(text, lang, expected):
    assert roles_of(text, lang) == expected


@pytest.mark.parametrize("text, lang, iso3", [
    ("The suspects deployed ransomware against several companies in Chile.", "en", "CHL"),
    ("The crackdown responds to dozens of attacks in Chile since 2021.", "en", "CHL"),
    ("Los sospechosos lanzaron ataques contra varias empresas en Chile.", "es", "CHL"),
])
def test_where_the_victims_were_is_only_mentioned(text, lang, iso3):
    assert roles_of(text, lang)[iso3] == "mentioned"


def test_victims_rule_leaves_operations_against_a_crime_alone():
    assert roles_of("An operation against drug trafficking in Chile led to 12 arrests.")["CHL"] != "mentioned"


@pytest.mark.parametrize("text, lang, expected", [
    # the countries an investigation was between took part (they are not where the arrests were)
    ("Nine people were arrested by the Chilean police after a joint investigation between Peru and Chile.", "en",
     {"PER": "participating", "CHL": "participating"}),
    ("Nueve personas fueron detenidas por la policía chilena tras una investigación conjunta entre Perú y Chile.",
     "es", {"PER": "participating", "CHL": "participating"}),
])
def test_an_investigation_between_countries_makes_partners(text, lang, expected):
    assert roles_of(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Investigators identified 300 users of the forum in 20 countries, including Peru and Chile.", "en",
     {"PER": "suspects", "CHL": "suspects"}),
    ("Se logró identificar a 300 usuarios del foro en 20 países, entre ellos Perú y Chile.", "es",
     {"PER": "suspects", "CHL": "suspects"}),
])
def test_platform_users_identified_in_countries_are_suspects(text, lang, expected):
    assert roles_of(text, lang) == expected


@pytest.mark.parametrize("text, lang, iso3", [
    ("In the Dominican Republic, spoiled milk and old cheese were seized.", "en", "DOM"),
    ("En la República Dominicana, leche en mal estado y queso viejo fueron decomisados.", "es", "DOM"),
])
def test_an_action_told_after_the_place_counts_from_the_place_s_end(text, lang, iso3):
    assert roles_of(text, lang)[iso3] == "participating"


@pytest.mark.parametrize("text, lang, expected", [
    # the body that opens the sentence acts after an aside between commas
    ("La Guardia Civil, en una operación conjunta con la policía de tres países, ha desarticulado una red.", "es",
     {"Guardia Civil": "carried out the operation"}),
    ("The FBI, working quietly for two years with partners abroad, dismantled the ring.", "en",
     {"Federal Bureau of Investigation (FBI)": "carried out the operation"}),
    # "una operación de la policía <demonym>": the force's own operation
    ("Una operación de la policía chilena desarticuló una red de tráfico.", "es",
     {"policía chilena": "carried out the operation"}),
    # "lideró" leads; "integrada por" takes part; "aiding" supports
    ("La Guardia Civil lideró la ofensiva contra la red.", "es", {"Guardia Civil": "led the operation"}),
    ("Un equipo integrado por Interpol y la fiscalía analizó los datos.", "es",
     {"INTERPOL": "took part in the operation"}),
    ("Chilean investigators made the arrests, with Interpol aiding in the operation.", "en",
     {"INTERPOL": "supported the operation"}),
    # national forces known by their formal names
    ("Los registros fueron realizados por el Cuerpo Nacional de Policía.", "es",
     {"Cuerpo Nacional de Policía": "carried out the operation"}),
    ("The raids were carried out by the Guarda Nacional Republicana.", "en",
     {"Guarda Nacional Republicana (GNR)": "carried out the operation"}),
])
def test_coordinators_third_round(text, lang, expected):
    assert {c.body: c.role for c in facts_of(text, lang).coordinators} == expected


@pytest.mark.parametrize("text, lang", [
    ("La Guardia Civil, en una operación conjunta con Europol, ha desarticulado una red.", "es"),
    ("The FBI, in a joint operation with Europol, dismantled the ring.", "en"),
])
def test_a_joint_operation_with_a_body_makes_it_take_part(text, lang):
    roles = {c.body: c.role for c in facts_of(text, lang).coordinators}
    assert roles["Europol"] == "took part in the operation"
    assert roles[next(b for b in roles if b != "Europol")] == "carried out the operation"


def test_an_aside_does_not_lend_the_verb_to_a_body_inside_it():
    facts = facts_of("La Guardia Civil, junto con la Policía Nacional del Perú, ha desarticulado una red.", "es")
    roles = {c.body: c.role for c in facts.coordinators}
    assert roles["Guardia Civil"] == "carried out the operation"
    assert roles["Policía Nacional del Perú"] != "carried out the operation"
    assert facts.lead == ["ESP"]


@pytest.mark.parametrize("text, lang", [
    ("In Lima, the Justice Department said the forum was taken down last week.", "en"),
    ("En Lima, la Fiscalía dijo que el foro fue desmantelado, informó la Policía Nacional.", "es"),
    # "dio a conocer" is the Latin American press's "announced"
    ("La Guardia Civil dio a conocer el martes la detención de 11 personas en Vigo.", "es"),
])
def test_announcing_a_takedown_is_announcing_the_results(text, lang):
    assert any(c.role == "announced the results" for c in facts_of(text, lang).coordinators)


@pytest.mark.parametrize("text, lang, expected", [
    ("Early in May, Peru and Chile coordinated a regional operation against smugglers.", "en", ["PER", "CHL"]),
    ("The operation was coordinated by Peru, with the help of Europol.", "en", ["PER"]),
    ("La operación fue coordinada por Perú con el apoyo de Interpol.", "es", ["PER"]),
    ("A comienzos de mayo, Perú y Chile coordinaron una operación regional contra el contrabando.", "es",
     ["PER", "CHL"]),
    # an agency that coordinated is a coordinator, not a statement that its country led
    ("The operation was coordinated by Europol and the FBI.", "en", []),
    # countries that coordinated with another's offices worked beside it: no lead
    ("Police units in Chile, Peru and Bolivia coordinated with Europol liaison officers during the sweep.", "en", []),
    ("Las policías de Uruguay y Paraguay coordinaron con Interpol durante la redada.", "es", []),
])
def test_a_country_that_coordinated_the_operation_leads_it(text, lang, expected):
    assert facts_of(text, lang).lead == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a force written after its demonym with words of its name between takes any role the sentence gives it
    ("The inquiry also involved Peruvian National Police officers.", "en",
     {"Peruvian National Police": "took part in the operation"}),
    ("Chilean investigators made the arrests, with Bolivian cyber police aiding them.", "en",
     {"Bolivian cyber police": "supported the operation"}),
    # Nigeria's economic-crimes agency is a national body
    ("The sweep was coordinated by the EFCC in Lagos.", "en", {"Economic and Financial Crimes Commission (EFCC)": "coordinated the operation"}),
])
def test_named_national_forces(text, lang, expected):
    assert {c.body: c.role for c in facts_of(text, lang).coordinators} == expected


def test_a_body_that_makes_known_anything_but_the_operation_is_not_a_coordinator():
    assert facts_of("Interpol dio a conocer su nuevo logotipo en Lyon.", "es").coordinators == []


def test_a_demonym_police_that_only_speaks_is_not_a_coordinator():
    assert facts_of("Peruvian National Police said the weather was fine.").coordinators == []


def isos(text: str) -> list[str]:
    return [c.iso3 for c in find_countries(text)]


@pytest.mark.parametrize("text, expected", [
    # where people come from is their origin, not a place of the operation
    ("Guards found 300 migrants from Asia (Pakistan, Sri Lanka) and Africa (Mali, Senegal) in Greece.", ["GRC"]),
    ("En Panamá se hallaron 900 migrantes procedentes de Asia (Nepal e India) y de Somalia.", ["PAN"]),
    ("Most of the victims, police in Italy said, came from Nigeria and Ghana.", ["ITA"]),
    ("Las víctimas rescatadas en Perú procedían de Colombia y Bolivia.", ["PER"]),
    ("Los detenidos viajaban desde África (Malí, Senegal) hacia Francia.", ["FRA"]),
    ("Agents in Spain intercepted migrants from Morocco, Algeria and Tunisia.", ["ESP"]),
    # one country alone after a bare "from"/"de", or a leg of a route, stays a mention
    ("A network moved migrants from Serbia to Hungary.", ["SRB", "HUN"]),
    ("Se investiga un corredor para inmigrantes de Bolivia.", ["BOL"]),
    # goods and networks are not people: their origin is a route
    ("Las redes procedentes de Albania, según la fiscalía, operan en Italia.", ["ALB", "ITA"]),
])
def test_origins_of_people_are_not_countries_of_the_operation(text, expected):
    assert isos(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Officers from Grenada, St Lucia, St. Kitts and Nevis and Curacao took part.", ["GRD", "LCA", "KNA", "CUW"]),
    ("Participaron Jamaica, Curazao, Santa Lucía y San Vicente y las Granadinas.", ["JAM", "CUW", "LCA", "VCT"]),
    ("Teams in Turks and Caicos, Dominica and Belize joined in.", ["TCA", "DMA", "BLZ"]),
    # a territory with its own ISO code is itself (convention C5), followed by its state or not
    ("Customs in Martinique and French Guiana seized cocaine.", ["MTQ", "GUF"]),
    ("La policía de Martinica y de Francia detuvo a dos personas.", ["MTQ", "FRA"]),
    ("Customs officers seized 300 kg of cocaine in French Polynesia last week.", ["PYF"]),
    ("Los agentes llegaron a Guadalupe, en Nuevo León, y a Chile.", ["CHL"]),  # the Mexican city
    ("Servers were found in Hong Kong, China, and in Peru.", ["HKG", "PER"]),
    ("Se detectaron servidores en Macao (China) y en Chile.", ["MAC", "CHL"]),
    ("Servers were found in Macau and in Chile.", ["MAC", "CHL"]),
])
def test_caribbean_short_names_and_territories(text, expected):
    assert isos(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a company's nationality is not a country of the operation
    ("Apoyaron la empresa de seguridad israelí Check Point y la española Telefónica.", []),
    ("The Japanese security firm Trend Micro and the Dutch police helped.", ["NLD"]),
    ("A Singaporean company supplied data to officers in Kenya.", ["KEN"]),
    # "a" + a plural demonym is people (Spanish personal "a")
    ("La policía rescató a bolivianas retenidas en Chile.", ["CHL"]),
])
def test_company_and_people_demonyms(text, expected):
    assert isos(text) == expected


@pytest.mark.parametrize("text, lang", [
    ("MADRID (España) – La operación coordinada por Europol detuvo a 20 personas en Italia.", "es"),
    ("LYON, France, (AFP) – An operation coordinated by INTERPOL led to 20 arrests in Italy.", "en"),
])
def test_the_dateline_country_has_no_role(text, lang):
    assert roles_of(text, lang) == {"ITA": "arrests_stated"}


@pytest.mark.parametrize("text, lang, iso3, role", [
    # an elliptic list shares the action before its first item
    ("Officers carried out house searches on Monday, 40 in Poland, 12 in Latvia, and several others in Estonia.",
     "en", "EST", "participating"),
    ("La policía practicó registros durante la semana, 30 en Chile, 9 en Perú y otros en Bolivia.",
     "es", "BOL", "participating"),
    # the writer's own country first in a list does not hide the list's head
    ("Se realizaron 40 allanamientos en nuestro país, Chile, Perú y Uruguay.", "es", "URY", "participating"),
    ("Officers ran 12 raids in our country, Kenya and Uganda.", "en", "UGA", "participating"),
    # more actions than arrests: found, dismantled, detected, procedimientos
    ("A stolen tractor and two trucks were found in a barn in Belize.", "en", "BLZ", "participating"),
    ("En Paraguay se desmantelaron tres laboratorios clandestinos.", "es", "PRY", "participating"),
    ("En la ciudad de Rosario, Argentina, se detectaron 200 cuentas falsas.", "es", "ARG", "participating"),
    # officials and police of a country, by demonym or by a list of names
    ("Ghanaian officials intercepted two tonnes of ivory at the port.", "en", "GHA", "participating"),
    ("The cubs were discovered by Peruvian environmental police at a market.", "en", "PER", "participating"),
    ("Kenya, Uganda and Tanzania police have seized 300 kilograms of heroin.", "en", "UGA", "participating"),
    # where people met to plan is a venue, not a place of the operation
    ("Before the operation, the partners met in Panama to choose the targets.", "en", "PAN", "mentioned"),
    ("Los países participantes se reunieron en Chile para definir los objetivos.", "es", "CHL", "mentioned"),
])
def test_role_rules_from_the_fourth_set(text, lang, iso3, role):
    assert roles_of(text, lang).get(iso3) == role


@pytest.mark.parametrize("text, lang, iso3, role", [
    # a country inside what the arrested person is accused of is no place of arrests
    ("La policía arrestó a varios hombres sospechosos de vender fusiles a una guerrilla en Colombia.", "es", "COL",
     "mentioned"),
    ("Officers arrested a man accused of shipping rifles to a militia in Sudan.", "en", "SDN", "mentioned"),
    ("Police detained several suspects in Peru.", "en", "PER", "arrests_unspecified"),
    # "en el caso de X" places what follows in X
    ("En el caso de Bolivia se hicieron allanamientos en tres ciudades.", "es", "BOL", "participating"),
    ("In the case of Malawi, raids were carried out at two markets.", "en", "MWI", "participating"),
    # both venues of one meeting
    ("Los equipos se reunieron en Chile y en Perú para preparar la operación.", "es", "PER", "mentioned"),
])
def test_charges_cases_and_venues(text, lang, iso3, role):
    assert roles_of(text, lang).get(iso3) == role


def coordinators_of(text: str, lang: str = "en") -> set[str]:
    return {c.body for c in facts_of(text, lang).coordinators}


@pytest.mark.parametrize("text, lang, body", [
    ("The sweep was conducted by INTERPOL and the World Customs Organization in 40 countries.", "en",
     "World Customs Organization"),
    ("La operación fue coordinada por la Organización Mundial de Aduanas en 30 países.", "es",
     "World Customs Organization"),
    ("The campaign is an initiative of the Southern African Regional Police Chiefs Cooperation Organisation.",
     "en", "Southern African Regional Police Chiefs Cooperation Organisation (SARPCCO)"),
    ("La operación fue una iniciativa de la EAPCCO y dejó 80 detenidos.", "es",
     "Eastern African Police Chiefs Cooperation Organisation (EAPCCO)"),
])
def test_more_international_bodies(text, lang, body):
    assert body in coordinators_of(text, lang)


@pytest.mark.parametrize("text, lang, iso3", [
    ("A NZ-Led Operation Seizes Two Tonnes of Cocaine", "en", "NZL"),
    ("The CBI-led operation ended with 20 arrests across India.", "en", "IND"),
])
def test_lead_by_short_name_or_agency(text, lang, iso3):
    assert facts_of(text, lang).lead == [iso3]


@pytest.mark.parametrize("text, lang", [
    # a national body that ran only its country's part of an international operation does not lead it
    ("Europol coordinó la operación en 30 países. En Chile, esta parte de la operación fue dirigida por la "
     "Policía de Investigaciones, que detuvo a tres personas.", "es"),
    ("Europol coordinated the operation in 30 countries. The national part of the investigation was led by "
     "the National Crime Agency, which arrested three people.", "en"),
])
def test_a_local_part_makes_no_lead(text, lang):
    assert facts_of(text, lang).lead == []


@pytest.mark.parametrize("text, lang, expected", [
    # the body that opens the sentence and carries the operation out after an aside
    ("La Guardia Civil, con el apoyo de Europol, ha llevado a cabo una operación contra el narcotráfico.", "es",
     ["ESP"]),
    ("The FBI, with support from Europol, carried out a takedown of the marketplace.", "en", ["USA"]),
])
def test_subject_that_carried_it_out_after_an_aside_leads(text, lang, expected):
    assert facts_of(text, lang).lead == expected


def test_han_informado_announces():
    text = "Un total de 40 personas fueron detenidas en 12 países, han informado Interpol y Europol."
    assert "INTERPOL" in coordinators_of(text, "es")


@pytest.mark.parametrize("text, expected", [
    # the nationalities of the people arrested or moved are not places of the operation
    ("Los arrestados son de nacionalidades chilena, boliviana y peruana.", []),
    ("The suspects held nationalities Peruvian and Bolivian, police in Chile said.", ["CHL"]),
    ("Viajaban familias de origen hondureño, haitiano y cubano.", []),
    ("La policía detuvo a 30 migrantes asiáticos y nicaragüenses.", []),
    ("Officers found 12 African and Haitian migrants in the truck.", []),
    ("La banda negociaba con salvadoreños, según la policía de Guatemala.", ["GTM"]),
    # "come from several countries, such as …": a list of origins
    ("Los detenidos provienen de distintos países, como Perú, Chile y Bolivia.", []),
    ("The victims came from several countries, including Peru and Chile.", []),
    # a plural demonym without a noun before it, opening a relative clause, stands for people
    ("Llegan sobre todo guatemaltecos que cruzan desde México hacia el norte.", []),
    ("Miles de haitianos que huyen de la crisis pasan por la zona.", []),
    # …but one listed after a police word still names the country
    ("Las autoridades panameñas y costarricenses que participaron detuvieron a 9 personas.", ["PAN", "CRI"]),
    ("La policía haitiana detuvo a dos hombres.", ["HTI"]),
])
def test_nationalities_and_origins_are_not_places(text, expected):
    assert [c.iso3 for c in find_countries(text)] == expected


@pytest.mark.parametrize("text, lang, expected", [
    # the operation extended to a country: it took part there
    ("La investigación se extendió después a zonas de Rumanía y Bulgaria.", "es",
     {"ROU": "participating", "BGR": "participating"}),
    ("The investigation later extended to parts of Austria and Slovenia.", "en",
     {"AUT": "participating", "SVN": "participating"}),
    # arrests counted worldwide: the listed countries took part, where the arrests were is not said
    ("A sweep across 40 countries, including Ghana, led to the arrest of 90 people worldwide.", "en",
     {"GHA": "participating"}),
    ("El operativo en 30 países, entre ellos Chile, terminó con 50 detenidos en todo el mundo.", "es",
     {"CHL": "participating"}),
    # without "worldwide" the arrests were in the listed countries
    ("Police made 90 arrests in 40 countries, including Ghana.", "en", {"GHA": "arrests_unspecified"}),
])
def test_operation_extended_and_worldwide_arrests(text, lang, expected):
    assert roles_of(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Las policías de Paraguay y Uruguay trabajaron juntas. Se detuvo a 40 personas entre ambos países.", "es",
     {"PRY": "arrests_unspecified", "URY": "arrests_unspecified"}),
    ("Officers from Ghana and Togo worked together. Police made 40 arrests in both countries.", "en",
     {"GHA": "arrests_unspecified", "TGO": "arrests_unspecified"}),
    # three countries took part: "both" cannot say which two
    ("Police from Ghana, Togo and Benin worked together. Police made 40 arrests in both countries.", "en",
     {"GHA": "participating", "TGO": "participating", "BEN": "participating"}),
])
def test_arrests_in_both_countries(text, lang, expected):
    assert roles_of(text, lang) == expected


def body_roles(text: str, lang: str = "en") -> dict[str, str]:
    return {c.body: c.role for c in facts_of(text, lang).coordinators}


@pytest.mark.parametrize("text, lang, expected", [
    # a body in the aside of the subject that arrested, "with" it: it took part
    ("La Guardia Civil, con agentes de la Guardia di Finanza, ha detenido a seis personas en Vigo.", "es",
     {"Guardia Civil": "carried out the operation", "Guardia di Finanza": "took part in the operation"}),
    ("The RCMP, with officers of the FBI, arrested four people in Quebec.", "en",
     {"Royal Canadian Mounted Police (RCMP)": "carried out the operation", "Federal Bureau of Investigation (FBI)": "took part in the operation"}),
    # "a joint work between A and B": both took part
    ("Fue un trabajo conjunto entre la FELCN y la Policía Nacional del Perú que dejó 12 detenidos.", "es",
     {"Fuerza Especial de Lucha Contra el Narcotráfico (FELCN)": "took part in the operation", "Policía Nacional del Perú": "took part in the operation"}),
    # "in coordination with X": X worked beside the one that acted, it did not coordinate
    ("Los agentes actuaron en coordinación con la Armada de Colombia y detuvieron a 3 personas.", "es",
     {"Armada de Colombia": "supported the operation"}),
    ("Officers acted in coordination with the Royal Thai Police and arrested 3 people.", "en",
     {"Royal Thai Police": "supported the operation"}),
    # the Spanish press's spelling of Portugal's Polícia Judiciária is the same body
    ("La red fue desarticulada por la Guardia Civil en una operación conjunta con la Policía Judiciaria de Portugal.",
     "es", {"Guardia Civil": "carried out the operation", "Policía Judiciaria": "took part in the operation"}),
])
def test_bodies_beside_the_one_that_acted(text, lang, expected):
    assert body_roles(text, lang) == expected


def test_a_partner_in_coordination_is_not_the_lead():
    facts = facts_of("Contó con la coordinación operativa con la Armada de Colombia y dejó 9 detenidos.", "es")
    assert facts.lead == []


@pytest.mark.parametrize("text, lang, expected", [
    # a criminal group "led by" people of a nationality: the crime's leaders, not the operation's lead
    ("La Policía de Chile desarticuló una red criminal, dirigida por peruanos, que traficaba cocaína. "
     "La investigación se inició en Chile en 2020.", "es", ["CHL"]),
    ("Police dismantled a smuggling network led by Albanian nationals. The investigation began in Italy.", "en",
     ["ITA"]),
    # the operation led by a country's police still gives the lead
    ("La operación, dirigida por la policía peruana, terminó con 20 detenidos.", "es", ["PER"]),
    # bodies of two countries carried out a joint operation: the lead is where the investigation began
    ("En una operación conjunta, la Guardia Civil y la Policía Nacional de Colombia han desmantelado una red. "
     "La investigación se inició en España.", "es", ["ESP"]),
    ("The RCMP and the FBI dismantled the ring. The investigation began in Canada.", "en", ["CAN"]),
    # one country's body carried it out: that country leads
    ("The RCMP dismantled the ring and arrested four people.", "en", ["CAN"]),
])
def test_lead_country_rules(text, lang, expected):
    assert facts_of(text, lang).lead == expected


@pytest.mark.parametrize("text, lang, expected", [
    # arrests placed in a partner's provinces or towns: that country had arrests
    ("La Guardia Civil dirigió la operación. Las detenciones se practicaron en las provincias de Sevilla, "
     "Málaga y Cádiz.", "es", {"ESP": "arrests_unspecified"}),
    ("The operation was carried out by Spanish police. Arrests were made in Seville and Malaga.", "en",
     {"ESP": "arrests_unspecified"}),
    # a town named for another reason in the arrest sentence is no place of arrests
    ("La Guardia Civil dirigió la operación. El cabecilla, vecino de Sevilla, fue detenido.", "es",
     {"ESP": "participating"}),
])
def test_arrests_in_a_partners_towns(text, lang, expected):
    assert roles_of(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # "police in Ghana" that led is named as a reader names it
    ("The operation was led by police in Ghana and ended with 30 arrests.", "en", {"Ghanaian police"}),
    ("This action was led by the authorities in Latvia, with 8 arrests.", "en", {"Latvian authorities"}),
    # Spanish wording stays as written
    ("La operación fue dirigida por la policía de Chile y terminó con 30 detenidos.", "es", {"policía de Chile"}),
])
def test_generic_national_bodies_named_by_demonym(text, lang, expected):
    assert coordinators_of(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a ministry or directorate named with its country, announcing the operation's results
    ("La operación dejó 12 detenidos, según el Ministerio de Seguridad de Honduras.", "es",
     {"Ministerio de Seguridad de Honduras": "announced the results"}),
    ("Nueve personas fueron detenidas en el operativo, informó la Dirección General de Migración panameña.", "es",
     {"Dirección General de Migración panameña": "announced the results"}),
    ("Nine people were arrested in the operation, Ghana's Ministry of the Interior said.", "en",
     {"Ghana's Ministry of the Interior": "announced the results"}),
    ("The operation led to 9 arrests, according to the Ministry of Security of Panama.", "en",
     {"Ministry of Security of Panama": "announced the results"}),
    # a ministry merely named, with no news of the operation, is no coordinator
    ("El Ministerio de Seguridad de Honduras publicó su informe anual.", "es", {}),
])
def test_ministries_named_with_their_country(text, lang, expected):
    assert body_roles(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # "led to" is "resulted in", not leading
    ("The joint operation with Europol led to 40 arrests.", "en", {"Europol": "took part in the operation"}),
    # a body whose name has "for" in it shares the role of the body listed before it
    ("A joint customs operation between Interpol and the Agency for Border Security (Frontex) seized 9 guns.",
     "en", {"INTERPOL": "took part in the operation", "Frontex": "took part in the operation"}),
])
def test_led_to_and_names_with_for(text, lang, expected):
    assert body_roles(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected_role, expected_lead", [
    # "the operation of <a national force>": the force's own operation, which it carried out
    ("La operación de la Guardia Civil en Huelva terminó con 12 detenidos.", "es", "carried out the operation", ["ESP"]),
    ("An operation of the RCMP in Quebec ended with 12 arrests.", "en", "carried out the operation", ["CAN"]),
])
def test_a_national_forces_own_operation(text, lang, expected_role, expected_lead):
    facts = facts_of(text, lang)
    assert [c.role for c in facts.coordinators] == [expected_role]
    assert facts.lead == expected_lead


def test_an_international_bodys_own_operation_is_coordinated():
    assert body_roles("Una operación de Interpol dejó 40 detenidos en diez países.", "es") == {
        "INTERPOL": "coordinated the operation"
    }


# --- rules added for dev6 (roles6); sentences written for these tests -------------------------------


def iso_set(text: str) -> set[str]:
    return {c.iso3 for c in find_countries(text)}


@pytest.mark.parametrize("text, expected", [
    # a demonym after a word for language, and the ones listed with it, name languages, not places
    ("Analistas de lengua búlgara, bosnia, croata y rusa vigilaron los foros de Chile.", {"CHL"}),
    ("Se contrataron intérpretes de idioma polaco para los interrogatorios en Perú.", {"PER"}),
    ("Russian-speaking moderators ran the forum, police in Chile said.", {"CHL"}),
    ("Officers who spoke the Hungarian language patrolled the chat rooms of Peru.", {"PER"}),
    # ... but the same adjective beside a police word is the country
    ("La policía búlgara detuvo a dos hombres.", {"BGR"}),
])
def test_languages_are_not_countries(text, expected):
    assert iso_set(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a wire dateline's country is where the story was filed, even under a headline
    ("Raids in the Andes\n\nGENEVA, Switzerland, March 3, 2021 (ANP) – Police in Peru arrested 9 people.", {"PER"}),
    ("BOGOTÁ, Colombia, 4 mar (EFE) – La policía de Perú detuvo a nueve personas.", {"PER"}),
    # ... a country named again in the story stays
    ("PARIS, France, May 1 (AFP) – Police in France and Peru arrested 9 people.", {"FRA", "PER"}),
])
def test_a_datelines_country_is_not_a_mention(text, expected):
    assert iso_set(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a bare "Policía Nacional" in a story about a state with a force of that name is not Spain's
    ("La Policía Nacional incautó 300 kilos de cocaína en el departamento del Cauca, Colombia.", {"COL"}),
    ("La Policía Nacional detuvo en Lima a cinco miembros de una banda peruana con apoyo de Perú y Chile.",
     {"PER", "CHL"}),
    # ... but it is Spain's when the story names a Spanish place, or no such state
    ("La Policía Nacional detuvo en Málaga a cinco miembros de una red que traía cocaína de Colombia.",
     {"ESP", "COL"}),
    ("La Policía Nacional ha detenido a cinco personas en una operación con Francia.", {"ESP", "FRA"}),
    ("The Spanish Policía Nacional seized cocaine shipped from Ecuador.", {"ESP", "ECU"}),
])
def test_a_shared_force_name_is_the_storys_own_state(text, expected):
    assert iso_set(text) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a count of countries opening the list after a colon or a dash: the list is read after its "in"/"en"
    ("Sixty people were arrested in 4 countries of the region: Ghana, Togo, Benin and Niger.", "en",
     {"GHA": "arrests_unspecified", "TGO": "arrests_unspecified", "BEN": "arrests_unspecified",
      "NER": "arrests_unspecified"}),
    ("El operativo se realizó a la vez en tres países –Chile, Perú y Bolivia– durante una semana.", "es",
     {"CHL": "participating", "PER": "participating", "BOL": "participating"}),
    # a list followed by words of taking part: they took part
    ("Besides, Norway, Iceland and Finland also supported the investigation.", "en",
     {"NOR": "participating", "ISL": "participating", "FIN": "participating"}),
    ("Además, Uruguay y Paraguay colaboraron con los investigadores.", "es",
     {"URY": "participating", "PRY": "participating"}),
    # a country that gives its support
    ("Throughout the year Canada provided support to the task force.", "en", {"CAN": "participating"}),
    ("Durante el año, Uruguay brindó apoyo a los investigadores.", "es", {"URY": "participating"}),
    # ... not a gang's support to people there
    ("The gang provided support to traffickers in Canada.", "en", {"CAN": "mentioned"}),
    # a list (closed by a dash) of the countries whose officers carried out the checks
    ("Customs staff at ports in four countries – Ghana, Togo, Benin and Niger – carried out 9,000 checks.", "en",
     {"GHA": "participating", "TGO": "participating", "BEN": "participating", "NER": "participating"}),
    ("Durante un mes, Uruguay y Paraguay llevaron a cabo controles en sus fronteras.", "es",
     {"URY": "participating", "PRY": "participating"}),
    # a list before another verb stays as it was
    ("Norway and Iceland are far from the coast.", "en", {"NOR": "mentioned", "ISL": "mentioned"}),
])
def test_lists_opened_by_a_count_or_closed_by_taking_part(text, lang, expected):
    assert roles_of(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a country named "and N other countries", then the list of those others: they share its role
    ("Arrests were made in Kenya and three other African nations.\nThe other three countries were Uganda, Rwanda "
     "and Tanzania.", "en", {"KEN": "arrests_unspecified", "UGA": "arrests_unspecified", "RWA": "arrests_unspecified",
                             "TZA": "arrests_unspecified"}),
    ("Hubo registros en Chile y otros dos países.\nLos otros dos países fueron Perú y Bolivia.", "es",
     {"CHL": "participating", "PER": "participating", "BOL": "participating"}),
    # ... not a list of "other countries" with no country named before with them
    ("Arrests were made in nine countries.\nOther countries such as Peru and Chile have similar laws.", "en",
     {"PER": "mentioned", "CHL": "mentioned"}),
])
def test_the_list_of_the_other_countries(text, lang, expected):
    assert roles_of(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # the nationality of criminal groups, or of a person, is no place of the operation: a country mentioned (C5)
    ("Police in Spain said the gang bought from Peruvian and Bolivian cartels.", "en", {"ESP", "PER", "BOL"}),
    ("The Dutch police said the Belgian had run the network for years.", "en", {"NLD", "BEL"}),
    # ... while the same words name a country where no group or person follows
    ("The Dutch police said the Belgian authorities had run the network for years.", "en", {"NLD", "BEL"}),
])
def test_nationalities_of_groups_and_persons(text, lang, expected):
    assert set(roles_of(text, lang)) == expected


def test_nationalities_of_groups_in_spanish():
    # Spanish puts the group first ("clanes colombianos"): the demonym after it is a nationality too
    roles = roles_of("La policía de Chile detuvo a miembros de clanes colombianos.", "es")
    assert set(roles) == {"CHL", "COL"} and roles["COL"] == "mentioned"


@pytest.mark.parametrize("text, lang, expected", [
    # working in cooperation with a country's forces: it took part
    ("La Policía de Chile, en colaboración con las de Perú y Bolivia, desarticuló la red.", "es",
     {"CHL": "participating", "PER": "participating", "BOL": "participating"}),
    ("Officials praised the cooperation with Ghana and Togo in the case.", "en",
     {"GHA": "participating", "TGO": "participating"}),
    # a country that played a part, an apposition between
    ("Kenya, a regional hub for payments, played a key role in the sweep.", "en", {"KEN": "participating"}),
    ("Uruguay desempeñó un papel clave en la investigación.", "es", {"URY": "participating"}),
    # "los"/"las" before an item keep one list: every item has the list's role
    ("Hubo 12 registros simultáneos en Chile, Perú y los Estados Unidos.", "es",
     {"CHL": "participating", "PER": "participating", "USA": "participating"}),
])
def test_cooperation_with_and_a_part_played(text, lang, expected):
    assert roles_of(text, lang) == expected


@pytest.mark.parametrize("text, lang, name", [
    # "under the codename X" names the operation unquoted
    ("The raids were run in six countries under the codename Blue Harbour. Police arrested 40 people.", "en",
     "Blue Harbour"),
    # a naval campaign's name, with or without "Naval"
    ("La Campaña Naval Tridente III dejó 30 detenidos en cuatro países.", "es", "Tridente III"),
    ("La Campaña Naval y Fluvial contra el narcotráfico dejó 30 detenidos en el Plan de Campaña Tridente II.",
     "es", "Tridente II"),
    # ... but a campaign described, not named, gives no name
    ("La campaña de prevención dejó 30 detenidos en cuatro países.", "es", None),
])
def test_names_after_codename_and_campaign(text, lang, name):
    assert facts_of(text, lang).name == name


@pytest.mark.parametrize("text, lang, expected", [
    # a country's name repeated as a Latin species name is no country
    ("Officers in Spain seized live glass eels (Anguilla anguilla) at the airport.", "en", {"ESP"}),
    ("Agentes en Portugal incautaron angulas (Anguilla Anguilla) en el aeropuerto.", "es", {"PRT"}),
    # ... the name alone still is one
    ("Officers in Spain and Anguilla seized glass eels.", "en", {"ESP", "AIA"}),
])
def test_species_names_are_no_countries(text, lang, expected):
    assert set(roles_of(text, lang)) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # "Interpol's Operation X": its own operation, which it coordinated
    ("Interpol's Operation HAECHI VI disrupted cybercrime networks across 40 countries.", "en", {"INTERPOL"}),
    # the body as the subject of an arrest, with an adverb or after its acronym in brackets; lower-case "interpol"
    ("The International Criminal Police Organisation (INTERPOL) has successfully apprehended 300 people.", "en",
     {"INTERPOL"}),
    ("En un megaoperativo la interpol detuvo a más de 3 mil sospechosos.", "es", {"INTERPOL"}),
    # merely named: not a coordinator
    ("A man wanted on an Interpol notice was seen in Lisbon.", "en", set()),
])
def test_international_bodies_that_own_or_carry_out_the_operation(text, lang, expected):
    assert bodies_of(text, lang) == expected


def roles_of_bodies(text: str, lang: str = "en") -> dict[str, str]:
    return {c.body: c.role for c in facts_of(text, lang).coordinators}


@pytest.mark.parametrize("text, lang, body, role", [
    # "in collaboration with" names a partner, not one more leader
    ("Interpol led the sweep against the cartel, in collaboration with Italian and Greek police.", "en",
     "INTERPOL", "led the operation"),
    # backed by a body: it supported the operation
    ("La operación fue respaldada por Europol y dejó 14 detenidos.", "es", "Europol", "supported the operation"),
    ("Officers of six countries have collaborated with Eurojust in the arrests of 12 suspects.", "en",
     "Eurojust", "supported the operation"),
    # a body that "has taken part" ("ha participado") took part
    ("La investigación, en la que también ha participado Interpol, terminó con nueve detenidos.", "es",
     "INTERPOL", "took part in the operation"),
    # the body's own action days: it coordinated them
    ("Cuerpos policiales de 20 países han participado en los “Días de Acción Conjunta” de la Europol, con 90 "
     "detenidos.", "es", "Europol", "coordinated the operation"),
    ("Police from 25 countries took part in the Joint Action Days of Europol, arresting 60 people.", "en",
     "Europol", "coordinated the operation"),
])
def test_coordinator_roles_in_the_fifth_set(text, lang, body, role):
    assert roles_of_bodies(text, lang).get(body) == role


def test_partners_in_collaboration_are_no_leading_bodies():
    text = "Interpol led the sweep against the cartel, in collaboration with Italian and Greek police."
    assert roles_of_bodies(text) == {"INTERPOL": "led the operation"}
    assert facts_of(text).lead == []


@pytest.mark.parametrize("text, lang, expected", [
    # "desde" of a route or a seat is no start of the case
    ("La investigación se centró en el hachís introducido en Francia desde Marruecos, que llegaba por España.", "es",
     []),
    ("En esta operación, coordinada desde la sede de la agencia, 40 personas fueron detenidas en Italia.", "es", []),
    # ... "desde" of a time is one
    ("La Guardia Civil investigaba desde 2021 a la red de narcotraficantes.", "es", ["ESP"]),
    # a place far from the start word is where the crime reached, not where the case began
    ("The case began in 2022 when investigators heard of a gang based in Leeds that had long moved drugs through "
     "its links in Portugal.", "en", []),
    ("The investigation began last year in Portugal after a tip from a bank.", "en", ["PRT"]),
    # the partner of the body that launched it did not start it
    ("Interpol launched the operation in May in partnership with the Guardia Civil, and 30 people were held.",
     "en", []),
])
def test_where_the_case_began(text, lang, expected):
    assert facts_of(text, lang).lead == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a demonym's force heading the operation in a past or subjunctive form leads it
    ("Esta semana la Policía chilena encabezó la operación contra la red de trata.", "es", ["CHL"]),
    ("Tras meses de trabajo, la Fiscalía peruana encabezara el operativo Sur el martes.", "es", ["PER"]),
    # a national body that coordinated it leads where no international body led or coordinated it ...
    ("Eurojust assisted the French and Belgian authorities in a coordinated action against a smuggling ring.",
     "en", ["FRA", "BEL"]),
    # ... not where one did
    ("Europol coordinated the action; the French authorities coordinated the searches in Lyon.", "en", []),
])
def test_lead_in_the_fifth_set(text, lang, expected):
    assert sorted(facts_of(text, lang).lead) == sorted(expected)


@pytest.mark.parametrize("text, lang, body, role", [
    # the subject's officers open the sentence, then an aside, then what they did
    ("Agentes de la Guardia Civil, en colaboración con la policía de Lisboa, han desarticulado una red de trata.",
     "es", "Guardia Civil", "carried out the operation"),
    # the subject's deed after the aside: an arrest written as "procedió a la detención", a seizure, "logró"
    ("La Guardia Civil, en la llamada operación Norte, ha procedido a la detención de 5 personas en Vigo.", "es",
     "Guardia Civil", "carried out the operation"),
    ("The FBI, with help from partners in three countries, seized 40 kilograms of fentanyl.", "en",
     "Federal Bureau of Investigation (FBI)", "carried out the operation"),
])
def test_subject_acts_after_an_aside_in_more_wordings(text, lang, body, role):
    assert roles_of_bodies(text, lang).get(body) == role


def test_a_shared_force_name_in_another_states_story_is_not_spains():
    text = ("La Policía Nacional, en coordinación con la Fiscalía, logró la incautación de 2 toneladas de cocaína "
            "en Buenaventura, Colombia, y en Guayaquil, Ecuador.")
    facts = facts_of(text, "es")
    assert "ESP" not in facts.lead
    assert "ESP" not in {c.iso3 for c in facts.countries}


@pytest.mark.parametrize("text, lang", [
    # a nationality leading a crime group is no lead country
    ("In Peru, a Ghanaian-led criminal network was dismantled after a long investigation.", "en"),
    ("La banda, presuntamente liderada por el peruano Juan Pérez, importaba armas desde Europa.", "es"),
])
def test_a_nationality_that_leads_a_crime_is_no_lead(text, lang):
    assert facts_of(text, lang).lead == []


@pytest.mark.parametrize("text, lang, body", [
    # a force written as a name before its country is a body in any role but speaking
    ("La Guardia Civil, con el apoyo de la Policía de Noruega, ha desarticulado una red de estafas.", "es",
     "Policía de Noruega"),
    ("La operación se realizó conjuntamente con la Gendarmería francesa y dejó seis detenidos.", "es",
     "Gendarmería francesa"),
    # a joint operation "de" several forces: they took part
    ("Una operación conjunta de la Guardia Civil y la Policía de Marruecos ha liberado a 9 mujeres.", "es",
     "Policía de Marruecos"),
    # the French national police under its own name
    ("La red fue desarticulada en colaboración con la Police Nationale francesa.", "es", "Police Nationale"),
    # one name for either apostrophe
    ("Los Mossos d’Esquadra han detenido a 8 personas en Girona.", "es", "Mossos d'Esquadra"),
])
def test_forces_written_as_names(text, lang, body):
    assert body in coordinators_of(text, lang)


def test_a_force_named_by_its_country_that_only_speaks_is_no_body():
    assert not coordinators_of("La Policía de Noruega dijo que el tiempo era malo.", "es")


@pytest.mark.parametrize("text, lang, expected", [
    # words of the force's name between it and its country; the table's shared "Policía Nacional" inside it
    # is that country's force
    ("Agentes de la Policía Nacional, en colaboración con la Policía Federal de Brasil, han detenido a 4 personas "
     "en Vigo.", "es",
     {"Policía Nacional": "carried out the operation", "Policía Federal de Brasil": "supported the operation"}),
    ("La Policía Nacional de Rumanía y la Guardia Civil han desarticulado una red de trata.", "es",
     {"Policía Nacional de Rumanía": "carried out the operation", "Guardia Civil": "carried out the operation"}),
    ("La Prefectura Naval de Argentina incautó 500 kilos de marihuana en el río.", "es",
     {"Prefectura Naval de Argentina": "carried out the operation"}),
    # the force written before a list of countries is each country's own
    ("La Guardia Civil, con el apoyo de la Policía del Paraguay y Bolivia, ha detenido a 9 personas.", "es",
     {"Guardia Civil": "carried out the operation", "Policía del Paraguay": "supported the operation",
      "Policía de Bolivia": "supported the operation"}),
    ("The Guardia Civil, with the support of the Police of Latvia and Estonia, arrested two men in Riga.", "en",
     {"Guardia Civil": "carried out the operation", "Latvian police": "supported the operation",
      "Estonian police": "supported the operation"}),
    # a longer name around the force is one body
    ("El Departamento de Investigación Criminal de la Policía Judicial de Portugal colaboró en la operación.", "es",
     {"Departamento de Investigación Criminal de la Policía Judicial de Portugal": "supported the operation"}),
    # a force that only speaks is none; a role word in brackets is the bracketed thing's
    ("La Policía Nacional del Perú dijo que el clima era malo.", "es", {}),
    ("En la red intervino el Proyecto Alfa (colaboración entre puertos) y hubo contacto con la Policía Federal de "
     "Brasil.", "es", {}),
])
def test_forces_named_with_their_country_after_them(text, lang, expected):
    assert roles_of_bodies(text, lang) == expected


@pytest.mark.parametrize("text, lang, body", [
    # a prosecution service named by its country alone
    ("La Fiscalía General de la República de Honduras coordinó los allanamientos en cinco ciudades.", "es",
     "Fiscalía General de la República de Honduras"),
    ("El Ministerio Público de Paraguay lideró la investigación contra la red.", "es",
     "Ministerio Público de Paraguay"),
    # a ministry after its country and the country's acronym
    ("The Republic of Korea (ROK) Ministry of Justice led a crackdown on fraud rings.", "en",
     "Republic of Korea (ROK) Ministry of Justice"),
    # a body's name as the adjective of its operation
    ("Nine people were held as part of a National Crime Agency operation against smugglers.", "en",
     "National Crime Agency (NCA)"),
    # a body the tables do not know, opening with its own words, after "coordinated by"
    ("The raids were coordinated by the Federal Prosecutor’s Office (FPO) of Zurich on Tuesday.", "en",
     "Federal Prosecutor’s Office (FPO) of Zurich"),
])
def test_prosecutors_ministries_and_named_operations(text, lang, body):
    assert body in coordinators_of(text, lang)


def test_a_ministry_after_its_country_and_acronym_leads():
    text = "The Republic of Korea (ROK) Ministry of Justice spearheaded a crackdown that ended with 40 arrests."
    assert facts_of(text).lead == ["KOR"]


def test_an_operation_named_after_a_body_is_its_operation():
    assert bodies_of("An FBI operation in Ohio ended with nine arrests.") == {"Federal Bureau of Investigation (FBI)"}
    assert bodies_of("The FBI building in Ohio was closed on Monday.") == set()


def test_an_agency_by_acronym_and_by_name_is_one_body_with_both_names():
    text = ("The National Crime Agency arrested four men in Kent. The NCA said the gang moved migrants across "
            "the Channel.")
    assert coordinators_of(text) == {"National Crime Agency (NCA)"}


def test_an_agency_with_its_acronym_then_its_arrests_carried_them_out():
    text = "The Central Bureau of Investigation (CBI) has so far apprehended 14 suspects in three states."
    assert roles_of_bodies(text) == {"Central Bureau of Investigation (CBI)": "carried out the operation"}
    assert facts_of(text).lead == ["IND"]


@pytest.mark.parametrize("text, lang", [
    # one side announcing a joint operation between two countries does not make it the lead ...
    ("Las autoridades de Panamá y Honduras detuvieron en una operación conjunta a 14 personas, informó el "
     "Ministerio de Seguridad de Panamá.", "es"),
    ("Eleven people were arrested in a joint operation with Belgian police, Spain's Ministry of Interior said.", "en"),
])
def test_one_side_announcing_a_joint_operation_is_no_lead(text, lang):
    assert facts_of(text, lang).lead == []


def test_one_country_announcing_its_own_operation_still_leads():
    text = "Some 40 people were arrested in the operation, Panama's Ministry of Security said."
    assert facts_of(text).lead == ["PAN"]


@pytest.mark.parametrize("text, lang, name", [
    # "the" between capitalised words of an English name
    ("Police in nine countries joined Operation Close the Gate, which ended with 40 arrests.", "en",
     "Close the Gate"),
    # two words in capitals joined by a spaced dash
    ("La Guardia Civil, en el marco de la operación TORMENTA – ITSASO, ha detenido a 9 personas.", "es",
     "TORMENTA – ITSASO"),
    # a unit named "Grupo Operativo …" gives no name
    ("El Grupo Operativo Especial de Seguridad detuvo a 12 personas en Salta.", "es", None),
])
def test_names_with_small_words_dashes_and_units(text, lang, name):
    assert facts_of(text, lang).name == name


@pytest.mark.parametrize("text, lang, name", [
    # two apostrophes for a quotation mark, a colon before the quoted name
    ("Los arrestos de la operación ''Cormorán'' se hicieron en Lugo.", "es", "Cormorán"),
    ("La operación conjunta: “NIEBLA-ALTA” terminó con 7 detenidos.", "es", "NIEBLA-ALTA"),
    # a criminal group's name after "denominada", "called" is no operation's name
    ("Detuvieron a 13 miembros de la estructura criminal denominada “Los Halcones”.", "es", None),
    ("Police dismantled a gang called Black Viper in Lagos.", "en", None),
    # ... an operation's still is
    ("La operación denominada “Fénix” terminó con 13 detenidos.", "es", "Fénix"),
])
def test_names_quoted_oddly_and_names_of_crime_groups(text, lang, name):
    assert facts_of(text, lang).name == name


def test_immigration_and_customs_enforcement_is_a_us_body():
    text = "Some 60 people were arrested in the operation, Immigration and Customs Enforcement said on Monday."
    assert coordinators_of(text) == {"Immigration and Customs Enforcement"}


@pytest.mark.parametrize("text, lang, iso3", [
    ("La operación fue coordinada por la Agencia Federal de Inteligencia y dejó 9 detenidos.", "es", "ARG"),
    ("El procedimiento fue liderado por la Gendarmería Nacional Argentina en tres provincias.", "es", "ARG"),
])
def test_argentinas_national_agencies_lead(text, lang, iso3):
    assert facts_of(text, lang).lead == [iso3]


def test_the_garda_by_either_name_is_one_body():
    text = ("An Garda Síochána searched 12 houses in Cork. The Garda arrested four men in the raids on "
            "Tuesday.")
    assert coordinators_of(text) == {"An Garda Síochána"}


@pytest.mark.parametrize("text, lang, body", [
    ("La Guardia Civil ha interceptado un camión con 900 kilos de hachís en Jaén.", "es", "Guardia Civil"),
    ("The FBI seized 30 servers used by the ring.", "en", "Federal Bureau of Investigation (FBI)"),
])
def test_a_body_that_seizes_carried_it_out(text, lang, body):
    assert roles_of_bodies(text, lang).get(body) == "carried out the operation"


def test_a_body_that_has_carried_out_an_operation_in_spanish():
    text = "La Policía Nacional ha realizado una gran operación contra el tráfico de armas en Valencia."
    assert roles_of_bodies(text, "es") == {"Policía Nacional": "carried out the operation"}


def test_bodies_far_inside_a_collaboration_aside_took_part():
    text = ("La Guardia Civil, en colaboración con la Unidad Central de Delitos Tecnológicos, la Unidad Técnica "
            "de Policía Judicial de Madrid y la Policía de Noruega, ha desarticulado una red de estafas.")
    assert roles_of_bodies(text, "es") == {
        "Guardia Civil": "carried out the operation",
        "Policía de Noruega": "took part in the operation",
    }


@pytest.mark.parametrize("text, lang, body", [
    # the participle before "por" reaches the body through "agentes de", and "llevada a cabo" is read whole
    ("La red cayó en una operación llevada a cabo por agentes de la Guardia Civil, en colaboración con Europol.",
     "es", "Guardia Civil"),
    ("The network fell in raids carried out by officers of the Garda, in cooperation with Europol.", "en",
     "An Garda Síochána"),
])
def test_carried_out_by_a_bodys_officers(text, lang, body):
    assert roles_of_bodies(text, lang).get(body) == "carried out the operation"


@pytest.mark.parametrize("text, lang, expected", [
    # an action that began is no start of the case
    ("The Peruvian National Police began executing arrest warrants on May 3 in Lima.", "en", []),
    ("La Policía de Investigaciones comenzó a ejecutar las órdenes de detención en Santiago.", "es", []),
])
def test_an_action_that_began_starts_no_case(text, lang, expected):
    assert facts_of(text, lang).lead == expected
    assert "initiated the investigation" not in roles_of_bodies(text, lang).values()


def test_investigating_that_began_still_starts_the_case():
    text = "The investigation began in Peru, where officers started investigating the ring in 2021."
    assert facts_of(text).lead == ["PER"]


@pytest.mark.parametrize("text, lang, expected, lead", [
    # Spanish past tenses of dismantling and "llevar adelante": the subject carried the operation out
    ("La FELCN llevó adelante el operativo en la frontera con Chile y detuvo a 9 personas.", "es",
     {"Fuerza Especial de Lucha Contra el Narcotráfico (FELCN)": "carried out the operation"}, ["BOL"]),
    ("La Policía Nacional y la Guardia Civil acaban de desmantelar una red de contrabando de tabaco en Vigo.", "es",
     {"Policía Nacional": "carried out the operation", "Guardia Civil": "carried out the operation"}, ["ESP"]),
    ("Los Carabineros de Chile desarticularon una banda que robaba vehículos en Arica.", "es",
     {"Carabineros de Chile": "carried out the operation"}, ["CHL"]),
    # a partner named in the aside: the verb after it is the subject's, the partner supported
    ("Una operación de la policía portuguesa, en colaboración con las autoridades francesas, desmanteló una red "
     "de tráfico de hachís en Oporto.", "es", {"policía portuguesa": "carried out the operation"}, ["PRT"]),
    ("The RCMP, with the assistance of the FBI, dismantled a cocaine ring in Toronto.", "en",
     {"Royal Canadian Mounted Police (RCMP)": "carried out the operation",
      "Federal Bureau of Investigation (FBI)": "supported the operation"}, ["CAN"]),
])
def test_spanish_dismantling_verbs_and_partners_in_the_aside(text, lang, expected, lead):
    facts = facts_of(text, lang)
    assert {c.body: c.role for c in facts.coordinators} == expected
    assert facts.lead == lead


@pytest.mark.parametrize("text, lang, expected", [
    # an agency named by its capitalised name, then its country
    ("La Dirección Nacional Antidrogas de Ecuador realizó el operativo en Guayaquil, con 12 detenidos.", "es",
     {"Dirección Nacional Antidrogas de Ecuador": "carried out the operation"}),
    ("La Unidad de Investigaciones Especiales de Honduras, con apoyo de la Policía de Guatemala, ejecutó 14 "
     "allanamientos.", "es",
     {"Unidad de Investigaciones Especiales de Honduras": "carried out the operation",
      "Policía de Guatemala": "supported the operation"}),
    # the table's acronym right after the name names the same body: one body, not two
    ("La operación contó con el apoyo de la Agencia Antidroga de Estados Unidos (DEA) y terminó con 5 detenidos "
     "en Perú.", "es", {"Drug Enforcement Administration (DEA)": "supported the operation"}),
    # merely named, with nothing it did in the operation: no body
    ("La Dirección Nacional Antidrogas de Ecuador publicó su informe anual.", "es", {}),
])
def test_agencies_named_with_their_country(text, lang, expected):
    assert body_roles(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a court or prosecutor outside the table, after the verb the Spanish way or after "coordinado por el titular del"
    ("La operación, que dirige el Juzgado de Instrucción número 2 de Marbella, terminó con 8 detenidos.", "es",
     {"Juzgado de Instrucción número 2 de Marbella": "led the operation"}),
    ("El operativo está coordinado por el titular del Juzgado de Instrucción número 5 de Ceuta.", "es",
     {"Juzgado de Instrucción número 5 de Ceuta": "coordinated the operation"}),
    ("En Italia la investigación la ha liderado el Tribunal de Milán.", "es", {"Tribunal de Milán": "led the operation"}),
    ("The investigation was led by the Prosecution Office of Bavaria and ended with 9 arrests.", "en",
     {"Prosecution Office of Bavaria": "led the operation"}),
    # a court merely named, its judge ruling afterwards: no body
    ("El juez del Juzgado de Instrucción número 2 de Marbella decretó prisión para los detenidos.", "es", {}),
])
def test_courts_and_prosecutors_that_lead_or_coordinate(text, lang, expected):
    assert body_roles(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # UNODC and MAOC-N written in full
    ("The sweep was jointly coordinated by Interpol and the United Nations Office on Drugs and Crime in 9 countries.",
     "en", {"INTERPOL": "coordinated the operation", "UNODC": "coordinated the operation"}),
    ("La operación contó con el apoyo de la Oficina de las Naciones Unidas contra la Droga y el Delito.", "es",
     {"UNODC": "supported the operation"}),
    ("The boat was tracked with the support of the Maritime Analysis and Operations Centre in Lisbon.", "en",
     {"MAOC-N": "supported the operation"}),
    # merely named: no body
    ("The United Nations Office on Drugs and Crime published its annual report on Tuesday.", "en", {}),
])
def test_international_bodies_written_in_full(text, lang, expected):
    assert body_roles(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # Spain's tax agency and customs service act beside the police; "dan por concluida la operación" carried it out
    ("La Policía Nacional y el Servicio de Vigilancia Aduanera dan por concluida la operación contra el hachís en "
     "Algeciras.", "es",
     {"Policía Nacional": "carried out the operation", "Servicio de Vigilancia Aduanera": "carried out the operation"}),
    ("La Agencia Tributaria y la Guardia Civil han desarticulado una red de contrabando de tabaco en Cádiz.", "es",
     {"Agencia Tributaria": "carried out the operation", "Guardia Civil": "carried out the operation"}),
    # merely named: no body
    ("La Agencia Tributaria publicó este lunes la recaudación del mes de mayo.", "es", {}),
])
def test_spanish_customs_and_tax_agency(text, lang, expected):
    assert body_roles(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # "<body>-backed": the body supported the operation
    ("Police in Kent took part in a Europol-backed operation against a trafficking gang.", "en",
     {"Europol": "supported the operation"}),
    ("Officers seized 40 kg of heroin in an Interpol-backed sweep across 6 countries.", "en",
     {"INTERPOL": "supported the operation"}),
    # a body merely named, with nothing backed: none
    ("Europol published its yearly threat assessment on Monday.", "en", {}),
])
def test_body_backed_operations(text, lang, expected):
    assert body_roles(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a body outside the table as the subject that ran the operation, its acronym after its name
    ("Según el comunicado, la Fiscalía Especializada contra la Delincuencia Organizada (FEDO) llevó a cabo 14 "
     "cateos en Sonora.", "es", {"Fiscalía Especializada contra la Delincuencia Organizada": "carried out the operation"}),
    ("According to officials, the Directorate of Anti-Narcotics (DAN) dismantled a cocaine lab with 5 arrests.", "en",
     {"Directorate of Anti-Narcotics": "carried out the operation"}),
    # the last of a list before the group's verb, after a comma, is not the subject
    ("El grupo conjunto, integrado por la Gendarmería y la Policía de Salta, desarticuló una banda.", "es", {}),
])
def test_unlisted_bodies_as_the_subject(text, lang, expected):
    assert body_roles(text, lang) == expected


@pytest.mark.parametrize("text, lang, lead", [
    # the country at whose initiative the operation was launched leads it
    ("The operation was launched at the initiative of France and ended with 30 arrests in 6 countries.", "en",
     ["FRA"]),
    ("The operation, carried out on the initiative of Belgian police, ended with 30 arrests in 6 countries.", "en",
     ["BEL"]),
    ("La operación, impulsada por Chile, dejó 14 detenidos en Perú y Bolivia.", "es", ["CHL"]),
    # a person, by a demonym, behind a criminal network leads nothing
    ("La red, impulsada por el argentino Juan Pérez, operaba en Chile y Bolivia.", "es", []),
])
def test_lead_at_the_initiative_of(text, lang, lead):
    assert facts_of(text, lang).lead == lead


@pytest.mark.parametrize("text, lang, expected, lead", [
    # the next unlisted body of the list after "coordinated by" / "dirigida por" shares the role; a name in its
    # own language in brackets is part of it, and the country inside it is the body's
    ("The raids were coordinated by the Public Prosecutor's Office (PPO) of Rotterdam and the National Criminal "
     "Investigation Service (Nationale Recherche) of the Netherlands, with 7 arrests.", "en",
     {"Public Prosecutor's Office (PPO) of Rotterdam": "coordinated the operation",
      "National Criminal Investigation Service (Nationale Recherche) of the Netherlands": "coordinated the operation"},
     ["NLD"]),
    ("La operación fue dirigida por la Fiscalía Especial Antidroga y la Brigada Central de Estupefacientes, con 9 "
     "detenidos.", "es",
     {"Fiscalía Especial Antidroga": "led the operation", "Brigada Central de Estupefacientes": "led the operation"},
     []),
    # one body alone: no list
    ("The raids were coordinated by the Prosecution Office of Bavaria and ended with 7 arrests.", "en",
     {"Prosecution Office of Bavaria": "coordinated the operation"}, []),
])
def test_lists_of_unlisted_bodies(text, lang, expected, lead):
    facts = facts_of(text, lang)
    assert {c.body: c.role for c in facts.coordinators} == expected
    assert facts.lead == lead


@pytest.mark.parametrize("text, lang, lead", [
    # the countries listed before "coordinated" are capitalised names, not any words
    ("Europol sent an analyst to Malta, during the coordinated action day, when 4 suspects were arrested.", "en", []),
    ("Austria and Romania coordinated the operation, which ended with 12 arrests.", "en", ["AUT", "ROU"]),
    ("Chile y Perú coordinaron el operativo, que terminó con 12 detenidos.", "es", ["CHL", "PER"]),
])
def test_countries_that_coordinated(text, lang, lead):
    assert facts_of(text, lang).lead == lead


@pytest.mark.parametrize("text, lang, expected", [
    # the subjunctive of leading ("para que X encabezara la operación") leads too
    ("El gobierno pidió que la Guardia Civil encabezara la operación contra el narcotráfico en Huelva.", "es",
     {"Guardia Civil": "led the operation"}),
    ("Se acordó que Interpol liderara el operativo en 12 países.", "es", {"INTERPOL": "led the operation"}),
])
def test_subjunctive_leading(text, lang, expected):
    assert body_roles(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # the bodies before "coordinated by X" were coordinated, they did not coordinate
    ("El éxito se debe a la colaboración entre autoridades españolas y galas, coordinadas directamente por Europol.",
     "es", {"Europol": "coordinated the operation"}),
    # a force written as a capitalised name before its demonym ("la Policía Belga") is a body in any role
    ("La operación fue dirigida por la Guardia Civil en colaboración con miembros de la Policía Belga.", "es",
     {"Guardia Civil": "led the operation", "Policía Belga": "supported the operation"}),
])
def test_coordinated_by_and_capitalised_forces(text, lang, expected):
    assert body_roles(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected, lead", [
    # "under the leadership of", "bajo la dirección de": the body (or country) led
    ("The raids were carried out under the leadership of the Romanian police, with 12 arrests in 4 countries.", "en",
     {"Romanian police": "led the operation"}, ["ROU"]),
    ("El operativo se desarrolló bajo la dirección de la Guardia Civil y terminó con 12 detenidos.", "es",
     {"Guardia Civil": "led the operation"}, ["ESP"]),
    ("The operation, run under the leadership of Spain, ended with 30 arrests in 5 countries.", "en", {}, ["ESP"]),
    # a gang under a person's command: no lead
    ("The gang operated under the command of a Serbian boss, police said.", "en", {}, []),
])
def test_under_the_leadership_of(text, lang, expected, lead):
    facts = facts_of(text, lang)
    assert {c.body: c.role for c in facts.coordinators} == expected
    assert facts.lead == lead


@pytest.mark.parametrize("text, lang, expected", [
    # Colombia's "adelantar" for carrying out an operation
    ("La investigación fue adelantada por la Fiscalía General de la Nación y dejó 7 capturados en Cali.", "es",
     {"Fiscalía General de la Nación": "carried out the operation"}),
    ("La Armada de Colombia adelantó un operativo en el Pacífico que dejó 3 capturados.", "es",
     {"Armada de Colombia": "carried out the operation"}),
    # "coordinaron", "coordina": the bodies coordinated
    ("La Policía de Chile y la Policía de Bolivia coordinaron el operativo binacional.", "es",
     {"Policía de Chile": "coordinated the operation", "Policía de Bolivia": "coordinated the operation"}),
    # "directed by" leads ("directed at" does not)
    ("The network was dismantled by a task force directed by the Spanish police and supported by Europol.", "en",
     {"Spanish police": "led the operation", "Europol": "supported the operation"}),
    ("The campaign was directed at online fraudsters in Asia, Interpol said.", "en", {}),
    # "adelantar" without an operation is no role
    ("La Armada adelantó la entrega de los informes al juez.", "es", {}),
])
def test_verbs_that_carry_out_coordinate_and_direct(text, lang, expected):
    assert roles_of_bodies(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected, lead", [
    # the article first names another state's "Policía Nacional" in full: the bare name later is that force
    ("La Policía Nacional de Colombia informó de 12 capturas en Cali y Madrid, en una operación con la policía "
     "española. El operativo fue adelantado por la Policía Nacional.", "es",
     {"Policía Nacional de Colombia": "COL"}, ["COL"]),
    # ... but not where the bare name came first (a Spanish story naming its partner)
    ("La Policía Nacional ha detenido en Madrid a 4 personas, en colaboración con la Policía Nacional de Colombia. "
     "La Policía Nacional informó del resultado.", "es",
     {"Policía Nacional": "ESP", "Policía Nacional de Colombia": "COL"}, ["ESP"]),
    # a force's unit named after "a través de" is that force, and gives a shared name its country
    ("El operativo fue adelantado por la Policía Nacional a través de la Dirección de Investigación Criminal e "
     "Interpol–Dijín en Cali.", "es", {"Policía Nacional": "COL"}, ["COL"]),
    ("The FBI, through its Cyber Division, arrested 12 people in Ohio.", "en",
     {"Federal Bureau of Investigation (FBI)": "USA"}, ["USA"]),
])
def test_a_shared_force_name_and_its_country(text, lang, expected, lead):
    facts = facts_of(text, lang)
    assert {c.body: c.iso3 for c in facts.coordinators} == expected
    assert facts.lead == lead


@pytest.mark.parametrize("text, lang, expected, lead", [
    # the body opening the sentence names its partners without commas, then arrests or seizes: it acted
    ("Mumbai: The Central Bureau of Investigation (CBI) in coordination with the FBI and INTERPOL arrested 9 "
     "people.", "en",
     {"Central Bureau of Investigation (CBI)": "carried out the operation",
      "Federal Bureau of Investigation (FBI)": "supported the operation", "INTERPOL": "supported the operation"},
     ["IND"]),
    ("La Guardia Civil en colaboración con la Policía de Francia ha detenido a 5 personas en Irún.", "es",
     {"Guardia Civil": "carried out the operation", "Policía de Francia": "supported the operation"}, ["ESP"]),
    # no arrest nor seizure: no one is said to have carried it out
    ("The Guardia Civil in cooperation with the FBI published a report on fraud.", "en",
     {"Guardia Civil": "supported the operation", "Federal Bureau of Investigation (FBI)": "supported the operation"},
     []),
])
def test_the_subject_before_its_partners_acted(text, lang, expected, lead):
    facts = facts_of(text, lang)
    assert {c.body: c.role for c in facts.coordinators} == expected
    assert facts.lead == lead


@pytest.mark.parametrize("text, lang, expected", [
    # British, Australian and Pacific agencies of the table
    ("The fraud ring was dismantled by the City of London Police with the help of Europol.", "en",
     {"City of London Police": "carried out the operation", "Europol": "supported the operation"}),
    ("Officers from the Australian Border Force seized 40 kilos of cocaine at Sydney airport.", "en",
     {"Australian Border Force": "carried out the operation"}),
    ("Fiji Police arrested three men in Suva.", "en", {"Fiji Police": "carried out the operation"}),
    ("La Guardia Civil ha desarticulado la red con la colaboración de la MHRA del Reino Unido.", "es",
     {"Guardia Civil": "carried out the operation",
      "Medicines and Healthcare products Regulatory Agency (MHRA)": "supported the operation"}),
    # merely speaking: no body
    ("The MHRA said counterfeit pills are dangerous.", "en", {}),
])
def test_more_national_agencies(text, lang, expected):
    assert roles_of_bodies(text, lang) == expected


@pytest.mark.parametrize("text, lang, bodies, lead", [
    # a country's authorities are no body's name: no coordinator, but they still vote for the lead ...
    ("Europol supported the Belgian and French authorities in a coordinated action against a smuggling ring.", "en",
     {"Europol"}, ["BEL", "FRA"]),
    ("Las autoridades chilenas desarticularon una banda de tráfico de armas en Arica.", "es", set(), ["CHL"]),
    # ... except where they led it
    ("The operation was led by the Greek authorities and supported by Europol.", "en",
     {"Greek authorities", "Europol"}, ["GRC"]),
])
def test_a_countrys_authorities_are_no_body(text, lang, bodies, lead):
    facts = facts_of(text, lang)
    assert {c.body for c in facts.coordinators} == bodies
    assert facts.lead == lead


@pytest.mark.parametrize("text, lang, lead", [
    # an international body ran it: a national force that carried out one of its cases does not lead it
    ("An enforcement operation carried out by INTERPOL in Kenya and 14 other countries led to 300 arrests. In one "
     "case, the Kenyan police dismantled a fraud ring.", "en", []),
    ("Una operación ejecutada por Interpol en Perú y otros 9 países dejó 80 detenidos. La Policía de Perú "
     "desarticuló una banda en Lima.", "es", []),
    # a national body that ran it alone leads
    ("The raids were carried out by the FBI in Ohio and Texas.", "en", ["USA"]),
])
def test_a_part_of_an_operation_an_international_body_ran(text, lang, lead):
    assert facts_of(text, lang).lead == lead


@pytest.mark.parametrize("text, lang, expected", [
    # one body read under two overlapping names: the longer stays
    ("An operation led by the French Gendarmerie Nationale ended with 22 arrests.", "en",
     {"Gendarmerie Nationale": "led the operation"}),
    # its own name in brackets after it
    ("Europol has supported the Spanish National Police (Policía Nacional) in 29 investigations.", "en",
     {"Europol": "supported the operation", "Spanish National Police": "supported the operation"}),
    # a parent and its unit written as one name: the unit
    ("U.S. Immigration and Customs Enforcement Homeland Security Investigations (HSI) led the operation.", "en",
     {"Homeland Security Investigations (HSI)": "led the operation"}),
    # the Justice Department and the Department of Justice are one
    ("The takedown was led by the Justice Department, the Department of Justice said.", "en",
     {"Department of Justice": "led the operation"}),
    # two bodies of one list stay two
    ("La operación fue llevada a cabo por la Guardia Civil y la Policía Nacional.", "es",
     {"Guardia Civil": "carried out the operation", "Policía Nacional": "carried out the operation"}),
])
def test_one_body_under_two_names(text, lang, expected):
    assert roles_of_bodies(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # "participan" (present): they take part
    ("En la operación participan agentes de la Policía Nacional y de la Guardia Civil.", "es",
     {"Policía Nacional": "took part in the operation", "Guardia Civil": "took part in the operation"}),
    ("Los Mossos participan hoy en una jornada de puertas abiertas.", "es", {}),
    # another state's "Policía Nacional" by its demonym
    ("La Guardia Civil ha desarticulado la red con la colaboración de la Policía Nacional ecuatoriana.", "es",
     {"Guardia Civil": "carried out the operation", "Policía Nacional ecuatoriana": "supported the operation"}),
    # the Policía Nacional under its formal name is one body with it
    ("Los registros fueron realizados por el Cuerpo Nacional de Policía. La Policía Nacional informó de que la "
     "operación sigue abierta y ha detenido a 3 personas.", "es",
     {"Cuerpo Nacional de Policía": "carried out the operation"}),
])
def test_spanish_forces_taking_part(text, lang, expected):
    assert roles_of_bodies(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # an agency named with its acronym before its country; a commission named with its country
    ("La red cayó gracias a la colaboración de la Brigada de Homicidios (BH) de Chile.", "es",
     {"Brigada de Homicidios (BH) de Chile": "supported the operation"}),
    ("La Comisión Nacional de Seguridad de México apoyó la operación.", "es",
     {"Comisión Nacional de Seguridad de México": "supported the operation"}),
    ("La Comisión Nacional de Seguridad de México publicó su informe anual.", "es", {}),
    # the FBI under its Latin American Spanish name
    ("El Buró Federal de Investigaciones detuvo a dos hombres en Miami.", "es",
     {"Federal Bureau of Investigation (FBI)": "carried out the operation"}),
])
def test_institutions_named_with_their_country(text, lang, expected):
    assert roles_of_bodies(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # the US clearing house for child abuse reports, and the Vienna office against migrant smuggling
    ("La operación contó con la colaboración del FBI y del National Center for Missing and Exploited Children "
     "(NCMEC).", "es",
     {"Federal Bureau of Investigation (FBI)": "supported the operation",
      "National Center for Missing and Exploited Children (NCMEC)": "supported the operation"}),
    ("A centre was set up at the Joint Operational Office in Vienna to support the cross-border raids.", "en",
     {"Joint Operational Office (Vienna)": "supported the operation"}),
    # a standing partnership is no part in the operation
    ("ICE works in partnership with the National Center for Missing and Exploited Children, which is asking the "
     "public for help.", "en", {}),
])
def test_more_bodies_that_helped(text, lang, expected):
    assert roles_of_bodies(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected, lead", [
    # a force written with its country that announces the operation's results is its coordinator ...
    ("La Policía de Ecuador informó de la detención de 26 personas en la operación. La Policía ecuatoriana "
     "desarticuló la banda en Guayaquil.", "es", {"Policía de Ecuador": "announced the results"}, ["ECU"]),
    ("The Police of Latvia announced 12 arrests in the operation on Monday.", "en",
     {"Latvian police": "announced the results"}, ["LVA"]),
    # ... not where it speaks of anything else
    ("La Policía de Ecuador informó de que el tiempo será malo.", "es", {}, []),
])
def test_a_country_police_announcing_the_results(text, lang, expected, lead):
    facts = facts_of(text, lang)
    assert {c.body: c.role for c in facts.coordinators} == expected
    assert facts.lead == lead


@pytest.mark.parametrize("text, lang, lead", [
    # authorities in a town, its country in brackets, that coordinated the case lead it
    ("The international case, coordinated by judicial authorities in Thessaloniki (Greece), led to 12 arrests.",
     "en", ["GRC"]),
    ("La investigación, coordinada por las autoridades de Oporto (Portugal), terminó con 8 detenidos.", "es", ["PRT"]),
    # a town in brackets with no country is none
    ("The case, coordinated by prosecutors in Lyon (Rhône), led to 12 arrests.", "en", []),
])
def test_authorities_of_a_town_with_its_country(text, lang, lead):
    assert facts_of(text, lang).lead == lead


@pytest.mark.parametrize("text, lang, expected", [
    # a navy or a coast guard written before its demonym
    ("La Armada colombiana informó de la incautación de 22 toneladas de cocaína en la operación.", "es",
     {"Armada colombiana": "announced the results"}),
    ("La Prefectura paraguaya incautó 300 kilos de marihuana en el río.", "es",
     {"Prefectura paraguaya": "carried out the operation"}),
    ("La Armada colombiana celebró su aniversario en Cartagena.", "es", {}),
])
def test_navies_written_before_their_demonym(text, lang, expected):
    assert roles_of_bodies(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # an English name ending in its kind of body, then its country (in English or Spanish copy)
    ("Además, se ha recibido apoyo de la Financial Intelligence Unit (FIU) de Chipre.", "es",
     {"Financial Intelligence Unit (FIU) de Chipre": "supported the operation"}),
    ("The Financial Intelligence Unit of Cyprus supported the investigation.", "en",
     {"Financial Intelligence Unit of Cyprus": "supported the operation"}),
    # speaking only: none
    ("The Financial Intelligence Unit of Cyprus said the rules will change.", "en", {}),
])
def test_english_names_of_bodies_with_their_country(text, lang, expected):
    assert roles_of_bodies(text, lang) == expected


@pytest.mark.parametrize("text, lang, lead", [
    # the international body's own operation: a national force that ran its part does not lead it
    ("The NCA has arrested nine people in the UK as part of INTERPOL's largest-ever operation against people "
     "smuggling.", "en", []),
    ("La Guardia Civil ha detenido a 5 personas en una operación de Interpol contra el tráfico de armas.", "es", []),
    # a national force's operation that an international body coordinated: the force's country leads
    ("La Guardia Civil ha desarticulado una red en una operación coordinada por Europol.", "es", ["ESP"]),
])
def test_a_force_in_an_international_bodys_own_operation(text, lang, lead):
    assert facts_of(text, lang).lead == lead


@pytest.mark.parametrize("text, lang, lead", [
    # another case led by a country, inside an operation someone else coordinated, is no lead
    ("Europol coordinated the operation. Another Portuguese-led investigation uncovered sheds where eels were "
     "stored.", "en", []),
    ("Europol coordinated the operation. A separate Dutch-led probe found 20 kilos of cocaine.", "en", []),
    # the operation itself led by a country
    ("The Portuguese-led investigation uncovered sheds where eels were stored.", "en", ["PRT"]),
])
def test_another_case_led_by_a_country(text, lang, lead):
    assert facts_of(text, lang).lead == lead


@pytest.mark.parametrize("text, lang, lead", [
    # a "led by" list going on past the first country's body: both lead
    ("The takedown, led by Danish investigators and the FBI, hit servers in nine countries.", "en", ["DNK", "USA"]),
    ("The probe was led by Austrian police and the DEA over two years.", "en", ["AUT", "USA"]),
    # a body after the list that did something else does not lead
    ("The probe was led by Austrian police, while the DEA only shared intelligence.", "en", ["AUT"]),
])
def test_a_led_by_list_past_a_countrys_body(text, lang, lead):
    assert facts_of(text, lang).lead == lead


@pytest.mark.parametrize("text, lang, expected", [
    # a country's generic body takes the one name the article gives that country's force
    ("The raids were led by the Chilean authorities. Partners: Chilean Investigations Police and Europol.", "en",
     {"Chilean Investigations Police"}),
    ("La operación fue liderada por las autoridades argentinas. Participaron la Policía Federal de Argentina y "
     "Europol.", "es", {"Policía Federal de Argentina"}),
    # two forces of the country named: which one is meant is not said
    ("The raids were led by the Chilean authorities. On the list: Chilean Investigations Police, Chilean Maritime "
     "Police.", "en", {"Chilean authorities"}),
    # no force of the country named: the generic body stays
    ("The raids were led by the Chilean authorities with help from the Peruvian Federal Police.", "en",
     {"Chilean authorities"}),
])
def test_a_generic_body_under_its_countrys_force_name(text, lang, expected):
    assert {c.body for c in facts_of(text, lang).coordinators if c.iso3 == "CHL" or c.iso3 == "ARG"} == expected


@pytest.mark.parametrize("text, lang, expected, lead", [
    # the body that had the others' help ran the operation (and its country leads); the helpers supported it
    ("La Guardia Civil, que ha contado con la colaboración de la Policía de Hungría, ha desmontado un taller "
     "clandestino de tabaco.", "es",
     {"Guardia Civil": "carried out the operation", "Policía de Hungría": "supported the operation"}, ["ESP"]),
    ("The Carabinieri had the support of the FBI in the raids on a counterfeit workshop near Naples.", "en",
     {"Carabinieri": "carried out the operation", "Federal Bureau of Investigation (FBI)": "supported the operation"},
     ["ITA"]),
])
def test_a_body_that_had_others_help(text, lang, expected, lead):
    facts = facts_of(text, lang)
    assert {c.body: c.role for c in facts.coordinators} == expected
    assert facts.lead == lead


def test_help_given_to_the_suspects_is_no_bodys():
    # the network, not the force before it, had the help
    roles = roles_of_bodies("La Guardia Civil investiga a una red que contó con la ayuda de funcionarios corruptos.", "es")
    assert roles.get("Guardia Civil") != "carried out the operation"


@pytest.mark.parametrize("text, lang, expected", [
    # a force that executed search warrants or raids carried the operation out
    ("On Monday the Honduran National Police executed 14 search warrants in three departments.", "en",
     {"Honduran National Police": "carried out the operation"}),
    ("Officers of the FBI served arrest warrants in Ohio and Texas.", "en",
     {"Federal Bureau of Investigation (FBI)": "carried out the operation"}),
    # a country's investigators who did it vote for the lead but are no body's name
    ("Belgian investigators executed 18 search warrants across Antwerp.", "en", {}),
])
def test_a_force_that_executed_warrants(text, lang, expected):
    assert roles_of_bodies(text, lang) == expected


def test_a_countrys_investigators_who_executed_warrants_lead():
    assert facts_of("Belgian investigators executed 18 search warrants across Antwerp.").lead == ["BEL"]


@pytest.mark.parametrize("text, lang, lead", [
    # a national body a sentence says led (or co-led) the operation: its country leads with the others
    ("La operación fue liderada por Europol y coliderada por la Unidad Financiera de la Policía de Chipre.", "es",
     ["CYP"]),
    ("The operation was led by the Carabinieri and co-led by the Cyber Unit of the Police of Malta.", "en",
     ["ITA", "MLT"]),
    ("The raids were co-led by Malta and Italy over three days.", "en", ["MLT", "ITA"]),
    # a crime group co-led by a nationality is no lead
    ("The network, co-led by Maltese nationals, laundered money in Italy.", "en", []),
])
def test_a_body_that_led_or_co_led(text, lang, lead):
    assert facts_of(text, lang).lead == lead


@pytest.mark.parametrize("text, lang, lead", [
    # the forces written with their country that began the case vote for it
    ("La investigación se inició en 2021, cuando la Policía Federal Alemana y la Policía de Austria abrieron una "
     "pesquisa conjunta. La Guardia Civil ha detenido a 4 personas en Málaga.", "es", ["DEU", "AUT"]),
    ("The case began when the Police of Austria opened an inquiry into the gang. The Guardia Civil arrested four "
     "men in Malaga.", "en", ["AUT"]),
    # a partner of the one that began it does not
    ("The case began when the Guardia Civil, in partnership with the Police of Austria, opened an inquiry.", "en",
     ["ESP"]),
])
def test_forces_with_their_country_that_began_the_case(text, lang, lead):
    assert facts_of(text, lang).lead == lead


@pytest.mark.parametrize("text, lang, expected, lead", [
    # the body the case "tuvo su origen en" began it, and its country leads where no one is said to
    ("La investigación tuvo su origen en la Guardia di Finanza, que detectó envíos sospechosos. La Policía Nacional "
     "detuvo a 6 personas en Vigo.", "es",
     {"Guardia di Finanza": "initiated the investigation", "Policía Nacional": "carried out the operation"}, ["ITA"]),
    # a case that began at a time: no country
    ("La pesquisa tuvo su origen en junio del año pasado. La Policía Nacional detuvo a 6 personas en Vigo.", "es",
     {"Policía Nacional": "carried out the operation"}, ["ESP"]),
])
def test_the_body_a_case_had_its_origin_in(text, lang, expected, lead):
    facts = facts_of(text, lang)
    assert {c.body: c.role for c in facts.coordinators} == expected
    assert facts.lead == lead


@pytest.mark.parametrize("text, lang, lead", [
    # what a force's work "led to" is no lead
    ("The joint work of Portugal's Judicial Police and Brazil's Federal Police led to the arrest of 9 suspects.",
     "en", []),
    ("Cooperation with the Police of Brazil leads to dozens of arrests every year.", "en", []),
    # a force that led the operation leads
    ("Brazil's Federal Police led the operation, which ended with 9 arrests.", "en", ["BRA"]),
])
def test_what_a_force_led_to_is_no_lead(text, lang, lead):
    assert facts_of(text, lang).lead == lead


@pytest.mark.parametrize("text, lang, lead", [
    # a body that announced an operation the article calls joint between countries says nothing of its lead
    ("En una operación coordinada entre autoridades chilenas y argentinas se incautaron 300 kilos. La Policía de "
     "Investigaciones de Chile informó que hubo 4 detenidos.", "es", []),
    ("Police seized 300 kilos in a joint operation between Argentina and Chile. Chile's Investigations Police "
     "said four men were arrested in the operation.", "en", []),
    # nothing joint: the announcing body's country
    ("Police seized 300 kilos in the port. Chile's Investigations Police said four men were arrested in the "
     "operation.", "en", ["CHL"]),
])
def test_an_announced_joint_operation_has_no_lead(text, lang, lead):
    assert facts_of(text, lang).lead == lead


@pytest.mark.parametrize("text, lang, lead", [
    # one country's force carried out a joint operation with another country's: no one is said to lead
    ("La Guardia Civil, en una operación conjunta con la Policía de Portugal, ha detenido a 7 personas en Vigo.",
     "es", []),
    ("In a joint operation with the Police of Romania, the Guardia Civil arrested 7 people in Vigo.", "en", []),
    # ... unless the article tells how its own investigation began
    ("La investigación se inició en 2023 al detectar robos de coches. La Guardia Civil, en una operación conjunta "
     "con la Policía de Portugal, ha detenido a 7 personas en Vigo.", "es", ["ESP"]),
    # a joint operation with an international body only is still the force's country's
    ("La Guardia Civil, en una operación conjunta con Europol, ha detenido a 7 personas en Vigo.", "es", ["ESP"]),
])
def test_a_joint_operation_between_countries_has_no_lead(text, lang, lead):
    assert facts_of(text, lang).lead == lead


@pytest.mark.parametrize("text, lang, expected", [
    # a force named by its country's name and its own that took part or acted
    ("A joint operation between the Samoa Police Service and New Zealand Customs stopped 30 kilos of cocaine.",
     "en", {"Samoa Police Service": "took part in the operation", "New Zealand Customs": "took part in the operation"}),
    ("Fiji Police Force conducts searches in Suva every week.", "en", {"Fiji Police Force": "carried out the operation"}),
    # a state's force ("Western Australia") is no country's; one that only helped is not drafted by this name
    ("The Western Australia Police Force arrested the man in Fremantle.", "en", {}),
    ("French officers seized the boat with support from the New Zealand Customs Service.", "en", {}),
])
def test_forces_named_after_their_countrys_name(text, lang, expected):
    assert roles_of_bodies(text, lang) == expected


def test_a_country_that_ran_parallel_investigations_acted_too():
    # the one force of the joint operation is no lead where another country ran its own parallel part
    text = ("The drugs were intercepted in a joint operation by New Zealand Customs and Police. The Fiji Police "
            "Force conducts parallel investigations in Fiji that led to two arrests.")
    assert facts_of(text).lead == []


@pytest.mark.parametrize("text, lang, expected", [
    # with no force named with its country, the one table agency of that country named in the article
    ("The raids were led by Korean police. The Korean National Police Agency said the suspects were arrested in "
     "Seoul.", "en", {"Korean National Police Agency (KNPA)": "led the operation"}),
    # a country's police is not its court
    ("La operación fue liderada por la policía española. La Audiencia Nacional informó de 20 detenidos en la "
     "operación.", "es", {"policía española": "led the operation", "Audiencia Nacional": "announced the results"}),
])
def test_a_generic_body_under_its_countrys_agency(text, lang, expected):
    assert roles_of_bodies(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected, lead", [
    # a country's customs and police named together that made the arrests carried the operation out and lead it
    ("Samoa Customs and Police made the arrests at a house in Apia after a long inquiry.", "en",
     {"Samoa Customs and Police": "carried out the operation"}, ["WSM"]),
    ("The FBI made 12 arrests in Ohio.", "en", {"Federal Bureau of Investigation (FBI)": "carried out the operation"},
     ["USA"]),
    # the police of another country after "and" is not the first one's
    ("Samoa Customs and Police of Fiji met in Suva to discuss the case.", "en", {}, []),
])
def test_a_body_that_made_the_arrests(text, lang, expected, lead):
    facts = facts_of(text, lang)
    assert {c.body: c.role for c in facts.coordinators} == expected
    assert facts.lead == lead


@pytest.mark.parametrize("text, lang, lead", [
    # the force written before a list of countries is each one's: several countries carried it out, none leads
    ("Police in Latvia, Estonia and Finland have dismantled a network that smuggled cigarettes.", "en", []),
    ("Las autoridades de Chile, Perú y Bolivia han desarticulado una red de tráfico de vehículos.", "es", []),
    # one country alone leads
    ("Police in Latvia have dismantled a network that smuggled cigarettes into Finland.", "en", ["LVA"]),
])
def test_a_force_before_a_list_of_countries(text, lang, lead):
    assert facts_of(text, lang).lead == lead


# --- round 14: mentions that are no country acting (money, nationalities, origins, goods) ---------------


@pytest.mark.parametrize("text, present, absent", [
    # a dollar sign glued to a country's short name is money
    ("Police seized US$250 000 in cash in Peru.", "PER", "USA"),
    ("Se incautaron US$ 3 millones en Perú.", "PER", "USA"),
    ("Officers in Peru found NZ$40,000 in a car.", "PER", "NZL"),
    # negative: a US agency beside the money stays a country
    ("The US authorities seized US$250 000 in Peru.", "USA", ""),
])
def test_money_written_with_a_countrys_sign(text, present, absent):
    found = {c.iso3 for c in find_countries(text)}
    assert present in found
    assert absent not in found


@pytest.mark.parametrize("text, present, absent", [
    # a list of demonyms closed by the people's noun
    ("Police in Peru rescued 40 migrants of Haitian, Cuban, Senegalese and Nepali nationality.", "PER", "CUB"),
    ("Police in Peru rescued 40 people of Cuban origin.", "PER", "CUB"),
    ("Police in Peru rescued 40 migrants of Haitian, Cuban, Senegalese and Nepali nationality.", "PER", "SEN"),
    ("The raids in Peru also netted Bulgarian, Greek and Turkish traffickers.", "PER", "BGR"),
    ("The raids in Peru also netted Bulgarian, Greek and Turkish traffickers.", "PER", "GRC"),
    ("A Greek money launderer was held in Peru.", "PER", "GRC"),
    # a list of nationalities after its head word
    ("Los 20 detenidos en Perú son de distintas nacionalidades, incluyendo bolivianos, chilenos y griegos.",
     "PER", "CHL"),
    ("Los 20 detenidos en Perú son de distintas nacionalidades, incluyendo bolivianos, chilenos y griegos.",
     "PER", "GRC"),
    ("Los detenidos en Perú son de varias nacionalidades como chilenos y griegos.", "PER", "GRC"),
    # a singular detainee or suspect, a businessman, and a share of the people
    ("El detenido griego fue trasladado a Lima, en Perú.", "PER", "GRC"),
    ("En cuanto al sospechoso chileno, está acusado de un robo en Perú.", "PER", "CHL"),
    ("Entre los detenidos en Perú hay un empresario chileno.", "PER", "CHL"),
    ("La red captaba en Perú a mujeres —principalmente chilenas— para explotarlas.", "PER", "CHL"),
    # English demonyms standing for a person after an article or a count
    ("Five people, including a Greek and a Bulgarian, were arrested in Peru.", "PER", "GRC"),
    ("Five people, including a Greek and a Bulgarian, were arrested in Peru.", "PER", "BGR"),
    ("Police in Peru held two Chileans and a Greek aged 40.", "PER", "GRC"),
])
def test_nationalities_written_as_lists_and_nouns(text, present, absent):
    found = {c.iso3 for c in find_countries(text)}
    assert present in found
    assert absent not in found


@pytest.mark.parametrize("text, iso3", [
    # negatives: a country's own investigation, and a list of countries' police, stay countries
    ("Peru opened a Greek and a Chilean investigation into the network.", "GRC"),
    ("Greek, Chilean and Peruvian police arrested 20 people.", "GRC"),
    ("The Chilean authorities arrested 20 people in an operation with Peru.", "CHL"),
])
def test_demonyms_of_forces_stay_countries(text, iso3):
    assert iso3 in {c.iso3 for c in find_countries(text)}


@pytest.mark.parametrize("text, present, absent", [
    # a province named after a country, inside a list of the country's provinces
    ("Hubo registros en Ecuador, en las provincias de Guayas, El Oro, Santa Elena y Azuay.", "ECU", "SHN"),
    ("Police searched homes in Ecuador, in the provinces of Guayas, Santa Elena and Azuay.", "ECU", "SHN"),
    ("Hubo registros en las provincias de Guayas y Santa Elena, en Ecuador.", "ECU", "SHN"),
    # negative: a country after the list, with its own preposition, stays a country
    ("Hubo registros en las provincias ecuatorianas de Guayas y El Oro, y en Perú.", "PER", ""),
    ("There were raids in the provinces of Guayas and El Oro, Peru.", "PER", ""),
    ("Hubo registros en el departamento del Cauca, Perú.", "PER", ""),
    ("The police departments of Peru, Chile and Bolivia took part.", "CHL", ""),
])
def test_a_province_named_like_a_country_in_a_list_of_provinces(text, present, absent):
    found = {c.iso3 for c in find_countries(text)}
    assert present in found
    assert absent not in found


@pytest.mark.parametrize("text, present, absent", [
    # where the suspects come from, with an adverb of share
    ("Los arrestados, originarios principalmente de Ghana, Chad y Malí, operaban desde Perú.", "PER", "GHA"),
    ("Los arrestados, originarios principalmente de Ghana, Chad y Malí, operaban desde Perú.", "PER", "MLI"),
    ("Police in Peru uncovered the suspects mostly from Chile.", "PER", "CHL"),
    ("The gang, made up of individuals originating from Ghana and Togo, ran boats out of Peru.", "PER", "TGO"),
    # the names that were missing: without the circumflex, and North Macedonia's former name
    ("Two men from Ghana and Cote d'Ivoire were arrested in Peru.", "PER", "CIV"),
    ("Two men from Ghana and the former Yugoslav Republic of Macedonia were arrested in Peru.", "PER", "MKD"),
])
def test_where_the_suspects_come_from(text, present, absent):
    found = {c.iso3 for c in find_countries(text)}
    assert present in found
    assert absent not in found


@pytest.mark.parametrize("text, iso3", [
    # negatives: suspects held in a country, and the names themselves
    ("Police arrested suspects from Peru and Chile in a joint operation.", "CHL"),
    ("Arrests were made in Cote d'Ivoire and Ghana.", "CIV"),
    ("Arrests were made in the former Yugoslav Republic of Macedonia.", "MKD"),
])
def test_suspects_held_in_a_country_stay_countries(text, iso3):
    assert iso3 in {c.iso3 for c in find_countries(text)}


@pytest.mark.parametrize("text, present, absent", [
    # a crime group's nationality
    ("Police in Peru broke up two Chilean drug-smuggling rings.", "PER", "CHL"),
    ("Police in Peru dismantled a Greek criminal network and a Bulgarian syndicate.", "PER", "GRC"),
    ("Police in Peru dismantled a Greek criminal network and a Bulgarian syndicate.", "PER", "BGR"),
    ("Peru Breaks Up Chilean, Bolivian Drug Rings", "PER", "BOL"),
])
def test_a_crime_groups_nationality(text, present, absent):
    found = {c.iso3 for c in find_countries(text)}
    assert present in found
    assert absent not in found


def test_a_countrys_network_of_police_stays_a_country():
    # negative: an unqualified "network" may be a state's own (a network of liaison officers)
    assert "CHL" in {c.iso3 for c in find_countries("Peru asked the Chilean network of liaison officers for help.")}


@pytest.mark.parametrize("text, present, absent", [
    # another country's body that shares an agency's name
    ("Officers of the Australian Customs and Border Protection Service seized the cocaine.", "AUS", "USA"),
    ("The Colombian Policía Nacional seized 300 kilos of cocaine.", "COL", "ESP"),
    # negative: the agency's own country before it
    ("US Customs and Border Protection seized the cocaine.", "USA", ""),
    ("The Spanish Policía Nacional seized 300 kilos of cocaine.", "ESP", ""),
    ("A Colombian DEA informant led agents to the lab.", "USA", ""),
])
def test_another_countrys_body_of_the_same_name(text, present, absent):
    found = {c.iso3 for c in find_countries(text)}
    assert present in found
    assert absent not in found


@pytest.mark.parametrize("text, present, absent", [
    # a newspaper named after a country, in a credit line
    ("12 May 2021 Ghana Chronicle (Accra) Police in Peru arrested 12 people.", "PER", "GHA"),
    ("Por Ana Ruiz, Chile Times. La policía de Perú detuvo a 12 personas.", "PER", "CHL"),
    # negative: the country itself in the news
    ("Chile news: police in Peru and Chile arrested 12 people.", "CHL", ""),
])
def test_a_newspaper_named_after_a_country(text, present, absent):
    found = {c.iso3 for c in find_countries(text)}
    assert present in found
    assert absent not in found


@pytest.mark.parametrize("text, present, absent", [
    # languages listed after a verb of speaking
    ("Police in Peru said call operators speaking Greek, Turkish and Polish cold-called victims.", "PER", "POL"),
    ("Police in Peru said call operators speaking Greek, Turkish and Polish cold-called victims.", "PER", "GRC"),
    ("En Perú, los operadores hablaban griego y polaco con las víctimas.", "PER", "POL"),
])
def test_languages_after_a_verb_of_speaking(text, present, absent):
    found = {c.iso3 for c in find_countries(text)}
    assert present in found
    assert absent not in found


def test_speaking_to_a_countrys_police_keeps_it():
    # negative: "spoke to" names who was spoken to
    assert "POL" in {c.iso3 for c in find_countries("Officers in Peru spoke to Polish police about the case.")}


def test_fijian_is_a_demonym():
    assert "FJI" in {c.iso3 for c in find_countries("Fijian police arrested 12 people.")}
    assert "FJI" not in {c.iso3 for c in find_countries("Police in Peru arrested a Fijian national.")}


@pytest.mark.parametrize("text, present, absent", [
    # a country's name used as a demonym before "national"
    ("Police in Peru extradited a Central African Republic national wanted by France.", "PER", "CAF"),
    ("Two Sierra Leone nationals were arrested in Peru.", "PER", "SLE"),
])
def test_a_countrys_name_before_national(text, present, absent):
    found = {c.iso3 for c in find_countries(text)}
    assert present in found
    assert absent not in found


def test_a_countrys_national_police_stays_a_country():
    # negative: "national" qualifying a force
    assert "SLE" in {c.iso3 for c in find_countries("The Sierra Leone national police arrested 12 people.")}


@pytest.mark.parametrize("text, present, absent", [
    # a Spanish demonym between an article and a person's name
    ("La red, liderada por el chileno Juan Soto, operaba en Perú.", "PER", "CHL"),
    ("La policía de Perú detuvo al boliviano Carlos Ríos.", "PER", "BOL"),
])
def test_a_demonym_before_a_persons_name(text, present, absent):
    found = {c.iso3 for c in find_countries(text)}
    assert present in found
    assert absent not in found


def test_a_demonym_before_a_town_keeps_the_country():
    # negative: "en la chilena Arica" names where it happened
    assert "CHL" in {c.iso3 for c in find_countries("Hubo 12 detenidos en la chilena Arica y en Perú.")}


@pytest.mark.parametrize("text, present, absent", [
    # North African demonyms: a list of nationalities after "de origen"
    ("La red pasaba a migrantes de origen argelino y marroquí desde Perú.", "PER", "MAR"),
    ("La red pasaba a migrantes de origen argelino y marroquí desde Perú.", "PER", "DZA"),
    ("Police in Peru arrested three Tunisian nationals and a Libyan man.", "PER", "TUN"),
])
def test_north_african_nationalities(text, present, absent):
    found = {c.iso3 for c in find_countries(text)}
    assert present in found
    assert absent not in found


def test_north_african_forces_are_countries():
    assert "DZA" in {c.iso3 for c in find_countries("Algerian police arrested 12 people.")}
    assert "LBY" in {c.iso3 for c in find_countries("Las autoridades libias detuvieron a 12 personas.")}
    assert "LBY" in {c.iso3 for c in find_countries("Hubo 12 detenidos en Libia.")}


@pytest.mark.parametrize("text, present, absent", [
    # Somali: the people it qualifies are a nationality
    ("Police in Peru arrested four Somali pirates.", "PER", "SOM"),
    ("Peru received 40 Somali refugees.", "PER", "SOM"),
])
def test_somali_people(text, present, absent):
    found = {c.iso3 for c in find_countries(text)}
    assert present in found
    assert absent not in found


def test_somali_authorities_are_somalia():
    assert "SOM" in {c.iso3 for c in find_countries("Somali authorities arrested 12 people.")}


@pytest.mark.parametrize("text, present, absent", [
    # a sea, gulf or strait named after a country
    ("The Kenyan navy seized 300 kilos of heroin in the Indian Ocean.", "KEN", "IND"),
    ("Peruvian forces tracked the boat across the South China Sea.", "PER", "CHN"),
    ("La Armada peruana interceptó el velero en el Estrecho de Gibraltar.", "PER", "GIB"),
    ("La Armada peruana interceptó el velero en el golfo de México.", "PER", "MEX"),
    ("Peruvian police boarded a yacht in the Irish Sea.", "PER", "IRL"),
])
def test_a_sea_named_after_a_country(text, present, absent):
    found = {c.iso3 for c in find_countries(text)}
    assert present in found
    assert absent not in found


def test_a_countrys_coast_stays_the_country():
    # negative: "el Pacífico colombiano" is Colombia's coast
    assert "COL" in {c.iso3 for c in find_countries("Incautaron 2 toneladas en el Pacífico colombiano.")}


@pytest.mark.parametrize("text, present, absent", [
    # an airline named after a country
    ("The courier was arrested in Peru after arriving on a Turkish Airlines flight.", "PER", "TUR"),
    ("The courier flew Air France from Lima, Peru.", "PER", "FRA"),
    ("La mula llegó a Perú en un vuelo de Aerolíneas Argentinas.", "PER", "ARG"),
    # negative: a flight from the country
    ("The courier was arrested in Peru after a flight from Turkey.", "TUR", ""),
])
def test_an_airline_named_after_a_country(text, present, absent):
    found = {c.iso3 for c in find_countries(text)}
    assert present in found
    assert absent not in found


@pytest.mark.parametrize("text, present, absent", [
    # a nationality said of the people: after a copula, "todos", "all", "mostly"
    ("Los detenidos en Perú son chilenos y bolivianos.", "PER", "CHL"),
    ("Los detenidos en Perú son chilenos y bolivianos.", "PER", "BOL"),
    ("Los detenidos en Perú, todos chilenos, fueron trasladados a Lima.", "PER", "CHL"),
    ("The twelve arrested in Peru were Chilean and Bolivian.", "PER", "BOL"),
    ("Police in Peru held 12 people, mostly Chilean.", "PER", "CHL"),
    ("La policía de Perú arrestó al cabecilla chileno de la banda.", "PER", "CHL"),
])
def test_a_nationality_said_of_the_people(text, present, absent):
    found = {c.iso3 for c in find_countries(text)}
    assert present in found
    assert absent not in found


def test_forces_after_a_copula_stay_countries():
    # negative: the demonym qualifies a police word
    assert "CHL" in {c.iso3 for c in find_countries("The officers in Peru were Chilean police investigators.")}


@pytest.mark.parametrize("text, present, absent", [
    # Spanish demonyms standing for people: a group's members, what was done to them, what they did
    ("La red, integrada por chilenos y bolivianos, operaba en Perú.", "PER", "CHL"),
    ("Los chilenos detenidos en Perú serán extraditados.", "PER", "CHL"),
    ("La boliviana fue detenida en Perú.", "PER", "BOL"),
])
def test_spanish_demonyms_standing_for_people(text, present, absent):
    found = {c.iso3 for c in find_countries(text)}
    assert present in found
    assert absent not in found


@pytest.mark.parametrize("text, present, absent", [
    # every adverb of share, declared once (country_senses._SHARE_ADVERBS), may stand before the nationality
    ("La red, integrada en su mayoría por chilenos, operaba en Perú.", "PER", "CHL"),
    ("The twelve arrested in Peru were largely Chilean.", "PER", "CHL"),
    ("Police in Peru held 12 women, primarily Bolivian, at the border.", "PER", "BOL"),
])
def test_every_adverb_of_share_before_a_nationality(text, present, absent):
    found = {c.iso3 for c in find_countries(text)}
    assert present in found
    assert absent not in found


def test_a_spanish_demonym_of_a_force_before_a_verb_stays_a_country():
    # negative: "la policía chilena fue…" qualifies the force
    assert "CHL" in {c.iso3 for c in find_countries("La policía chilena fue clave en la operación en Perú.")}


@pytest.mark.parametrize("text, present, absent", [
    # the language something is in
    ("Police in Peru released a video in Greek and Turkish.", "PER", "GRC"),
    ("Police in Peru released a video in Greek and Turkish.", "PER", "TUR"),
    ("La policía de Perú halló mensajes escritos en ruso.", "PER", "RUS"),
    ("La policía de Perú tradujo los chats al francés.", "PER", "FRA"),
])
def test_the_language_something_is_in(text, present, absent):
    found = {c.iso3 for c in find_countries(text)}
    assert present in found
    assert absent not in found


@pytest.mark.parametrize("text, iso3", [
    # negatives: a noun after the list makes it a place or a country's custody
    ("Cocaine was seized in Greek and Turkish waters.", "TUR"),
    ("The suspect is held in Greek custody.", "GRC"),
    ("Hubo detenidos en territorio chileno.", "CHL"),
])
def test_in_a_demonym_before_a_noun_stays_a_country(text, iso3):
    assert iso3 in {c.iso3 for c in find_countries(text)}


@pytest.mark.parametrize("text, present, absent", [
    # parts of other countries whose names hold a country's or a demonym
    ("Police made arrests in Peru and British Columbia.", "PER", "GBR"),
    ("Hubo detenidos en Perú y en la Columbia Británica.", "PER", "GBR"),
    ("Police made arrests in Peru and New England.", "PER", "GBR"),
    # Northern Ireland in Spanish is the United Kingdom, not Ireland
    ("Hubo detenidos en Perú y en Irlanda del Norte.", "GBR", "IRL"),
])
def test_parts_of_countries_named_like_others(text, present, absent):
    found = {c.iso3 for c in find_countries(text)}
    assert present in found
    assert absent not in found


def test_scotland_and_ireland_in_spanish():
    found = {c.iso3 for c in find_countries("Hubo detenidos en Escocia y en Irlanda.")}
    assert found == {"GBR", "IRL"}


@pytest.mark.parametrize("text, iso3", [
    # demonyms of the Horn of Africa and South Asia: forces are countries
    ("Sudanese authorities arrested 12 traffickers.", "SDN"),
    ("Pakistani police raided three call centres.", "PAK"),
    ("Las autoridades etíopes detuvieron a 12 personas.", "ETH"),
])
def test_more_demonyms_of_forces(text, iso3):
    assert iso3 in {c.iso3 for c in find_countries(text)}


@pytest.mark.parametrize("text, absent", [
    # …and their people are nationalities
    ("Police in Peru rescued 30 Eritrean and Ethiopian migrants.", "ERI"),
    ("La policía de Perú detuvo a tres afganos y dos paquistaníes.", "AFG"),
    ("Police in Peru arrested a Nepali national.", "NPL"),
])
def test_more_demonyms_of_people(text, absent):
    found = {c.iso3 for c in find_countries(text)}
    assert "PER" in found
    assert absent not in found


@pytest.mark.parametrize("text, lang, expected", [
    # a Spanish adjective between the partnership noun and "con": the listed countries took part
    ("La fiscalía ha dirigido el caso en colaboración simultánea con Austria, Malta y Grecia.", "es",
     {"AUT": "participating", "MLT": "participating", "GRC": "participating"}),
    ("El juzgado actuó en cooperación directa con Chile y Uruguay.", "es",
     {"CHL": "participating", "URY": "participating"}),
    # (not any word: a plan "with" them is no partnership in the operation)
    ("La colaboración prevista con Chile y Uruguay no llegó a firmarse.", "es",
     {"CHL": "mentioned", "URY": "mentioned"}),
])
def test_partnership_with_an_adjective_after_its_noun(text, lang, expected):
    assert roles_of(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a territory with its sovereign in brackets does not cut the list of partners
    ("Officers worked with partners in Laos, Fiji, Hong Kong (China), Nepal and Chile.", "en",
     {"LAO": "participating", "FJI": "participating", "HKG": "participating", "NPL": "participating",
      "CHL": "participating"}),
    ("Se desarrolló con la participación de Perú, Bolivia, Macao (China), Uruguay y Fiyi.", "es",
     {"PER": "participating", "BOL": "participating", "MAC": "participating", "URY": "participating",
      "FJI": "participating"}),
    # (a bracket that is no item of a list: a town after its country)
    ("The fraud hit users from Peru (Lima) and Chile.", "en", {"PER": "mentioned", "CHL": "mentioned"}),
])
def test_a_bracketed_sovereign_inside_a_list(text, lang, expected):
    assert roles_of(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a country named as the owner of a force: its customs, its national police, a force's own name after it
    ("La Guardia Civil trabajó con la Oficina de Investigación de Aduanas de Austria.", "es",
     {"ESP": "participating", "AUT": "participating"}),
    ("The investigators teamed up with the Revenue and Customs of Malta.", "en", {"MLT": "participating"}),
    ("Los Carabineros actuaron junto con la Policía Nacional boliviana.", "es", {"BOL": "participating"}),
    ("The unit worked with Europol, Laos Police, Fiji Customs Service and the FBI.", "en",
     {"LAO": "participating", "FJI": "participating", "USA": "participating"}),
    # (a route, no force: the countries are only named)
    ("La droga llegó desde Marruecos a Italia.", "es", {"MAR": "mentioned", "ITA": "mentioned"}),
    ("The parcels came from Laos to Fiji, police said.", "en", {"LAO": "mentioned", "FJI": "mentioned"}),
])
def test_a_country_named_as_the_owner_of_a_force(text, lang, expected):
    found = roles_of(text, lang)
    assert {k: v for k, v in found.items() if k in expected} == expected


@pytest.mark.parametrize("text, lang, iso3", [
    # where the arrested people's network was active is not where they were arrested
    ("Agentes detuvieron en Asunción a dos hombres de una red que operaba entre Bolivia y Chile.", "es", "CHL"),
    ("Officers arrested three members of a ring which operated in Peru and Chile.", "en", "PER"),
])
def test_where_the_arrested_gang_operated_has_no_arrests(text, lang, iso3):
    assert roles_of(text, lang)[iso3] != "arrests_unspecified"


@pytest.mark.parametrize("text, lang, iso3", [
    # (an arrest placed in the country stays one)
    ("Agentes detuvieron a miembros de la red en Bolivia y Chile.", "es", "CHL"),
    ("Officers arrested members of the ring in Peru and Chile.", "en", "PER"),
])
def test_an_arrest_in_the_country_stays_one(text, lang, iso3):
    assert roles_of(text, lang)[iso3] == "arrests_unspecified"
