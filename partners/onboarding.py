"""Onboarding a member organisation in one step: its profile page (a draft), its group of
editors with rights on that page's subtree only, its collection for documents and images, and
its editors' accounts. Used by `manage.py onboard_partner`, the moderators' admin view and the
acceptance of a membership application. Running it again changes only what is missing."""

from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.contrib.auth.tokens import default_token_generator
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.text import slugify
from django.utils.translation import gettext as _

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    Locale,
    Page,
)
from wagtail_localize.synctree import create_aliases_for_new_page

from home.mail import send_templated_mail

from .models import PartnerIndexPage, PartnerPage

GROUP_PREFIX = "Partner: "
# Add and change only: never publish, lock or bulk delete. Publishing goes through
# the steering group's workflow.
PAGE_PERMISSIONS = ["add_page", "change_page"]
COLLECTION_ACTIONS = ["add", "change", "choose"]


class OnboardingError(Exception):
    pass


@dataclass
class Onboarding:
    page: PartnerPage
    group: Group
    collection: Collection
    changes: list = field(default_factory=list)


def group_name(organisation):
    return f"{GROUP_PREFIX}{organisation}"[:150]


@transaction.atomic
def onboard_partner(name, *, category, municipality, editors=(), summary="", user=None):
    name = " ".join(name.split())
    if not name:
        raise OnboardingError(_("The organisation needs a name."))
    changes = []
    page = _partner_page(name, category, municipality, summary, user, changes)
    group = _group(name, page, changes)
    collection = _collection(name, group, changes)
    for email in editors:
        _editor(email, group, name, changes)
    return Onboarding(page=page, group=group, collection=collection, changes=changes)


def _partner_page(name, category, municipality, summary, user, changes):
    german = Locale.get_default()
    index = PartnerIndexPage.objects.filter(locale=german).first()
    if index is None:
        raise OnboardingError(_("There is no partner directory (PartnerIndexPage) yet."))
    existing = PartnerPage.objects.child_of(index).filter(title=name).first()
    if existing:
        return existing
    page = PartnerPage(
        title=name,
        slug=_free_slug(index, slugify(name)),
        category=category,
        municipality=municipality,
        summary=summary or _("%(name)s is a partner of the Klimaallianz.") % {"name": name},
        live=False,
        owner=user,
    )
    index.add_child(instance=page)
    page.save_revision(user=user, log_action=True)
    # English follows as a synchronised alias until the Redaktion translates.
    create_aliases_for_new_page(page)
    changes.append(_("created the profile page “%(title)s” as a draft") % {"title": name})
    return page


def _free_slug(parent, slug):
    slug = slug or "partner"
    taken = set(Page.objects.child_of(parent).values_list("slug", flat=True))
    candidate, number = slug, 2
    while candidate in taken:
        candidate, number = f"{slug}-{number}", number + 1
    return candidate


def _group(name, page, changes):
    group, created = Group.objects.get_or_create(name=group_name(name))
    if created:
        changes.append(_("created the group “%(group)s”") % {"group": group.name})
    group.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )
    page_type = ContentType.objects.get_for_model(Page)
    for codename in PAGE_PERMISSIONS:
        permission = Permission.objects.get(content_type=page_type, codename=codename)
        created = GroupPagePermission.objects.get_or_create(
            group=group, page=page, permission=permission
        )[1]
        if created:
            changes.append(
                _("granted “%(permission)s” on the profile and its subpages")
                % {"permission": codename}
            )
    return group


def _collection(name, group, changes):
    root = Collection.get_first_root_node()
    collection = root.get_children().filter(name=name).first()
    if collection is None:
        collection = root.add_child(name=name)
        changes.append(_("created the collection “%(name)s”") % {"name": name})
    for model in (get_document_model(), get_image_model()):
        content_type = ContentType.objects.get_for_model(model)
        for action in COLLECTION_ACTIONS:
            permission = Permission.objects.get(
                content_type=content_type, codename=f"{action}_{model._meta.model_name}"
            )
            created = GroupCollectionPermission.objects.get_or_create(
                group=group, collection=collection, permission=permission
            )[1]
            if created:
                changes.append(
                    _("granted “%(permission)s” in the collection")
                    % {"permission": permission.codename}
                )
    return collection


def _editor(email, group, organisation, changes):
    User = get_user_model()
    email = User.objects.normalize_email(email.strip()).lower()
    user = User.objects.filter(email__iexact=email).first()
    if user is None:
        user = User(username=email[:150], email=email, is_active=True)
        user.set_unusable_password()  # they choose one through the invitation link
        user.save()
        changes.append(_("created the account %(email)s") % {"email": email})
    if not user.groups.filter(pk=group.pk).exists():
        user.groups.add(group)
        changes.append(_("added %(email)s to “%(group)s”") % {"email": email, "group": group})
        send_invitation(user, organisation)


def send_invitation(user, organisation):
    """Mail a link with which the editor sets a password and logs in to the admin."""
    path = reverse(
        "wagtailadmin_password_reset_confirm",
        kwargs={
            "uidb64": urlsafe_base64_encode(force_bytes(user.pk)),
            "token": default_token_generator.make_token(user),
        },
    )
    context = {
        "organisation": organisation,
        "link": f"{settings.WAGTAILADMIN_BASE_URL}{path}",
        "admin_url": f"{settings.WAGTAILADMIN_BASE_URL}{reverse('wagtailadmin_home')}",
        "days": settings.PASSWORD_RESET_TIMEOUT // 86400,
    }
    send_templated_mail("partners/emails/invitation", context, [user.email])
