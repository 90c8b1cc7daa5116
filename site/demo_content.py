"""Texts of the demo site that `manage.py load_demo` builds, in German and English."""

HOME = {
    "de": {
        "title": "Klimaallianz Landkreis Cloppenburg",
        "claim": "Gemeinsam für mehr Klimaschutz im Landkreis Cloppenburg",
        "intro": (
            "<p>In der Klimaallianz arbeiten Kreisverwaltung, Politik, Städte und Gemeinden, "
            "Wirtschaft, Kammern, Vereine und engagierte Menschen aus dem ganzen Landkreis "
            "zusammen. Wir vernetzen die Beteiligten, machen Klimaschutzprojekte sichtbar und "
            "bringen neue Vorhaben auf den Weg.</p><p>Auf dieser Website stellen sich unsere "
            "Partner vor. Sie finden hier Projekte aus der Region und erfahren, wie Sie selbst "
            "mitmachen können.</p>"
        ),
        "search_description": (
            "Die Klimaallianz Landkreis Cloppenburg vernetzt Kommunen, Wirtschaft, Kammern, "
            "Vereine und Bürgerschaft für mehr Klimaschutz im Oldenburger Münsterland."
        ),
        "highlights_heading": "Projekte aus der Klimaallianz",
        "cta_heading": "Werden Sie Teil der Klimaallianz",
        "cta_text": (
            "Als Bürgerin oder Bürger stärken Sie die Klimaallianz, indem Sie sich als "
            "Unterstützerin oder Unterstützer eintragen. Kommunen, Unternehmen, Kammern, Vereine "
            "und andere Organisationen laden wir ein, Partner zu werden und eigene Projekte "
            "einzubringen."
        ),
        "cta_links": [
            {"page": "wer-sind-wir", "label": "Wer mitmachen kann"},
            {"page": "mitmachen", "label": "Als Organisation mitmachen"},
        ],
    },
    "en": {
        "title": "Klimaallianz Landkreis Cloppenburg",
        "claim": "Working together for more climate protection in the district of Cloppenburg",
        "intro": (
            "<p>The Klimaallianz is the climate alliance of the district of Cloppenburg. In it, "
            "the district administration, local politics, towns and municipalities, businesses, "
            "chambers, associations and committed people from across the district work together. "
            "We connect those involved, make climate projects visible and help new ones get "
            "started.</p><p>On this website our partners introduce themselves. You will find "
            "projects from the region and learn how you can get involved yourself.</p>"
        ),
        "search_description": (
            "The Klimaallianz Landkreis Cloppenburg brings together municipalities, businesses, "
            "chambers, associations and citizens for more climate protection."
        ),
        "highlights_heading": "Projects from the Klimaallianz",
        "cta_heading": "Become part of the Klimaallianz",
        "cta_text": (
            "As a resident, you can strengthen the Klimaallianz by signing up as a supporter. We "
            "invite municipalities, companies, chambers, associations and other organisations to "
            "become partners and to contribute projects of their own."
        ),
        "cta_links": [
            {"page": "wer-sind-wir", "label": "Who can take part"},
            {"page": "mitmachen", "label": "Join as an organisation"},
        ],
    },
}

