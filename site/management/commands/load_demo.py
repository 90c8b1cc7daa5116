"""Build the demo site in German and English from the same model code the editors use.

Idempotent: everything is created only where it is missing, so a second run changes nothing
and says so. Demo texts live in `klimaallianz.demo_content`.
"""

import re
import secrets
import textwrap
from datetime import date
from decimal import Decimal
from io import BytesIO

from PIL import Image as PILImage
from PIL import ImageDraw

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.images import ImageFile
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils.text import slugify

from wagtail.images import get_image_model
from wagtail.models import Collection, Locale, Site
from wagtail_localize.synctree import create_aliases_for_new_page

from downloads.models import DownloadIndexPage
from home import roles
from home.models import ContentPage
from klimaallianz import demo_content, demo_projects
from klimaallianz.models import BrandSettings, FooterLink
from partners.badges import font
from partners.models import (
    MembershipPage,
    Municipality,
    PartnerCategory,
    PartnerIndexPage,
    PartnerPage,
)
from partners.onboarding import group_name, onboard_partner
from projects.models import ProjectIndexPage, ProjectPage, Topic

INDEX_PAGE_MODELS = {
    "partner": PartnerIndexPage,
    "projekte": ProjectIndexPage,
    "downloads": DownloadIndexPage,
}
PAGE_LINK = re.compile(r'<a href="page:([\w-]+)">')


def demo_logo(name, colour, collection):
    """A simple generated logo: the organisation's initials on its colour."""
    initials = "".join(word[0] for word in name.split() if word[0].isalpha())[:3].upper()
    canvas = PILImage.new("RGB", (480, 240), "white")
    draw = ImageDraw.Draw(canvas)
    draw.rounded_rectangle((20, 20, 220, 220), radius=40, fill=colour)
    size = 96 if len(initials) < 3 else 72
    draw.text((120, 120), initials, font=font(size, bold=True), fill="white", anchor="mm")
    lines = textwrap.wrap(name, width=16, max_lines=3, placeholder=" …", break_long_words=False)
    for number, line in enumerate(lines):
        draw.text((244, 70 + number * 44), line, font=font(32), fill="#1a1a1a")
    buffer = BytesIO()
    canvas.save(buffer, format="PNG")
    return get_image_model().objects.create(
        title=f"Logo {name}",
        description=f"Logo {name}",
        collection=collection,
        file=ImageFile(buffer, name=f"logo-{slugify(name)}.png"),
    )


def demo_picture(title, colour, motif, collection):
    """A placeholder picture: the project's colour, soft bands of light and a simple motif."""
    canvas = PILImage.new("RGB", (1200, 800), colour)
    draw = ImageDraw.Draw(canvas)
    for band in range(6):
        draw.ellipse(
            (-300 + band * 160, 420 + band * 40, 1500 - band * 80, 1400),
            outline="white",
            width=3,
        )
    if motif == "sun":
        for dx, dy in ((1, 0), (0, 1), (0.7, 0.7), (-0.7, 0.7)):
            draw.line(
                (600 - 190 * dx, 330 - 190 * dy, 600 + 190 * dx, 330 + 190 * dy),
                fill="white",
                width=14,
            )
        draw.ellipse((505, 235, 695, 425), fill="white")
    elif motif == "wind":
        for dx, dy in ((0, -1), (0.87, 0.5), (-0.87, 0.5)):
            draw.line((600, 330, 600 + 150 * dx, 330 + 150 * dy), fill="white", width=26)
        draw.line((600, 330, 600, 600), fill="white", width=18)
    else:  # a leaf stands for every other motif
        draw.ellipse((470, 170, 730, 490), fill="white")
        draw.line((600, 190, 600, 560), fill=colour, width=14)
    buffer = BytesIO()
    canvas.save(buffer, format="JPEG", quality=82)
    return get_image_model().objects.create(
        title=title,
        description="",  # a placeholder without content: decorative, no alt text
        collection=collection,
        file=ImageFile(buffer, name=f"projekt-{slugify(title)[:60]}.jpg"),
    )


