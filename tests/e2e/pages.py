"""What people do on the site, step by step, for the browser tests: a reader on the public
pages, an applicant on the membership form, editors and moderators in the Wagtail admin.

Each step finds things as a person does, by the words on the screen (German, the language the
site and the admin start in), and lives here once, so that a changed screen is adapted in one
place."""

import re

from playwright.sync_api import Page, expect

from django.core import mail

# The workflow every page goes through (home.roles); the admin names its buttons after it.
WORKFLOW = "Freigabe durch die Lenkungsgruppe"


def starting_with(text):
    return re.compile(rf"^\s*{re.escape(text)}")


# --- the public site --------------------------------------------------------------------------


class Reader:
    """A visitor of the public site."""

    def __init__(self, page: Page, site_url):
        self.page = page
        self.site_url = site_url

    def visit(self, path="/"):
        return self.page.goto(self.site_url + path)

    def follow(self, name):
        """Click the link `name` in the page's main content."""
        self.page.get_by_role("main").get_by_role("link", name=name, exact=True).first.click()

    def filter_form(self):
        # The filter bar is a form landmark named by its (hidden) heading: "Partner filtern".
        return self.page.get_by_role("form", name=re.compile("filter", re.IGNORECASE))

    def filter_by(self, **choices):
        """Choose in each select of the filter bar (by its label) the option that starts with
        the given name, whatever count follows it, and send the form."""
        form = self.filter_form()
        for label, name in choices.items():
            select = form.get_by_label(label, exact=True)
            option = select.locator("option", has_text=starting_with(f"{name} ("))
            select.select_option(option.get_attribute("value"))
        self.send_filter()

    def send_filter(self):
        with self.page.expect_navigation():
            self.filter_form().get_by_role("button").click()

    def result_count(self):
        return self.page.get_by_role("main").get_by_role("status")

    def texts(self, selector):
        """The texts of the elements `selector` finds in the main content, in order."""
        found = self.page.get_by_role("main").locator(selector)
        return [text.strip() for text in found.all_inner_texts()]

    def card_titles(self):
        """The titles of the cards listed in the main content, in order."""
        return self.texts(".card-grid .card__title")

    def switch_language(self, name):
        self.page.get_by_role("link", name=name, exact=True).click()

    # The label of the header's search field, by the page's language.
    SEARCH_FIELD = {"de": "Die Website durchsuchen", "en": "Search the site"}

    def search(self, query):
        """Type into the header's search field, found by its label, and press Enter."""
        label = self.SEARCH_FIELD[self.page.locator("html").get_attribute("lang")]
        field = self.page.get_by_role("banner").get_by_role("searchbox", name=label, exact=True)
        field.fill(query)
        with self.page.expect_navigation():
            field.press("Enter")

    def feed(self, link_name):
        """The RSS feed behind the link `link_name`, as a feed reader fetches it."""
        return self.fetch(self.page.get_by_role("link", name=link_name)).text()

    def fetch(self, link):
        """The response to the link (a locator), fetched with the browser's cookies: a file
        as it is downloaded."""
        return self.page.request.get(self.site_url + link.get_attribute("href"))

    def download_titles(self):
        """The titles of the downloads listed in the main content, in order."""
        return self.texts(".download-list .download__title")

    def download(self, title):
        """The entry of the download `title` in the list of downloads."""
        return self.entry(".download-list > li", title)

    def entry(self, selector, title):
        """Of the entries `selector` finds in the main content, the one headed `title`."""
        entries = self.page.get_by_role("main").locator(selector)
        return entries.filter(has=self.page.get_by_role("heading", name=title, exact=True))

    def search_result_titles(self):
        """The titles of the search results on this page, in order (promoted ones are h3)."""
        return self.texts(".search-results > li > h2")

    def search_result(self, title):
        """The search result `title`: its type, its text, the files of a download."""
        return self.entry(".search-results > li", title)

    def show_only(self, kind):
        """Follow the type filter's link `kind` ("Downloads (3)", whatever the count)."""
        name = re.compile(rf"^\s*{re.escape(kind)} \(\d+\)\s*$")
        with self.page.expect_navigation():
            self.page.get_by_role("main").get_by_role("link", name=name).click()