# Each content page: a child of the home page unless "parent" names another key.
# Rich text links: href="page:KEY" (a page of this list), https://... or mailto:...
CONTENT_PAGES = [
    # -------------------- wer-sind-wir
    {
        "key": "wer-sind-wir",
        "parent": None,
        "show_in_menus": True,
        "footer": False,
        "de": {
            "title": "Wer sind wir?",
            "slug": "wer-sind-wir",
            "search_description": (
                "Die Klimaallianz Landkreis Cloppenburg: wer dahintersteht, wie sie entstanden "
                "ist, wer mitmachen kann und welche Ziele das Klimaschutzkonzept setzt."
            ),
            "body": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Die Klimaallianz Landkreis Cloppenburg ist ein Akteursnetzwerk: Hier "
                        "kommen alle zusammen, die im Landkreis beim Klimaschutz etwas bewegen wollen. "
                        "Der Landkreis gründet die Allianz gemeinsam mit seinen Partnern, um möglichst "
                        "alle Beteiligten eng in den Klimaschutz vor Ort einzubinden. Die Idee stammt "
                        "aus der „Einstiegsberatung kommunaler Klimaschutz“ von 2019 und dem danach "
                        "beschlossenen Maßnahmenkatalog.</p>"
                    ),
                },
                {"type": "heading", "value": {"text": "Die Lenkungsgruppe", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Gesteuert wird die Klimaallianz von einer Lenkungsgruppe unter Leitung des "
                        "Referats Strategie und Innovation der Kreisverwaltung. Jede Gruppe von "
                        "Mitgliedern kann Vertreterinnen und Vertreter entsenden. Auf dieser Website "
                        "gibt die Lenkungsgruppe die Beiträge der Partner frei.</p>"
                    ),
                },
                {"type": "heading", "value": {"text": "Wer mitmachen kann", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Die Klimaallianz steht allen offen, die den Klimaschutz im Landkreis "
                        "voranbringen möchten, insbesondere:</p><ul><li>den Fraktionen des "
                        "Kreistags</li><li>den kreisangehörigen Städten und Gemeinden</li>"
                        "<li>Unternehmen</li><li>Vereinen und Verbänden</li><li>der Industrie- und "
                        "Handelskammer</li><li>der Handwerkskammer</li><li>der "
                        "Landwirtschaftskammer</li><li>Zweckverbänden</li><li>weiteren interessierten "
                        "Organisationen</li></ul><p>Bürgerinnen und Bürger sind herzlich eingeladen, "
                        "die Allianz als Unterstützerinnen und Unterstützer zu begleiten.</p>"
                    ),
                },
                {"type": "heading", "value": {"text": "Meilensteine", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": (
                        "<ul><li><b>Jahreswechsel 2018/2019:</b> Der Landkreis schließt die "
                        "Einstiegsberatung kommunaler Klimaschutz mit einem "
                        "Energieberatungsunternehmen ab.</li><li><b>2019:</b> Auf Basis der Ergebnisse "
                        "wird ein Maßnahmenkatalog beschlossen; daraus entsteht die Idee der "
                        "Klimaallianz.</li><li><b>November 2020:</b> Die Klimaallianz startet, "
                        "begleitet von den Klimaschutzmanagerinnen und -managern des Landkreises und "
                        "einem Online-Bürgerforum.</li><li><b>14. Oktober 2021:</b> Der Kreistag "
                        "beschließt ein integriertes Klimaschutzkonzept.</li></ul>"
                    ),
                },
                {"type": "heading", "value": {"text": "Das Klimaschutzkonzept", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Das integrierte Klimaschutzkonzept vom 14. Oktober 2021 ist in sechs "
                        "Handlungsfelder gegliedert; die Maßnahmen sind je Handlungsfeld nummeriert. "
                        "Einige Beispiele:</p><ul><li>1A – Leitlinien für den Klimaschutz</li><li>1C – "
                        "eine eigene Klima-Website</li><li>1D – die kommunale Wärmeplanung</li>"
                        "<li>1L – eine klimaneutrale Kreisverwaltung</li><li>1U – Photovoltaik auf "
                        "allen Gebäuden des Landkreises</li></ul><p>Regelmäßig soll geprüft werden, ob "
                        "der Landkreis bis 2035 klimaneutral werden kann. Die Klimaallianz trägt dazu "
                        "bei, dass möglichst viele Partner an diesem Ziel mitarbeiten.</p>"
                    ),
                },
                {
                    "type": "call_to_action",
                    "value": {
                        "heading": "Machen Sie mit",
                        "text": (
                            "Ob Kommune, Unternehmen, Kammer oder Verein: Bringen Sie Ihre Ideen und "
                            "Projekte in die Klimaallianz ein."
                        ),
                        "link": {
                            "page": "mitmachen",
                            "url": "",
                            "label": "So können Sie mitmachen",
                        },
                    },
                },
            ],
        },
        "en": {
            "title": "Who we are",
            "slug": "who-we-are",
            "search_description": (
                "The Klimaallianz Landkreis Cloppenburg: who is behind it, how it began, who can "
                "take part and which goals the climate protection concept sets."
            ),
            "body": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p>The Klimaallianz Landkreis Cloppenburg is a network of actors: it brings "
                        "together everyone in the district who wants to make a difference in climate "
                        "protection. The district founds the alliance together with its partners in "
                        "order to involve all those concerned closely in local climate protection. The "
                        "idea comes from the 2019 “Einstiegsberatung kommunaler Klimaschutz” (an "
                        "introductory consultation on municipal climate protection) and the catalogue "
                        "of measures adopted after it.</p>"
                    ),
                },
                {"type": "heading", "value": {"text": "The steering group", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>The Klimaallianz is guided by a steering group (Lenkungsgruppe) led by the "
                        "district administration’s Strategy and Innovation Unit (Referat Strategie und "
                        "Innovation). Every group of members can send representatives. On this "
                        "website, the steering group approves the partners’ contributions.</p>"
                    ),
                },
                {"type": "heading", "value": {"text": "Who can take part", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>The Klimaallianz is open to everyone who wants to advance climate "
                        "protection in the district, in particular:</p><ul><li>the political groups of "
                        "the district council</li><li>the towns and municipalities of the district</li>"
                        "<li>companies</li><li>associations and clubs</li><li>the chamber of industry "
                        "and commerce</li><li>the chamber of crafts</li><li>the chamber of "
                        "agriculture</li><li>special-purpose associations</li><li>other interested "
                        "organisations</li></ul><p>Residents are warmly invited to accompany the "
                        "alliance as supporters.</p>"
                    ),
                },
                {"type": "heading", "value": {"text": "Milestones", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": (
                        "<ul><li><b>Turn of the year 2018/2019:</b> the district completes the "
                        "introductory consultation on municipal climate protection with an energy "
                        "consultancy.</li><li><b>2019:</b> a catalogue of measures is adopted on the "
                        "basis of the results; the idea of the Klimaallianz grows out of it.</li>"
                        "<li><b>November 2020:</b> the Klimaallianz is launched, accompanied by the "
                        "district’s climate protection managers and an online citizens’ forum.</li>"
                        "<li><b>14 October 2021:</b> the district council adopts an integrated climate "
                        "protection concept.</li></ul>"
                    ),
                },
                {"type": "heading", "value": {"text": "The climate concept", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>The integrated climate protection concept of 14 October 2021 is divided "
                        "into six fields of action; the measures are numbered within each field. Some "
                        "examples:</p><ul><li>1A – guidelines for climate protection</li><li>1C – a "
                        "dedicated climate website</li><li>1D – municipal heat planning</li><li>1L – a "
                        "climate-neutral district administration</li><li>1U – photovoltaics on all "
                        "district buildings</li></ul><p>The district will check regularly whether it "
                        "can become climate-neutral by 2035. The Klimaallianz helps to get as many "
                        "partners as possible working towards this goal.</p>"
                    ),
                },
                {
                    "type": "call_to_action",
                    "value": {
                        "heading": "Get involved",
                        "text": (
                            "Whether you are a municipality, a company, a chamber or an association: "
                            "bring your ideas and projects into the Klimaallianz."
                        ),
                        "link": {"page": "mitmachen", "url": "", "label": "How to join in"},
                    },
                },
            ],
        },
    },
    # -------------------- wofuer-wir-stehen
    {
        "key": "wofuer-wir-stehen",
        "parent": None,
        "show_in_menus": True,
        "footer": False,
        "de": {
            "title": "Wofür steht die Klimaallianz?",
            "slug": "wofuer-steht-die-klimaallianz",
            "search_description": (
                "Die Klimaallianz als Dachmarke für den Klimaschutz im Landkreis Cloppenburg: "
                "sichtbare Projekte, gebündelte Kräfte und Raum für neue Ideen."
            ),
            "body": [
                {"type": "heading", "value": {"text": "Eine gemeinsame Dachmarke", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Viele Kommunen, Betriebe, Kammern und Vereine im Landkreis setzen sich "
                        "schon heute für den Klimaschutz ein. Die Klimaallianz bündelt all diese "
                        "Aktivitäten unter einer gemeinsamen Dachmarke. Projekte, die unter ihrem "
                        "Namen erscheinen, sind sofort als Teil einer gemeinsamen Anstrengung zu "
                        "erkennen. So sehen Bürgerschaft, Politik und Wirtschaft: Der Klimaschutz in "
                        "der Region ist aufeinander abgestimmt, folgt einem Plan und verfolgt ein "
                        "gemeinsames Ziel.</p>"
                    ),
                },
                {"type": "heading", "value": {"text": "Was Partner davon haben", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": (
                        "<ul><li><b>Wiedererkennungswert:</b> Unter der Dachmarke werden Ihre Projekte "
                        "bekannter und lassen sich leicht der Klimaallianz zuordnen.</li>"
                        "<li><b>Öffentlichkeitsarbeit:</b> Sie können die Kommunikation der "
                        "Klimaallianz für Ihr eigenes Image und Ihre Pressearbeit nutzen.</li>"
                        "<li><b>Austausch:</b> Sie lernen andere Akteure kennen, entwickeln gemeinsam "
                        "Ideen und setzen Vorhaben zusammen um.</li></ul>"
                    ),
                },
                {"type": "heading", "value": {"text": "Schritt für Schritt", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Die Klimaallianz ist kein fertiges Gebilde. Sie wächst mit jedem Partner "
                        "und jedem gelungenen Projekt. Oft beginnt es mit einem Treffen, aus dem eine "
                        "Idee entsteht; daraus wird ein gemeinsames Vorhaben, das andere zum Mitmachen "
                        "anregt.</p>"
                    ),
                },
                {
                    "type": "quote",
                    "value": {
                        "text": (
                            "Klimaschutz gelingt, wenn viele an einem Strang ziehen. Die Klimaallianz "
                            "gibt dem, was im Landkreis bereits geschieht, einen gemeinsamen Namen – "
                            "und ermutigt dazu, noch mehr daraus zu machen."
                        ),
                        "attribution": "Die Lenkungsgruppe der Klimaallianz",
                    },
                },
                {"type": "heading", "value": {"text": "Ihre Unterstützung zählt", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Klimaschutz braucht Rückhalt in der Bevölkerung. Deshalb lädt die "
                        "Klimaallianz alle Bürgerinnen und Bürger ein, sie als Unterstützerin oder "
                        "Unterstützer zu begleiten. Jede Unterstützung zeigt, wie vielen Menschen im "
                        "Landkreis der Klimaschutz am Herzen liegt, und stärkt das Bewusstsein "
                        "dafür.</p>"
                    ),
                },
                {
                    "type": "call_to_action",
                    "value": {
                        "heading": "Unterstützen Sie die Klimaallianz",
                        "text": (
                            "Mit wenigen Angaben tragen Sie sich als Unterstützerin oder Unterstützer "
                            "ein. Sie können Ihre Unterstützung jederzeit zurückziehen."
                        ),
                        "link": {"page": "kontakt", "url": "", "label": "Jetzt unterstützen"},
                    },
                },
            ],
        },
        "en": {
            "title": "What we stand for",
            "slug": "what-we-stand-for",
            "search_description": (
                "The Klimaallianz as an umbrella brand for climate protection in the district of "
                "Cloppenburg: visible projects, combined forces and room for new ideas."
            ),
            "body": [
                {"type": "heading", "value": {"text": "A shared umbrella brand", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Many municipalities, businesses, chambers and associations in the district "
                        "are already committed to climate protection. The Klimaallianz brings all "
                        "these activities together under a shared umbrella brand. Projects that appear "
                        "under its name can be recognised at once as part of a joint effort. This "
                        "shows residents, politics and business that climate protection in the region "
                        "is coordinated, follows a plan and pursues a common goal.</p>"
                    ),
                },
                {"type": "heading", "value": {"text": "What partners gain", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": (
                        "<ul><li><b>Recognition:</b> under the umbrella brand, your projects become "
                        "better known and are easy to associate with the Klimaallianz.</li>"
                        "<li><b>Public relations:</b> you can use the alliance’s communication for "
                        "your own image and press work.</li><li><b>Exchange:</b> you meet other "
                        "actors, develop ideas together and carry out projects jointly.</li></ul>"
                    ),
                },
                {"type": "heading", "value": {"text": "Growing step by step", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>The Klimaallianz is not a finished structure. It grows with every partner "
                        "and every successful project. Often it starts with a meeting where an idea is "
                        "born; this becomes a joint project that encourages others to join in.</p>"
                    ),
                },
                {
                    "type": "quote",
                    "value": {
                        "text": (
                            "Climate protection succeeds when many people pull together. The "
                            "Klimaallianz gives a shared name to what is already happening in the "
                            "district – and encourages us to make even more of it."
                        ),
                        "attribution": "The steering group of the Klimaallianz",
                    },
                },
                {"type": "heading", "value": {"text": "Your support counts", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Climate protection needs the backing of the people. That is why the "
                        "Klimaallianz invites all residents to accompany it as supporters. Every "
                        "supporter shows how much climate protection matters to people in the district "
                        "and raises awareness of it.</p>"
                    ),
                },
                {
                    "type": "call_to_action",
                    "value": {
                        "heading": "Support the Klimaallianz",
                        "text": (
                            "Sign up as a supporter with just a few details. You can withdraw your "
                            "support at any time."
                        ),
                        "link": {"page": "kontakt", "url": "", "label": "Support us now"},
                    },
                },
            ],
        },
    },
    # -------------------- impressum
    {
        "key": "impressum",
        "parent": None,
        "show_in_menus": False,
        "footer": True,
        "de": {
            "title": "Impressum",
            "slug": "impressum",
            "search_description": (
                "Impressum der Website der Klimaallianz Landkreis Cloppenburg: Anbieter, Kontakt, "
                "Verantwortlichkeit und rechtliche Hinweise."
            ),
            "body": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p><b>Demo-Inhalt:</b> Dieser Text ist ein Beispiel und muss vor dem Start "
                        "der Website rechtlich und inhaltlich geprüft werden.</p>"
                    ),
                },
                {"type": "heading", "value": {"text": "Angaben nach § 5 DDG", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Anbieter dieser Website ist der <b>Landkreis Cloppenburg</b>, Kreishaus, "
                        "Eschstraße 29, 49661 Cloppenburg. Der Landkreis ist eine Körperschaft des "
                        "öffentlichen Rechts und wird vertreten durch den Landrat.</p>"
                        "<ul><li>Telefon: 04471 15-0</li><li>E-Mail: "
                        '<a href="mailto:klimaallianz@lkclp.de">klimaallianz@lkclp.de</a> '
                        "(Demo-Kontaktadresse)</li></ul>"
                    ),
                },
                {
                    "type": "heading",
                    "value": {
                        "text": "Verantwortlich für den Inhalt nach § 18 Abs. 2 MStV",
                        "level": "h2",
                    },
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Landkreis Cloppenburg, Referat Strategie und Innovation, "
                        "Eschstraße 29, 49661 Cloppenburg</p>"
                    ),
                },
                {"type": "heading", "value": {"text": "Aufsichtsbehörde", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Die Kommunalaufsicht über den Landkreis Cloppenburg führt das "
                        "Niedersächsische Ministerium für Inneres und Sport in Hannover.</p>"
                    ),
                },
                {"type": "heading", "value": {"text": "Inhalte der Partner", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Die Partner der Klimaallianz stellen sich und ihre Projekte auf eigenen "
                        "Profilseiten vor und sind für diese Inhalte selbst verantwortlich. Die "
                        "Lenkungsgruppe sieht die Beiträge vor der Veröffentlichung durch, kann aber "
                        "nicht für ihre Richtigkeit einstehen.</p>"
                    ),
                },
                {"type": "heading", "value": {"text": "Haftung für Links", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Für die Inhalte verlinkter Websites anderer Anbieter ist allein der "
                        "jeweilige Anbieter verantwortlich. Als wir die Links gesetzt haben, waren "
                        "keine Rechtsverstöße erkennbar. Erfahren wir von einer Rechtsverletzung, "
                        "entfernen wir den Link umgehend.</p>"
                    ),
                },
                {"type": "heading", "value": {"text": "Urheberrecht", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Texte, Bilder und Grafiken dieser Website sind urheberrechtlich geschützt. "
                        "Soweit nicht anders angegeben, liegen die Rechte beim Landkreis Cloppenburg "
                        "oder bei der jeweiligen Partnerorganisation. Eine Nutzung über die "
                        "gesetzlichen Erlaubnisse hinaus bedarf der vorherigen Zustimmung.</p>"
                    ),
                },
            ],
        },
        "en": {
            "title": "Legal notice",
            "slug": "legal-notice",
            "search_description": (
                "Legal notice of the Klimaallianz Landkreis Cloppenburg website: provider, "
                "contact, responsibility and legal information."
            ),
            "body": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p><b>Demo content:</b> this text is an example and must be checked for legal "
                        "accuracy and content before the website goes live.</p>"
                    ),
                },
                {"type": "heading", "value": {"text": "Provider (Section 5 DDG)", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>This website is provided by the <b>Landkreis Cloppenburg</b> (district of "
                        "Cloppenburg), Kreishaus, Eschstraße 29, 49661 Cloppenburg, Germany. The "
                        "district is a body corporate under public law (Körperschaft des öffentlichen "
                        "Rechts) and is represented by the District Administrator (Landrat).</p>"
                        "<ul><li>Telephone: +49 4471 15-0</li><li>E-mail: "
                        '<a href="mailto:klimaallianz@lkclp.de">klimaallianz@lkclp.de</a> (demo '
                        "contact address)</li></ul>"
                    ),
                },
                {
                    "type": "heading",
                    "value": {
                        "text": "Responsible for content under Section 18(2) MStV",
                        "level": "h2",
                    },
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Landkreis Cloppenburg, Strategy and Innovation Unit (Referat Strategie und "
                        "Innovation), Eschstraße 29, 49661 Cloppenburg, Germany</p>"
                    ),
                },
                {"type": "heading", "value": {"text": "Supervisory authority", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Municipal supervision of the district of Cloppenburg lies with the Lower "
                        "Saxony Ministry of the Interior and Sport (Niedersächsisches Ministerium für "
                        "Inneres und Sport) in Hanover.</p>"
                    ),
                },
                {"type": "heading", "value": {"text": "Content of partners", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>The partners of the Klimaallianz present themselves and their projects on "
                        "their own profile pages and are themselves responsible for this content. The "
                        "steering group reviews contributions before publication but cannot vouch for "
                        "their accuracy.</p>"
                    ),
                },
                {"type": "heading", "value": {"text": "Liability for links", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>The providers of linked websites are solely responsible for their content. "
                        "When we set the links, no infringements of the law were apparent. If we learn "
                        "of an infringement, we will remove the link without delay.</p>"
                    ),
                },
                {"type": "heading", "value": {"text": "Copyright", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>The texts, images and graphics on this website are protected by copyright. "
                        "Unless stated otherwise, the rights lie with the district of Cloppenburg or "
                        "with the partner organisation concerned. Any use beyond what the law permits "
                        "requires prior consent.</p>"
                    ),
                },
            ],
        },
    },
    # -------------------- datenschutz
    {
        "key": "datenschutz",
        "parent": None,
        "show_in_menus": False,
        "footer": True,
        "de": {
            "title": "Datenschutzerklärung",
            "slug": "datenschutz",
            "search_description": (
                "Wie die Website der Klimaallianz Landkreis Cloppenburg mit personenbezogenen "
                "Daten umgeht: Zwecke, Rechtsgrundlagen, Speicherdauer und Ihre Rechte."
            ),
            "body": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p><b>Demo-Inhalt:</b> Dieser Text ist ein Beispiel und muss vor dem Start "
                        "der Website rechtlich und inhaltlich geprüft werden.</p><p>Nach Artikel 13 "
                        "der Datenschutz-Grundverordnung (DSGVO) informieren wir Sie hier, welche "
                        "personenbezogenen Daten diese Website verarbeitet, zu welchem Zweck, auf "
                        "welcher Rechtsgrundlage und welche Rechte Sie haben.</p>"
                    ),
                },
                {"type": "heading", "value": {"text": "Verantwortliche Stelle", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Verantwortlich ist der Landkreis Cloppenburg, vertreten durch den Landrat, "
                        "Kreishaus, Eschstraße 29, 49661 Cloppenburg, Telefon 04471 15-0, E-Mail "
                        '<a href="mailto:klimaallianz@lkclp.de">klimaallianz@lkclp.de</a>.</p><p>Die '
                        "oder den behördlichen Datenschutzbeauftragten erreichen Sie unter "
                        '<a href="mailto:datenschutz@lkclp.de">datenschutz@lkclp.de</a> oder per Post: '
                        "Landkreis Cloppenburg – Datenschutzbeauftragte/r –, Eschstraße 29, 49661 "
                        "Cloppenburg.</p>"
                    ),
                },
                {"type": "heading", "value": {"text": "Server-Protokolle", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Bei jedem Seitenaufruf verarbeitet der Server die IP-Adresse Ihres Geräts, "
                        "Datum und Uhrzeit, die aufgerufene Adresse, die übertragene Datenmenge, den "
                        "Statuscode sowie Typ und Version Ihres Browsers. Wir brauchen diese Angaben, "
                        "um die Website auszuliefern und vor Angriffen zu schützen. Rechtsgrundlage "
                        "ist Art. 6 Abs. 1 Buchst. e DSGVO in Verbindung mit § 3 des Niedersächsischen "
                        "Datenschutzgesetzes (NDSG). Die Protokolle werden nach sieben Tagen "
                        "automatisch gelöscht, sofern sie nicht im Einzelfall zur Aufklärung eines "
                        "Sicherheitsvorfalls benötigt werden.</p>"
                    ),
                },
                {"type": "heading", "value": {"text": "Cookies und Tracking", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Wir setzen keine Analyse- oder Trackingdienste ein. Solange Sie die "
                        "Website nur lesen, speichern wir keine Cookies auf Ihrem Gerät. Erst wenn Sie "
                        "sich anmelden, etwa als Partnerorganisation, oder eine Seite mit einem "
                        "Formular öffnen (etwa „Mitmachen“), wird ein unbedingt erforderliches "
                        "Cookie gesetzt, das beim Schließen des Browsers verfällt. Es dient allein der "
                        "Sitzungsverwaltung und dem Schutz vor gefälschten Formularanfragen "
                        "(CSRF-Schutz). Rechtsgrundlage ist § 25 Abs. 2 Nr. 2 des "
                        "Telekommunikation-Digitale-Dienste-Datenschutz-Gesetzes (TDDDG); eine "
                        "Einwilligung ist dafür nicht nötig.</p>"
                    ),
                },
                {"type": "heading", "value": {"text": "Keine Drittanbieter", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Schriftarten und Skripte liegen auf unserem eigenen Server; beim Besuch "
                        "der Website werden keine Daten an Dritte übermittelt. Videos externer "
                        "Plattformen erscheinen zunächst nur als Platzhalter. Erst wenn Sie darauf "
                        "klicken und der Übertragung zustimmen, wird das Video geladen und der "
                        "Anbieter erhält unter anderem Ihre IP-Adresse (Rechtsgrundlage: Ihre "
                        "Einwilligung, Art. 6 Abs. 1 Buchst. a DSGVO und § 25 Abs. 1 TDDDG).</p>"
                    ),
                },
                {"type": "heading", "value": {"text": "Unterstützung der Allianz", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Wenn Sie sich als Unterstützerin oder Unterstützer der Klimaallianz "
                        "eintragen, verarbeiten wir Ihren Namen, Ihre E-Mail-Adresse und freiwillige "
                        "Angaben wie Ihre Stadt oder Gemeinde. Rechtsgrundlage ist Ihre Einwilligung "
                        "(Art. 6 Abs. 1 Buchst. a DSGVO).</p><p>Nach dem Absenden erhalten Sie eine "
                        "E-Mail mit einem Bestätigungslink; erst mit Ihrem Klick wird die Eintragung "
                        "wirksam (Double-Opt-in). Die Bestätigungs-E-Mail enthält keine Werbung. Um "
                        "Ihre Einwilligung nach Art. 7 Abs. 1 DSGVO nachweisen zu können, speichern "
                        "wir zusätzlich:</p><ul><li>den Zeitpunkt der Anmeldung, des Versands der "
                        "Bestätigungs-E-Mail und Ihrer Bestätigung,</li><li>Wortlaut und Version des "
                        "Einwilligungs- und Datenschutztextes, dem Sie zugestimmt haben,</li><li>das "
                        "Formular, über das Sie sich eingetragen haben.</li></ul><p>Nicht bestätigte "
                        "Anmeldungen löschen wir nach sieben Tagen automatisch.</p>"
                    ),
                },
                {"type": "heading", "value": {"text": "Widerruf der Einwilligung", "level": "h3"}},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Sie können Ihre Einwilligung jederzeit mit Wirkung für die Zukunft "
                        "widerrufen, über den Abmeldelink in unseren E-Mails oder mit einer Nachricht "
                        'an <a href="mailto:klimaallianz@lkclp.de">klimaallianz@lkclp.de</a>. Die '
                        "Rechtmäßigkeit der Verarbeitung bis zum Widerruf bleibt unberührt.</p>"
                    ),
                },
                {"type": "heading", "value": {"text": "Mitgliedsanträge", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Organisationen können über diese Website beantragen, Partner der "
                        "Klimaallianz zu werden. Wir verarbeiten dabei Angaben zur Organisation sowie "
                        "Name, dienstliche E-Mail-Adresse und gegebenenfalls Telefonnummer der "
                        "Ansprechperson, die nach der Aufnahme ein Benutzerkonto für das Profil der "
                        "Organisation erhält. Klimaschutz gehört nach § 18 des Niedersächsischen "
                        "Klimagesetzes (NKlimaG) zu den Pflichtaufgaben der Landkreise; "
                        "Rechtsgrundlage ist daher Art. 6 Abs. 1 Buchst. e DSGVO in Verbindung mit § 3 "
                        "NDSG.</p>"
                    ),
                },
                {
                    "type": "heading",
                    "value": {"text": "Anmeldung und E-Mails der Website", "level": "h2"},
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Um das Erraten von Passwörtern zu verhindern, speichern wir bei einer "
                        "fehlgeschlagenen Anmeldung den Benutzernamen, die IP-Adresse und den "
                        "Zeitpunkt. Nach fünf Fehlversuchen ist die Anmeldung für 15 Minuten "
                        "gesperrt; danach werden die Angaben gelöscht, spätestens bei der nächsten "
                        "Anmeldung an der Website.</p><p>E-Mails der Website (etwa die Bestätigung "
                        "eines Antrags) legen wir vor dem Versand in unserer Datenbank ab, damit "
                        "keine verloren geht, wenn der Mailserver nicht erreichbar ist. Der Text "
                        "wird gelöscht, sobald die E-Mail versandt ist; Empfänger, Betreff und "
                        "Versandzeit bewahren wir 30 Tage auf, um Zustellprobleme klären zu können. "
                        "Rechtsgrundlage ist jeweils Art. 6 Abs. 1 Buchst. e DSGVO in Verbindung mit "
                        "§ 3 NDSG.</p>"
                    ),
                },
                {"type": "heading", "value": {"text": "Kontakt per E-Mail", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Schreiben Sie uns eine E-Mail, verarbeiten wir Ihre Adresse, "
                        "gegebenenfalls Ihren Namen und den Inhalt Ihrer Nachricht, um Ihr Anliegen zu "
                        "bearbeiten (Art. 6 Abs. 1 Buchst. e DSGVO in Verbindung mit § 3 NDSG).</p>"
                    ),
                },
                {"type": "heading", "value": {"text": "Empfänger", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Zugriff haben nur die zuständigen Beschäftigten des Referats Strategie und "
                        "Innovation und, bei der Prüfung von Mitgliedsanträgen und Beiträgen, die "
                        "Mitglieder der Lenkungsgruppe. Unser Hosting-Dienstleister und unser "
                        "E-Mail-Dienstleister verarbeiten Daten ausschließlich nach unserer Weisung "
                        "als Auftragsverarbeiter (Art. 28 DSGVO). Eine Übermittlung in Staaten "
                        "außerhalb der Europäischen Union ist nicht vorgesehen.</p>"
                    ),
                },
                {"type": "heading", "value": {"text": "Speicherdauer", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": (
                        "<ul><li>Server-Protokolle und nicht bestätigte Anmeldungen: sieben Tage</li>"
                        "<li>Unterstützungen: bis zum Widerruf; den Nachweis der Einwilligung bewahren "
                        "wir danach nur so lange auf, wie wir ihn als Nachweis benötigen</li>"
                        "<li>Mitgliedsanträge und Partnerprofile: für die Dauer der Partnerschaft, "
                        "danach nach den Aufbewahrungsfristen der Kreisverwaltung; abgelehnte Anträge "
                        "sechs Monate nach der Entscheidung</li>"
                        "<li>E-Mail-Anfragen: bis zur Erledigung, danach nach den Aufbewahrungsfristen "
                        "der Kreisverwaltung</li><li>fehlgeschlagene Anmeldeversuche: bis zum Ende "
                        "der Sperrfrist</li><li>Versandprotokoll der E-Mails der Website: 30 "
                        "Tage</li></ul>"
                    ),
                },
                {"type": "heading", "value": {"text": "Ihre Rechte", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Sie haben das Recht auf Auskunft (Art. 15 DSGVO), Berichtigung (Art. 16), "
                        "Löschung (Art. 17) und Einschränkung der Verarbeitung (Art. 18), bei einer "
                        "Einwilligung auf Datenübertragbarkeit (Art. 20) und bei einer Verarbeitung "
                        "nach Art. 6 Abs. 1 Buchst. e DSGVO auf Widerspruch aus Gründen Ihrer "
                        "besonderen Situation (Art. 21). Eine Einwilligung können Sie jederzeit "
                        "widerrufen (Art. 7 Abs. 3 DSGVO). Wenden Sie sich dazu an die oben genannten "
                        "Kontakte.</p><p>Ihre Angaben sind freiwillig; ohne E-Mail-Adresse können wir "
                        "Sie aber nicht eintragen und keinen Antrag bearbeiten. Eine automatisierte "
                        "Entscheidungsfindung oder ein Profiling findet nicht statt.</p>"
                    ),
                },
                {"type": "heading", "value": {"text": "Beschwerderecht", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Sie können sich nach Art. 77 DSGVO bei der Aufsichtsbehörde beschweren: "
                        "Die Landesbeauftragte für den Datenschutz Niedersachsen, "
                        "Prinzenstraße 5, 30159 Hannover, "
                        '<a href="https://www.lfd.niedersachsen.de">www.lfd.niedersachsen.de</a>'
                        ".</p>"
                    ),
                },
            ],
        },
        "en": {
            "title": "Privacy notice",
            "slug": "privacy",
            "search_description": (
                "How the Klimaallianz Landkreis Cloppenburg website handles personal data: "
                "purposes, legal bases, retention periods and your rights."
            ),
            "body": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p><b>Demo content:</b> this text is an example and must be checked for legal "
                        "accuracy and content before the website goes live.</p><p>In accordance with "
                        "Article 13 of the General Data Protection Regulation (GDPR), we explain here "
                        "which personal data this website processes, for what purpose, on what legal "
                        "basis and which rights you have.</p>"
                    ),
                },
                {"type": "heading", "value": {"text": "Controller", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>The controller is the district of Cloppenburg (Landkreis Cloppenburg), "
                        "represented by the District Administrator (Landrat), Kreishaus, "
                        "Eschstraße 29, 49661 Cloppenburg, Germany, telephone +49 4471 15-0, e-mail "
                        '<a href="mailto:klimaallianz@lkclp.de">klimaallianz@lkclp.de</a>.</p><p>You '
                        "can reach the data protection officer at "
                        '<a href="mailto:datenschutz@lkclp.de">datenschutz@lkclp.de</a> or by post: '
                        "Landkreis Cloppenburg – Datenschutzbeauftragte/r –, Eschstraße 29, 49661 "
                        "Cloppenburg, Germany.</p>"
                    ),
                },
                {"type": "heading", "value": {"text": "Server logs", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Each time a page is requested, the server processes the IP address of your "
                        "device, the date and time, the address requested, the amount of data "
                        "transferred, the status code and the type and version of your browser. We "
                        "need this information to deliver the website and to protect it against "
                        "attacks. The legal basis is Art. 6(1)(e) GDPR in conjunction with Section 3 "
                        "of the Lower Saxony Data Protection Act (NDSG). The logs are deleted "
                        "automatically after seven days unless they are needed in an individual case "
                        "to investigate a security incident.</p>"
                    ),
                },
                {"type": "heading", "value": {"text": "Cookies and tracking", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>We use no analytics or tracking services. As long as you only read the "
                        "website, we store no cookies on your device. Only when you log in, for "
                        "example as a partner organisation, or open a page with a form (such as “Get "
                        "involved”) is a strictly necessary cookie set, which expires when you close "
                        "your browser. It serves solely to manage your session and to protect against "
                        "forged form requests (CSRF protection). The legal basis is Section 25(2) "
                        "no. 2 of the Telecommunications Digital Services Data Protection Act (TDDDG); "
                        "no consent is needed for this.</p>"
                    ),
                },
                {"type": "heading", "value": {"text": "No third parties", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Fonts and scripts are served from our own server; no data is passed to "
                        "third parties when you visit the website. Videos from external platforms "
                        "first appear only as a placeholder. Only when you click on one and agree to "
                        "the transfer is the video loaded, and the provider then receives, among other "
                        "things, your IP address (legal basis: your consent, Art. 6(1)(a) GDPR and "
                        "Section 25(1) TDDDG).</p>"
                    ),
                },
                {"type": "heading", "value": {"text": "Supporter sign-up", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>When you sign up as a supporter of the Klimaallianz, we process your name, "
                        "your e-mail address and optional details such as your town or municipality. "
                        "The legal basis is your consent (Art. 6(1)(a) GDPR).</p><p>After submitting "
                        "the form, you receive an e-mail with a confirmation link; your sign-up only "
                        "takes effect when you click it (double opt-in). The confirmation e-mail "
                        "contains no advertising. So that we can prove your consent under Art. 7(1) "
                        "GDPR, we also store:</p><ul><li>the time of the sign-up, of sending the "
                        "confirmation e-mail and of your confirmation,</li><li>the wording and version "
                        "of the consent and privacy text you agreed to,</li><li>the form you used to "
                        "sign up.</li></ul><p>Sign-ups not confirmed within seven days are deleted "
                        "automatically.</p>"
                    ),
                },
                {"type": "heading", "value": {"text": "Withdrawing consent", "level": "h3"}},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>You can withdraw your consent at any time with effect for the future, "
                        "using the unsubscribe link in our e-mails or by writing to "
                        '<a href="mailto:klimaallianz@lkclp.de">klimaallianz@lkclp.de</a>. This does '
                        "not affect the lawfulness of processing before the withdrawal.</p>"
                    ),
                },
                {"type": "heading", "value": {"text": "Membership applications", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Organisations can apply through this website to become partners of the "
                        "Klimaallianz. We process details of the organisation as well as the name, "
                        "work e-mail address and, where given, telephone number of the contact person, "
                        "who receives a user account for the organisation’s profile once accepted. "
                        "Under Section 18 of the Lower Saxony Climate Act (NKlimaG), climate "
                        "protection is a mandatory task of the districts; the legal basis is therefore "
                        "Art. 6(1)(e) GDPR in conjunction with Section 3 NDSG.</p>"
                    ),
                },
                {"type": "heading", "value": {"text": "Contact by e-mail", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>If you write to us by e-mail, we process your address, your name if given "
                        "and the content of your message in order to deal with your request "
                        "(Art. 6(1)(e) GDPR in conjunction with Section 3 NDSG).</p>"
                    ),
                },
                {
                    "type": "heading",
                    "value": {"text": "Signing in and the website's e-mails", "level": "h2"},
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>To prevent passwords from being guessed, we store the user name, the IP "
                        "address and the time of a failed sign-in. After five failed attempts, "
                        "signing in is blocked for 15 minutes; the data is then deleted, at the "
                        "latest at the next sign-in to the website.</p><p>The website's e-mails "
                        "(such as the confirmation of an application) are stored in our database "
                        "before they are sent, so that none is lost when the mail server is "
                        "unreachable. The text is deleted once the e-mail has been sent; we keep "
                        "the recipient, subject and time of sending for 30 days to be able to "
                        "clear up delivery problems. The legal basis is Art. 6(1)(e) GDPR in "
                        "conjunction with Section 3 NDSG.</p>"
                    ),
                },
                {"type": "heading", "value": {"text": "Recipients", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Only the responsible staff of the Strategy and Innovation Unit and, when "
                        "reviewing membership applications and contributions, the members of the "
                        "steering group have access. Our hosting provider and our e-mail service "
                        "provider process data solely on our instructions as processors (Art. 28 "
                        "GDPR). No transfer to countries outside the European Union is planned.</p>"
                    ),
                },
                {"type": "heading", "value": {"text": "Retention periods", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": (
                        "<ul><li>server logs and unconfirmed sign-ups: seven days</li><li>supporters: "
                        "until withdrawal; after that, we keep the proof of consent only as long as we "
                        "need it as evidence</li><li>membership applications and partner profiles: for "
                        "the duration of the partnership, then in line with the district "
                        "administration’s retention rules; rejected applications six months after the "
                        "decision</li><li>e-mail enquiries: until dealt with, "
                        "then in line with the district administration’s retention rules</li>"
                        "<li>failed sign-ins: until the end of the block</li><li>the record of the "
                        "website's e-mails: 30 days</li></ul>"
                    ),
                },
                {"type": "heading", "value": {"text": "Your rights", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>You have the right of access (Art. 15 GDPR), rectification (Art. 16), "
                        "erasure (Art. 17) and restriction of processing (Art. 18); where processing "
                        "is based on consent, the right to data portability (Art. 20); and where it is "
                        "based on Art. 6(1)(e) GDPR, the right to object on grounds relating to your "
                        "particular situation (Art. 21). You can withdraw any consent at any time "
                        "(Art. 7(3) GDPR). Please use the contacts above.</p><p>Providing your details "
                        "is voluntary, but without an e-mail address we cannot sign you up or process "
                        "an application. There is no automated decision-making or profiling.</p>"
                    ),
                },
                {"type": "heading", "value": {"text": "Right to complain", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>You can lodge a complaint with the supervisory authority under Art. 77 "
                        "GDPR: Die Landesbeauftragte für den Datenschutz Niedersachsen (the Lower "
                        "Saxony Data Protection Commissioner), Prinzenstraße 5, 30159 Hannover, "
                        "Germany, "
                        '<a href="https://www.lfd.niedersachsen.de">www.lfd.niedersachsen.de</a>'
                        ".</p>"
                    ),
                },
            ],
        },
    },
    # -------------------- barrierefreiheit
    {
        "key": "barrierefreiheit",
        "parent": None,
        "show_in_menus": False,
        "footer": True,
        "de": {
            "title": "Erklärung zur Barrierefreiheit",
            "slug": "erklaerung-zur-barrierefreiheit",
            "search_description": (
                "Wie barrierefrei die Website der Klimaallianz Landkreis Cloppenburg ist, wie Sie "
                "Barrieren melden und wo Sie ein Schlichtungsverfahren beantragen können."
            ),
            "body": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p><b>Demo-Inhalt:</b> Dieser Text ist ein Beispiel und muss vor dem Start "
                        "der Website rechtlich und inhaltlich geprüft werden.</p><p>Der Landkreis "
                        "Cloppenburg möchte diese Website für alle Menschen ohne Barrieren zugänglich "
                        "machen. Grundlage sind die §§ 9a bis 9d des Niedersächsischen "
                        "Behindertengleichstellungsgesetzes (NBGG) und die Niedersächsische "
                        "Barrierefreie-Informationstechnik-Verordnung (NBITVO). Diese Erklärung gilt "
                        "für die Website der Klimaallianz Landkreis Cloppenburg und folgt § 9b NBGG "
                        "sowie dem Mustertext des Durchführungsbeschlusses (EU) 2018/1523.</p>"
                    ),
                },
                {
                    "type": "heading",
                    "value": {
                        "text": "Stand der Vereinbarkeit mit den Anforderungen",
                        "level": "h2",
                    },
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Diese Website ist mit der harmonisierten Norm EN 301 549 und damit mit den "
                        "Web Content Accessibility Guidelines (WCAG) 2.1 auf Stufe AA <b>teilweise "
                        "vereinbar</b>. Die Abweichungen stehen im folgenden Abschnitt.</p>"
                    ),
                },
                {
                    "type": "heading",
                    "value": {"text": "Nicht barrierefreie Inhalte", "level": "h2"},
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<ul><li><b>PDF-Dokumente von Partnerorganisationen:</b> Einige Dokumente, die "
                        "Partner im Downloadbereich oder auf ihren Profilseiten bereitstellen, sind "
                        "noch nicht vollständig barrierefrei; zum Teil fehlen Überschriften-Strukturen "
                        "oder Alternativtexte. Wir weisen die Partner auf die Anforderungen hin und "
                        "ersetzen die Dokumente nach und nach.</li><li><b>Bilder in älteren "
                        "Beiträgen:</b> Nicht alle Bilder haben schon aussagekräftige Alternativtexte. "
                        "Die Lenkungsgruppe achtet bei jeder Freigabe darauf.</li></ul>"
                        "<p><b>Barrierefreie Alternative:</b> Können Sie ein Dokument nicht nutzen, "
                        "schreiben Sie uns. Wir stellen Ihnen den Inhalt dann in zugänglicher Form "
                        "bereit, etwa als barrierefreies Dokument oder als reinen Text.</p>"
                    ),
                },
                {"type": "heading", "value": {"text": "Erstellung der Erklärung", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Diese Erklärung wurde am 25. November 2026 erstellt. Sie beruht auf einer "
                        "Selbstbewertung durch den Landkreis Cloppenburg und wird regelmäßig sowie "
                        "nach wesentlichen Änderungen der Website überprüft.</p>"
                    ),
                },
                {"type": "heading", "value": {"text": "Feedback und Kontakt", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Ist Ihnen eine Barriere aufgefallen, oder brauchen Sie Informationen in "
                        "barrierefreier Form? Dann melden Sie sich bitte:</p><ul><li>E-Mail: "
                        '<a href="mailto:barrierefreiheit@lkclp.de">barrierefreiheit@lkclp.de</a></li>'
                        "<li>Telefon: 04471 15-0</li><li>Post: Landkreis Cloppenburg, Referat "
                        "Strategie und Innovation, Eschstraße 29, 49661 Cloppenburg</li></ul><p>Bitte "
                        "beschreiben Sie das Problem und nennen Sie die betroffene Seite. Wir "
                        "antworten Ihnen innerhalb von zwei Wochen.</p>"
                    ),
                },
                {"type": "heading", "value": {"text": "Schlichtungsverfahren", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Haben Sie auf Ihre Rückmeldung keine zufriedenstellende Antwort erhalten, "
                        "können Sie sich an die Schlichtungsstelle nach § 9d NBGG bei der "
                        "Landesbeauftragten für Menschen mit Behinderungen in Niedersachsen wenden. "
                        "Sie hilft, Streitigkeiten zwischen Menschen mit Behinderungen und "
                        "öffentlichen Stellen in Niedersachsen ohne Gerichtsverfahren beizulegen. Das "
                        "Verfahren ist kostenlos; eine anwaltliche Vertretung ist nicht nötig. Wie Sie "
                        "einen Antrag stellen, erfahren Sie auf der "
                        '<a href="https://www.behindertenbeauftragter-niedersachsen.de/'
                        'schlichtungsstelle">Website der Schlichtungsstelle</a>.</p>'
                    ),
                },
            ],
        },
        "en": {
            "title": "Accessibility statement",
            "slug": "accessibility-statement",
            "search_description": (
                "How accessible the Klimaallianz Landkreis Cloppenburg website is, how to report "
                "barriers and where to apply for conciliation."
            ),
            "body": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p><b>Demo content:</b> this text is an example and must be checked for legal "
                        "accuracy and content before the website goes live.</p><p>The district of "
                        "Cloppenburg wants to make this website accessible to everyone without "
                        "barriers. The basis for this is Sections 9a to 9d of the Lower Saxony "
                        "Disability Equality Act (NBGG) and the Lower Saxony regulation on accessible "
                        "information technology (NBITVO). This statement applies to the website of the "
                        "Klimaallianz Landkreis Cloppenburg and follows Section 9b NBGG and the model "
                        "statement of Commission Implementing Decision (EU) 2018/1523.</p>"
                    ),
                },
                {"type": "heading", "value": {"text": "Compliance status", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>This website is <b>partially compliant</b> with the harmonised standard "
                        "EN 301 549 and thus with the Web Content Accessibility Guidelines (WCAG) 2.1 "
                        "at level AA. The exceptions are listed in the next section.</p>"
                    ),
                },
                {"type": "heading", "value": {"text": "Non-accessible content", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": (
                        "<ul><li><b>PDF documents from partner organisations:</b> some documents that "
                        "partners provide in the downloads section or on their profile pages are not "
                        "yet fully accessible; in some cases heading structures or alternative texts "
                        "are missing. We point out the requirements to the partners and are gradually "
                        "replacing the documents.</li><li><b>Images in older contributions:</b> not "
                        "all images have meaningful alternative texts yet. The steering group checks "
                        "this with every approval.</li></ul><p><b>Accessible alternative:</b> if you "
                        "cannot use a document, please write to us. We will then provide the content "
                        "in an accessible form, for example as an accessible document or as plain "
                        "text.</p>"
                    ),
                },
                {"type": "heading", "value": {"text": "Preparation", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>This statement was prepared on 25 November 2026. It is based on a "
                        "self-assessment by the district of Cloppenburg and is reviewed regularly and "
                        "after major changes to the website.</p>"
                    ),
                },
                {"type": "heading", "value": {"text": "Feedback and contact", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Have you come across a barrier, or do you need information in an "
                        "accessible form? Then please get in touch:</p><ul><li>E-mail: "
                        '<a href="mailto:barrierefreiheit@lkclp.de">barrierefreiheit@lkclp.de</a></li>'
                        "<li>Telephone: +49 4471 15-0</li><li>Post: Landkreis Cloppenburg, Referat "
                        "Strategie und Innovation, Eschstraße 29, 49661 Cloppenburg, Germany</li></ul>"
                        "<p>Please describe the problem and name the page concerned. We will reply "
                        "within two weeks.</p>"
                    ),
                },
                {"type": "heading", "value": {"text": "Enforcement procedure", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>If you have not received a satisfactory answer to your feedback, you can "
                        "turn to the conciliation body under Section 9d NBGG (Schlichtungsstelle nach "
                        "§ 9d NBGG) at the office of the Lower Saxony Commissioner for People with "
                        "Disabilities. It helps to settle disputes between people with disabilities "
                        "and public bodies in Lower Saxony without going to court. The procedure is "
                        "free of charge, and you do not need a lawyer. You can find out how to apply "
                        "on the "
                        '<a href="https://www.behindertenbeauftragter-niedersachsen.de/'
                        'schlichtungsstelle">website of the conciliation body</a> (in German).</p>'
                    ),
                },
            ],
        },
    },
    # -------------------- leichte-sprache
    {
        "key": "leichte-sprache",
        "parent": None,
        "show_in_menus": False,
        "footer": True,
        "de": {
            "title": "Leichte Sprache",
            "slug": "leichte-sprache",
            "search_description": (
                "Die Klima-Allianz im Land-Kreis Cloppenburg in Leichter Sprache: Was ist die "
                "Klima-Allianz? Was steht auf dieser Internet-Seite?"
            ),
            "body": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Das ist die Internet-Seite von der Klima-Allianz im Land-Kreis "
                        "Cloppenburg.</p><p>Hier erklären wir die Internet-Seite in Leichter "
                        "Sprache.</p>"
                    ),
                },
                {"type": "heading", "value": {"text": "Was ist Klima-Schutz?", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Das Klima ist das Wetter über eine lange Zeit.</p><p>Auf der Erde wird es "
                        "immer wärmer.</p><p>Das ist schlecht für Menschen, Tiere und Pflanzen.</p>"
                        "<p>Klima-Schutz heißt: Wir tun etwas dagegen.</p><p>Zum Beispiel:</p>"
                        "<ul><li>Wir sparen Strom.</li><li>Wir machen Strom aus Sonne und Wind.</li>"
                        "<li>Wir fahren öfter mit dem Fahrrad oder mit dem Bus.</li></ul>"
                    ),
                },
                {"type": "heading", "value": {"text": "Was ist ein Land-Kreis?", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Ein Land-Kreis ist ein Gebiet mit mehreren Städten und Gemeinden.</p>"
                        "<p>Der Land-Kreis Cloppenburg liegt in Nieder-Sachsen.</p><p>Im Land-Kreis "
                        "Cloppenburg gibt es 13 Städte und Gemeinden.</p>"
                    ),
                },
                {"type": "heading", "value": {"text": "Was ist die Klima-Allianz?", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Allianz ist ein anderes Wort für: Bündnis.</p><p>In einem Bündnis arbeiten "
                        "viele zusammen.</p><p>Sie haben ein gemeinsames Ziel.</p><p>Die Klima-Allianz "
                        "ist ein Bündnis für den Klima-Schutz.</p><p>Bei der Klima-Allianz machen zum "
                        "Beispiel mit:</p><ul><li>die Städte und Gemeinden im Land-Kreis</li>"
                        "<li>Firmen</li><li>Vereine</li><li>Politiker und Politikerinnen aus dem "
                        "Kreis-Tag</li></ul><p>Der Kreis-Tag ist eine Gruppe von Politikern.</p><p>Die "
                        "Menschen im Land-Kreis wählen den Kreis-Tag.</p><p>Eine kleine Gruppe leitet "
                        "die Klima-Allianz.</p><p>Diese Gruppe heißt: Lenkungs-Gruppe.</p>"
                    ),
                },
                {"type": "heading", "value": {"text": "Was steht hier?", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Auf dieser Internet-Seite finden Sie:</p><ul><li>Informationen über die "
                        "Klima-Allianz</li><li>Projekte für den Klima-Schutz</li><li>die Partner von "
                        "der Klima-Allianz</li><li>Dokumente zum Herunter-Laden</li><li>Informationen "
                        "zum Mitmachen</li></ul><p>Ein Projekt ist eine Aufgabe mit einem Ziel.</p>"
                        "<p>Zum Beispiel: Eine Gemeinde baut Solar-Anlagen auf ihre Dächer.</p>"
                        "<p>Solar-Anlagen machen Strom aus Sonnen-Licht.</p><p>Partner sind die "
                        "Gruppen, die bei der Klima-Allianz mitmachen.</p>"
                    ),
                },
                {"type": "heading", "value": {"text": "So benutzen Sie die Seite", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Oben auf jeder Seite ist das Menü.</p><p>Im Menü stehen die wichtigsten "
                        "Seiten.</p><p>Klicken Sie auf ein Wort im Menü.</p><p>Dann öffnet sich die "
                        "Seite zu diesem Wort.</p><p>Unten auf jeder Seite sind noch mehr Links.</p>"
                        "<p>Ein Link führt zu dieser Seite in Leichter Sprache.</p><p>Die "
                        "Internet-Seite gibt es auch auf Englisch.</p>"
                    ),
                },
                {"type": "heading", "value": {"text": "Wie können Sie mitmachen?", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Sie wohnen im Land-Kreis Cloppenburg?</p><p>Und Klima-Schutz ist Ihnen "
                        "wichtig?</p><p>Dann können Sie Unterstützer oder Unterstützerin werden.</p>"
                        "<p>Das heißt: Sie sagen öffentlich Ja zur Klima-Allianz.</p><p>Dafür gibt es "
                        "ein Formular auf dieser Internet-Seite.</p><p>Sie brauchen eine "
                        "E-Mail-Adresse.</p><p>Sie bekommen dann eine E-Mail von uns.</p><p>In der "
                        "E-Mail ist ein Link.</p><p>Klicken Sie auf den Link.</p><p>Dann sind Sie "
                        "Unterstützer oder Unterstützerin.</p><p>Sie können jederzeit wieder "
                        "aufhören.</p>"
                    ),
                },
                {"type": "heading", "value": {"text": "Haben Sie Fragen?", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Dann schreiben Sie uns eine E-Mail.</p><p>Die E-Mail-Adresse ist: "
                        '<a href="mailto:klimaallianz@lkclp.de">klimaallianz@lkclp.de</a></p><p>Oder '
                        "rufen Sie uns an.</p><p>Die Telefon-Nummer ist: 04471 15-0</p><p>Mehr dazu "
                        'steht auf der Seite <a href="page:kontakt">Kontakt</a>.</p><p>Sie können '
                        "etwas auf der Internet-Seite nicht benutzen?</p><p>Dann sagen Sie es uns "
                        "bitte.</p><p>Mehr dazu steht auf der Seite "
                        '<a href="page:barrierefreiheit">Erklärung zur Barriere-Freiheit</a>.</p>'
                    ),
                },
            ],
        },
        "en": {
            "title": "Easy read",
            "slug": "easy-read",
            "search_description": (
                "The climate alliance of the district of Cloppenburg in easy read: what is the "
                "alliance? What is on this website?"
            ),
            "body": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p>This is the website of the Klimaallianz.</p><p>Klimaallianz means: climate "
                        "alliance.</p><p>It is in the district of Cloppenburg.</p><p>On this page we "
                        "explain the website in easy words.</p>"
                    ),
                },
                {
                    "type": "heading",
                    "value": {"text": "What is climate protection?", "level": "h2"},
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Climate is the weather over a long time.</p><p>The Earth is getting warmer "
                        "and warmer.</p><p>This is bad for people, animals and plants.</p><p>Climate "
                        "protection means: we do something about it.</p><p>For example:</p><ul><li>We "
                        "save electricity.</li><li>We make electricity from the sun and the wind.</li>"
                        "<li>We go by bike or by bus more often.</li></ul>"
                    ),
                },
                {"type": "heading", "value": {"text": "What is a district?", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>A district is an area with several towns and villages.</p><p>The district "
                        "of Cloppenburg is in Lower Saxony.</p><p>Lower Saxony is a state in the north "
                        "of Germany.</p><p>There are 13 towns and municipalities in the district of "
                        "Cloppenburg.</p>"
                    ),
                },
                {"type": "heading", "value": {"text": "What is the alliance?", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>In an alliance, many groups work together.</p><p>They have the same "
                        "goal.</p><p>The climate alliance works together for climate protection.</p>"
                        "<p>These are some of the members:</p><ul><li>the towns and municipalities in "
                        "the district</li><li>companies</li><li>clubs and associations</li>"
                        "<li>politicians from the district council</li></ul><p>The district council is "
                        "a group of politicians.</p><p>The people in the district vote for the "
                        "district council.</p><p>A small group leads the climate alliance.</p><p>This "
                        "group is called: the steering group.</p>"
                    ),
                },
                {"type": "heading", "value": {"text": "What is on this website?", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>On this website you can find:</p><ul><li>information about the climate "
                        "alliance</li><li>projects for climate protection</li><li>the partners of the "
                        "climate alliance</li><li>documents to download</li><li>information on how to "
                        "take part</li></ul><p>A project is a task with a goal.</p><p>For example: a "
                        "town puts solar panels on its roofs.</p><p>Solar panels make electricity from "
                        "sunlight.</p><p>Partners are the groups that take part in the climate "
                        "alliance.</p>"
                    ),
                },
                {"type": "heading", "value": {"text": "How to use this website", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>At the top of every page is the menu.</p><p>The menu shows the most "
                        "important pages.</p><p>Click on a word in the menu.</p><p>Then the page for "
                        "this word opens.</p><p>At the bottom of every page are more links.</p><p>One "
                        "link goes to this easy read page.</p><p>The website is also in German.</p>"
                    ),
                },
                {"type": "heading", "value": {"text": "How can you take part?", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Do you live in the district of Cloppenburg?</p><p>Is climate protection "
                        "important to you?</p><p>Then you can become a supporter.</p><p>This means: "
                        "you say yes to the climate alliance in public.</p><p>There is a form for this "
                        "on the website.</p><p>You need an e-mail address.</p><p>We will send you an "
                        "e-mail.</p><p>There is a link in the e-mail.</p><p>Click on the link.</p>"
                        "<p>Then you are a supporter.</p><p>You can stop at any time.</p>"
                    ),
                },
                {"type": "heading", "value": {"text": "Do you have questions?", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Then write us an e-mail.</p><p>The e-mail address is: "
                        '<a href="mailto:klimaallianz@lkclp.de">klimaallianz@lkclp.de</a></p><p>Or '
                        "call us.</p><p>The phone number is: 04471 15-0</p><p>There is more on the "
                        'page <a href="page:kontakt">Contact</a>.</p><p>Is there something on the '
                        "website you cannot use?</p><p>Then please tell us.</p><p>There is more on the "
                        'page <a href="page:barrierefreiheit">Accessibility statement</a>.</p>'
                    ),
                },
            ],
        },
    },
    # -------------------- kontakt
    {
        "key": "kontakt",
        "parent": None,
        "show_in_menus": False,
        "footer": True,
        "de": {
            "title": "Kontakt",
            "slug": "kontakt",
            "search_description": (
                "So erreichen Sie die Geschäftsstelle der Klimaallianz Landkreis Cloppenburg im "
                "Referat Strategie und Innovation."
            ),
            "body": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Sie haben Fragen zur Klimaallianz, möchten Partner werden oder eine "
                        "Projektidee einbringen? Die Geschäftsstelle hilft Ihnen gerne weiter.</p>"
                    ),
                },
                {"type": "heading", "value": {"text": "Geschäftsstelle", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Landkreis Cloppenburg, Referat Strategie und Innovation, Kreishaus, "
                        "Eschstraße 29, 49661 Cloppenburg</p><ul><li>Telefon: 04471 15-0 "
                        "(Zentrale)</li><li>E-Mail: "
                        '<a href="mailto:klimaallianz@lkclp.de">klimaallianz@lkclp.de</a></li></ul>'
                        "<p>Für ein persönliches Gespräch vereinbaren Sie bitte vorab einen Termin. "
                        "Wie wir mit Ihren Angaben umgehen, steht in unserer "
                        '<a href="page:datenschutz">Datenschutzerklärung</a>.</p>'
                    ),
                },
                {"type": "heading", "value": {"text": "Barriere melden", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Sind Sie auf dieser Website auf ein Hindernis gestoßen, etwa auf einen "
                        "Inhalt, den Sie nicht lesen oder bedienen können? Bitte schreiben Sie an "
                        '<a href="mailto:barrierefreiheit@lkclp.de">barrierefreiheit@lkclp.de</a> oder '
                        "rufen Sie uns an. Was dann geschieht und wohin Sie sich wenden können, wenn "
                        "Sie mit unserer Antwort nicht zufrieden sind, steht in der "
                        '<a href="page:barrierefreiheit">Erklärung zur Barrierefreiheit</a>.</p>'
                    ),
                },
            ],
        },
        "en": {
            "title": "Contact",
            "slug": "contact",
            "search_description": (
                "How to reach the office of the Klimaallianz Landkreis Cloppenburg at the "
                "district’s Strategy and Innovation Unit."
            ),
            "body": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Do you have questions about the Klimaallianz, would you like to become a "
                        "partner or contribute an idea for a project? The alliance’s office will be "
                        "glad to help.</p>"
                    ),
                },
                {"type": "heading", "value": {"text": "The alliance’s office", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Landkreis Cloppenburg, Strategy and Innovation Unit (Referat Strategie und "
                        "Innovation), Kreishaus, Eschstraße 29, 49661 Cloppenburg, Germany</p>"
                        "<ul><li>Telephone: +49 4471 15-0 (switchboard)</li><li>E-mail: "
                        '<a href="mailto:klimaallianz@lkclp.de">klimaallianz@lkclp.de</a></li></ul>'
                        "<p>If you would like to meet in person, please make an appointment in "
                        "advance. How we handle your details is explained in our "
                        '<a href="page:datenschutz">privacy notice</a>.</p>'
                    ),
                },
                {"type": "heading", "value": {"text": "Report a barrier", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Have you come across an obstacle on this website, such as content you "
                        "cannot read or operate? Please write to "
                        '<a href="mailto:barrierefreiheit@lkclp.de">barrierefreiheit@lkclp.de</a> or '
                        "call us. What happens next, and whom you can turn to if you are not satisfied "
                        "with our answer, is explained in the "
                        '<a href="page:barrierefreiheit">accessibility statement</a>.</p>'
                    ),
                },
            ],
        },
    },
]

