"""Builds the demo site in German and English from the data files in `demo/` beside this module.

Each file in a subfolder of `demo/` is one page; its name (without `.toml`) is the page's key.
At the top of the file:

- `type`: the page model (`home.ContentPage`); `parent`: the key of the parent page (the file
  without a parent is the default site's root page, which the migrations create); `order`:
  the page's place among its siblings.
- the fields that both languages share, named as in the model;
- a table per language (`[de]`, `[en]`) with the translated fields: title, slug, texts.

A file without an `[en]` table gets the English alias that the admin would create.
Values are written as the fields take them, with references as readable keys: a page by its key,
a term (category, municipality, field of action) by its slug, links in rich text as
`<a href="page:KEY">`, an image as a description of what to draw (`{ draw = "logo", ... }`,
see `demo_images`). A StreamField is a list of tables with `type` and `value`.

A document (the value of a document block) is a table that describes the file to make:
`title`, `description`, `language` of the document, `file` (its name, whose extension says what
to make) and what goes into it: for `.pdf` the `paragraphs` below the title and `accessible`
(false makes a PDF that fails the accessibility check), for `.zip` the `contents` (tables of
the same kind), for `.png` a `logo` (the name drawn) and its `colour`, for `.txt` the `text`.
The document is made once, as an upload would be, in the collection of the page's editors; a
table with only the `title` of a document made already (say in the German table) offers it
again.

`demo/brand.toml` holds the brand settings and footer links, `demo/accounts.toml` the logins.

Idempotent: a page is created only where it is missing, and filled in only while nobody has
published it (the home page the migrations made, a partner's draft from onboarding).
"""

import re
import secrets
import tomllib
from collections import defaultdict, deque
from dataclasses import dataclass, field
from datetime import timedelta
from decimal import Decimal
from functools import cached_property
from pathlib import Path, PurePosixPath

from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.exceptions import FieldDoesNotExist
from django.core.files.base import ContentFile
from django.db import models, transaction
from django.utils import timezone
from django.utils.text import slugify

from wagtail import blocks
from wagtail.actions.convert_alias import ConvertAliasPageAction
from wagtail.documents import get_document_model
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.fields import RichTextField, StreamField
from wagtail.images.models import AbstractImage
from wagtail.models import Collection, Locale, Page, Site
from wagtail_localize.synctree import create_aliases_for_new_page

from home import roles
from home.models import Term
from home.public_address import sync_default_site
from klimaallianz.demo_documents import make_pdf, make_zip
from klimaallianz.demo_images import DRAWINGS, logo_png
from klimaallianz.models import BrandSettings
from partners.forms import SupporterForm
from partners.models import Municipality, PartnerPage, Supporter
from partners.onboarding import group_name, onboard_partner

DATA = Path(__file__).with_name("demo")
PAGE_LINK = re.compile(r'<a href="page:([\w-]+)">')
# Keys of a page file that place the page rather than fill a field of its model.
PLACE_KEYS = {"type", "parent", "order"}


class DemoDataError(Exception):
    pass


def read(path):
    with path.open("rb") as file:
        return tomllib.load(file)


@dataclass
class PageFile:
    key: str
    path: Path
    data: dict

    @cached_property
    def model(self):
        try:
            return apps.get_model(self.data["type"])
        except (KeyError, LookupError, ValueError) as error:
            raise DemoDataError(f"{self.path.name}: `type` names no page model") from error

    @property
    def parent(self):
        return self.data.get("parent")

    @property
    def order(self):
        return self.data.get("order", 0)

    def fields(self, code, languages):
        """The raw values of the page in one language: the shared ones and that language's."""
        shared = {
            name: value
            for name, value in self.data.items()
            if name not in PLACE_KEYS and name not in languages
        }
        return shared | self.data.get(code, {})


def page_files():
    """Every page file, by key."""
    files = {}
    for path in sorted(DATA.glob("*/*.toml")):
        if path.stem in files:
            raise DemoDataError(f"Two page files are called {path.name}.")
        files[path.stem] = PageFile(path.stem, path, read(path))
    return files


def fresh(page):
    """The page as stored now. Pages gain children while the demo is built, and saving an
    instance loaded before that would write back its old child count (treebeard's numchild)."""
    return page.specific_class.objects.get(pk=page.pk)