class PublicForm:
    """A public form: the application on /mitmachen/, the sign-up on /unterstuetzen/."""

    CONSENT = starting_with("Ich habe die Datenschutzerklärung gelesen")

    def __init__(self, page: Page, send_button="Antrag senden"):
        self.page = page
        self.send_button = send_button

    def field(self, label):
        return self.page.get_by_label(label, exact=True)

    def fill(self, **fields):
        """Type into text fields and choose in selects, by their labels (with the * of a
        required field)."""
        for label, value in fields.items():
            field = self.field(label)
            if field.evaluate("element => element.tagName") == "SELECT":
                field.select_option(label=value)
            else:
                field.fill(value)

    def consent(self):
        self.page.get_by_role("checkbox", name=self.CONSENT).check()

    def send(self):
        with self.page.expect_navigation():
            self.page.get_by_role("button", name=self.send_button).click()

    def expect_error_at(self, label, message):
        """The error is shown with the field and read out with it (aria-describedby)."""
        field = self.field(label)
        expect(field).to_have_attribute("aria-invalid", "true")
        expect(field).to_have_accessible_description(re.compile(re.escape(message)))
        error_id = field.get_attribute("aria-describedby").split()[-1]
        expect(self.page.locator(f"#{error_id}")).to_have_text(message)


# --- mail -------------------------------------------------------------------------------------


def mail_to(address, subject):
    """The last e-mail the site sent to `address` whose subject contains `subject`."""
    found = [
        message for message in mail.outbox if address in message.to and subject in message.subject
    ]
    assert found, f"no mail to {address} about “{subject}” in {[m.subject for m in mail.outbox]}"
    return found[-1]


def link_in(message, path_start):
    """The first link in the mail whose path starts with `path_start`."""
    for url in re.findall(r"https?://\S+", message.body):
        if re.match(rf"https?://[^/]+{re.escape(path_start)}", url):
            return url
    raise AssertionError(f"no link to {path_start} in: {message.body}")


# --- the admin --------------------------------------------------------------------------------


class AdminUser:
    """Someone in the Wagtail admin: an editor of a partner, or a moderator."""

    def __init__(self, page: Page, site_url):
        self.page = page
        self.site_url = site_url

    def log_in(self, username, password):
        self.page.goto(self.site_url + "/admin/")
        # By their ids: the labels of Wagtail's login form are not all translated yet.
        self.page.locator("#id_username").fill(username)
        self.page.locator("#id_password").fill(password)
        self.page.get_by_role("button", name="Anmelden").click()
        expect(self.page.get_by_role("link", name="Benutzerkonto")).to_be_visible()

    def dashboard(self):
        self.page.goto(self.site_url + "/admin/")

    def expect_message(self, text):
        expect(self.page.locator(".messages")).to_contain_text(text)

    # -- partner editors --

    def open_organisation(self):
        """From the dashboard's panel "Ihre Organisation: …" to the edit form of its
        profile: the first link below the heading "Profil"."""
        self.dashboard()
        panel = self.page.get_by_role("region", name=starting_with("Ihre Organisation:"))
        panel.locator("h3", has_text="Profil").locator(
            "xpath=following-sibling::p[1]/a"
        ).first.click()

    def fill_page_fields(self, **fields):
        for label, value in fields.items():
            self.page.get_by_role("textbox", name=label, exact=True).fill(value)

    def save_draft(self):
        self.page.get_by_role("button", name="Entwurf speichern").click()

    def add_project(self, *, title, summary, image, image_title, alt_text, topic, status):
        """From the dashboard's panel of the organisation: a new project below it, with a main
        image uploaded on the way, whose alternative text is required."""
        self.dashboard()
        self.page.get_by_role("link", name="Projekt hinzufügen").click()
        self.fill_page_fields(**{"Titel*": title, "Kurzbeschreibung*": summary})
        self.upload_in_chooser(
            self.page.get_by_role("button", name="Bild auswählen"),
            image,
            **{"Titel*": image_title, "Beschreibung (Alternativtext)": alt_text},
        )
        self.page.get_by_role("checkbox", name=topic).check()
        self.page.get_by_role("combobox", name="Status*").select_option(label=status)

    def add_download(self, *, title, summary, file, file_title, category):
        """From the dashboard's panel of the organisation: a new download below it, offering
        `file`, which is uploaded on the way, in the document chooser that a new download
        starts with."""
        self.dashboard()
        self.page.get_by_role("link", name="Download hinzufügen").click()
        self.fill_page_fields(**{"Titel*": title, "Beschreibung*": summary})
        documents = self.page.get_by_role("region", name="Dokumente")
        self.upload_in_chooser(
            documents.get_by_role("button", name="Dokument auswählen"),
            file,
            **{"Titel*": file_title},
        )
        self.page.get_by_role("combobox", name="Kategorie*").select_option(label=category)

    def upload_in_chooser(self, choose_button, file, **fields):
        """In the chooser that `choose_button` opens: `file` uploaded on its tab "Hochladen",
        with its fields (by label) filled in after the file, which sets a title of its own."""
        choose_button.click()
        dialog = self.page.get_by_role("dialog")
        dialog.get_by_role("tab", name="Hochladen").click()
        dialog.get_by_label("Datei*").set_input_files(file)
        for label, value in fields.items():
            dialog.get_by_label(label).fill(value)
        dialog.get_by_role("button", name="Hochladen").click()
        expect(dialog).to_be_hidden()
        expect(self.page.get_by_role("main")).to_contain_text(fields["Titel*"])

    def submit_for_moderation(self):
        """On the edit form: submit (or submit again after a rejection) to the workflow."""
        self.page.get_by_role("button", name="Mehr Aktionen").click()
        submit = re.compile(rf"^\s*(Erneut in|In) {WORKFLOW} einreichen\s*$")
        self.page.get_by_role("button", name=submit).click()
        self.expect_message("zur Moderation eingereicht")

    def follow_mail_link(self, message, path_start):
        self.page.goto(link_in(message, path_start))

    def moderation_comment(self):
        """On the edit form of a page sent back: what the moderator wrote, at the top."""
        return self.page.locator(".messages").inner_text()

    def accept_invitation(self, message, username, password):
        """The invitation's link leads to a form for the password, which logs the new editor
        in."""
        self.page.goto(link_in(message, "/admin/einladung/"))
        self.page.get_by_label("Neues Passwort*", exact=True).fill(password)
        self.page.get_by_label("Neues Passwort bestätigen*", exact=True).fill(password)
        self.page.get_by_role("button", name="Speichern und anmelden").click()
        expect(self.page.get_by_role("link", name="Benutzerkonto")).to_be_visible()

    # -- moderators --

    def review(self, title, action, comment=""):
        """On the dashboard, in "Ihre Überprüfung steht aus": "Freigeben" or "Änderungen
        anfordern" (with a comment) for the page `title`."""
        self.dashboard()
        awaiting = self.page.get_by_role("region", name="Ihre Überprüfung steht aus")
        row = awaiting.get_by_role("row").filter(has_text=title)
        row.get_by_role("button", name="Aktionen").click()
        row.get_by_role("button", name=action, exact=True).click()
        if comment:
            dialog = self.page.get_by_role("dialog")
            dialog.get_by_label("Kommentar").fill(comment)
            dialog.get_by_role("button", name=action).click()
        expect(awaiting.get_by_role("row").filter(has_text=title)).to_have_count(0)

    def accept_application(self, organisation):
        """From the dashboard's panel of new applications to the application's page."""
        self.dashboard()
        panel = self.page.locator("#new-applications-section")
        panel.get_by_role("link", name=organisation).click()
        self.page.get_by_role("radio", name=starting_with("Annehmen")).check()
        self.page.get_by_role("button", name="Entscheidung speichern").click()
        self.expect_message(f"„{organisation}“ ist aufgenommen")


