"""Who is a partner editor, and what they may choose: the rules every surface applies."""

from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, Q

from taggit.models import Tag
from wagtail import hooks
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import GroupPagePermission, Page, PageLogEntry
from wagtail.permissions import policy_registry

from home.forms import choosable_pages

from ..models import PartnerPage


def is_partner_editor(user):
    """A non-superuser whose page permissions all lie below a PartnerPage; also one without
    any page permission, so that a new kind of account starts closed, not open."""
    if not user.is_authenticated or user.is_superuser:
        return False
    # Asked many times per request: cache on the user, as Wagtail caches permissions.
    if not hasattr(user, "_partner_editor"):
        paths = set(
            GroupPagePermission.objects.filter(group__user=user).values_list(
                "page__path", flat=True
            )
        )
        steps = range(Page.steplen, max(map(len, paths), default=0) + 1, Page.steplen)
        prefixes = {path[:end] for path in paths for end in steps}
        partner_paths = set(
            PartnerPage.objects.filter(path__in=prefixes).values_list("path", flat=True)
        )
        user._partner_editor = all(
            any(path.startswith(partner) for partner in partner_paths) for path in paths
        )
    return user._partner_editor


def editable_pages(user):
    return policy_registry.get_by_type(Page).instances_user_has_any_permission_for(
        user, {"add", "change"}
    )


def choosable(model, user):
    """The documents or images (`model`) that `user` may choose."""
    return policy_registry.get_by_type(model).instances_user_has_permission_for(user, "choose")


@hooks.register("filter_choosable_pages")
def own_and_published_pages(pages, user):
    # The rule that home.forms.PageForm applies on save and the page chooser applies when it
    # lists pages: the same function, so the two cannot drift apart.
    if not is_partner_editor(user):
        return pages
    return pages.filter(
        Q(pk__in=editable_pages(user).values("pk"))
        | Q(pk__in=Page.objects.live().public().values("pk"))
    )


def browsable(page, user):
    """Whether `page` and all its ancestors (whose titles the chooser's breadcrumbs print)
    are choosable; the root is always."""
    paths = [page.path[:end] for end in range(2 * Page.steplen, len(page.path) + 1, Page.steplen)]
    return choosable_pages(user).filter(path__in=paths).count() == len(paths)


def own_tags(user):
    """The tags of the documents and images that `user` may choose."""
    query = Q()
    for model in (get_document_model(), get_image_model()):
        query |= Q(
            taggit_taggeditem_items__content_type=ContentType.objects.get_for_model(model),
            taggit_taggeditem_items__object_id__in=choosable(model, user).values("pk"),
        )
    return Tag.objects.filter(query).distinct()


def popular_tags(model, user, count=10):
    """Wagtail's popular_tags_for_model, counted over what `user` may choose."""
    return (
        Tag.objects.filter(
            taggit_taggeditem_items__content_type=ContentType.objects.get_for_model(model),
            taggit_taggeditem_items__object_id__in=choosable(model, user).values("pk"),
        )
        .annotate(item_count=Count("taggit_taggeditem_items"))
        .order_by("-item_count", "name")[:count]
    )


def visible_users(user):
    """The people a partner editor already meets in the history of their own pages: the
    authors and owners of those pages, and the moderators who acted on them."""
    pages = editable_pages(user)
    return get_user_model().objects.filter(
        Q(pk=user.pk)
        | Q(pk__in=PageLogEntry.objects.filter(page__in=pages.values("pk")).values("user"))
        | Q(pk__in=pages.values("owner"))
    )