def convert_block(block, value, page_id, document_id):
    """A block's value as the data file writes it, turned into what the block stores:
    pages and documents as ids, page links in rich text as Wagtail's page links."""
    if isinstance(block, blocks.StreamBlock):
        items = []
        for item in value:
            if item["type"] not in block.child_blocks:
                raise DemoDataError(f"There is no block “{item['type']}”.")
            child = block.child_blocks[item["type"]]
            items.append(
                {
                    "type": item["type"],
                    "value": convert_block(child, item["value"], page_id, document_id),
                }
            )
        return items
    if isinstance(block, blocks.StructBlock):
        unknown = set(value) - set(block.child_blocks)
        if unknown:
            raise DemoDataError(f"The block has no part {', '.join(sorted(unknown))}.")
        return {
            name: convert_block(block.child_blocks[name], item, page_id, document_id)
            for name, item in value.items()
        }
    if isinstance(block, blocks.ListBlock):
        return [convert_block(block.child_block, item, page_id, document_id) for item in value]
    if isinstance(block, blocks.PageChooserBlock):
        return page_id(value) if value else None
    if isinstance(block, DocumentChooserBlock):
        return document_id(value) if value else None
    if isinstance(block, blocks.RichTextBlock):
        return convert_rich_text(value, page_id)
    return value


def convert_rich_text(html, page_id):
    # The German page's id is enough: the site links to the reader's language through it.
    return PAGE_LINK.sub(lambda match: f'<a linktype="page" id="{page_id(match.group(1))}">', html)


def linked_pages(model_field, value):
    """The keys of the pages that a text (a StreamField or rich text) links to."""
    keys = []

    def note(key):
        keys.append(key)
        return 0

    if isinstance(model_field, StreamField):
        convert_block(model_field.stream_block, value, note, lambda table: 0)
    elif isinstance(model_field, RichTextField):
        convert_rich_text(value, note)
    return keys


def pdf_file(table):
    return make_pdf(
        table["title"],
        table["paragraphs"],
        language=table.get("language", settings.LANGUAGE_CODE),
        accessible=table.get("accessible", True),
    )


def zip_file(table):
    return make_zip({member["file"]: file_content(member) for member in table["contents"]})


# What a file table makes, by the extension of its `file`.
FILE_MAKERS = {
    "pdf": pdf_file,
    "zip": zip_file,
    "png": lambda table: logo_png(table["logo"], table["colour"]),
    "txt": lambda table: table["text"].encode(),
}
FILE_KEYS = {
    "file", "title", "description", "language", "accessible", "paragraphs", "contents", "logo",
    "colour", "text",
}  # fmt: skip


def file_content(table):
    """The bytes of the file that a table of the data describes."""
    name = table.get("file", "")
    unknown = set(table) - FILE_KEYS
    if unknown:
        raise DemoDataError(f"The file “{name}” has no part {', '.join(sorted(unknown))}.")
    maker = FILE_MAKERS.get(PurePosixPath(name).suffix.lstrip(".").lower())
    if maker is None:
        raise DemoDataError(f"The demo cannot make the file “{name}”.")
    try:
        return maker(table)
    except KeyError as error:
        raise DemoDataError(f"The file “{name}” needs its “{error.args[0]}”.") from None


@dataclass
class Result:
    changes: list = field(default_factory=list)
    logins: list = field(default_factory=list)


def build_demo():
    with transaction.atomic():
        return DemoBuilder().build()


