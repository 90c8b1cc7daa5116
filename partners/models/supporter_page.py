"""Citizens become supporters of the alliance on the SupporterPage (/unterstuetzen/): the form,
the count, the public list, and the pages of the links in its e-mails (partners.supporters)."""

from django.conf import settings
from django.core.paginator import Paginator
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import TranslatableField

from home.blocks import RICH_TEXT_FEATURES
from home.forms import PageForm
from home.models import BASE_TRANSLATABLE_FIELDS
from home.public_forms import PublicFormPage
from klimaallianz.page_cache import remembered_for_page

from .. import supporters
from ..forms import SupporterForm
from .supporters import Supporter
from .terms import Municipality

LIST_PAGE_SIZE = 60
LinkError = supporters.LinkError
# A damaged link is a bad request; an expired one, or one whose sign-up is gone, is gone.
LINK_ERROR_STATUS = {LinkError.INVALID: 400, LinkError.EXPIRED: 410, LinkError.GONE: 410}
# The supporter page's notices after following a link from an e-mail.
CONFIRMED_PARAMETER = "bestaetigt"
WITHDRAWN_PARAMETER = "zurueckgezogen"


class SupporterPage(RoutablePageMixin, PublicFormPage):
    """The pledge, the number of confirmed supporters, the sign-up form and the list of those
    who agreed to be named."""

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    base_form_class = PageForm
    template = "partners/supporter_page.html"

    pledge = RichTextField(
        _("pledge"),
        features=RICH_TEXT_FEATURES,
        help_text=_("What supporters stand up for, in a few sentences. It heads the page."),
    )

    content_panels = Page.content_panels + [FieldPanel("pledge"), *PublicFormPage.form_panels]
    search_fields = Page.search_fields + [index.SearchField("pledge")]
    translatable_fields = (
        BASE_TRANSLATABLE_FIELDS
        + [TranslatableField("pledge")]
        + PublicFormPage.form_translatable_fields
    )

    form_class = SupporterForm
    rate_limit = supporters.RATE_LIMIT
    rate_limit_message = supporters.RATE_LIMIT_MESSAGE

    class Meta:
        verbose_name = _("supporter page")
        verbose_name_plural = _("supporter pages")

    def form_valid(self, form, request):
        supporters.receive(form, page=self)

    @cached_property
    def supporter_count(self):
        return Supporter.objects.confirmed().count()

    def count_supporters(self):
        """(confirmed supporters, those listed by name, {municipality slug: supporters})."""
        listed = Supporter.objects.listed().count()
        return self.supporter_count, listed, Supporter.objects.count_by_municipality()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        names = dict(Municipality.objects.choices(self.locale))
        # The counts are kept until content changes (a confirmed sign-up or a withdrawal is a
        # change); the names are read each time, so that no copy of them is kept anywhere.
        supporter_count, listed_count, by_municipality = remembered_for_page(
            self, request, "supporter-counts", self.count_supporters
        )
        paginator = Paginator(
            Supporter.objects.listed().select_related("municipality"), LIST_PAGE_SIZE
        )
        paginator.count = listed_count
        listed = paginator.get_page(request.GET.get("page"))
        context.update(
            supporter_count=supporter_count,
            listed=listed,
            listed_names=[
                (supporter.public_name, supporters.municipality_name(supporter, names))
                for supporter in listed
            ],
            municipality_counts=sorted(
                ((names[slug], count) for slug, count in by_municipality.items() if slug in names),
                key=lambda item: -item[1],
            ),
            confirmation_days=settings.SUPPORTER_CONFIRMATION_DAYS,
            confirmed=request.GET.get(CONFIRMED_PARAMETER) == "1",
            withdrawn=request.GET.get(WITHDRAWN_PARAMETER) == "1",
        )
        return context

    # --- routes -----------------------------------------------------------------------------

    @path("")
    def sign_up(self, request):
        return self.serve_form(request)

    # The links in the e-mails. A click on a link only shows a button: mail filters open links
    # to check them, and that must neither confirm nor withdraw anything.
    @path("opt-in/", name=supporters.CONFIRM)
    def confirm_link(self, request):
        token = request.GET.get(supporters.LINK_PARAMETER, "")
        if request.method == "POST":
            try:
                supporters.confirm(token)
            except LinkError as error:
                return self.render_link_page(request, error.reason)
            return redirect(f"{self.url}?{CONFIRMED_PARAMETER}=1")
        try:
            supporter = supporters.from_link(supporters.CONFIRM, token)
        except LinkError as error:
            return self.render_link_page(request, error.reason)
        state = "confirmed" if supporter.is_confirmed else "confirm"
        return self.render_link_page(request, state, supporter)

    @path("opt-out/", name=supporters.WITHDRAW)
    def withdraw_link(self, request):
        token = request.GET.get(supporters.LINK_PARAMETER, "")
        try:
            if request.method == "POST":
                supporters.withdraw(token)
                return redirect(f"{self.url}?{WITHDRAWN_PARAMETER}=1")
            supporter = supporters.from_link(supporters.WITHDRAW, token)
        except LinkError as error:
            state = "withdrawn" if error.reason == LinkError.GONE else error.reason
            return self.render_link_page(request, state)
        return self.render_link_page(request, "withdraw", supporter)

    def render_link_page(self, request, state, supporter=None):
        context = {
            **Page.get_context(self, request),
            "state": state,
            "supporter": supporter,
            "municipality": supporters.municipality_in(supporter, self.locale) if supporter else "",
        }
        # The address holds the link's secret; the site's Referrer-Policy (same-origin) keeps
        # it from other sites, and "no-referrer" would make browsers refuse the form's Origin.
        return TemplateResponse(
            request,
            "partners/supporter_link.html",
            context,
            status=LINK_ERROR_STATUS.get(state, 200),
        )
