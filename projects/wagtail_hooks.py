from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Topic


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "folder-open-inverse"
    list_display = ["name", "slug", "locale"]
    search_fields = ["name"]
    menu_order = 320


register_snippet(TopicViewSet)


@hooks.register("partner_profile_extensions")
def partner_projects_feed_and_widget(partner, request):
    """The partner profile links its projects' feed and offers the embeddable list."""
    return {
        "head": "projects/includes/partner_feed_link.html",
        "body": "projects/includes/embed_snippet.html",
    }
