from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.contrib.search_promotions.views.reports import SearchTermsReportView

from home.admin_urls import replace_admin_views

# Who may promote results may also see what readers search for: the steering group and the
# Redaktion (home.roles). Wagtail shows that report to superusers only.
PROMOTE = "wagtailsearchpromotions.change_searchpromotion"


class EditorsSearchTermsReport(SearchTermsReportView):
    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(PROMOTE):
            return super().dispatch(request, *args, **kwargs)  # Wagtail's: superusers only
        return super(SearchTermsReportView, self).dispatch(request, *args, **kwargs)


@hooks.register("register_admin_urls", order=900)
def open_search_terms_report():
    replace_admin_views(
        {
            "wagtailsearchpromotions:search_terms": EditorsSearchTermsReport.as_view(),
            "wagtailsearchpromotions:search_terms_results": EditorsSearchTermsReport.as_view(
                results_only=True
            ),
        },
        "search",
    )
    return []


@hooks.register("construct_reports_menu")
def search_terms_for_editors(request, menu_items):
    url = reverse("wagtailsearchpromotions:search_terms")
    if request.user.has_perm(PROMOTE) and not any(item.url == url for item in menu_items):
        menu_items.append(
            MenuItem(_("Search terms"), url, name="search-terms", icon_name="search", order=1300)
        )
