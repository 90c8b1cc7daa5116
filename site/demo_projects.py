"""Demo projects that `manage.py load_demo` builds (fictional details, real places)."""

PROJECTS = [
    # --- The alliance's own projects (partner None, shown under the showcase) ---
    {
        "key": "pv-kreisgebaeude",
        "partner": None,
        "participants": [],
        "topics": ["energie-und-waerme", "verwaltung"],
        "status": "laufend",
        "start": "2022-03-01",
        "end": "2027-12-31",
        "municipality": "cloppenburg",
        "co2": 495.0,
        "co2_method": "berechnet",
        "investment": 1950000,
        "funding": "",
        "measure": "1U",
        "contact": "Klimaschutzmanagement des Landkreises",
        "address": "Eschstraße 29, 49661 Cloppenburg",
        "position": (52.8470, 8.0440),
        "colour": "#2e7d32",
        "image_motif": "sun",
        "de": {
            "title": "Photovoltaik auf den Dächern der kreiseigenen Gebäude",
            "teaser": (
                "Der Landkreis stattet seine Verwaltungsgebäude, Schulen und Sporthallen "
                "Schritt für Schritt mit Solaranlagen aus. Den erzeugten Strom verbrauchen die "
                "Gebäude so weit wie möglich selbst."
            ),
            "body": [
                "<p>Mit der Maßnahme 1U des Klimaschutzkonzepts hat sich der Landkreis "
                "vorgenommen, alle geeigneten kreiseigenen Dächer für Photovoltaik zu nutzen. "
                "Den Anfang machte das Kreishaus in Cloppenburg; es folgen die Schulen in "
                "Trägerschaft des Landkreises, Sporthallen und Betriebsgebäude.</p>",
                "<p>Vor jedem Bauabschnitt prüft ein Fachbüro Statik, Dachzustand und "
                "Stromverbrauch des Gebäudes. Steht ohnehin eine Dachsanierung an, wird die "
                "Solaranlage gleich mit eingeplant.</p>",
                "<ul><li>angestrebte Gesamtleistung: rund 1,4 Megawatt peak</li>"
                "<li>erwarteter Ertrag: etwa 1.300 Megawattstunden im Jahr</li>"
                "<li>Vorrang für den Eigenverbrauch, Überschüsse gehen ins Netz</li></ul>",
            ],
        },
        "en": {
            "title": "Solar power on the roofs of the district's buildings",
            "teaser": (
                "Step by step, the district is fitting its administrative buildings, schools "
                "and sports halls with solar panels. The buildings use as much of the power "
                "as possible themselves."
            ),
            "body": [
                "<p>With measure 1U of its climate protection plan, the district has set out "
                "to use every suitable roof of its own buildings for photovoltaics. The "
                "Kreishaus in Cloppenburg came first; the schools run by the district, sports "
                "halls and service buildings follow.</p>",
                "<p>Before each construction phase, engineers check the structure, the "
                "condition of the roof and the building's power consumption. Where a roof "
                "needs renovating anyway, the solar system is planned in at the same time.</p>",
                "<ul><li>target total capacity: about 1.4 megawatts peak</li>"
                "<li>expected yield: about 1,300 megawatt hours a year</li>"
                "<li>own use first, surplus power is fed into the grid</li></ul>",
            ],
        },
    },
    {
        "key": "klimaneutrale-kreisverwaltung",
        "partner": None,
        "participants": [],
        "topics": ["verwaltung", "gebaeude", "mobilitaet"],
        "status": "laufend",
        "start": "2022-01-01",
        "end": None,
        "municipality": "cloppenburg",
        "co2": None,
        "co2_method": None,
        "investment": None,
        "funding": "Kommunalrichtlinie (NKI)",
        "measure": "1L",
        "contact": "Klimaschutzmanagement des Landkreises",
        "address": "Eschstraße 29, 49661 Cloppenburg",
        "position": (52.8470, 8.0440),
        "colour": "#1b5e20",
        "image_motif": "leaf",
        "de": {
            "title": "Fahrplan zur klimaneutralen Kreisverwaltung",
            "teaser": (
                "Die Kreisverwaltung will ihre eigenen Treibhausgasemissionen konsequent "
                "senken. Eine jährliche Bilanz zeigt, wo sie steht und ob der Weg zur "
                "Klimaneutralität bis 2035 trägt."
            ),
            "body": [
                "<p>Die Maßnahme 1L des Klimaschutzkonzepts nimmt die Verwaltung selbst in die "
                "Pflicht. Grundlage ist eine Treibhausgasbilanz, die Strom und Wärme der "
                "Liegenschaften, den Fuhrpark, Dienstreisen und die Beschaffung erfasst.</p>",
                "<ul><li>Umstellung des Fuhrparks auf Elektrofahrzeuge und Diensträder</li>"
                "<li>Ökostrom für alle Liegenschaften</li>"
                "<li>klimafreundliche Beschaffung, von Papier bis IT</li>"
                "<li>Videokonferenzen statt Dienstfahrten, wo es sinnvoll ist</li></ul>",
                "<p>Die Bilanz wird jedes Jahr fortgeschrieben und veröffentlicht. So lässt "
                "sich nachvollziehen, welche Maßnahmen wirken und wo nachgesteuert werden "
                "muss.</p>",
            ],
        },
        "en": {
            "title": "Roadmap to a climate-neutral district administration",
            "teaser": (
                "The district administration intends to cut its own greenhouse gas emissions "
                "consistently. An annual account shows where it stands and whether the path "
                "to climate neutrality by 2035 holds."
            ),
            "body": [
                "<p>Measure 1L of the climate protection plan puts the administration itself "
                "to the test. It starts from a greenhouse gas account covering electricity "
                "and heat in the buildings, the vehicle fleet, business travel and "
                "procurement.</p>",
                "<ul><li>switching the fleet to electric vehicles and service bicycles</li>"
                "<li>green electricity for all buildings</li>"
                "<li>climate-friendly procurement, from paper to IT</li>"
                "<li>video conferences instead of business trips where it makes sense</li></ul>",
                "<p>The account is updated and published every year. This makes it possible "
                "to see which measures work and where course corrections are needed.</p>",
            ],
        },
    },
    {
        "key": "leitlinien-klimaschutz",
        "partner": None,
        "participants": ["Stadt Cloppenburg", "Stadt Friesoythe", "Gemeinde Saterland"],
        "topics": ["verwaltung", "bildung-und-beteiligung"],
        "status": "abgeschlossen",
        "start": "2022-02-01",
        "end": "2023-06-30",
        "municipality": None,
        "co2": None,
        "co2_method": None,
        "investment": None,
        "funding": "",
        "measure": "1A",
        "contact": "Geschäftsstelle der Klimaallianz im Referat Strategie und Innovation",
        "address": "",
        "position": None,
        "colour": "#37474f",
        "image_motif": "people",
        "de": {
            "title": "Gemeinsame Leitlinien für den Klimaschutz",
            "teaser": (
                "Leitlinien legen fest, wie Klimaschutz bei Entscheidungen, Bauvorhaben und "
                "Beschaffung berücksichtigt wird. Sie bilden zugleich den Rahmen für die "
                "Zusammenarbeit in der Klimaallianz."
            ),
            "body": [
                "<p>Die Maßnahme 1A des Klimaschutzkonzepts sah vor, verbindliche Leitlinien "
                "für das Handeln der Verwaltung zu formulieren. In mehreren Werkstätten mit "
                "Fachdiensten, Kommunen und Partnern der Klimaallianz entstand ein kurzer, "
                "verständlicher Text.</p>",
                "<ul><li>Bei Neubau und Sanierung wird die klimafreundlichste wirtschaftlich "
                "vertretbare Lösung gewählt.</li>"
                "<li>Beschlussvorlagen benennen ihre Auswirkungen auf das Klima.</li>"
                "<li>Bei Beschaffungen zählen Energieverbrauch und Lebensdauer mit.</li></ul>",
                "<p>Die Lenkungsgruppe überprüft die Leitlinien alle zwei Jahre. Städte und "
                "Gemeinden können sie als Vorlage für eigene Regelungen nutzen.</p>",
            ],
        },
        "en": None,
    },
    {
        "key": "klimaschutz-website",
        "partner": None,
        "participants": [],
        "topics": ["bildung-und-beteiligung"],
        "status": "laufend",
        "start": "2023-09-01",
        "end": None,
        "municipality": None,
        "co2": None,
        "co2_method": None,
        "investment": None,
        "funding": "",
        "measure": "1C",
        "contact": "Geschäftsstelle der Klimaallianz im Referat Strategie und Innovation",
        "address": "",
        "position": None,
        "colour": "#00695c",
        "image_motif": "leaf",
        "de": {
            "title": "Eine Website für den Klimaschutz im Landkreis",
            "teaser": (
                "Die Website der Klimaallianz bündelt Projekte, Partner und Materialien aus "
                "dem ganzen Landkreis an einem Ort – barrierearm und datensparsam."
            ),
            "body": [
                "<p>Mit der Maßnahme 1C hat sich der Landkreis vorgenommen, Klimaschutz im "
                "Internet sichtbar zu machen. Die Partner der Klimaallianz pflegen ihre "
                "Profile und Projekte selbst; die Lenkungsgruppe prüft jeden Beitrag, bevor "
                "er erscheint.</p>",
                "<p>Bürgerinnen und Bürger können sich als Unterstützerin oder Unterstützer "
                "eintragen und Unterlagen im Downloadbereich abrufen. Nach und nach kommen "
                "weitere Angebote hinzu, etwa Materialien für Schulen und Vereine.</p>",
            ],
        },
        "en": None,
    },
    {
        "key": "on-demand-bus-nordkreis",
        "partner": None,
        "participants": ["Gemeinde Saterland", "Stadt Friesoythe"],
        "topics": ["mobilitaet"],
        "status": "geplant",
        "start": "2027-08-01",
        "end": "2029-07-31",
        "municipality": "barssel",
        "co2": None,
        "co2_method": None,
        "investment": 1600000,
        "funding": "",
        "measure": "4A",
        "contact": "Ansprechstelle Nahverkehr beim Landkreis",
        "address": "",
        "position": (53.1700, 7.7450),
        "colour": "#0d47a1",
        "image_motif": "bus",
        "de": {
            "title": "On-Demand-Bus für den Nordkreis",
            "teaser": (
                "In Barßel, im Saterland und in Friesoythe soll ein Rufbus die festen Linien "
                "ergänzen: per App oder Telefon bestellt, mit zusätzlichen Haltepunkten und "
                "ohne starren Fahrplan."
            ),
            "body": [
                "<p>Auf dem Land fahren Busse oft nur zu Schulzeiten. Ein On-Demand-Verkehr mit "
                "Kleinbussen soll das ändern: Fahrgäste buchen ihre Fahrt kurzfristig, und ein "
                "Buchungssystem bündelt Fahrtwünsche mit ähnlichem Ziel.</p>",
                "<p>Vorgesehen ist zunächst ein zweijähriger Probebetrieb. Vorab stimmen "
                "Landkreis und Kommunen Bediengebiet, Anschlüsse an bestehende Buslinien und "
                "einen Tarif ab, der zum übrigen Nahverkehr passt.</p>",
                "<p>Die Fahrzeuge sollen elektrisch fahren. Ob das Angebot dauerhaft bleibt, "
                "entscheidet eine Auswertung der Fahrgastzahlen und Rückmeldungen.</p>",
            ],
        },
        "en": None,
    },
    # --- Stadt Cloppenburg ---
    {
        "key": "waermeplanung-cloppenburg",
        "partner": "Stadt Cloppenburg",
        "participants": ["Industrie- und Handelskammer – Regionalbüro (Demo)"],
        "topics": ["energie-und-waerme", "verwaltung"],
        "status": "laufend",
        "start": "2024-03-01",
        "end": "2026-12-31",
        "municipality": "cloppenburg",
        "co2": None,
        "co2_method": None,
        "investment": 160000,
        "funding": "Landesmittel für die kommunale Wärmeplanung",
        "measure": "1D",
        "contact": "Klimaschutzmanagement der Stadt Cloppenburg",
        "address": "",
        "position": (52.8476, 8.0450),
        "colour": "#b71c1c",
        "image_motif": "heat",
        "de": {
            "title": "Kommunaler Wärmeplan für Cloppenburg",
            "teaser": (
                "Die Stadt ermittelt, wie Wohnhäuser, Betriebe und öffentliche Gebäude künftig "
                "klimaneutral beheizt werden können und in welchen Quartieren sich ein "
                "Wärmenetz lohnt."
            ),
            "body": [
                "<p>Am Anfang steht eine Bestandsaufnahme: Welche Gebäude gibt es, wie werden "
                "sie beheizt, wo fällt Abwärme an? Darauf folgt eine Analyse der Potenziale "
                "für erneuerbare Wärme, etwa aus Abwärme, Biogas, Umweltwärme oder "
                "Solarthermie.</p>",
                "<p>Im Ergebnis teilt der Wärmeplan das Stadtgebiet in Gebiete ein, die sich "
                "für ein Wärmenetz, für Einzellösungen wie Wärmepumpen oder für eine genauere "
                "Prüfung eignen. Das Regionalbüro der IHK hilft, Abwärmequellen in den "
                "Gewerbegebieten zu erfassen.</p>",
                "<p>Zwischenergebnisse stellt die Stadt in öffentlichen Veranstaltungen vor. "
                "Der Landkreis unterstützt die Kommunen nach Maßnahme 1D mit Daten und "
                "Erfahrungsaustausch.</p>",
            ],
        },
        "en": {
            "title": "Municipal heat plan for Cloppenburg",
            "teaser": (
                "The town is working out how homes, businesses and public buildings can be "
                "heated without emissions in future, and in which neighbourhoods a heat "
                "network would pay off."
            ),
            "body": [
                "<p>It starts with an inventory: which buildings are there, how are they "
                "heated, and where is waste heat produced? Next comes an analysis of the "
                "potential for renewable heat, for example from waste heat, biogas, ambient "
                "heat or solar thermal energy.</p>",
                "<p>As a result, the heat plan divides the town into areas suited to a heat "
                "network, to individual solutions such as heat pumps, or to closer study. "
                "The regional office of the chamber of industry and commerce helps to record "
                "sources of waste heat in the business parks.</p>",
                "<p>The town presents interim results at public events. Under measure 1D, the "
                "district supports the municipalities with data and the sharing of "
                "experience.</p>",
            ],
        },
    },
    {
        "key": "pv-schulen-cloppenburg",
        "partner": "Stadt Cloppenburg",
        "participants": ["Solarwerk Garrel GmbH"],
        "topics": ["energie-und-waerme", "verwaltung"],
        "status": "abgeschlossen",
        "start": "2021-05-01",
        "end": "2023-10-31",
        "municipality": "cloppenburg",
        "co2": 170.0,
        "co2_method": "berechnet",
        "investment": 620000,
        "funding": "",
        "measure": "",
        "contact": "Gebäudemanagement der Stadt Cloppenburg",
        "address": "",
        "position": (52.8420, 8.0380),
        "colour": "#33691e",
        "image_motif": "sun",
        "de": {
            "title": "Solardächer auf städtischen Schulen und Sporthallen",
            "teaser": (
                "Auf fünf Schulen und zwei Sporthallen der Stadt erzeugen Photovoltaikanlagen "
                "rund 450.000 Kilowattstunden Strom im Jahr. Der größte Teil wird direkt vor "
                "Ort verbraucht."
            ),
            "body": [
                "<p>Schuldächer sind groß, und Schulen brauchen ihren Strom vor allem "
                "tagsüber – ideale Voraussetzungen für Photovoltaik. In drei Bauabschnitten "
                "hat die Stadt Anlagen mit zusammen rund 480 Kilowatt peak errichten "
                "lassen.</p>",
                "<p>In den Eingangsbereichen zeigen Bildschirme, wie viel Strom gerade erzeugt "
                "wird. Lehrkräfte nutzen die Daten im Unterricht, etwa in Mathematik und "
                "Physik.</p>",
            ],
        },
        "en": None,
    },
    {
        "key": "regenwasser-innenstadt-cloppenburg",
        "partner": "Stadt Cloppenburg",
        "participants": ["Wasserverband Oldenburger Münsterland (Demo)"],
        "topics": ["klimaanpassung"],
        "status": "geplant",
        "start": "2027-03-01",
        "end": "2028-10-31",
        "municipality": "cloppenburg",
        "co2": None,
        "co2_method": None,
        "investment": 420000,
        "funding": "Bundesförderung zur Klimaanpassung (Antrag in Vorbereitung)",
        "measure": "",
        "contact": "Fachbereich Planen und Bauen der Stadt Cloppenburg",
        "address": "",
        "position": (52.8465, 8.0475),
        "colour": "#01579b",
        "image_motif": "water",
        "de": {
            "title": "Mehr Platz für Regenwasser in der Innenstadt",
            "teaser": (
                "Mit Entsiegelung, Versickerungsmulden und Baumrigolen will die Stadt Keller und "
                "Straßen bei Starkregen besser schützen und an heißen Tagen für Abkühlung "
                "sorgen."
            ),
            "body": [
                "<p>Heftige Regengüsse werden häufiger, und die Kanalisation ist für solche "
                "Mengen nicht ausgelegt. Eine Fließwegeanalyse zeigt, wo sich das Wasser in "
                "der Innenstadt sammelt und wo Schäden drohen.</p>",
                "<ul><li>Entsiegelung von Parkplätzen und Schulhöfen</li>"
                "<li>Baumrigolen, die Regenwasser speichern und an Straßenbäume abgeben</li>"
                "<li>Notwasserwege, die Wasser gezielt von Gebäuden fernhalten</li></ul>",
                "<p>Begleitend erhalten Hauseigentümerinnen und Hauseigentümer eine Beratung "
                "zu Rückstauschutz und Regenwassernutzung.</p>",
            ],
        },
        "en": None,
    },
    # --- Stadt Friesoythe ---
    {
        "key": "e-bike-laden-friesoythe",
        "partner": "Stadt Friesoythe",
        "participants": ["Solarwerk Garrel GmbH"],
        "topics": ["mobilitaet"],
        "status": "abgeschlossen",
        "start": "2022-04-01",
        "end": "2023-05-31",
        "municipality": "friesoythe",
        "co2": 4.0,
        "co2_method": "geschaetzt",
        "investment": 95000,
        "funding": "",
        "measure": "",
        "contact": "Klimaschutzmanagement der Stadt Friesoythe",
        "address": "",
        "position": (53.0206, 7.8586),
        "colour": "#004d40",
        "image_motif": "charge",
        "de": {
            "title": "Ladestationen für E-Bikes in Friesoythe",
            "teaser": (
                "An acht Standorten im Stadtgebiet können Radfahrende ihre Akkus kostenlos "
                "laden – zum Teil mit Strom aus kleinen Solardächern über den Stellplätzen."
            ),
            "body": [
                "<p>Mit dem E-Bike lassen sich auch längere Wege im Alltag bequem zurücklegen. "
                "Damit unterwegs niemandem der Strom ausgeht, hat die Stadt an Rathaus, "
                "Freibad, Sportstätten und beliebten Ausflugszielen Ladestationen mit "
                "abschließbaren Fächern aufgestellt.</p>",
                "<p>An drei Standorten liefern Solarmodule auf den Überdachungen den "
                "Ladestrom. Die Auslastung wird regelmäßig ausgewertet; stark genutzte "
                "Stationen sollen erweitert werden.</p>",
            ],
        },
        "en": {
            "title": "Charging stations for e-bikes in Friesoythe",
            "teaser": (
                "At eight locations around town, cyclists can charge their batteries free of "
                "charge – in some places with power from small solar roofs above the bike "
                "racks."
            ),
            "body": [
                "<p>E-bikes make longer everyday journeys easy. So that nobody runs out of "
                "power on the way, the town has set up charging stations with lockable "
                "compartments at the town hall, the outdoor pool, sports grounds and popular "
                "destinations for day trips.</p>",
                "<p>At three locations, solar modules on the shelters supply the charging "
                "power. Usage is evaluated regularly; busy stations are to be extended.</p>",
            ],
        },
    },
    {
        "key": "moor-wiedervernaessung-friesoythe",
        "partner": "Stadt Friesoythe",
        "participants": [
            "NABU-Gruppe Oldenburger Münsterland (Demo)",
            "Landwirtschaftskammer – Bezirksstelle (Demo)",
        ],
        "topics": ["wirtschaft-und-landwirtschaft", "klimaanpassung"],
        "status": "laufend",
        "start": "2023-09-01",
        "end": "2028-12-31",
        "municipality": "friesoythe",
        "co2": 840.0,
        "co2_method": "geschaetzt",
        "investment": 1100000,
        "funding": "Förderrichtlinie Klimaschutz durch Moorentwicklung (Niedersachsen)",
        "measure": "",
        "contact": "Umweltamt der Stadt Friesoythe",
        "address": "",
        "position": (53.0450, 7.8000),
        "colour": "#4e342e",
        "image_motif": "moor",
        "de": {
            "title": "Wiedervernässung einer städtischen Moorfläche",
            "teaser": (
                "Auf rund 42 Hektar entwässertem Hochmoor bei Friesoythe steigt der "
                "Wasserstand wieder. So zersetzt sich der Torf nicht weiter, und das Moor kann "
                "erneut Kohlenstoff speichern."
            ),
            "body": [
                "<p>Solange Moorböden trocken liegen, gibt der Torf laufend Kohlendioxid ab. Die "
                "Fläche im Eigentum der Stadt wurde bis vor einigen Jahren als Grünland "
                "genutzt und ist von Gräben durchzogen.</p>",
                "<p>Die Gräben werden nun verschlossen und niedrige Dämme angelegt, damit das "
                "Regenwasser in der Fläche bleibt. Grundwasserpegel zeigen, wie sich der "
                "Wasserstand entwickelt.</p>",
                "<p>Ehrenamtliche aus dem Naturschutz erfassen Pflanzen und Vögel. Die "
                "landwirtschaftliche Beratung steht den Betrieben auf den angrenzenden "
                "Flächen zur Seite.</p>",
            ],
        },
        "en": None,
    },
    {
        "key": "energiesparen-schulen-friesoythe",
        "partner": "Stadt Friesoythe",
        "participants": [],
        "topics": ["bildung-und-beteiligung", "gebaeude", "verwaltung"],
        "status": "laufend",
        "start": "2024-08-01",
        "end": None,
        "municipality": "friesoythe",
        "co2": 30.0,
        "co2_method": "gemessen",
        "investment": 20000,
        "funding": "Kommunalrichtlinie (NKI)",
        "measure": "6B",
        "contact": "Schulverwaltung der Stadt Friesoythe",
        "address": "",
        "position": (53.0180, 7.8620),
        "colour": "#6a1b9a",
        "image_motif": "school",
        "de": {
            "title": "Energiesparen macht Schule",
            "teaser": (
                "Kinder in Grundschulen und Kitas gehen als Energiedetektive auf Spurensuche. "
                "Was ihre Einrichtung an Strom, Wärme und Wasser spart, fließt zur Hälfte als "
                "Prämie zurück."
            ),
            "body": [
                "<p>Mit Messgeräten prüfen die Kinder, wo Licht unnötig brennt, Fenster "
                "gekippt bleiben oder Heizkörper zugestellt sind. Energieteams aus Kindern, "
                "Lehrkräften und Hausmeistern vereinbaren einfache Regeln für den Alltag.</p>",
                "<p>Die Stadt vergleicht die Verbräuche jedes Jahr mit einem Referenzwert. "
                "Die Hälfte der eingesparten Kosten erhält die Einrichtung für eigene "
                "Anschaffungen, die andere Hälfte fließt in kleine Effizienzmaßnahmen an den "
                "Gebäuden.</p>",
            ],
        },
        "en": None,
    },
    # --- Gemeinde Saterland ---
    {
        "key": "klimabildung-zweisprachig-saterland",
        "partner": "Gemeinde Saterland",
        "participants": ["Volkshochschule Cloppenburg (Demo)"],
        "topics": ["bildung-und-beteiligung"],
        "status": "laufend",
        "start": "2025-02-01",
        "end": "2027-07-31",
        "municipality": "saterland",
        "co2": None,
        "co2_method": None,
        "investment": 35000,
        "funding": "",
        "measure": "",
        "contact": "Fachbereich Bildung der Gemeinde Saterland",
        "address": "",
        "position": (53.0787, 7.7425),
        "colour": "#2e7d32",
        "image_motif": "school",
        "de": {
            "title": "Klima entdecken – auf Deutsch und Saterfriesisch",
            "teaser": (
                "Kitas und Grundschulen im Saterland erhalten Spielkisten, Bildkarten und "
                "Lieder rund um Wetter, Wasser und Energie – zweisprachig, damit Klimabildung "
                "und die Pflege des Seeltersk Hand in Hand gehen."
            ),
            "body": [
                "<p>Saterfriesisch, auf Saterfriesisch Seeltersk, gehört zu den kleinsten "
                "Minderheitensprachen Europas. Wer die Sprache früh hört, lernt sie leichter – "
                "warum also nicht beim Thema Klima?</p>",
                "<p>Erzieherinnen, Lehrkräfte und Sprachkundige aus den Ortsteilen entwickeln "
                "gemeinsam Materialien zu Themen wie „Das Moor vor der Haustür“, „Energie aus "
                "Sonne und Wind“ und „Wasser ist kostbar“.</p>",
                "<p>Die Kisten werden reihum an die Einrichtungen verliehen. Begleitende "
                "Fortbildungen für Fachkräfte bietet die Volkshochschule an.</p>",
            ],
        },
        "en": None,
    },
    {
        "key": "windenergie-beteiligung-saterland",
        "partner": "Gemeinde Saterland",
        "participants": [],
        "topics": ["energie-und-waerme", "bildung-und-beteiligung"],
        "status": "geplant",
        "start": "2027-06-01",
        "end": None,
        "municipality": "saterland",
        "co2": None,
        "co2_method": None,
        "investment": None,
        "funding": "",
        "measure": "",
        "contact": "Bürgermeisterbüro der Gemeinde Saterland",
        "address": "",
        "position": (53.0600, 7.7000),
        "colour": "#0277bd",
        "image_motif": "wind",
        "de": {
            "title": "Mitreden und mitverdienen bei neuen Windparks",
            "teaser": (
                "Wenn im Gemeindegebiet neue Windenergieanlagen entstehen, sollen "
                "Einwohnerinnen und Einwohner früh mitreden und an den Erträgen teilhaben "
                "können. Die Gemeinde entwickelt dafür ein Beteiligungsmodell."
            ),
            "body": [
                "<p>Der Ausbau der Windenergie an Land soll in den kommenden Jahren deutlich "
                "zulegen. Akzeptanz entsteht vor allem dann, wenn die Menschen vor Ort "
                "einbezogen werden und spürbar profitieren.</p>",
                "<ul><li>offene Bürgerabende, bevor die Planung konkret wird</li>"
                "<li>Zahlungen der Betreiber an die Gemeinde, wie sie das "
                "Erneuerbare-Energien-Gesetz ermöglicht</li>"
                "<li>finanzielle Beteiligung, etwa über eine Energiegenossenschaft</li></ul>",
                "<p>Ein Teil der Einnahmen soll in einen örtlichen Klimafonds fließen, aus dem "
                "Vereine und Dorfgemeinschaften eigene Projekte fördern können.</p>",
            ],
        },
        "en": None,
    },
    # --- Kreistagsfraktion für Klimaschutz (Demo) ---
    {
        "key": "klimasprechstunden",
        "partner": "Kreistagsfraktion für Klimaschutz (Demo)",
        "participants": [],
        "topics": ["bildung-und-beteiligung", "verwaltung"],
        "status": "laufend",
        "start": "2022-03-01",
        "end": None,
        "municipality": None,
        "co2": None,
        "co2_method": None,
        "investment": None,
        "funding": "",
        "measure": "",
        "contact": "Fraktionsgeschäftsstelle",
        "address": "",
        "position": None,
        "colour": "#455a64",
        "image_motif": "people",
        "de": {
            "title": "Offene Sprechstunden zum Klimaschutzkonzept",
            "teaser": (
                "Viermal im Jahr lädt die Fraktion an wechselnden Orten im Landkreis zu einer "
                "offenen Sprechstunde ein. Wer Fragen, Ideen oder Kritik zum "
                "Klimaschutzkonzept hat, ist willkommen."
            ),
            "body": [
                "<p>Der Kreistag hat das Klimaschutzkonzept im Oktober 2021 beschlossen. Was "
                "bedeutet es konkret für den eigenen Ort, den Betrieb oder den Verein? Darüber "
                "möchte die Fraktion direkt mit den Menschen ins Gespräch kommen.</p>",
                "<p>Jede Sprechstunde hat ein Schwerpunktthema, etwa Wärme, Radwege oder "
                "Moorschutz. Anregungen werden gesammelt und fließen in Anfragen und Anträge "
                "im Kreistag ein.</p>",
            ],
        },
        "en": None,
    },
    # --- Solarwerk Garrel GmbH ---
    {
        "key": "dachflaechenboerse",
        "partner": "Solarwerk Garrel GmbH",
        "participants": ["Landwirtschaftskammer – Bezirksstelle (Demo)"],
        "topics": ["energie-und-waerme", "wirtschaft-und-landwirtschaft"],
        "status": "laufend",
        "start": "2024-03-01",
        "end": None,
        "municipality": "garrel",
        "co2": 320.0,
        "co2_method": "geschaetzt",
        "investment": None,
        "funding": "",
        "measure": "",
        "contact": "Projektleitung Dachflächenbörse",
        "address": "",
        "position": (52.9558, 8.0250),
        "colour": "#bf360c",
        "image_motif": "sun",
        "de": {
            "title": "Dachflächenbörse für Betriebe und Höfe",
            "teaser": (
                "Viele große Dächer von Hallen, Ställen und Maschinenschuppen tragen noch "
                "keine Solaranlage. Die Dachflächenbörse bringt Eigentümer, Investoren und "
                "Stromabnehmer zusammen."
            ),
            "body": [
                "<p>Eigentümerinnen und Eigentümer melden ihr Dach mit Größe, Ausrichtung und "
                "Zustand. Das Unternehmen schätzt kostenlos ab, wie viel Strom sich dort "
                "erzeugen ließe, und prüft Statik und Netzanschluss. Bei älteren Dächern wird "
                "zuerst geklärt, ob eine Sanierung nötig ist.</p>",
                "<ul><li>Strom für den eigenen Betrieb</li>"
                "<li>Verpachtung des Daches an einen Anlagenbetreiber</li>"
                "<li>Bürgerbeteiligung über eine Energiegenossenschaft</li></ul>",
                "<p>Bisher wurden Dächer für Anlagen mit zusammen rund 850 Kilowatt peak "
                "vermittelt.</p>",
            ],
        },
        "en": None,
    },
    {
        "key": "ausbildungsverbund-solar",
        "partner": "Solarwerk Garrel GmbH",
        "participants": ["Handwerkskammer – Beratungsstelle (Demo)"],
        "topics": ["bildung-und-beteiligung", "wirtschaft-und-landwirtschaft"],
        "status": "geplant",
        "start": "2027-08-01",
        "end": "2030-07-31",
        "municipality": "garrel",
        "co2": None,
        "co2_method": None,
        "investment": 180000,
        "funding": "",
        "measure": "",
        "contact": "Ausbildungsleitung",
        "address": "",
        "position": (52.9530, 8.0300),
        "colour": "#8d3b00",
        "image_motif": "school",
        "de": {
            "title": "Fachkräfte für die Energiewende: Ausbildungsverbund Solar",
            "teaser": (
                "Ab dem Ausbildungsjahr 2027 wollen Betriebe aus der Region gemeinsam mehr "
                "junge Menschen für Elektro- und Anlagenberufe gewinnen – mit Praxistagen und "
                "einem eigenen Übungsdach."
            ),
            "body": [
                "<p>Ohne Fachkräfte keine Energiewende: Viele Betriebe finden kaum noch "
                "Auszubildende. Im Verbund teilen sich mehrere Unternehmen Ausbildungsinhalte, "
                "die ein einzelner Betrieb nicht abdecken kann, etwa Speichertechnik oder "
                "Wärmepumpen.</p>",
                "<p>Auf dem Firmengelände entsteht ein Übungsdach, auf dem Auszubildende "
                "Montage und Sicherheit gefahrlos trainieren. Schülerinnen und Schüler aus "
                "dem Landkreis können dort bei Praxistagen in die Berufe hineinschnuppern.</p>",
            ],
        },
        "en": None,
    },
    # --- Molkerei Emstek eG (Demo) ---
    {
        "key": "molkerei-abwaerme",
        "partner": "Molkerei Emstek eG (Demo)",
        "participants": [],
        "topics": ["wirtschaft-und-landwirtschaft", "energie-und-waerme"],
        "status": "abgeschlossen",
        "start": "2021-09-01",
        "end": "2023-04-30",
        "municipality": "emstek",
        "co2": 1450.0,
        "co2_method": "gemessen",
        "investment": 2400000,
        "funding": "Bundesförderung für Energie- und Ressourceneffizienz in der Wirtschaft (EEW)",
        "measure": "",
        "contact": "Energiemanagement der Molkerei",
        "address": "",
        "position": (52.8330, 8.1510),
        "colour": "#0d47a1",
        "image_motif": "factory",
        "de": {
            "title": "Abwärme aus der Milchverarbeitung nutzen",
            "teaser": (
                "Wärmepumpen und Wärmetauscher gewinnen Energie aus den Kühlanlagen und dem "
                "Spülwasser der Molkerei zurück. Das spart Erdgas und heizt benachbarte "
                "Gebäude."
            ),
            "body": [
                "<p>Milch wird in der Molkerei erhitzt und gleich danach wieder gekühlt. Die "
                "Kälteanlagen gaben die dabei entstehende Wärme bisher ungenutzt an die Luft "
                "ab. Eine Großwärmepumpe hebt sie nun auf ein Temperaturniveau, mit dem sich "
                "Prozesswasser vorwärmen lässt.</p>",
                "<ul><li>rund 7 Gigawattstunden weniger Erdgas im Jahr</li>"
                "<li>Wärme für ein Verwaltungsgebäude und eine Lagerhalle nebenan</li>"
                "<li>Einsparung über die Gaszähler nachgewiesen</li></ul>",
                "<p>Ihre Erfahrungen gibt die Genossenschaft in einem Netzwerk für "
                "Energieeffizienz an andere Betriebe der Lebensmittelbranche weiter.</p>",
            ],
        },
        "en": {
            "title": "Putting waste heat from milk processing to use",
            "teaser": (
                "Heat pumps and heat exchangers recover energy from the dairy's cooling "
                "systems and rinsing water. This saves natural gas and heats neighbouring "
                "buildings."
            ),
            "body": [
                "<p>In the dairy, milk is heated and then cooled again straight away. Until "
                "now, the refrigeration plant released the resulting heat unused into the "
                "air. A large heat pump now raises it to a temperature at which process "
                "water can be preheated.</p>",
                "<ul><li>about 7 gigawatt hours less natural gas a year</li>"
                "<li>heat for an office building and a warehouse next door</li>"
                "<li>savings verified with the gas meters</li></ul>",
                "<p>The cooperative shares its experience with other food businesses in an "
                "energy efficiency network.</p>",
            ],
        },
    },
    {
        "key": "molkerei-e-sammelwagen",
        "partner": "Molkerei Emstek eG (Demo)",
        "participants": ["Solarwerk Garrel GmbH"],
        "topics": ["mobilitaet", "wirtschaft-und-landwirtschaft"],
        "status": "geplant",
        "start": "2027-04-01",
        "end": "2029-03-31",
        "municipality": "emstek",
        "co2": 150.0,
        "co2_method": "geschaetzt",
        "investment": 950000,
        "funding": "",
        "measure": "",
        "contact": "Logistikleitung der Molkerei",
        "address": "",
        "position": (52.8345, 8.1540),
        "colour": "#1a237e",
        "image_motif": "charge",
        "de": {
            "title": "Elektrisch zur Milchsammlung",
            "teaser": (
                "Zwei batterieelektrische Sammelwagen sollen im Probebetrieb Milch bei Höfen "
                "rund um Emstek abholen. Geladen wird an der Molkerei, möglichst mit Strom vom "
                "eigenen Dach."
            ),
            "body": [
                "<p>Milchsammelwagen fahren täglich feste Touren über Land und kehren abends "
                "zum Betrieb zurück – gute Voraussetzungen für den Elektroantrieb. Im "
                "Probebetrieb soll sich zeigen, ob Reichweite, Ladezeiten und Kühlung im "
                "Alltag zusammenpassen.</p>",
                "<p>Auf dem Werksgelände entstehen dafür Schnellladepunkte und eine "
                "Solaranlage auf dem Dach der Fahrzeughalle. Bewährt sich der Betrieb, soll "
                "die Flotte schrittweise umgestellt werden.</p>",
            ],
        },
        "en": None,
    },
    # --- Bioenergie Lastrup GmbH & Co. KG ---
    {
        "key": "nahwaerme-lastrup-ausbau",
        "partner": "Bioenergie Lastrup GmbH & Co. KG",
        "participants": [],
        "topics": ["energie-und-waerme"],
        "status": "laufend",
        "start": "2025-05-01",
        "end": "2027-06-30",
        "municipality": "lastrup",
        "co2": 620.0,
        "co2_method": "berechnet",
        "investment": 3400000,
        "funding": "Bundesförderung für effiziente Wärmenetze (BEW)",
        "measure": "2B",
        "contact": "Geschäftsführung der Betreibergesellschaft",
        "address": "",
        "position": (52.7944, 7.8680),
        "colour": "#c62828",
        "image_motif": "heat",
        "de": {
            "title": "Nahwärmenetz Lastrup: zweiter Bauabschnitt",
            "teaser": (
                "Das Wärmenetz der Biogasanlage wächst: Rund 120 weitere Häuser, ein "
                "Kindergarten und eine Sporthalle sollen bis Mitte 2027 angeschlossen werden "
                "und ihre Öl- und Gaskessel abgeben."
            ),
            "body": [
                "<p>Im ersten Bauabschnitt wurden ein Wohngebiet und eine Schule an das Netz "
                "angeschlossen. Die Nachfrage war so groß, dass nun eine zweite Trasse folgt. "
                "Neben der Abwärme der Biogasanlage speisen künftig ein Holzhackschnitzelkessel "
                "und eine Großwärmepumpe ein.</p>",
                "<p>Anschlussnehmer erhalten eine kompakte Übergabestation statt eines eigenen "
                "Kessels. Während der Bauarbeiten informiert die Betreiberin regelmäßig über "
                "Straßensperrungen und den Baufortschritt.</p>",
            ],
        },
        "en": None,
    },
    {
        "key": "biogas-waermespeicher",
        "partner": "Bioenergie Lastrup GmbH & Co. KG",
        "participants": ["Landwirtschaftskammer – Bezirksstelle (Demo)"],
        "topics": ["energie-und-waerme", "wirtschaft-und-landwirtschaft"],
        "status": "abgeschlossen",
        "start": "2022-03-01",
        "end": "2023-09-30",
        "municipality": "lastrup",
        "co2": 210.0,
        "co2_method": "berechnet",
        "investment": 680000,
        "funding": "",
        "measure": "",
        "contact": "Anlagenleitung",
        "address": "",
        "position": (52.7990, 7.8600),
        "colour": "#4a7a1e",
        "image_motif": "farm",
        "de": {
            "title": "Wärmespeicher macht die Biogasanlage flexibel",
            "teaser": (
                "Ein großer Pufferspeicher entkoppelt Strom- und Wärmeerzeugung der "
                "Biogasanlage. Sie liefert nun Strom, wenn er gebraucht wird, ohne dass "
                "Wärme verloren geht."
            ),
            "body": [
                "<p>Bisher lief das Blockheizkraftwerk rund um die Uhr mit gleicher Leistung. "
                "Mit einem zusätzlichen Motor und einem Wärmespeicher von 1.500 Kubikmetern "
                "erzeugt die Anlage Strom jetzt vor allem in den Stunden, in denen Wind und "
                "Sonne wenig liefern.</p>",
                "<p>Die Wärme wird im Speicher zwischengelagert und gleichmäßig an das "
                "Nahwärmenetz abgegeben. Im Sommer trocknet überschüssige Wärme Holz und "
                "Getreide, statt ungenutzt zu verpuffen.</p>",
            ],
        },
        "en": None,
    },
    # --- NABU-Gruppe Oldenburger Münsterland (Demo) ---
    {
        "key": "moor-erleben-schulklassen",
        "partner": "NABU-Gruppe Oldenburger Münsterland (Demo)",
        "participants": [],
        "topics": ["bildung-und-beteiligung", "klimaanpassung"],
        "status": "laufend",
        "start": "2023-04-01",
        "end": None,
        "municipality": "boesel",
        "co2": None,
        "co2_method": None,
        "investment": 12000,
        "funding": "",
        "measure": "",
        "contact": "Arbeitskreis Umweltbildung",
        "address": "",
        "position": (53.0000, 7.9500),
        "colour": "#5d4037",
        "image_motif": "moor",
        "de": {
            "title": "Moor erleben: Exkursionen für Schulklassen",
            "teaser": (
                "Mit Gummistiefeln, Bohrstock und Lupe erkunden Schulklassen das Moor vor ihrer "
                "Haustür und erfahren, warum nasse Moore für das Klima so wichtig sind."
            ),
            "body": [
                "<p>Von April bis Oktober führen ehrenamtliche Naturschützerinnen und "
                "Naturschützer Klassen der Jahrgänge 3 bis 10 durch Moorflächen bei Bösel. "
                "Die Kinder und Jugendlichen ziehen Torfproben, messen den Wasserstand und "
                "suchen Sonnentau und Torfmoose.</p>",
                "<p>Für die Vor- und Nachbereitung im Unterricht gibt es eine Materialmappe. "
                "Die Exkursionen sind für Schulen aus dem Landkreis kostenlos.</p>",
            ],
        },
        "en": None,
    },
    {
        "key": "hecken-streuobst-cappeln",
        "partner": "NABU-Gruppe Oldenburger Münsterland (Demo)",
        "participants": [],
        "topics": ["klimaanpassung", "wirtschaft-und-landwirtschaft"],
        "status": "abgeschlossen",
        "start": "2021-10-01",
        "end": "2024-03-31",
        "municipality": "cappeln",
        "co2": 8.0,
        "co2_method": "geschaetzt",
        "investment": 48000,
        "funding": "",
        "measure": "",
        "contact": "Arbeitskreis Landschaftspflege",
        "address": "",
        "position": (52.8120, 8.1170),
        "colour": "#2e7d32",
        "image_motif": "tree",
        "de": {
            "title": "Hecken und Streuobstwiesen für Cappeln",
            "teaser": (
                "In drei Pflanzwintern haben Ehrenamtliche, Landwirte und Schulklassen rund "
                "1.800 Sträucher und 160 Obstbäume an Feldrändern und auf Gemeindeflächen "
                "gepflanzt."
            ),
            "body": [
                "<p>Hecken bremsen den Wind, halten Feuchtigkeit im Boden und bieten Vögeln "
                "und Insekten Lebensraum. Streuobstwiesen mit alten Sorten speichern "
                "Kohlenstoff und tragen zur Vielfalt in der Landschaft bei.</p>",
                "<p>Gepflanzt wurden ausschließlich heimische Gehölze. Für die ersten Jahre "
                "haben Paten aus den Dörfern die Pflege übernommen, vom Gießen in trockenen "
                "Sommern bis zum Obstbaumschnitt.</p>",
            ],
        },
        "en": None,
    },
    # --- Radverkehrsinitiative Löningen e. V. ---
    {
        "key": "stadtradeln-loeningen",
        "partner": "Radverkehrsinitiative Löningen e. V.",
        "participants": [],
        "topics": ["mobilitaet", "bildung-und-beteiligung"],
        "status": "laufend",
        "start": "2022-05-01",
        "end": None,
        "municipality": "loeningen",
        "co2": 14.5,
        "co2_method": "berechnet",
        "investment": 3000,
        "funding": "",
        "measure": "",
        "contact": "Vorstand des Vereins",
        "address": "",
        "position": (52.7370, 7.7580),
        "colour": "#ad1457",
        "image_motif": "bike",
        "de": {
            "title": "Stadtradeln in Löningen",
            "teaser": (
                "Drei Wochen lang sammeln Teams aus Schulen, Vereinen, Betrieben und "
                "Nachbarschaften jedes Jahr Fahrradkilometer für das Klima – und Hinweise, wo "
                "das Radfahren in Löningen noch besser werden muss."
            ),
            "body": [
                "<p>Beim Stadtradeln treten Kommunen bundesweit gegeneinander an. Mitmachen "
                "kann jede und jeder, die oder der hier wohnt, arbeitet, zur Schule geht oder "
                "Mitglied in einem Verein ist. Der Verein kümmert sich vor Ort um Anmeldung, "
                "Werbung und Aktionen.</p>",
                "<ul><li>gemeinsame Auftaktfahrt durch das Hasetal</li>"
                "<li>eigene Wertung für Schulklassen</li>"
                "<li>Abschlussfest mit Ehrung der fleißigsten Teams</li></ul>",
                "<p>Zuletzt kamen gut 90.000 Kilometer zusammen. Rechnerisch entspricht das "
                "rund 14,5 Tonnen Kohlendioxid, die gegenüber Autofahrten vermieden "
                "wurden.</p>",
            ],
        },
        "en": {
            "title": "Stadtradeln in Löningen",
            "teaser": (
                "Every year, teams from schools, clubs, businesses and neighbourhoods collect "
                "cycling kilometres for the climate for three weeks – and tips on where "
                "cycling in Löningen still needs to get better."
            ),
            "body": [
                "<p>In the Stadtradeln campaign, municipalities across Germany compete with "
                "one another. Anyone who lives, works or goes to school here, or belongs to a "
                "local club, can take part. The association takes care of registration, "
                "publicity and events locally.</p>",
                "<ul><li>a joint opening ride through the Hase valley</li>"
                "<li>a separate ranking for school classes</li>"
                "<li>a closing party honouring the most active teams</li></ul>",
                "<p>Most recently, a good 90,000 kilometres were cycled. By calculation, this "
                "avoids around 14.5 tonnes of carbon dioxide compared with car journeys.</p>",
            ],
        },
    },
    {
        "key": "radnetz-check-loeningen",
        "partner": "Radverkehrsinitiative Löningen e. V.",
        "participants": [],
        "topics": ["mobilitaet", "bildung-und-beteiligung"],
        "status": "abgeschlossen",
        "start": "2023-03-01",
        "end": "2024-02-29",
        "municipality": "loeningen",
        "co2": None,
        "co2_method": None,
        "investment": 2500,
        "funding": "",
        "measure": "",
        "contact": "Arbeitsgruppe Radnetz des Vereins",
        "address": "",
        "position": (52.7400, 7.7550),
        "colour": "#880e4f",
        "image_motif": "bike",
        "de": {
            "title": "Radnetz-Check: Lücken und Gefahrenstellen erfasst",
            "teaser": (
                "Ein Jahr lang konnten Radfahrende Schlaglöcher, fehlende Querungen und "
                "unklare Wegeführungen melden. Die ausgewertete Karte liegt nun den "
                "zuständigen Straßenbaulastträgern vor."
            ),
            "body": [
                "<p>Über einen Online-Fragebogen und bei Aktionsständen auf dem Wochenmarkt "
                "gingen mehr als 400 Hinweise ein. Mitglieder des Vereins haben jede Meldung "
                "vor Ort überprüft und fotografiert.</p>",
                "<p>Der Abschlussbericht ordnet die Stellen nach Dringlichkeit und schlägt "
                "einfache Lösungen vor, etwa abgesenkte Bordsteine, bessere Markierungen oder "
                "zusätzliche Beleuchtung auf Schulwegen.</p>",
            ],
        },
        "en": None,
    },
    # --- Industrie- und Handelskammer – Regionalbüro (Demo) ---
    {
        "key": "energie-scouts",
        "partner": "Industrie- und Handelskammer – Regionalbüro (Demo)",
        "participants": [],
        "topics": ["wirtschaft-und-landwirtschaft", "bildung-und-beteiligung"],
        "status": "laufend",
        "start": "2025-09-01",
        "end": "2027-06-30",
        "municipality": None,
        "co2": 120.0,
        "co2_method": "geschaetzt",
        "investment": None,
        "funding": "",
        "measure": "",
        "contact": "Referat Energie und Umwelt",
        "address": "",
        "position": None,
        "colour": "#283593",
        "image_motif": "factory",
        "de": {
            "title": "Energie-Scouts: Auszubildende auf Effizienzsuche",
            "teaser": (
                "Auszubildende aus Betrieben im Landkreis lernen in Workshops, Verschwendung "
                "von Energie und Material aufzuspüren. Anschließend setzen sie ein eigenes "
                "Projekt in ihrem Unternehmen um."
            ),
            "body": [
                "<p>In vier Workshoptagen geht es um Druckluft, Beleuchtung, Heizung und "
                "Messtechnik. Mit Wärmebildkamera und Strommessgerät ausgestattet, suchen die "
                "Teams danach im eigenen Betrieb nach Einsparmöglichkeiten.</p>",
                "<p>Zum Abschluss stellen die Auszubildenden ihre Projekte vor – von der "
                "Leckagesuche im Druckluftnetz bis zur Umrüstung einer Hallenbeleuchtung. Die "
                "besten Ideen werden ausgezeichnet.</p>",
            ],
        },
        "en": None,
    },
    {
        "key": "energieberatung-unternehmen",
        "partner": "Industrie- und Handelskammer – Regionalbüro (Demo)",
        "participants": ["Handwerkskammer – Beratungsstelle (Demo)"],
        "topics": ["wirtschaft-und-landwirtschaft"],
        "status": "abgeschlossen",
        "start": "2022-01-15",
        "end": "2024-12-31",
        "municipality": None,
        "co2": 540.0,
        "co2_method": "geschaetzt",
        "investment": 90000,
        "funding": "Bundesförderung Energieberatung für Nichtwohngebäude, Anlagen und Systeme",
        "measure": "5D",
        "contact": "Referat Energie und Umwelt",
        "address": "",
        "position": None,
        "colour": "#3949ab",
        "image_motif": "factory",
        "de": {
            "title": "Erstberatung Energieeffizienz für kleine und mittlere Unternehmen",
            "teaser": (
                "Rund 70 Betriebe haben eine kostenlose Erstberatung zu Energieverbrauch, "
                "Förderprogrammen und eigener Stromerzeugung genutzt. Viele setzen die "
                "Empfehlungen inzwischen um."
            ),
            "body": [
                "<p>Gerade kleinere Unternehmen haben selten eigenes Personal für das Thema "
                "Energie. Bei einem Termin vor Ort verschafften sich Beraterinnen und Berater "
                "der Kammern einen Überblick und nannten die wichtigsten Ansatzpunkte.</p>",
                "<ul><li>Beleuchtung, Druckluft und Heizung als häufigste Sparquellen</li>"
                "<li>Photovoltaik für den Eigenverbrauch</li>"
                "<li>Hinweise auf geförderte Detailberatungen</li></ul>",
                "<p>Eine Nachbefragung ergab, dass gut die Hälfte der Betriebe mindestens eine "
                "Maßnahme umgesetzt oder beauftragt hat.</p>",
            ],
        },
        "en": None,
    },
    # --- Handwerkskammer – Beratungsstelle (Demo) ---
    {
        "key": "hausmeister-schulung",
        "partner": "Handwerkskammer – Beratungsstelle (Demo)",
        "participants": ["Stadt Cloppenburg", "Stadt Friesoythe", "Gemeinde Saterland"],
        "topics": ["verwaltung", "gebaeude"],
        "status": "abgeschlossen",
        "start": "2023-01-15",
        "end": "2024-06-30",
        "municipality": None,
        "co2": 85.0,
        "co2_method": "geschaetzt",
        "investment": 24000,
        "funding": "",
        "measure": "",
        "contact": "Beratungsstelle Energie und Gebäude",
        "address": "",
        "position": None,
        "colour": "#bf360c",
        "image_motif": "house",
        "de": {
            "title": "Schulungsreihe für Hausmeisterinnen und Hausmeister",
            "teaser": (
                "Wer Schulen, Turnhallen und Rathäuser betreut, kann viel Energie sparen. In "
                "fünf Modulen lernten 46 Hausmeisterinnen und Hausmeister, Heizung, Lüftung und "
                "Beleuchtung besser einzustellen."
            ),
            "body": [
                "<p>Oft laufen Heizungen in öffentlichen Gebäuden nachts, am Wochenende und in "
                "den Ferien mit voller Leistung weiter. Wer die Regelung kennt, kann das mit "
                "wenigen Handgriffen ändern – ganz ohne Investitionen.</p>",
                "<ul><li>Heizkurven und Zeitprogramme richtig einstellen</li>"
                "<li>hydraulischer Abgleich und Pumpen</li>"
                "<li>Lüften nach Bedarf, Beleuchtung und Warmwasser</li>"
                "<li>Zählerstände erfassen und Verbräuche vergleichen</li></ul>",
                "<p>Die teilnehmenden Kommunen rechnen mit rund zehn Prozent weniger "
                "Heizenergie in den betreuten Gebäuden. Ein Auffrischungskurs ist für 2027 "
                "vorgesehen.</p>",
            ],
        },
        "en": {
            "title": "Training course for building caretakers",
            "teaser": (
                "Those who look after schools, gyms and town halls can save a lot of energy. "
                "In five modules, 46 caretakers learned to set heating, ventilation and "
                "lighting more efficiently."
            ),
            "body": [
                "<p>In public buildings, heating often keeps running at full power at night, "
                "at weekends and during the holidays. Anyone who knows the controls can "
                "change this in a few steps – without any investment.</p>",
                "<ul><li>setting heating curves and time programmes correctly</li>"
                "<li>hydraulic balancing and pumps</li>"
                "<li>ventilation on demand, lighting and hot water</li>"
                "<li>reading meters and comparing consumption</li></ul>",
                "<p>The participating municipalities expect about ten per cent less heating "
                "energy in the buildings concerned. A refresher course is planned for "
                "2027.</p>",
            ],
        },
    },
    {
        "key": "sanierungslotsen-lindern",
        "partner": "Handwerkskammer – Beratungsstelle (Demo)",
        "participants": ["Volkshochschule Cloppenburg (Demo)"],
        "topics": ["gebaeude", "bildung-und-beteiligung"],
        "status": "geplant",
        "start": "2027-02-01",
        "end": None,
        "municipality": "lindern",
        "co2": None,
        "co2_method": None,
        "investment": 60000,
        "funding": "",
        "measure": "3C",
        "contact": "Beratungsstelle Energie und Gebäude",
        "address": "",
        "position": (52.8430, 7.7670),
        "colour": "#6d4c41",
        "image_motif": "house",
        "de": {
            "title": "Sanierungslotsen für Eigenheime",
            "teaser": (
                "Viele Eigentümerinnen und Eigentümer älterer Häuser wissen nicht, wo sie "
                "anfangen sollen. Lotsen aus dem Handwerk sollen sie von der ersten Frage bis "
                "zur Fertigstellung begleiten – zunächst in Lindern."
            ),
            "body": [
                "<p>Dach, Fenster, Heizung oder doch zuerst die Fassade? Die Lotsen helfen, "
                "eine sinnvolle Reihenfolge zu finden, vermitteln eine Energieberatung mit "
                "individuellem Sanierungsfahrplan und erklären, welche Förderung infrage "
                "kommt.</p>",
                "<p>Anschließend bringen sie Bauherren mit Handwerksbetrieben aus der Region "
                "zusammen und stimmen die Gewerke aufeinander ab. Nach einem Jahr in Lindern "
                "soll das Angebot auf weitere Gemeinden ausgedehnt werden.</p>",
            ],
        },
        "en": None,
    },
    # --- Landwirtschaftskammer – Bezirksstelle (Demo) ---
    {
        "key": "paludikultur-barssel",
        "partner": "Landwirtschaftskammer – Bezirksstelle (Demo)",
        "participants": ["NABU-Gruppe Oldenburger Münsterland (Demo)"],
        "topics": ["wirtschaft-und-landwirtschaft", "klimaanpassung"],
        "status": "laufend",
        "start": "2024-04-01",
        "end": "2029-03-31",
        "municipality": "barssel",
        "co2": 240.0,
        "co2_method": "geschaetzt",
        "investment": 560000,
        "funding": "Aktionsprogramm Natürlicher Klimaschutz (ANK)",
        "measure": "",
        "contact": "Fachbereich Moorbewirtschaftung der Bezirksstelle",
        "address": "",
        "position": (53.1400, 7.7000),
        "colour": "#3e2723",
        "image_motif": "moor",
        "de": {
            "title": "Nasse Moore bewirtschaften: Modellflächen für Paludikultur",
            "teaser": (
                "Auf 12 Hektar Moorgrünland bei Barßel testen zwei landwirtschaftliche "
                "Betriebe, wie sich bei hohen Wasserständen wirtschaften lässt – etwa mit "
                "Rohrkolben, Schilf und Torfmoos."
            ),
            "body": [
                "<p>Ein großer Teil der Moorböden im Landkreis wird landwirtschaftlich genutzt "
                "und dafür entwässert. Paludikultur zeigt einen anderen Weg: Die Flächen "
                "bleiben nass und werden trotzdem bewirtschaftet.</p>",
                "<ul><li>Anbau von Rohrkolben und Schilf für Dämmstoffe und Bauplatten</li>"
                "<li>Torfmoos als Ersatz für Torf im Gartenbau</li>"
                "<li>Erprobung angepasster Technik für die Ernte</li></ul>",
                "<p>Messungen zeigen, wie sich Wasserstand und Emissionen entwickeln. Die "
                "Ergebnisse stehen allen Betrieben offen, die über eine Umstellung "
                "nachdenken.</p>",
            ],
        },
        "en": {
            "title": "Farming wet peatland: pilot sites for paludiculture",
            "teaser": (
                "On 12 hectares of peatland grassland near Barßel, two farms are testing how "
                "land can be worked with high water levels – for example with cattail, reed "
                "and peat moss."
            ),
            "body": [
                "<p>A large share of the peat soils in the district is used for farming and "
                "drained for that purpose. Paludiculture shows another way: the land stays "
                "wet and is still farmed.</p>",
                "<ul><li>growing cattail and reed for insulation and building boards</li>"
                "<li>peat moss as a substitute for peat in horticulture</li>"
                "<li>testing adapted machinery for the harvest</li></ul>",
                "<p>Measurements show how water levels and emissions develop. The results are "
                "open to every farm considering a change.</p>",
            ],
        },
    },
    {
        "key": "humusaufbau-demobetriebe",
        "partner": "Landwirtschaftskammer – Bezirksstelle (Demo)",
        "participants": [],
        "topics": ["wirtschaft-und-landwirtschaft", "klimaanpassung"],
        "status": "geplant",
        "start": None,
        "end": None,
        "municipality": "essen",
        "co2": None,
        "co2_method": None,
        "investment": None,
        "funding": "",
        "measure": "",
        "contact": "Pflanzenbauberatung der Bezirksstelle",
        "address": "",
        "position": (52.6930, 7.9370),
        "colour": "#827717",
        "image_motif": "farm",
        "de": {
            "title": "Demonstrationsbetriebe für Humusaufbau",
            "teaser": (
                "Ein Netz von Höfen soll zeigen, wie Zwischenfrüchte, vielfältige Fruchtfolgen "
                "und schonende Bodenbearbeitung Humus aufbauen und Äcker widerstandsfähiger "
                "gegen Trockenheit machen."
            ),
            "body": [
                "<p>Humusreiche Böden speichern Kohlenstoff und Wasser. Gerade auf den "
                "leichten Sandböden der Region kann das in trockenen Sommern über den Ertrag "
                "entscheiden.</p>",
                "<p>Geplant sind fünf bis acht Betriebe, zunächst im Raum Essen (Oldenburg). "
                "Auf Feldtagen zeigen sie Berufskolleginnen und -kollegen, was funktioniert "
                "und was nicht. Bodenproben über mehrere Jahre machen die Entwicklung "
                "sichtbar.</p>",
            ],
        },
        "en": None,
    },
    # --- Wasserverband Oldenburger Münsterland (Demo) ---
    {
        "key": "pv-klaerwerk-molbergen",
        "partner": "Wasserverband Oldenburger Münsterland (Demo)",
        "participants": ["Solarwerk Garrel GmbH"],
        "topics": ["energie-und-waerme"],
        "status": "abgeschlossen",
        "start": "2022-06-01",
        "end": "2023-11-30",
        "municipality": "molbergen",
        "co2": 225.0,
        "co2_method": "berechnet",
        "investment": 760000,
        "funding": "",
        "measure": "",
        "contact": "Technische Betriebsleitung des Verbands",
        "address": "",
        "position": (52.8580, 7.9260),
        "colour": "#01579b",
        "image_motif": "water",
        "de": {
            "title": "Solarstrom für Kläranlage und Wasserwerk",
            "teaser": (
                "Auf Betriebsgebäuden und einer Freifläche am Klärwerk erzeugt der Verband "
                "seit Ende 2023 einen Teil seines Strombedarfs selbst. Pumpen und Belüftung "
                "laufen tagsüber weitgehend mit Sonnenstrom."
            ),
            "body": [
                "<p>Kläranlagen gehören zu den größten Stromverbrauchern einer Kommune, vor "
                "allem wegen der Belüftung der Becken. Die neuen Anlagen mit zusammen rund 620 "
                "Kilowatt peak decken einen spürbaren Teil dieses Bedarfs.</p>",
                "<p>Die Freiflächenanlage steht auf einer ehemaligen Lagerfläche; zwischen den "
                "Modulreihen wurde eine Blühwiese angelegt. Eine Steuerung legt "
                "zeitlich flexible Verbräuche gezielt in die sonnigen Mittagsstunden.</p>",
            ],
        },
        "en": None,
    },
    # --- Volkshochschule Cloppenburg (Demo) ---
    {
        "key": "kursreihe-energie-zu-hause",
        "partner": "Volkshochschule Cloppenburg (Demo)",
        "participants": ["Handwerkskammer – Beratungsstelle (Demo)"],
        "topics": ["bildung-und-beteiligung", "energie-und-waerme", "gebaeude"],
        "status": "geplant",
        "start": "2027-01-18",
        "end": "2027-06-30",
        "municipality": "cloppenburg",
        "co2": None,
        "co2_method": None,
        "investment": None,
        "funding": "",
        "measure": "",
        "contact": "Fachbereich Umwelt und Gesellschaft der Volkshochschule",
        "address": "",
        "position": (52.8490, 8.0420),
        "colour": "#4a148c",
        "image_motif": "people",
        "de": {
            "title": "Kursreihe „Energie zu Hause“",
            "teaser": (
                "Vom Balkonkraftwerk über die Wärmepumpe bis zum richtigen Lüften: Im ersten "
                "Halbjahr 2027 bietet die Volkshochschule kompakte Abendkurse für Mieterinnen, "
                "Mieter und Hausbesitzer an."
            ),
            "body": [
                "<p>Die Kurse dauern jeweils zwei Abende und richten sich an Menschen ohne "
                "Vorkenntnisse. Fachleute aus dem Handwerk und der Energieberatung erklären "
                "verständlich und ohne Verkaufsinteresse.</p>",
                "<ul><li>Balkonkraftwerk: Anmeldung, Sicherheit, Ertrag</li>"
                "<li>Wärmepumpe im Altbau – wann passt sie?</li>"
                "<li>Heizen und Lüften ohne Schimmel</li>"
                "<li>Strom sparen im Haushalt</li></ul>",
                "<p>Neben Cloppenburg sind Termine in Außenstellen der Volkshochschule "
                "vorgesehen.</p>",
            ],
        },
        "en": None,
    },
]