def project_texts(texts):
    return {
        "title": texts["title"],
        "summary": texts["teaser"],
        "body": [("paragraph", paragraph) for paragraph in texts["body"]],
    }


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
            self.de = self.locales["de"]
            self.homes = self.home_pages()
            self.pages = {}  # key -> {"de": page, "en": page}
            self.build_index_pages()
            self.build_content_pages()
            self.fill_home_pages()
            self.build_brand_settings()
            self.build_partners()
            self.build_projects()
            logins = self.build_superuser() + self.build_demo_accounts()
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
        self.build_membership_page()
        # Bodies come second: they link to pages that the first pass created.
        for entry in created:
            for code, page in self.pages[entry["key"]].items():
                page = fresh(page)
                page.body = [self.block(item) for item in entry[code]["body"]]
                self.publish(page)

    def build_membership_page(self):
        privacy = {"privacy_page": self.pages["datenschutz"]["de"]}
        self.build_page(demo_content.MEMBERSHIP, MembershipPage, parent_key=None, extra=privacy)

    def build_page(self, entry, model, parent_key, extra=None):
        """Create the German page (found by its slug) and its translations where they are
        missing; return whether anything was created."""
        created = False
        texts = entry["de"]
        parent = self.pages[parent_key]["de"] if parent_key else self.homes["de"]
        german = parent.get_children().filter(slug=texts["slug"]).first()
        if german is None:
            fields = {key: value for key, value in texts.items() if key != "body"}
            german = model(show_in_menus=entry.get("show_in_menus", False), **fields, **extra or {})
            parent.add_child(instance=german)
            self.publish(german, f"{model._meta.verbose_name} “{german.title}” (de)")
            created = True
        pages = {"de": german.specific}
        for code, locale in self.locales.items():
            if code == "de":
                continue
            translation = german.get_translation_or_none(locale)
            if translation is None:
                translation = self.translate(german, code, entry[code] | (extra or {}))
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

    # --- partners -----------------------------------------------------------------------------
    def build_partners(self):
        """Each partner is onboarded like a real one (page, group, collection), then its
        profile is filled in and published; the English alias follows."""
        for entry in demo_content.PARTNERS:
            result = onboard_partner(
                entry["name"],
                category=PartnerCategory.objects.get(slug=entry["category"], locale=self.de),
                municipality=Municipality.objects.get(slug=entry["municipality"], locale=self.de),
                summary=entry["summary"],
            )
            page = fresh(result.page)
            if page.last_published_at:  # published once: the editors own it now
                continue
            page.body = [("paragraph", entry["body"])]
            for field in ("website", "contact_email", "street", "postcode", "city"):
                setattr(page, field, entry.get(field, ""))
            if "position" in entry:
                page.latitude, page.longitude = (Decimal(str(value)) for value in entry["position"])
            page.member_since = date.fromisoformat(entry["member_since"])
            page.listing_image = demo_logo(entry["name"], entry["colour"], result.collection)
            self.publish(page, f"partner “{page.title}”")

    # --- projects -----------------------------------------------------------------------------
    def build_projects(self):
        """Projects below their lead partners (or the showcase), published; English where the
        demo has a translation, else the synchronised alias that the admin would create."""
        partners = {page.title: page for page in PartnerPage.objects.filter(locale=self.de)}
        showcase = self.pages["projekte"]["de"]
        for entry in demo_projects.PROJECTS:
            lead = partners.get(entry["partner"])
            parent = fresh(lead) if lead else fresh(showcase)
            slug = slugify(entry["de"]["title"])[:80]
            if parent.get_children().filter(slug=slug).exists():
                continue
            collection = (
                Collection.objects.filter(name=entry["partner"]).first()
                or Collection.get_first_root_node()
            )
            common = {
                "status": entry["status"],
                "start_date": entry["start"] and date.fromisoformat(entry["start"]),
                "end_date": entry["end"] and date.fromisoformat(entry["end"]),
                "municipality": entry["municipality"]
                and Municipality.objects.get(slug=entry["municipality"], locale=self.de),
                "co2_saved": None if entry["co2"] is None else Decimal(str(entry["co2"])),
                "co2_method": entry["co2_method"] or "",
                "investment": entry["investment"],
                "funding_programme": entry["funding"],
                "measure_code": entry["measure"],
                "contact_name": entry["contact"],
                "address": entry["address"],
                "listing_image": demo_picture(
                    entry["de"]["title"], entry["colour"], entry["image_motif"], collection
                ),
                "topics": list(Topic.objects.filter(slug__in=entry["topics"], locale=self.de)),
                "participating_partners": [partners[name] for name in entry["participants"]],
            }
            if entry["position"]:
                common["latitude"], common["longitude"] = (
                    Decimal(str(value)) for value in entry["position"]
                )
            german = ProjectPage(slug=slug, **common, **project_texts(entry["de"]))
            parent.add_child(instance=german)
            self.publish(german, f"project “{german.title}”")
            if entry["en"]:
                english = ProjectPage(
                    slug=slugify(entry["en"]["title"])[:80],
                    translation_key=german.translation_key,
                    locale=self.locales["en"],
                    **common,
                    **project_texts(entry["en"]),
                )
                parent.get_translation(self.locales["en"]).add_child(instance=english)
                self.publish(english, f"translation “{english.title}” (en)")
            else:
                create_aliases_for_new_page(german)

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

    def build_demo_accounts(self):
        """Editors of two partners and a member of the steering group, to try the workflow."""
        accounts = [
            (email, Group.objects.get(name=group_name(organisation)))
            for email, organisation in demo_content.DEMO_EDITORS
        ]
        accounts.append((demo_content.DEMO_MODERATOR, Group.objects.get(name=roles.MODERATION)))
        logins = []
        User = get_user_model()
        for email, group in accounts:
            if User.objects.filter(username=email).exists():
                continue
            password = secrets.token_urlsafe(12)
            user = User.objects.create_user(email, email, password)
            user.groups.add(group)
            self.changes.append(f"created the account {email} in “{group.name}”")
            logins.append(f"Login: {email} / {password}   ({group.name}; shown only this once)")
        return logins
