"""Which projects the showcase, the feeds, the widget and a project page show.

Projects are matched to partners by `translation_key`: an English project keeps the German
partner profiles it was synchronised with (SynchronizedField), while the English showcase
offers the English profiles; both share the key.
"""

from collections import Counter

from django.db.models import F
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _

from home.listings import ListedPageQuerySet

# The card image rendition. The card template renders it with {% project_card_image %},
# which reads this constant too, so query and template never disagree.
# A card is about 18rem wide in the grid and the screen's width on a phone; the browser picks
# the rendition for its screen from the two.
CARD_IMAGE_SPECS = ("fill-420x280|format-webp", "fill-840x560|format-webp")
CARD_IMAGE_SIZES = "(min-width: 40em) 20rem, 100vw"

# "Newest" is newest on the site: the date a project was first published, which every
# project has (start dates are optional and may lie in the future for planned ones).
ORDERINGS = {
    "neu": (_("Newest first"), (F("first_published_at").desc(nulls_last=True), "-pk")),
    "a-z": (_("A–Z"), (Lower("title"), "pk")),
}


class ProjectQuerySet(ListedPageQuerySet):
    def involving(self, partner_key):
        """A partner's projects (by the partner's translation key): those it leads and those
        it takes part in. The one definition for the profile, the showcase's partner filter,
        the partner's feed and its widget."""
        participating = self.model.participating_partners.through.objects.filter(
            partnerpage__translation_key=partner_key
        ).values("projectpage_id")
        leading = self.model.objects.filter(lead_partner__translation_key=partner_key)
        # One set of ids that the database finds by its indexes; an OR of the two conditions
        # made it read every project (7 ms at 10,000 projects, 0.4 ms this way).
        return self.filter(pk__in=leading.order_by().values("pk").union(participating.order_by()))

    def by_role(self, partner_key, limit):
        """A partner's projects for its profile, newest first, as two groups: those it leads
        and those it takes part in, each at most `limit` long, with the number of each:
        ((led, led_count), (taking_part, taking_part_count)). Four queries at any size."""
        ids = {True: [], False: []}
        for pk, lead_key in (
            self.involving(partner_key).newest().values_list("pk", "lead_partner__translation_key")
        ):
            ids[lead_key == partner_key].append(pk)
        shown = [pk for group in ids.values() for pk in group[:limit]]
        cards = {project.pk: project for project in self.filter(pk__in=shown).for_cards()}
        return tuple(
            ([cards[pk] for pk in ids[lead][:limit]], len(ids[lead])) for lead in (True, False)
        )

    def with_topics(self, slugs):
        # A subquery rather than a join: a project is never counted twice.
        tagged = self.model.topics.through.objects.filter(topic__slug__in=slugs)
        return self.filter(pk__in=tagged.values("projectpage_id"))

    def newest(self):
        return self.order_by(*ORDERINGS["neu"][1])

    def for_cards(self):
        """What a project card shows, loaded in three queries for a whole page of cards."""
        return (
            self.select_related("lead_partner")
            .with_listing_images(*CARD_IMAGE_SPECS)
            .prefetch_related("topics")
            .defer_streamfields()
            .defer("lead_partner__body")
        )

    def count_by_partner(self):
        """{partner translation key: number of projects it leads or takes part in}, from one
        query however many partners and projects there are."""
        projects = self.order_by().values("pk")
        leads = projects.filter(lead_partner__isnull=False).values_list(
            "pk", "lead_partner__translation_key"
        )
        participants = self.model.participating_partners.through.objects.filter(
            projectpage__in=projects
        ).values_list("projectpage_id", "partnerpage__translation_key")
        # UNION drops the pair of a partner that both leads and takes part.
        return Counter(key for _project, key in leads.union(participants))


def add_topic_names(projects, names):
    """Give each project (with its topics prefetched) the names of its fields of action from
    `names` ({slug: name} in the page's language); a translation keeps the German topics."""
    for project in projects:
        project.topic_names = [names.get(topic.slug, topic.name) for topic in project.topics.all()]
