from csp.decorators import csp_replace

from django.http import Http404
from django.template.response import TemplateResponse
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext_lazy as _

from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from home.listings import listing_context
from home.models import IndexPage
from home.renditions import complete_renditions
from home.requests import remembered_for_request
from partners.models import PartnerPage

from ..feeds import ProjectFeed
from ..filters import ShowcaseFilter
from ..querysets import CARD_IMAGE_SPECS, add_topic_names
from .pages import ProjectPage

# How many projects the widget on partners' websites lists.
WIDGET_SIZE = 10


class ProjectIndexPage(RoutablePageMixin, IndexPage):
    """The project showcase at /projekte/: every live project of its language, from the whole
    tree (below partner profiles and below this page), with a feed and a widget for partners'
    websites."""

    subpage_types = ["projects.ProjectPage"]
    page_size = 12
    listing_model = ProjectPage
    listing_filter = ShowcaseFilter

    class Meta:
        verbose_name = _("project showcase")
        verbose_name_plural = _("project showcases")

    @classmethod
    def in_locale(cls, locale_id):
        """The live showcase of a language, or None; looked up once per request, however
        many partners' links a page shows."""
        return remembered_for_request(
            f"showcase:{locale_id}",
            lambda: cls.objects.live().filter(locale_id=locale_id).first(),
        )

    def get_filtered_listing_context(self, listing, page_number):
        totals = (
            listing.totals() if listing.is_valid() else {"count": 0, "co2": None, "with_co2": 0}
        )

        def cards(projects):
            complete_renditions(projects, *CARD_IMAGE_SPECS)
            add_topic_names(projects, listing.labels("handlungsfeld"))
            return projects

        context = listing_context(
            listing,
            page_number=page_number,
            page_size=self.page_size,
            # The totals have counted the projects already; the paginator need not count again.
            count=totals["count"],
            results=listing.results().for_cards(),
            cards=cards,
        )
        context["totals"] = totals
        return context

    def get_highlights(self, limit=3):
        # The home page shows the newest projects of the whole tree, not only this page's
        # children (most projects live below their partners' profiles).
        return ProjectPage.objects.listed(self.locale_id).defer_streamfields().newest()[:limit]

    def partner_projects(self, slug):
        """The live profile named `slug` in this showcase's language and its projects, newest
        first; 404 for an unknown partner."""
        partner = PartnerPage.objects.by_slug(self.locale, slug)
        if partner is None:
            raise Http404
        projects = ProjectPage.objects.listed(self.locale).involving(partner.translation_key)
        return partner, projects.defer_streamfields().newest()

    @path("feed/", name="feed")
    def feed(self, request):
        return ProjectFeed(self)(request)

    @path("feed/<slug:partner>/", name="partner_feed")
    def partner_feed(self, request, partner):
        return ProjectFeed(self, *self.partner_projects(partner))(request)

    # One address in both languages: it is copied into partners' websites, so it must not
    # change when the showcase's English slug does.
    @path("einbetten/", name="widget")
    @csp_replace({"frame-ancestors": ["*"]})
    def widget(self, request):
        """A small page for an iframe on a partner's website: its live projects, self-contained
        (no stylesheet, script, font or image from anywhere) and without cookies."""
        try:
            partner, projects = self.partner_projects(request.GET.get("partner", ""))
            projects = list(projects[:WIDGET_SIZE])
        except Http404:  # the page explains how to name a partner
            partner, projects = None, []
        response = TemplateResponse(
            request,
            "projects/widget.html",
            {"showcase": self, "partner": partner, "projects": projects},
        )
        # The only view that other sites may frame (all others send X-Frame-Options: DENY and
        # a Content-Security-Policy with frame-ancestors 'none'; see the decorator above).
        response.xframe_options_exempt = True
        patch_cache_control(response, public=True, max_age=15 * 60)
        return response
