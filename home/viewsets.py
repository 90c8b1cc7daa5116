from wagtail.snippets.views.snippets import SnippetViewSet


class TermViewSet(SnippetViewSet):
    """The admin of one vocabulary (categories, municipalities, fields of action): a snippet
    listing by name with its slug and language, searchable by name."""

    list_display = ["name", "slug", "locale"]
    search_fields = ["name"]
