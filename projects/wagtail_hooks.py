from urllib.parse import urlencode

from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.snippets.models import register_snippet

from home.viewsets import TermViewSet

from .models import ProjectIndexPage, ProjectPage, Topic
from .querysets import add_topic_names

register_snippet(TermViewSet(model=Topic, icon="folder-open-inverse", menu_order=320))


# Project cards per group on a partner's profile; the showcase lists them all.
PROFILE_PROJECTS = 12


@hooks.register("partner_profile_extensions")
def partner_projects_feed_and_widget(partner, request):
    """The partner profile links its projects' feed; the code of the embeddable list is for
    the partner's editors, on their dashboard (partners.editors.OrganisationPanel)."""
    return {
        "head": "projects/includes/partner_feed_link.html",
        "dashboard": "projects/includes/embed_snippet.html",
    }


@hooks.register("partner_profile_sections")
def partner_projects(partner, request):
    """The projects the partner leads and those it takes part in: the same projects as its
    feed, its widget and the showcase's partner filter."""
    projects = ProjectPage.objects.listed(partner.locale)
    (led, led_count), (taking_part, taking_part_count) = projects.by_role(
        partner.translation_key, PROFILE_PROJECTS
    )
    add_topic_names(led + taking_part, dict(Topic.objects.choices(partner.locale)))
    more_url = None
    if max(led_count, taking_part_count) > PROFILE_PROJECTS:
        showcase = ProjectIndexPage.in_locale(partner.locale_id)
        if showcase is not None:
            query = urlencode({"partner": partner.slug})
            more_url = f"{showcase.get_url(request)}?{query}"
    return [
        {
            "template": "projects/includes/profile_projects.html",
            "heading": heading,
            "projects": group,
            "count": count,
            "more_url": more_url,
        }
        for heading, group, count in (
            (_("Own projects"), led, led_count),
            (_("Taking part in"), taking_part, taking_part_count),
        )
        if group
    ]
