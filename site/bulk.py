"""Large sites, built quickly: hundreds of partners and thousands of projects in a few
queries, for the tests that pin query counts at 10× the demo and for measurements.

Wagtail saves a page with several queries and signals (revisions, reference index, search
index). Listings read only the page rows, so these pages are inserted directly: the tree
paths are computed here, the `wagtailcore_page` rows go in with one bulk insert, the rows of
the specific table with another. They are live and public but have no revisions.
"""

import random
import uuid

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from wagtail.models import Page, ReferenceIndex
from wagtail.search.backends import get_search_backend

from downloads.categories import DownloadCategory
from downloads.models import Document, DownloadPage
from partners.models import Municipality, PartnerCategory, PartnerPage, Supporter
from projects.models import ProjectPage, ProjectStatus, Topic

BATCH = 500


def add_children(parent, pages):
    """Insert unsaved specific pages (with title and slug) below `parent`, live."""
    parent = Page.objects.get(pk=parent.pk)
    last = parent.get_last_child()
    step = last._get_lastpos_in_path() if last else 0
    now = timezone.now()
    for number, page in enumerate(pages, start=step + 1):
        page.path = parent._get_path(parent.path, parent.depth + 1, number)
        page.depth = parent.depth + 1
        page.numchild = 0
        page.url_path = f"{parent.url_path}{page.slug}/"
        page.locale_id = parent.locale_id
        page.draft_title = page.title
        page.live = True
        page.has_unpublished_changes = False
        page.first_published_at = page.first_published_at or now
        page.last_published_at = page.first_published_at
    with transaction.atomic():
        model = type(pages[0])
        base_fields = Page._meta.concrete_fields
        bases = Page.objects.bulk_create(
            [Page(**{f.attname: getattr(page, f.attname) for f in base_fields}) for page in pages],
            batch_size=BATCH,
        )
        for base, page in zip(bases, pages, strict=True):
            page.pk = page.page_ptr_id = base.pk
        # bulk_create refuses multi-table models; the specific rows are inserted as Django's
        # own bulk_create does for a single table.
        local_fields = model._meta.local_concrete_fields
        for start in range(0, len(pages), BATCH):
            model._base_manager._insert(pages[start : start + BATCH], fields=local_fields)
        Page.objects.filter(pk=parent.pk).update(numchild=parent.numchild + len(pages))
    return pages


def index(pages):
    """Put bulk-inserted pages into the search index, as Wagtail's signals would have."""
    by_model = {}
    for page in pages:
        by_model.setdefault(type(page), []).append(page.pk)
    backend = get_search_backend()
    for model, pks in by_model.items():
        # Wagtail's own queryset for indexing loads related fields (topics) in bulk.
        backend.add_bulk(model, list(model.get_indexed_objects().filter(pk__in=pks)))


def terms(model):
    return list(model.objects.filter(locale__language_code="de"))


def add_partners(index, count, images=(None,), seed=1):
    """`count` live partner profiles below the directory `index`, spread over the categories
    and municipalities, with logos from `images`."""
    chance = random.Random(seed)
    categories, municipalities = terms(PartnerCategory), terms(Municipality)
    first = Page.objects.count()
    pages = [
        PartnerPage(
            title=f"Partner {first + number}",
            slug=slugify(f"partner {first + number}"),
            summary="Engagiert im Klimaschutz im Landkreis.",
            category=chance.choice(categories),
            municipality=chance.choice(municipalities),
            listing_image=chance.choice(images),
        )
        for number in range(count)
    ]
    return add_children(index, pages)


def add_projects(partners, per_partner, images=(None,), seed=2):
    """`per_partner` live projects below each partner profile, each with one or two fields of
    action and an image from `images`, led by its partner and with one other partner taking
    part."""
    chance = random.Random(seed)
    topics, municipalities = terms(Topic), terms(Municipality)
    statuses = ProjectStatus.values
    projects = []
    for partner in partners:
        first = Page.objects.count()
        pages = [
            ProjectPage(
                title=f"Projekt {first + number} von {partner.title}",
                slug=f"projekt-{first + number}",
                summary="Ein Projekt für den Klimaschutz.",
                status=chance.choice(statuses),
                municipality=chance.choice(municipalities),
                lead_partner_id=partner.pk,
                co2_saved=chance.choice([None, 12, 40]),
                co2_method="berechnet",
                listing_image=chance.choice(images),
            )
            for number in range(per_partner)
        ]
        projects += add_children(partner, pages)
    with transaction.atomic():
        ProjectPage.topics.through.objects.bulk_create(
            [
                ProjectPage.topics.through(projectpage_id=project.pk, topic_id=topic.pk)
                for project in projects
                for topic in chance.sample(topics, chance.choice([1, 2]))
            ],
            batch_size=BATCH,
        )
        ProjectPage.participating_partners.through.objects.bulk_create(
            [
                ProjectPage.participating_partners.through(
                    projectpage_id=project.pk, partnerpage_id=chance.choice(partners).pk
                )
                for project in projects
            ],
            batch_size=BATCH,
        )
    return projects