# --- axe-core ---------------------------------------------------------------------------------

# The rules of WCAG 2.1 A and AA, the level the site promises.
WCAG_21_AA = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}


def axe_violations(axe, page):
    """What axe-core finds on the page against WCAG 2.1 A and AA, one line per rule."""
    problems = []
    for violation in axe.run(page, options=WCAG_21_AA).response["violations"]:
        targets = [" ".join(node["target"]) for node in violation["nodes"]]
        problems.append(f"axe {violation['id']}: {violation['help']} {targets}")
    return problems


# --- the keyboard -----------------------------------------------------------------------------

# Whether the focused element shows where the focus is: an outline of its own, or one on its
# ::after (the cards draw the ring round the whole card), or a box shadow.
FOCUS_IS_VISIBLE = """element => {
    const drawn = style => style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0;
    const own = getComputedStyle(element);
    return drawn(own) || drawn(getComputedStyle(element, "::after")) || own.boxShadow !== "none";
}"""


class Keyboard:
    """Someone who uses the site with the keyboard alone."""

    def __init__(self, page: Page):
        self.page = page

    def focused(self):
        return self.page.locator("*:focus")

    def focused_name(self):
        """The label of the focused field, or the text of the focused link or button."""
        return self.page.evaluate(
            """() => {
                const element = document.activeElement;
                const label = element.labels && element.labels[0];
                return (label ? label.innerText : element.innerText || element.name || "").trim();
            }"""
        )

    def tab_to(self, target, backwards=False, limit=60):
        """Press Tab (or Shift+Tab) until `target` (a locator) has the focus, checking on the
        way that every element that gets the focus shows it. Returns what got the focus, in
        order, by name (focused_name)."""
        passed = []
        for _ in range(limit):
            self.page.keyboard.press("Shift+Tab" if backwards else "Tab")
            passed.append(self.focused_name())
            assert self.focused().evaluate(FOCUS_IS_VISIBLE), f"no visible focus: {passed[-1]}"
            if target.evaluate("element => element === document.activeElement"):
                return passed
        raise AssertionError(f"Tab never reached {target}; it passed {passed}")
