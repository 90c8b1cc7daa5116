"""Build the demo site in German and English from the same model code the editors use.

Idempotent: everything is created only where it is missing, so a second run changes nothing
and says so. Demo texts live in `klimaallianz.demo_content`.
"""

import re
import secrets

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.db import transaction

from wagtail.models import Locale, Site

from downloads.models import DownloadIndexPage
from home.models import ContentPage
from klimaallianz import demo_content
from klimaallianz.models import BrandSettings, FooterLink
from partners.models import PartnerIndexPage
from projects.models import ProjectIndexPage

INDEX_PAGE_MODELS = {
    "partner": PartnerIndexPage,
    "projekte": ProjectIndexPage,
    "downloads": DownloadIndexPage,
}
PAGE_LINK = re.compile(r'<a href="page:([\w-]+)">')


def fresh(page):
    """The page as stored now. Pages gain children while the demo is built, and saving an
    instance loaded before that would write back its old child count (treebeard's numchild)."""
    return page.specific_class.objects.get(pk=page.pk)


class Command(BaseCommand):
    help = "Builds the demo content in German and English. Safe to run again."

    def handle(self, *args, **options):
        self.changes = []
        with transaction.atomic():
            self.locales = {locale.language_code: locale for locale in Locale.objects.all()}
            self.homes = self.home_pages()
            self.pages = {}  # key -> {"de": page, "en": page}
            self.build_index_pages()
            self.build_content_pages()
            self.fill_home_pages()
            self.build_brand_settings()
            logins = self.build_superuser()
        if self.changes:
            for change in self.changes:
                self.stdout.write(f"  {change}")
            self.stdout.write(self.style.SUCCESS(f"Demo content: {len(self.changes)} changes."))
        else:
            self.stdout.write("Demo content is complete already; nothing was changed.")
        for login in logins:
            self.stdout.write(self.style.WARNING(login))

    # --- pages --------------------------------------------------------------------------------
    def home_pages(self):
        """The German home page of the site and its translations (the English one is made
        here if the database has none yet)."""
        german = Site.objects.get(is_default_site=True).root_page.specific
        homes = {german.locale.language_code: german}
        for code, locale in self.locales.items():
            if code not in homes:
                homes[code] = german.get_translation_or_none(locale) or self.translate(
                    german,
                    code,
                    {key: demo_content.HOME[code][key] for key in ("title", "claim")}
                    | {"slug": code},
                )
        return {code: home.specific for code, home in homes.items()}

    def fill_home_pages(self):
        for code, home in self.homes.items():
            home = fresh(home)
            if home.intro:  # an editor (or an earlier run) has written it already
                continue
            texts = demo_content.HOME[code]
            home.title = home.draft_title = texts["title"]
            for field in (
                "claim",
                "intro",
                "search_description",
                "highlights_heading",
                "cta_heading",
                "cta_text",
            ):
                setattr(home, field, texts[field])
            home.cta_links = [
                (
                    "link",
                    {"page": self.pages[link["page"]]["de"], "url": "", "label": link["label"]},
                )
                for link in texts["cta_links"]
            ]
            self.publish(home, f"the texts of the home page ({code})")

    def build_index_pages(self):
        for entry in demo_content.INDEX_PAGES:
            self.build_page(entry, INDEX_PAGE_MODELS[entry["key"]], parent_key=None)

    def build_content_pages(self):
        created = [
            entry
            for entry in demo_content.CONTENT_PAGES
            if self.build_page(entry, ContentPage, parent_key=entry.get("parent"))
        ]
        # Bodies come second: they link to pages that the first pass created.
        for entry in created:
            for code, page in self.pages[entry["key"]].items():
                page = fresh(page)
                page.body = [self.block(item) for item in entry[code]["body"]]
                self.publish(page)

    def build_page(self, entry, model, parent_key):
        """Create the German page (found by its slug) and its translations where they are
        missing; return whether anything was created."""
        created = False
        texts = entry["de"]
        parent = self.pages[parent_key]["de"] if parent_key else self.homes["de"]
        german = parent.get_children().filter(slug=texts["slug"]).first()
        if german is None:
            fields = {key: value for key, value in texts.items() if key != "body"}
            german = model(show_in_menus=entry.get("show_in_menus", False), **fields)
            parent.add_child(instance=german)
            self.publish(german, f"{model._meta.verbose_name} “{german.title}” (de)")
            created = True
        pages = {"de": german.specific}
        for code, locale in self.locales.items():
            if code == "de":
                continue
            translation = german.get_translation_or_none(locale)
            if translation is None:
                translation = self.translate(german, code, entry[code])
                created = True
            pages[code] = translation.specific
        self.pages[entry["key"]] = pages
        return created

    def translate(self, source, code, texts):
        """The translation of `source`: a page of the same type and translation key below the
        translated parent. Built directly rather than by `copy_for_translation`, whose German
        slug would leave an automatic redirect behind when the English slug replaces it."""
        locale = self.locales[code]
        parent = source.get_parent()
        if parent.depth > 1:
            parent = parent.get_translation(locale)
        fields = {key: value for key, value in texts.items() if key != "body"}
        page = type(source)(
            translation_key=source.translation_key,
            locale=locale,
            show_in_menus=source.show_in_menus,
            **fields,
        )
        parent.add_child(instance=page)
        self.publish(page, f"translation “{page.title}” ({code})")
        return page

    def publish(self, page, change=None):
        page.save_revision().publish()
        if change:
            self.changes.append(f"created {change}")

    def block(self, item):
        value = item["value"]
        if item["type"] == "paragraph":
            value = self.resolve_links(value)
        elif item["type"] == "call_to_action":
            link = dict(value["link"])
            key = link.get("page")
            link["page"] = self.pages[key]["de"] if key else None
            value = {**value, "link": link}
        return (item["type"], value)

    def resolve_links(self, html):
        # "page:KEY" links become Wagtail page links (ids), which follow moves and renames;
        # the German id is enough, as the site links to the reader's language through it.
        def replace(match):
            return f'<a linktype="page" id="{self.pages[match.group(1)]["de"].pk}">'

        return PAGE_LINK.sub(replace, html)

    # --- settings and accounts ----------------------------------------------------------------
    def build_brand_settings(self):
        site = Site.objects.get(is_default_site=True)
        brand = BrandSettings.for_site(site)
        if brand.contact_email:
            return
        for field, value in demo_content.BRAND.items():
            setattr(brand, field, value)
        brand.footer_links = [
            FooterLink(page=self.pages[key]["de"], sort_order=number)
            for number, key in enumerate(
                entry["key"] for entry in demo_content.CONTENT_PAGES if entry.get("footer")
            )
        ]
        brand.save()
        self.changes.append("filled in the brand settings and footer links")

    def build_superuser(self):
        """Return the login lines to print: the password only when the account is new."""
        User = get_user_model()
        if User.objects.filter(username="admin").exists():
            return [
                "Login: admin (its password was printed when the account was made; "
                "`manage.py changepassword admin` sets a new one)"
            ]
        password = secrets.token_urlsafe(12)
        User.objects.create_superuser("admin", "admin@example.org", password)
        self.changes.append("created the superuser “admin”")
        return [f"Login: admin / {password}   (shown only this once)"]