# The index pages below the home page; their listings fill in as partners and projects arrive.
INDEX_PAGES = [
    {
        "key": "partner",
        "show_in_menus": True,
        "de": {
            "title": "Partner",
            "slug": "partner",
            "search_description": "Die Mitglieder der Klimaallianz Landkreis Cloppenburg.",
            "introduction": (
                "<p>Städte und Gemeinden, Unternehmen, Kammern, Vereine und Verbände: Hier stellen "
                "sich die Organisationen vor, die in der Klimaallianz mitarbeiten.</p>"
            ),
        },
        "en": {
            "title": "Partners",
            "slug": "partners",
            "search_description": "The members of the Klimaallianz Landkreis Cloppenburg.",
            "introduction": (
                "<p>Towns and municipalities, companies, chambers, associations: here the "
                "organisations that work in the Klimaallianz introduce themselves.</p>"
            ),
        },
    },
    {
        "key": "projekte",
        "show_in_menus": True,
        "de": {
            "title": "Projekte",
            "slug": "projekte",
            "search_description": "Klimaschutzprojekte der Klimaallianz und ihrer Partner.",
            "introduction": (
                "<p>Was im Landkreis für das Klima getan wird, von der Wärmeplanung bis zum "
                "Moorschutz: die Projekte der Klimaallianz und ihrer Partner.</p>"
            ),
        },
        "en": {
            "title": "Projects",
            "slug": "projects",
            "search_description": "Climate projects of the Klimaallianz and its partners.",
            "introduction": (
                "<p>What is being done for the climate in the district, from heat planning to "
                "moor protection: the projects of the Klimaallianz and its partners.</p>"
            ),
        },
    },
    {
        "key": "downloads",
        "show_in_menus": True,
        "de": {
            "title": "Downloads",
            "slug": "downloads",
            "search_description": "Logos, Vorlagen, Flyer und Berichte der Klimaallianz.",
            "introduction": (
                "<p>Logos und Markenvorlagen, die Beitrittserklärung, Flyer, Berichte und "
                "Präsentationen zum Herunterladen.</p>"
            ),
        },
        "en": {
            "title": "Downloads",
            "slug": "downloads",
            "search_description": "Logos, templates, flyers and reports of the Klimaallianz.",
            "introduction": (
                "<p>Logos and brand templates, the membership form, flyers, reports and "
                "presentations to download.</p>"
            ),
        },
    },
]

