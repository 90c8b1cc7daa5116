"""The admin API (/admin/api/main/documents/ and /images/), which the choosers' JavaScript
reads: it lists every item with its file address."""

from wagtail import hooks
from wagtail.documents.api.admin.views import DocumentsAdminAPIViewSet
from wagtail.images.api.admin.views import ImagesAdminAPIViewSet

from .rules import choosable


class ChoosableDocumentsEndpoint(DocumentsAdminAPIViewSet):
    def get_queryset(self):
        return super().get_queryset().filter(pk__in=choosable(self.model, self.request.user))


class ChoosableImagesEndpoint(ImagesAdminAPIViewSet):
    def get_queryset(self):
        return super().get_queryset().filter(pk__in=choosable(self.model, self.request.user))


@hooks.register("construct_admin_api", order=1)
def admin_api_lists_choosable_items(router):
    # After Wagtail's own registration (order 0), which ours replaces.
    router.register_endpoint("documents", ChoosableDocumentsEndpoint)
    router.register_endpoint("images", ChoosableImagesEndpoint)
