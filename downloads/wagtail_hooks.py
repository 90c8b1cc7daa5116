from urllib.parse import urlencode

from django.http import Http404

from wagtail import hooks
from wagtail.permissions import policy_registry
from wagtail.snippets.models import register_snippet

from home.viewsets import TermViewSet

from . import admin_views  # noqa: F401  (registers its hook)
from .categories import DownloadCategory
from .models import Document, DownloadIndexPage, DownloadPage
from .querysets import attach_files

register_snippet(TermViewSet(model=DownloadCategory, icon="doc-full", menu_order=330))

# Downloads on a partner's profile; the listing shows them all.
PROFILE_DOWNLOADS = 6


@hooks.register("before_serve_document")
def serve_public_or_permitted_documents(document, request):
    """/documents/<id>/<name> serves any document to anyone. Serve it to those who may choose
    or change it in the admin, and to everybody once a live public page uses it; otherwise
    404, as if it did not exist. Collection view restrictions are checked by Wagtail's own
    hook, which runs after this one (this app comes before wagtail.documents).

    The answer is kept on the request: a public document may be cached by a CDN, any other
    never (klimaallianz.views.serve_document)."""
    request.document_is_public = Document.objects.public().filter(pk=document.pk).exists()
    if request.document_is_public:
        return None
    policy = policy_registry.get_by_type(type(document))
    if request.user.is_authenticated and policy.user_has_any_permission_for_instance(
        request.user, ["choose", "change"], document
    ):
        return None
    raise Http404


@hooks.register("partner_profile_sections")
def partner_downloads(partner, request):
    """The newest downloads below the partner's profile, with their files."""
    downloads = DownloadPage.objects.listed(partner.locale).below(partner)
    count = downloads.count()
    if not count:
        return []
    shown = attach_files(downloads.newest().for_cards()[:PROFILE_DOWNLOADS])
    more_url = None
    if count > PROFILE_DOWNLOADS:
        listing = DownloadIndexPage.objects.live().filter(locale_id=partner.locale_id).first()
        if listing is not None:
            more_url = f"{listing.get_url(request)}?{urlencode({'partner': partner.slug})}"
    return [
        {
            "template": "downloads/includes/profile_downloads.html",
            "downloads": shown,
            "count": count,
            "more_url": more_url,
        }
    ]