# The brand settings (a site setting); footer links are the pages marked "footer" above.
BRAND = {
    "claim": "Gemeinsam für das Klima im Landkreis Cloppenburg",
    "claim_en": "Together for the climate in the district of Cloppenburg",
    "contact_name": "Klimaallianz Landkreis Cloppenburg – Referat Strategie und Innovation",
    "contact_address": "Kreishaus\nEschstraße 29\n49661 Cloppenburg",
    "contact_phone": "04471 15-0",
    "contact_email": "klimaallianz@lkclp.de",
}

# Member organisations (fictional details; the towns are the district's real ones). Each is
# onboarded like a real one: profile page, editors' group and collection; then published.
PARTNERS = [
    {
        "name": "Stadt Cloppenburg",
        "category": "staedte-und-gemeinden",
        "municipality": "cloppenburg",
        "colour": "#1b5e20",
        "summary": "Die Kreisstadt setzt auf kommunale Wärmeplanung, Photovoltaik auf städtischen "
        "Dächern und ein dichteres Radwegenetz.",
        "body": "<p>Als größte Kommune des Landkreises will die Stadt Vorbild sein: Schulen, "
        "Sporthallen und das Rathaus werden Schritt für Schritt energetisch saniert.</p>",
        "street": "Sevelter Straße 8",
        "postcode": "49661",
        "city": "Cloppenburg",
        "position": (52.8476, 8.0450),
        "member_since": "2020-11-01",
    },
    {
        "name": "Stadt Friesoythe",
        "category": "staedte-und-gemeinden",
        "municipality": "friesoythe",
        "colour": "#00695c",
        "summary": "Friesoythe verbindet Klimaschutz mit Moorschutz und baut die "
        "Ladeinfrastruktur für E-Bikes aus.",
        "body": "<p>Rund um die Stadt liegen große Moorflächen. Ihre Wiedervernässung bindet "
        "Kohlendioxid und schützt seltene Arten.</p>",
        "street": "Alte Mühlenstraße 12",
        "postcode": "26169",
        "city": "Friesoythe",
        "position": (53.0206, 7.8586),
        "member_since": "2020-11-01",
    },
    {
        "name": "Gemeinde Saterland",
        "category": "staedte-und-gemeinden",
        "municipality": "saterland",
        "colour": "#2e7d32",
        "summary": "Die Gemeinde im Norden des Kreises beteiligt sich mit Projekten zu "
        "Windenergie, Bürgerbeteiligung und Klimabildung.",
        "body": "<p>Im Saterland wird Saterfriesisch gesprochen – und über die Energiewende "
        "vor Ort diskutiert, etwa in offenen Bürgerabenden.</p>",
        "street": "Hauptstraße 507",
        "postcode": "26683",
        "city": "Saterland",
        "position": (53.0787, 7.7425),
        "member_since": "2021-03-15",
    },
    {
        "name": "Kreistagsfraktion für Klimaschutz (Demo)",
        "category": "fraktionen",
        "municipality": "cloppenburg",
        "colour": "#37474f",
        "summary": "Eine Fraktion des Kreistags, die Anträge zum Klimaschutzkonzept einbringt "
        "und die Umsetzung begleitet.",
        "body": "<p>Die Fraktion lädt regelmäßig zu offenen Sprechstunden zum "
        "Klimaschutzkonzept ein.</p>",
        "city": "Cloppenburg",
        "member_since": "2021-10-14",
    },
    {
        "name": "Solarwerk Garrel GmbH",
        "category": "unternehmen",
        "municipality": "garrel",
        "colour": "#e65100",
        "summary": "Ein mittelständischer Betrieb, der Photovoltaikanlagen für Betriebe, "
        "Höfe und öffentliche Gebäude plant und baut.",
        "body": "<p>Das Unternehmen bildet jedes Jahr mehrere Elektronikerinnen und Elektroniker "
        "aus und berät Kommunen bei Dachflächenpotenzialen.</p>",
        "website": "https://solarwerk-garrel.example",
        "contact_email": "info@solarwerk-garrel.example",
        "street": "Gewerbering 4",
        "postcode": "49681",
        "city": "Garrel",
        "position": (52.9558, 8.0250),
        "member_since": "2021-05-01",
    },
    {
        "name": "Molkerei Emstek eG (Demo)",
        "category": "unternehmen",
        "municipality": "emstek",
        "colour": "#0d47a1",
        "summary": "Die Genossenschaft senkt den Energiebedarf ihrer Produktion und nutzt "
        "Abwärme für benachbarte Gebäude.",
        "body": "<p>Mit einer neuen Wärmerückgewinnung spart die Molkerei einen großen Teil "
        "ihres Erdgases.</p>",
        "street": "Industriestraße 20",
        "postcode": "49685",
        "city": "Emstek",
        "position": (52.8330, 8.1510),
        "member_since": "2022-01-20",
    },
    {
        "name": "Bioenergie Lastrup GmbH & Co. KG",
        "category": "unternehmen",
        "municipality": "lastrup",
        "colour": "#558b2f",
        "summary": "Betreiberin einer Biogasanlage, die ein Nahwärmenetz für Wohngebiet und "
        "Schule speist.",
        "body": "<p>Das Wärmenetz ersetzt dutzende Ölheizungen und wird weiter ausgebaut.</p>",
        "postcode": "49688",
        "city": "Lastrup",
        "position": (52.7944, 7.8680),
        "member_since": "2022-06-01",
    },
    {
        "name": "NABU-Gruppe Oldenburger Münsterland (Demo)",
        "category": "vereine-und-verbaende",
        "municipality": "boesel",
        "colour": "#1565c0",
        "summary": "Ehrenamtliche, die Moore und Feuchtwiesen pflegen und Exkursionen für "
        "Schulklassen anbieten.",
        "body": "<p>Die Gruppe begleitet die Wiedervernässung von Moorflächen mit Kartierungen "
        "und Führungen.</p>",
        "city": "Bösel",
        "position": (53.0000, 7.9500),
        "member_since": "2021-02-01",
    },
    {
        "name": "Radverkehrsinitiative Löningen e. V.",
        "category": "vereine-und-verbaende",
        "municipality": "loeningen",
        "colour": "#ad1457",
        "summary": "Der Verein macht sich für sichere Radwege stark und organisiert das "
        "Stadtradeln in Löningen.",
        "body": "<p>Jedes Jahr radeln hunderte Menschen drei Wochen lang für das Klima – "
        "und sammeln Hinweise auf Lücken im Radnetz.</p>",
        "city": "Löningen",
        "position": (52.7370, 7.7580),
        "member_since": "2022-04-10",
    },
    {
        "name": "Industrie- und Handelskammer – Regionalbüro (Demo)",
        "category": "ihk",
        "municipality": "cloppenburg",
        "colour": "#283593",
        "summary": "Die Kammer berät Unternehmen zu Energieeffizienz, Förderprogrammen und "
        "betrieblichem Klimaschutz.",
        "body": "<p>Im Netzwerk der Energie-Scouts lernen Auszubildende, in ihren Betrieben "
        "Einsparpotenziale zu finden.</p>",
        "city": "Cloppenburg",
        "member_since": "2020-11-01",
    },
    {
        "name": "Handwerkskammer – Beratungsstelle (Demo)",
        "category": "handwerkskammer",
        "municipality": "cloppenburg",
        "colour": "#bf360c",
        "summary": "Die Beratungsstelle unterstützt Handwerksbetriebe bei Sanierung, Wärmepumpe "
        "und Photovoltaik.",
        "body": "<p>Schulungen für Hausmeisterinnen und Hausmeister öffentlicher Gebäude zum "
        "Energiesparen gehören zu den Angeboten.</p>",
        "city": "Cloppenburg",
        "member_since": "2021-01-15",
    },
    {
        "name": "Landwirtschaftskammer – Bezirksstelle (Demo)",
        "category": "landwirtschaftskammer",
        "municipality": "cloppenburg",
        "colour": "#33691e",
        "summary": "Die Bezirksstelle berät Höfe zu Biogas, Humusaufbau und klimaschonender "
        "Tierhaltung.",
        "body": "<p>Gemeinsam mit Betrieben werden Modellflächen für moorschonende "
        "Bewirtschaftung erprobt.</p>",
        "city": "Cloppenburg",
        "member_since": "2021-06-01",
    },
    {
        "name": "Wasserverband Oldenburger Münsterland (Demo)",
        "category": "zweckverbaende",
        "municipality": "molbergen",
        "colour": "#01579b",
        "summary": "Der Zweckverband betreibt Wasserwerke und Kläranlagen und deckt einen "
        "wachsenden Teil seines Stroms selbst.",
        "body": "<p>Auf Klärwerksdächern und Freiflächen entstehen Solaranlagen.</p>",
        "city": "Molbergen",
        "position": (52.8580, 7.9260),
        "member_since": "2022-09-01",
    },
    {
        "name": "Volkshochschule Cloppenburg (Demo)",
        "category": "weitere",
        "municipality": "cloppenburg",
        "colour": "#4a148c",
        "summary": "Die Volkshochschule bietet Kurse zu Energiesparen, Balkonkraftwerken und "
        "klimafreundlicher Ernährung.",
        "body": "<p>Viele Kurse entstehen gemeinsam mit Partnern der Klimaallianz.</p>",
        "city": "Cloppenburg",
        "member_since": "2023-02-01",
    },
]

