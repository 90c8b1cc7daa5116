"""The filtered listings (partner directory, project showcase): results and facet counts as
counted by hand over the same pages, and the same number of queries at the demo's size (14
partners, 32 projects) and at ten times it."""

import random
from collections import Counter

import pytest
from wagtail_factories import ImageFactory

from klimaallianz.bulk import add_partners, add_projects
from partners.models import PartnerPage
from projects.models import ProjectPage


def all_results(client, url, params):
    """The pks of every result on every page of a listing, and the first page's context."""
    response = client.get(url, params)
    assert response.status_code == 200
    context = response.context
    pks = []
    for number in context["page_obj"].paginator.page_range:
        page = client.get(url, {**params, "page": number}).context["page_obj"]
        pks += [item.pk for item in page]
    return pks, context


def options(context):
    return {
        facet["name"]: {option["slug"]: option["count"] for option in facet["options"]}
        for facet in context["filters"]
    }


# --- results and counts -----------------------------------------------------------------------


def showcase_facts():
    """{pk: {facet: set of values}} of every live German project, read from the database."""
    keys = dict(
        PartnerPage.objects.live()
        .filter(locale__language_code="de")
        .values_list("translation_key", "slug")
    )
    facts = {}
    projects = ProjectPage.objects.live().filter(locale__language_code="de")
    for project in projects.select_related("municipality", "lead_partner").prefetch_related(
        "topics", "participating_partners"
    ):
        partners = {project.lead_partner} | set(project.participating_partners.all())
        facts[project.pk] = {
            "handlungsfeld": {topic.slug for topic in project.topics.all()},
            "status": {project.status},
            "gemeinde": {project.municipality.slug} if project.municipality else set(),
            "partner": {keys[p.translation_key] for p in partners if p is not None},
        }
    return facts


def expected(facts, chosen):
    """Results and facet counts as the showcase must compute them: each facet counted under
    the other chosen filters."""

    def matching(exclude=None):
        return [
            pk
            for pk, values in facts.items()
            if all(value in values[name] for name, value in chosen.items() if name != exclude)
        ]

    counts = {}
    for name in ("handlungsfeld", "status", "gemeinde", "partner"):
        counts[name] = Counter(value for pk in matching(exclude=name) for value in facts[pk][name])
    return set(matching()), counts


@pytest.mark.django_db
def test_showcase_results_and_counts_match_a_count_by_hand(client, tree):
    directory = tree.directory
    partners = add_partners(directory, 12)
    add_projects(partners, 5)
    facts = showcase_facts()
    chance = random.Random(3)
    some = [chance.choice(list(facts.values())) for _ in range(4)]
    cases = [{}] + [
        {name: sorted(values[name])[0] for name in names if values[name]}
        for values, names in zip(
            some,
            [
                ("handlungsfeld",),
                ("status", "gemeinde"),
                ("partner",),
                ("partner", "handlungsfeld"),
            ],
            strict=True,
        )
    ]
    for chosen in cases:
        pks, context = all_results(client, "/projekte/", chosen)
        results, counts = expected(facts, chosen)
        assert set(pks) == results and len(pks) == len(results), chosen
        assert context["totals"]["count"] == len(results)
        shown = options(context)
        for name, counted in counts.items():
            # Every option with results is offered with its count; partners without any
            # project are not offered at all.
            assert {slug: n for slug, n in shown[name].items() if n} == dict(counted), (
                chosen,
                name,
            )
        assert set(shown["partner"]) <= {
            slug for values in facts.values() for slug in values["partner"]
        }


@pytest.mark.django_db
def test_directory_results_and_counts_match_a_count_by_hand(client, tree):
    directory = tree.directory
    add_partners(directory, 40)
    partners = list(
        PartnerPage.objects.live()
        .filter(locale__language_code="de")
        .select_related("category", "municipality")
    )
    category, municipality = partners[0].category.slug, partners[1].municipality.slug
    for chosen in ({}, {"kategorie": category}, {"kategorie": category, "gemeinde": municipality}):
        pks, context = all_results(client, "/partner/", chosen)

        def matches(partner, exclude=None, chosen=chosen):
            values = {"kategorie": partner.category.slug, "gemeinde": partner.municipality.slug}
            return all(values[n] == v for n, v in chosen.items() if n != exclude)

        assert set(pks) == {p.pk for p in partners if matches(p)}
        shown = options(context)
        by_category = Counter(p.category.slug for p in partners if matches(p, "kategorie"))
        by_municipality = Counter(p.municipality.slug for p in partners if matches(p, "gemeinde"))
        assert {k: n for k, n in shown["kategorie"].items() if n} == dict(by_category)
        assert {k: n for k, n in shown["gemeinde"].items() if n} == dict(by_municipality)


# --- queries ----------------------------------------------------------------------------------

# Each listing with its exact number of queries; the filters name values that have results
# at both sizes, so that the cards' queries are counted too. The English ones count one or
# two more: the pages that exist in German only (the German listing, the count).
LISTINGS = {
    "/partner/": 18,
    "/partner/?kategorie={category}&gemeinde={municipality}": 18,
    "/en/partners/?gemeinde={municipality}": 20,
    "/projekte/": 21,
    "/projekte/?handlungsfeld={topic}&status={status}&sortierung=a-z": 22,
    "/projekte/?partner={partner}&page=2": 21,
    "/en/projects/?handlungsfeld={topic}": 23,
}


@pytest.mark.django_db
def test_listings_need_as_many_queries_at_ten_times_the_demo(
    client, tree, django_assert_num_queries
):
    directory = tree.directory
    images = [ImageFactory() for _ in range(4)]
    partners = add_partners(directory, 14, images=images)
    add_projects(partners[:8], 4, images=images)  # the demo's 14 partners and 32 projects
    project = ProjectPage.objects.filter(lead_partner=partners[0]).first()
    values = {
        "partner": partners[0].slug,
        "category": partners[0].category.slug,
        "municipality": partners[0].municipality.slug,
        "topic": project.topics.first().slug,
        "status": project.status,
    }

    def check():
        for url, queries in LISTINGS.items():
            url = url.format(**values)
            client.get(url)  # renditions are made on the first view
            with django_assert_num_queries(queries):
                assert client.get(url).status_code == 200, url

    check()
    more = add_partners(directory, 126, images=images, seed=4)
    add_projects(more, 2, images=images, seed=5)
    add_projects(partners[:1], 36, images=images, seed=6)
    assert PartnerPage.objects.count() == 140
    assert ProjectPage.objects.count() == 320
    check()
