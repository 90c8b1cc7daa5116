from django.http import Http404

from wagtail import hooks
from wagtail.permissions import policy_registry

from .models import Document


@hooks.register("before_serve_document")
def serve_public_or_permitted_documents(document, request):
    """/documents/<id>/<name> serves any document to anyone. Serve it to those who may choose
    or change it in the admin, and to everybody once a live public page uses it; otherwise
    404, as if it did not exist. Collection view restrictions are checked by Wagtail's own
    hook, which runs after this one (this app comes before wagtail.documents)."""
    policy = policy_registry.get_by_type(type(document))
    if request.user.is_authenticated and policy.user_has_any_permission_for_instance(
        request.user, ["choose", "change"], document
    ):
        return None
    if not Document.objects.public().filter(pk=document.pk).exists():
        raise Http404
    return None