# Demo accounts: editors of two partners and one member of the steering group.
DEMO_EDITORS = [
    ("redaktion@solarwerk-garrel.example", "Solarwerk Garrel GmbH"),
    ("presse@friesoythe.example", "Stadt Friesoythe"),
]
DEMO_MODERATOR = "lenkungsgruppe@klimaallianz.example"

# The membership application form (MembershipPage); its consent links to the privacy notice.
MEMBERSHIP = {
    "key": "mitmachen",
    "show_in_menus": True,
    "de": {
        "title": "Mitmachen",
        "slug": "mitmachen",
        "search_description": "So wird Ihre Organisation Partner der Klimaallianz.",
        "introduction": (
            "<p>Kommunen, Unternehmen, Kammern, Vereine und Verbände können Partner der "
            "Klimaallianz werden. Erzählen Sie uns, wer Sie sind und was Sie für das Klima "
            "vorhaben. Die Lenkungsgruppe meldet sich nach ihrer nächsten Sitzung bei Ihnen.</p>"
        ),
        "thank_you_text": (
            "<p>Vielen Dank! Ihr Antrag ist angekommen; eine Bestätigung ist per E-Mail "
            "unterwegs. Die Lenkungsgruppe prüft ihn und meldet sich bei Ihnen.</p>"
        ),
    },
    "en": {
        "title": "Get involved",
        "slug": "get-involved",
        "search_description": "How your organisation becomes a partner of the Klimaallianz.",
        "introduction": (
            "<p>Municipalities, companies, chambers, clubs and associations can become partners "
            "of the Klimaallianz. Tell us who you are and what you plan for the climate. The "
            "steering group will get back to you after its next meeting.</p>"
        ),
        "thank_you_text": (
            "<p>Thank you! Your application has arrived and a confirmation is on its way by "
            "e-mail. The steering group will review it and get back to you.</p>"
        ),
    },
}
