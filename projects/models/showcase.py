from csp.decorators import csp_replace

from django.core.paginator import Paginator
from django.http import Http404
from django.template.response import TemplateResponse
from django.utils.cache import patch_cache_control
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from home.models import IndexPage

from .pages import ProjectPage, ProjectStatus

# How many projects the widget on partners' websites lists.
WIDGET_SIZE = 10


class ProjectIndexPage(RoutablePageMixin, IndexPage):
    """The project showcase at /projekte/: every live project of its language, from the whole
    tree (below partner profiles and below this page), with a feed and a widget for partners'
    websites."""

    subpage_types = ["projects.ProjectPage"]
    page_size = 12

    class Meta:
        verbose_name = _("project showcase")
        verbose_name_plural = _("project showcases")

    def get_listing_context(self, request):
        # Imported here: the query and form modules import these models.
        from projects import queries
        from projects.forms import ShowcaseFilterForm

        form = ShowcaseFilterForm(request.GET)
        valid = form.is_valid()
        chosen = form.cleaned_data if valid else {}
        topic, status = chosen.get("handlungsfeld"), chosen.get("status")
        municipality, partner_slug = chosen.get("gemeinde"), chosen.get("partner")
        order = chosen.get("sortierung") or queries.DEFAULT_ORDER

        topics = queries.topics(locale=self.locale)
        municipalities = queries.municipalities(locale=self.locale)
        partner = (
            queries.partner_by_slug(locale=self.locale, slug=partner_slug) if partner_slug else None
        )
        unknown = not valid or bool(
            (topic and topic not in {term.slug for term in topics})
            or (status and status not in ProjectStatus.values)
            or (municipality and municipality not in {term.slug for term in municipalities})
            or (partner_slug and partner is None)
        )
        filters = {
            "topic": topic,
            "status": status,
            "municipality": municipality,
            "partner": partner,
        }
        if unknown:
            projects = ProjectPage.objects.none()
            totals = {"count": 0, "co2": None, "with_co2": 0}
        else:
            projects = queries.project_listing(locale=self.locale, order=order, **filters)
            totals = queries.totals(locale=self.locale, **filters)
        paginator = Paginator(projects, self.page_size)
        # The aggregate has counted the projects already; the paginator need not count again.
        paginator.count = totals["count"]
        page_obj = paginator.get_page(request.GET.get("page"))
        queries.add_topic_names(page_obj, topics)

        def others(name):
            return {key: value for key, value in filters.items() if key != name}

        counts = {
            "handlungsfeld": queries.facet_counts(
                locale=self.locale, field="topic", **others("topic")
            ),
            "status": queries.facet_counts(locale=self.locale, field="status", **others("status")),
            "gemeinde": queries.facet_counts(
                locale=self.locale, field="municipality", **others("municipality")
            ),
        }
        options = {
            "handlungsfeld": [(term.slug, term.name) for term in topics],
            "status": [(value, capfirst(label)) for value, label in ProjectStatus.choices],
            "gemeinde": [(term.slug, term.name) for term in municipalities],
        }
        partner_options = queries.partner_facets(locale=self.locale, **others("partner"))
        counts["partner"] = {row["slug"]: row["count"] for row in partner_options}
        options["partner"] = [(row["slug"], row["title"]) for row in partner_options]
        if partner and partner.slug not in counts["partner"]:
            options["partner"].append((partner.slug, partner.title))

        labels = {
            "handlungsfeld": _("Field of action"),
            "status": _("Status"),
            "gemeinde": _("Municipality"),
            "partner": _("Partner"),
        }
        return {
            "filter_form": form,
            "projects": page_obj,
            "totals": totals,
            "unknown_filter": unknown,
            "filtered": any(filters.values()),
            "filters": [
                {
                    "name": name,
                    "label": labels[name],
                    "options": [
                        {
                            "slug": slug,
                            "name": label,
                            "count": counts[name].get(slug, 0),
                            "selected": slug == chosen.get(name),
                        }
                        for slug, label in options[name]
                    ],
                }
                for name in ("handlungsfeld", "status", "gemeinde", "partner")
            ],
            "orders": [
                {"slug": slug, "name": label, "selected": slug == order}
                for slug, label in queries.ORDER_CHOICES
            ],
        }

    def get_highlights(self, limit=3):
        # The home page shows the newest projects of the whole tree, not only this page's
        # children (most projects live below their partners' profiles).
        from projects import queries

        return queries.newest_projects(locale=self.locale, limit=limit)

    @path("feed/", name="feed")
    def feed(self, request):
        from projects.feeds import ProjectFeed

        return ProjectFeed(self)(request)

    @path("feed/<slug:partner>/", name="partner_feed")
    def partner_feed(self, request, partner):
        from projects import queries
        from projects.feeds import ProjectFeed

        partner_page = queries.partner_by_slug(locale=self.locale, slug=partner)
        if partner_page is None:
            raise Http404
        return ProjectFeed(self, partner=partner_page)(request)

    # One address in both languages: it is copied into partners' websites, so it must not
    # change when the showcase's English slug does.
    @path("einbetten/", name="widget")
    @csp_replace({"frame-ancestors": ["*"]})
    def widget(self, request):
        """A small page for an iframe on a partner's website: its live projects, self-contained
        (no stylesheet, script, font or image from anywhere) and without cookies."""
        from projects import queries
        from projects.forms import ShowcaseFilterForm

        form = ShowcaseFilterForm(request.GET)
        slug = form.cleaned_data.get("partner") if form.is_valid() else None
        partner = queries.partner_by_slug(locale=self.locale, slug=slug) if slug else None
        projects = (
            queries.widget_projects(locale=self.locale, partner=partner, limit=WIDGET_SIZE)
            if partner
            else []
        )
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
