"""The document admin with what the upload found out: the accessibility check of a PDF as a
warning right after the upload and as a column of the document listing.

Wagtail's document views have no hooks for either, so its views are subclassed and put in
place of its own by URL name (replace_document_views)."""

from django.contrib import messages
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.ui.tables import Column
from wagtail.documents.views import documents, multiple

from home.admin_urls import replace_admin_views

ACCESSIBILITY_WARNING = _(
    "“%(title)s” does not pass the accessibility check: %(problems)s. Please export the "
    "document again as an accessible (tagged) PDF, for example with the accessibility "
    "options of your word processor, and replace the file."
)


def accessibility_warning(document):
    return ACCESSIBILITY_WARNING % {
        "title": document.title,
        "problems": ", ".join(str(label) for label in document.accessibility_problem_labels),
    }


class AccessibilityColumn(Column):
    cell_template_name = "downloads/admin/accessibility_cell.html"


class DocumentIndexView(documents.IndexView):
    @cached_property
    def columns(self):
        columns = list(super().columns)
        position = next(i for i, column in enumerate(columns) if column.name == "filename") + 1
        columns.insert(
            position, AccessibilityColumn("accessible", label=_("Accessibility"), width="16%")
        )
        return columns


class DocumentCreateView(documents.CreateView):
    def form_valid(self, form):
        response = super().form_valid(form)
        if self.object.accessible is False:
            messages.warning(self.request, accessibility_warning(self.object))
        return response


class DocumentMultipleAddView(multiple.AddView):
    # Wagtail's form for each uploaded file, below the check's result.
    edit_form_template_name = "downloads/admin/multiple_edit_form.html"


DOCUMENT_VIEWS = {
    "wagtaildocs:index": DocumentIndexView.as_view(),
    "wagtaildocs:index_results": DocumentIndexView.as_view(results_only=True),
    "wagtaildocs:add": DocumentCreateView.as_view(),
    "wagtaildocs:add_multiple": DocumentMultipleAddView.as_view(),
}


@hooks.register("register_admin_urls", order=900)
def replace_document_views():
    replace_admin_views(DOCUMENT_VIEWS, "downloads")
    return []