class DemoBuilder:
    def __init__(self):
        self.files = page_files()
        self.german = Locale.get_default()
        self.locales = {locale.language_code: locale for locale in Locale.objects.all()}
        self.pages = {}  # key -> {language code: page}
        self.under_way = set()  # keys whose pages are being built, to catch a loop
        self.images = {}  # (key, field name) -> the image drawn for both languages
        self.second_pass = []  # (page file, language code, page, names of the fields to set)
        self.result = Result()

    def build(self):
        for page_file in self.in_tree_order():
            self.page(page_file.key)
        # Texts that link to pages come second: the first pass created the pages they link to.
        for page_file, code, page, names in self.second_pass:
            page = fresh(page)
            values = page_file.fields(code, self.locales)
            self.set_fields(page_file, page, {name: values[name] for name in names})
            self.publish(page)
        self.build_brand_settings()
        self.build_accounts()
        self.build_supporters()
        if address := sync_default_site():
            self.result.changes.append(f"set the site's address to {address} (BASE_URL)")
        return self.result

    def in_tree_order(self):
        """Parents before children, siblings by their order: the page tree keeps the order in
        which pages are added, and the menus follow it."""
        children = defaultdict(list)
        for page_file in self.files.values():
            if page_file.parent and page_file.parent not in self.files:
                raise DemoDataError(f"{page_file.path.name}: no page file “{page_file.parent}”.")
            children[page_file.parent].append(page_file)
        ordered, waiting = [], deque(sorted(children[None], key=lambda f: (f.order, f.key)))
        while waiting:
            page_file = waiting.popleft()
            ordered.append(page_file)
            waiting.extend(sorted(children[page_file.key], key=lambda f: (f.order, f.key)))
        return ordered

    # --- pages --------------------------------------------------------------------------------
    def page(self, key):
        """The German page of a key, built first if need be (a page that another one's fields
        refer to)."""
        if key not in self.pages:
            if key not in self.files:
                raise DemoDataError(f"There is no page file “{key}”.")
            if key in self.under_way:
                raise DemoDataError(f"The page “{key}” refers to itself through other pages.")
            self.under_way.add(key)
            self.build_page(self.files[key])
        return self.pages[key][self.german.language_code]

    def page_id(self, key):
        return self.page(key).pk

    def build_page(self, page_file):
        parent = self.page(page_file.parent) if page_file.parent else None
        german = self.german_page(page_file, parent)
        pages = {self.german.language_code: german}
        missing_alias = False
        for code, locale in self.locales.items():
            if locale == self.german:
                continue
            translation = german.get_translation_or_none(locale)
            if translation is not None:
                translation = translation.specific
                if translation.alias_of_id and code in page_file.data:
                    # Onboarding gives a partner an English alias; the file translates it.
                    translation = ConvertAliasPageAction(translation).execute(
                        skip_permission_checks=True
                    )
                pages[code] = translation
                if not translation.alias_of_id:
                    self.fill_in_later(page_file, code, pages[code])
            elif code in page_file.data:
                pages[code] = self.translate(page_file, german, code)
            else:
                missing_alias = True
        if missing_alias:
            create_aliases_for_new_page(german)
            for code, locale in self.locales.items():
                pages.setdefault(code, german.get_translation_or_none(locale))
        self.pages[page_file.key] = pages

    def german_page(self, page_file, parent):
        code = self.german.language_code
        if parent is None:
            # The root page of the default site, which the migrations make.
            page = Site.objects.get(is_default_site=True).root_page.specific
        elif issubclass(page_file.model, PartnerPage):
            page = self.onboard(page_file)
        else:
            slug = page_file.fields(code, self.locales).get("slug")
            if not slug:
                raise DemoDataError(f"{page_file.path.name}: the [{code}] table needs a slug.")
            page = parent.get_children().filter(slug=slug).first()
            if page is None:
                return self.create(page_file, code, parent)
            page = page.specific
        if not isinstance(page, page_file.model):
            raise DemoDataError(f"{page_file.path.name}: the page is a {type(page).__name__}.")
        self.fill_in_later(page_file, code, page)
        return page

    def onboard(self, page_file):
        """A partner is onboarded like a real one (its page as a draft with an English alias,
        its editors' group and collection); its profile is filled in afterwards."""
        values = page_file.fields(self.german.language_code, self.locales)
        onboarding = onboard_partner(
            values["title"],
            category=self.resolve(page_file, PartnerPage, "category", values["category"]),
            municipality=self.resolve(
                page_file, PartnerPage, "municipality", values["municipality"]
            ),
            summary=values.get("summary", ""),
        )
        return fresh(onboarding.page)

    def create(self, page_file, code, parent, **identity):
        """A new page with the fields that link to no page; those follow in the second pass."""
        values = page_file.fields(code, self.locales)
        later = [
            name
            for name, value in values.items()
            if linked_pages(self.model_field(page_file, page_file.model, name), value)
        ]
        page = page_file.model(**identity)
        self.set_fields(page_file, page, {n: v for n, v in values.items() if n not in later})
        fresh(parent).add_child(instance=page)
        if identity:  # a translation of the German page
            self.publish(page, f"created translation “{page.title}” ({code})")
        else:
            self.publish(page, f"created {page._meta.verbose_name} “{page.title}” ({code})")
        if later:
            self.second_pass.append((page_file, code, page, later))
        return page

    def translate(self, page_file, german, code):
        """The translation: a page of the same type and translation key below the translated
        parent. Built directly rather than by `copy_for_translation`, whose German slug would
        leave an automatic redirect behind when the English slug replaces it."""
        locale = self.locales[code]
        parent = fresh(german).get_parent()
        if parent.depth > 1:
            parent = parent.get_translation(locale)
        return self.create(
            page_file, code, parent, translation_key=german.translation_key, locale=locale
        )

    def fill_in_later(self, page_file, code, page):
        """A page that exists but that nobody has published yet (the home page the migrations
        made, a partner's draft from onboarding) gets all its fields in the second pass; one
        that has been published belongs to the editors."""
        if page.last_published_at is None and code in page_file.data:
            names = list(page_file.fields(code, self.locales))
            self.second_pass.append((page_file, code, page, names))
            self.result.changes.append(
                f"filled in {page._meta.verbose_name} “{page_file.data[code]['title']}” ({code})"
            )

    def publish(self, page, change=None):
        page.save_revision().publish()
        if change:
            self.result.changes.append(change)

    # --- fields -------------------------------------------------------------------------------
    def set_fields(self, page_file, instance, values):
        for name, value in values.items():
            setattr(instance, name, self.resolve(page_file, type(instance), name, value))

    def model_field(self, source, model, name):
        try:
            return model._meta.get_field(name)
        except FieldDoesNotExist as error:
            where = source.path.name if isinstance(source, PageFile) else source
            raise DemoDataError(f"{where}: {model.__name__} has no field “{name}”.") from error

    def resolve(self, source, model, name, value):
        """A value from a data file as the model field takes it."""
        model_field = self.model_field(source, model, name)
        if isinstance(model_field, StreamField):
            return convert_block(
                model_field.stream_block,
                value,
                self.page_id,
                lambda table: self.document(source, table).pk,
            )
        if isinstance(model_field, RichTextField):
            return convert_rich_text(value, self.page_id)
        if model_field.one_to_many:  # child objects, such as the brand settings' footer links
            child_model = model_field.related_model
            return [
                child_model(
                    sort_order=number,
                    **{
                        child_name: self.resolve(source, child_model, child_name, child_value)
                        for child_name, child_value in item.items()
                    },
                )
                for number, item in enumerate(value)
            ]
        if model_field.many_to_many:
            return [self.related(source, model_field, item) for item in value]
        if model_field.many_to_one:
            return self.related(source, model_field, value)
        if isinstance(model_field, models.DecimalField):
            return Decimal(str(value))
        return value

    def related(self, source, model_field, value):
        model = model_field.related_model
        if issubclass(model, Page):
            return self.page(value)
        if issubclass(model, Term):
            # Terms are chosen in German; the translations share the slug.
            return model.objects.get(slug=value, locale=self.german)
        if issubclass(model, AbstractImage):
            return self.image(source, model_field.name, value)
        raise DemoDataError(f"{model_field.name}: the demo cannot look up a {model.__name__}.")

    def image(self, page_file, name, description):
        """Draw the picture once for all languages of the page."""
        if (page_file.key, name) not in self.images:
            arguments = dict(description)
            drawing = DRAWINGS[arguments.pop("draw")]
            title = page_file.data[self.german.language_code]["title"]
            self.images[page_file.key, name] = drawing(
                title, collection=self.collection(page_file, title), **arguments
            )
        return self.images[page_file.key, name]

    def document(self, page_file, table):
        """The document a table describes, made as an upload makes it (checked and described
        from its bytes: type, size, accessibility, the text inside), in the collection where
        the page's editors keep theirs. Made once: a document of that title in the collection
        is offered again."""
        title = table.get("title")
        if not title:
            raise DemoDataError(f"{page_file.path.name}: every document needs a title.")
        collection = self.collection(page_file, page_file.data[self.german.language_code]["title"])
        Document = get_document_model()
        document = Document.objects.filter(collection=collection, title=title).first()
        if document is not None:
            return document
        if "file" not in table:
            raise DemoDataError(f"{page_file.path.name}: the document “{title}” needs a file.")
        document = Document(
            title=title,
            description=table.get("description", ""),
            language=table.get("language", settings.LANGUAGE_CODE),
            collection=collection,
            file=ContentFile(file_content(table), name=table["file"]),
        )
        document._set_document_file_metadata()
        document.save()
        self.result.changes.append(f"made the document “{title}” ({document.file_type_label})")
        return document

    def collection(self, page_file, title):
        """Images and documents go where the page's editors keep theirs: onboarding gives
        each partner a collection of its name, for its profile and the pages below it."""
        names = [title]
        if page_file.parent:
            ancestors = self.page(page_file.parent).get_ancestors(inclusive=True)
            names += [page.title for page in reversed(ancestors)]
        root = Collection.get_first_root_node()
        collections = {c.name: c for c in root.get_children().filter(name__in=names)}
        return next((collections[name] for name in names if name in collections), root)

    # --- settings and accounts ----------------------------------------------------------------
    def build_brand_settings(self):
        """Filled in while every field that the file names is still empty."""
        path = DATA / "brand.toml"
        data = read(path)
        brand = BrandSettings.for_site(Site.objects.get(is_default_site=True))
        for name in data:
            self.model_field(path.name, BrandSettings, name)
            current = getattr(brand, name)
            if current.exists() if isinstance(current, models.Manager) else current:
                return
        for name, value in data.items():
            setattr(brand, name, self.resolve(path.name, BrandSettings, name, value))
        brand.save()
        self.result.changes.append("filled in the brand settings and footer links")

    def build_accounts(self):
        """The superuser and the demo accounts; a password is shown only when it is made."""
        data = read(DATA / "accounts.toml")
        User = get_user_model()
        superuser = data["superuser"]
        if User.objects.filter(username=superuser["username"]).exists():
            self.result.logins.append(
                f"Login: {superuser['username']} (its password was printed when the account was "
                f"made; `manage.py changepassword {superuser['username']}` sets a new one)"
            )
        else:
            password = secrets.token_urlsafe(12)
            User.objects.create_superuser(superuser["username"], superuser["email"], password)
            self.result.changes.append(f"created the superuser “{superuser['username']}”")
            self.result.logins.append(
                f"Login: {superuser['username']} / {password}   (shown only this once)"
            )
        for account in data["accounts"]:
            email, group = account["email"], self.account_group(account)
            if User.objects.filter(username=email).exists():
                continue
            password = secrets.token_urlsafe(12)
            user = User.objects.create_user(email, email, password)
            user.groups.add(group)
            self.result.changes.append(f"created the account {email} in “{group.name}”")
            self.result.logins.append(
                f"Login: {email} / {password}   ({group.name}; shown only this once)"
            )

    def build_supporters(self):
        """Confirmed supporters with invented names, each made once (by its address), as if
        they had signed up on the supporter page some days ago."""
        page = self.page("unterstuetzen")
        form = SupporterForm(locale=self.german, privacy_page=fresh(self.page("datenschutz")))
        proof = form.consent_proof()
        municipalities = {
            term.slug: term for term in Municipality.objects.filter(locale=self.german)
        }
        people = read(DATA / "supporters.toml")["supporters"]
        emails = {
            person["name"]: f"{slugify(person['name']).replace('-', '.')}@example.org"
            for person in people
        }
        existing = set(
            Supporter.objects.filter(email__in=emails.values()).values_list("email", flat=True)
        )
        now = timezone.now()
        new = []
        for person in people:
            if emails[person["name"]] in existing:
                continue
            confirmed_at = now - timedelta(days=person["days_ago"])
            signed_up_at = confirmed_at - timedelta(minutes=12)
            new.append(
                Supporter(
                    **{**proof, "consented_at": signed_up_at},
                    name=person["name"],
                    email=emails[person["name"]],
                    municipality=municipalities.get(person.get("municipality")),
                    listed=person.get("listed", False),
                    wants_news=person.get("news", False),
                    news_consent_text=str(form.news_consent_label) if person.get("news") else "",
                    language=self.german.language_code,
                    key=secrets.token_urlsafe(32),
                    signed_up_at=signed_up_at,
                    confirmation_sent_at=signed_up_at + timedelta(seconds=5),
                    confirmed_at=confirmed_at,
                    source_page=page,
                )
            )
        if new:
            Supporter.objects.bulk_create(new)
            self.result.changes.append(f"added {len(new)} supporters")

    def account_group(self, account):
        if "partner" in account:
            # The group that onboarding named after the organisation.
            partner = self.files.get(account["partner"])
            if partner is None:
                raise DemoDataError(f"accounts.toml: no page file “{account['partner']}”.")
            title = partner.data[self.german.language_code]["title"]
            return Group.objects.get(name=group_name(title))
        if account.get("role") not in roles.ROLES:
            raise DemoDataError(f"accounts.toml: {account['email']} needs a partner or a role.")
        return Group.objects.get(name=account["role"])
