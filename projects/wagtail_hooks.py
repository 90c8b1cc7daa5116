from wagtail import hooks
from wagtail.snippets.models import register_snippet

from home.viewsets import TermViewSet

from .models import Topic

register_snippet(TermViewSet(model=Topic, icon="folder-open-inverse", menu_order=320))


@hooks.register("partner_profile_extensions")
def partner_projects_feed_and_widget(partner, request):
    """The partner profile links its projects' feed; the code of the embeddable list is for
    the partner's editors, on their dashboard (partners.editors.OrganisationPanel)."""
    return {
        "head": "projects/includes/partner_feed_link.html",
        "dashboard": "projects/includes/embed_snippet.html",
    }
