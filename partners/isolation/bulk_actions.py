"""Bulk actions: Wagtail acts only on the items the user may act on, but its confirmation
pages name the others."""

from wagtail import hooks
from wagtail.admin.views.pages.bulk_actions.delete import DeleteBulkAction as PageDelete
from wagtail.admin.views.pages.bulk_actions.move import MoveBulkAction as PageMove
from wagtail.admin.views.pages.bulk_actions.publish import PublishBulkAction as PagePublish
from wagtail.admin.views.pages.bulk_actions.unpublish import (
    UnpublishBulkAction as PageUnpublish,
)
from wagtail.documents.views.bulk_actions.add_tags import AddTagsBulkAction as DocumentTags
from wagtail.documents.views.bulk_actions.add_to_collection import (
    AddToCollectionBulkAction as DocumentCollection,
)
from wagtail.documents.views.bulk_actions.delete import DeleteBulkAction as DocumentDelete
from wagtail.images.views.bulk_actions.add_tags import AddTagsBulkAction as ImageTags
from wagtail.images.views.bulk_actions.add_to_collection import (
    AddToCollectionBulkAction as ImageCollection,
)
from wagtail.images.views.bulk_actions.delete import DeleteBulkAction as ImageDelete
from wagtail.snippets.bulk_actions.delete import DeleteBulkAction as SnippetDelete

from .rules import is_partner_editor


class WithoutForeignItems:
    """Wagtail's confirmation pages list the titles of the ids the user may not act on;
    for a partner editor those are dropped unseen (they were never acted on anyway)."""

    def get_actionable_objects(self):
        objects, context = super().get_actionable_objects()
        if is_partner_editor(self.request.user):
            context = {**context, "items_with_no_access": []}
        return objects, context


for _action in (
    PageDelete,
    PageMove,
    PagePublish,
    PageUnpublish,
    DocumentTags,
    DocumentCollection,
    DocumentDelete,
    ImageTags,
    ImageCollection,
    ImageDelete,
    SnippetDelete,
):
    # After Wagtail's own registration (order 0): the last one registered for a model and
    # action wins.
    hooks.register(
        "register_bulk_action",
        type(_action.__name__, (WithoutForeignItems, _action), {"__module__": __name__}),
        order=1,
    )
