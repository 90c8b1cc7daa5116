"""The showcase's queries: one listing query, one facet query per filter, one for the totals.

Projects are matched to partners by `translation_key`: an English project keeps the German
partner profiles it was synchronised with (SynchronizedField), while the English filter
offers the English profiles; both share the key.
"""

from django.db.models import Count, F, IntegerField, OuterRef, Prefetch, Q, Subquery, Sum
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _

from wagtail.images import get_image_model

from partners.models import PartnerPage
from partners.queries import localized_terms
from partners.queries import municipalities as partner_municipalities

from .models import ProjectPage, Topic

# The card image rendition. The card template renders it with {% project_card_image %},
# which reads this constant too, so query and template never disagree.
CARD_IMAGE_SPEC = "fill-600x400|format-webp"
FEED_SIZE = 20

DEFAULT_ORDER = "neu"
ORDER_CHOICES = [("neu", _("Newest first")), ("a-z", _("A–Z"))]
# "Newest" is newest on the site: the date a project was first published, which every
# project has (start dates are optional and may lie in the future for planned ones).
ORDERINGS = {
    "neu": (F("first_published_at").desc(nulls_last=True), "-pk"),
    "a-z": (Lower("title"), "pk"),
}


class SubqueryCount(Subquery):
    """The number of rows of a subquery, as an annotation."""

    template = "(SELECT COUNT(*) FROM (%(subquery)s) _count)"
    output_field = IntegerField()


def live_projects(*, locale):
    """Every live, public project of one language, wherever it sits in the tree."""
    return ProjectPage.objects.live().public().filter(locale=locale)


def involving(projects, partner_key):
    """The projects that a partner leads or takes part in."""
    participating = ProjectPage.participating_partners.through.objects.filter(
        partnerpage__translation_key=partner_key
    ).values("projectpage_id")
    return projects.filter(Q(lead_partner__translation_key=partner_key) | Q(pk__in=participating))


def filter_projects(projects, *, topic=None, status=None, municipality=None, partner=None):
    # Subqueries rather than joins: a project is never counted twice.
    if topic:
        with_topic = ProjectPage.topics.through.objects.filter(topic__slug=topic)
        projects = projects.filter(pk__in=with_topic.values("projectpage_id"))
    if status:
        projects = projects.filter(status=status)
    if municipality:
        projects = projects.filter(municipality__slug=municipality)
    if partner is not None:
        projects = involving(projects, partner.translation_key)
    return projects


def with_card_data(projects):
    """What a project card shows, loaded in three queries for the whole page of cards."""
    images = get_image_model().objects.prefetch_renditions(CARD_IMAGE_SPEC)
    return (
        projects.select_related("lead_partner")
        .prefetch_related("topics", Prefetch("listing_image", queryset=images))
        .defer_streamfields()
        .defer("lead_partner__body")
    )


def project_listing(
    *, locale, topic=None, status=None, municipality=None, partner=None, order=DEFAULT_ORDER
):
    """Live projects of one language, filtered, ordered and ready for the cards."""
    projects = filter_projects(
        live_projects(locale=locale),
        topic=topic,
        status=status,
        municipality=municipality,
        partner=partner,
    )
    return with_card_data(projects).order_by(*ORDERINGS.get(order, ORDERINGS[DEFAULT_ORDER]))


def totals(*, locale, **filters):
    """{count, co2, with_co2}: the filtered projects, their CO₂ savings per year added up, and
    how many of them state one. One query."""
    projects = filter_projects(live_projects(locale=locale), **filters)
    return projects.order_by().aggregate(
        count=Count("pk"), co2=Sum("co2_saved"), with_co2=Count("co2_saved")
    )


FACETS = {"topic": "topics__slug", "status": "status", "municipality": "municipality__slug"}


