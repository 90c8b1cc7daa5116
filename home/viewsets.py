from django.utils.functional import lazy
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from wagtail.snippets.views.chooser import ChooseView, SnippetChooserViewSet
from wagtail.snippets.views.snippets import SnippetViewSet

# Marked for the catalogue; the chooser's title formats it when it is shown.
CHOOSE_TERM = _("Choose %(object)s")


def choose_title(model):
    return gettext(CHOOSE_TERM) % {"object": model._meta.verbose_name}


class TermChooseView(ChooseView):
    page_subtitle = None  # the vocabulary's name is part of the title

    def get_filter_form(self):
        form = super().get_filter_form()
        if "locale" in form.fields:
            # Wagtail gives its language filter no label, so Django shows the name "Locale".
            form.fields["locale"].label = _("Language")
        return form


class TermChooserViewSet(SnippetChooserViewSet):
    """The chooser modal of a vocabulary, titled "Gemeinde auswählen": Wagtail puts "Choose"
    above the model's name, which reads "Auswählen Gemeinde" in German."""

    choose_view_class = TermChooseView

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.page_title = lazy(choose_title, str)(self.model)


class TermViewSet(SnippetViewSet):
    """The admin of one vocabulary (categories, municipalities, fields of action): a snippet
    listing by name with its slug and language, searchable by name."""

    list_display = ["name", "slug", "locale"]
    search_fields = ["name"]
    chooser_viewset_class = TermChooserViewSet
