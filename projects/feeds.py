"""RSS feeds of new projects: the whole showcase, and one per partner (served by the
showcase's routes feed/ and feed/<partner>/)."""

from urllib.parse import urlencode

from django.contrib.syndication.views import Feed
from django.utils.translation import gettext as _

from home.public_address import absolute_url

from .models.pages import ProjectPage
from .models.topics import Topic
from .querysets import add_topic_names

FEED_SIZE = 20


class ProjectFeed(Feed):
    """The showcase's newest projects, or `projects` of one `partner`."""

    def __init__(self, showcase, partner=None, projects=None):
        super().__init__()
        self.showcase = showcase
        self.partner = partner
        if projects is None:
            projects = ProjectPage.objects.listed(showcase.locale).defer_streamfields().newest()
        self.projects = projects
        self.request = None

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def get_object(self, request, *args, **kwargs):
        return self.partner

    def title(self, partner):
        if partner is None:
            return _("New projects of the Klimaallianz Landkreis Cloppenburg")
        return _("Projects of %(partner)s in the Klimaallianz Landkreis Cloppenburg") % {
            "partner": partner.title
        }

    def description(self, partner):
        return _("Climate projects of the alliance's partners in the district of Cloppenburg.")

    def feed_url(self, partner):
        # The feed's own address (atom:link rel="self"); Django would take the request's host.
        return absolute_url(self.request.path)

    def link(self, partner):
        url = self.showcase.get_full_url(self.request)
        return f"{url}?{urlencode({'partner': partner.slug})}" if partner else url

    def items(self, partner):
        projects = list(self.projects.prefetch_related("topics")[:FEED_SIZE])
        add_topic_names(projects, dict(Topic.objects.choices(self.showcase.locale)))
        return projects

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return item.get_full_url(self.request)

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at

    def item_categories(self, item):
        return item.topic_names