def facet_counts(*, locale, field, **filters):
    """{slug: number of live projects} for one filter, under the other filters."""
    lookup = FACETS[field]
    projects = filter_projects(live_projects(locale=locale), **filters)
    return dict(
        projects.order_by()
        .values_list(lookup)
        .annotate(count=Count("pk", distinct=True))
        .values_list(lookup, "count")
    )


def partner_facets(*, locale, **filters):
    """The live partners of one language that have live projects, each with the number of its
    projects under the other filters: [{slug, title, count}], one query."""

    def involving_outer_partner(projects):
        participating = ProjectPage.participating_partners.through.objects.filter(
            partnerpage__translation_key=OuterRef(OuterRef("translation_key"))
        ).values("projectpage_id")
        matching = projects.filter(
            Q(lead_partner__translation_key=OuterRef("translation_key")) | Q(pk__in=participating)
        )
        return SubqueryCount(matching.order_by().values("pk"))

    projects = live_projects(locale=locale)
    return list(
        PartnerPage.objects.live()
        .public()
        .filter(locale=locale)
        .annotate(
            total=involving_outer_partner(projects),
            count=involving_outer_partner(filter_projects(projects, **filters)),
        )
        .filter(total__gt=0)
        .order_by("title")
        .values("slug", "title", "count")
    )


def partner_by_slug(*, locale, slug):
    """A live partner profile of one language, or None."""
    return (
        PartnerPage.objects.live()
        .public()
        .filter(locale=locale, slug=slug)
        .defer_streamfields()
        .first()
    )


def topics(*, locale):
    return localized_terms(Topic, locale=locale)


def municipalities(*, locale):
    return partner_municipalities(locale=locale)


def add_topic_names(projects, terms):
    """Give each project (with its topics prefetched) the names of its fields of action in the
    language of `terms`; the synchronised topics of a translation are the German ones."""
    names = {term.slug: term.name for term in terms}
    for project in projects:
        project.topic_names = [names.get(topic.slug, topic.name) for topic in project.topics.all()]


def newest_projects(*, locale, limit):
    projects = live_projects(locale=locale).defer_streamfields()
    return projects.order_by(*ORDERINGS["neu"])[:limit]


def widget_projects(*, locale, partner, limit):
    projects = involving(live_projects(locale=locale), partner.translation_key)
    return list(projects.defer_streamfields().order_by(*ORDERINGS["neu"])[:limit])


def feed_projects(*, locale, partner=None, limit=FEED_SIZE):
    projects = live_projects(locale=locale)
    if partner is not None:
        projects = involving(projects, partner.translation_key)
    projects = projects.prefetch_related("topics").defer_streamfields()
    return list(projects.order_by(*ORDERINGS["neu"])[:limit])


def related_projects(*, project, topics, limit=3):
    """Up to `limit` other live projects of the same language that share a field of action."""
    slugs = {topic.slug for topic in topics}
    if not slugs:
        return []
    sharing = ProjectPage.topics.through.objects.filter(topic__slug__in=slugs)
    projects = (
        live_projects(locale=project.locale)
        .exclude(pk=project.pk)
        .filter(pk__in=sharing.values("projectpage_id"))
    )
    return list(with_card_data(projects).order_by(*ORDERINGS["neu"])[:limit])


def project_partners(project):
    """The project's partners, the lead first, each as its live profile in the project's
    language (the German one where there is none); unpublished partners are left out.
    Three queries, however many partners there are."""
    lead = project.lead_partner if project.lead_partner_id else None
    chosen = ([lead] if lead else []) + list(project.participating_partners.all())
    keys = list(dict.fromkeys(partner.translation_key for partner in chosen))
    profiles = {}
    for profile in (
        PartnerPage.objects.live().public().filter(translation_key__in=keys).defer_streamfields()
    ):
        current = profiles.get(profile.translation_key)
        if current is None or profile.locale_id == project.locale_id:
            profiles[profile.translation_key] = profile
    return [
        {"page": profiles[key], "lead": lead is not None and key == lead.translation_key}
        for key in keys
        if key in profiles
    ]