def add_downloads(parent, count, documents, images=(None,), seed=3):
    """`count` live downloads below `parent` (a partner profile or the downloads section),
    each offering one of `documents` with a cover from `images`, with the reference index
    rows that Wagtail would record: they make the documents public."""
    chance = random.Random(seed)
    categories = terms(DownloadCategory)
    first = Page.objects.count()
    pages = []
    for number in range(count):
        document = chance.choice(documents)
        block_id = str(uuid.uuid4())
        page = DownloadPage(
            title=f"Download {first + number}",
            slug=f"download-{first + number}",
            summary="Zum Herunterladen.",
            category=chance.choice(categories),
            documents=[{"type": "document", "value": document.pk, "id": block_id}],
            listing_image=chance.choice(images),
        )
        page.offered = (document, block_id)
        pages.append(page)
    add_children(parent, pages)
    page_type = ContentType.objects.get_for_model(Page)
    download_type = ContentType.objects.get_for_model(DownloadPage)
    document_type = ContentType.objects.get_for_model(Document)
    ReferenceIndex.objects.bulk_create(
        [
            ReferenceIndex(
                content_type=download_type,
                base_content_type=page_type,
                object_id=str(page.pk),
                to_content_type=document_type,
                to_object_id=str(page.offered[0].pk),
                model_path="documents",
                content_path=f"documents.{page.offered[1]}",
                content_path_hash=ReferenceIndex._get_content_path_hash(
                    f"documents.{page.offered[1]}"
                ),
            )
            for page in pages
        ],
        batch_size=BATCH,
    )
    return pages


def add_translations(pages, parent_of):
    """An English copy of each of `pages` (German, of one type) below `parent_of(page)`, with
    the same translation key and fields, as wagtail-localize would make it; the fields of
    action and participating partners of projects come along."""
    model = type(pages[0])
    fields = [
        field
        for field in model._meta.concrete_fields
        if field.model is not Page and not field.primary_key
    ]
    by_parent = {}
    for page in pages:
        copy = model(**{field.attname: getattr(page, field.attname) for field in fields})
        copy.title, copy.slug = page.title, page.slug
        copy.translation_key = page.translation_key
        copy.original = page
        by_parent.setdefault(parent_of(page).pk, []).append(copy)
    copies = []
    for parent_pk, group in by_parent.items():
        copies += add_children(Page.objects.get(pk=parent_pk), group)
    relations = {"topics": "topic_id", "participating_partners": "partnerpage_id"}
    for relation, target in relations.items():
        if model is not ProjectPage:
            break
        through = getattr(model, relation).through
        rows = through.objects.filter(projectpage_id__in=[copy.original.pk for copy in copies])
        targets = {}
        for row in rows.values_list("projectpage_id", target):
            targets.setdefault(row[0], []).append(row[1])
        through.objects.bulk_create(
            [
                through(projectpage_id=copy.pk, **{target: value})
                for copy in copies
                for value in targets.get(copy.original.pk, [])
            ],
            batch_size=BATCH,
        )
    return copies


def add_supporters(count, seed=4):
    """`count` confirmed supporters with invented names, a third of them listed."""
    chance = random.Random(seed)
    municipalities = [None, *terms(Municipality)]
    now = timezone.now()
    Supporter.objects.bulk_create(
        [
            Supporter(
                name=f"Vorname{number} Nachname{number}",
                email=f"unterstuetzer{number}@example.org",
                municipality=chance.choice(municipalities),
                listed=number % 3 == 0,
                language="de",
                key=uuid.uuid4().hex,
                signed_up_at=now,
                confirmed_at=now,
                consented_at=now,
                consent_text="Ich habe die Datenschutzerklärung gelesen.",
            )
            for number in range(count)
        ],
        batch_size=BATCH,
    )
