"""Onboarding a member organisation in one step: its profile page (a draft), its group of
editors with rights on that page's subtree only, its collection for documents and images, and
its editors' accounts. Used by `manage.py onboard_partner`, the moderators' admin view and the
acceptance of a membership application. Running it again changes only what is missing."""

from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.auth.tokens import default_token_generator
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from wagtail.models import Collection, Locale, Page
from wagtail_localize.synctree import create_aliases_for_new_page

from home.mail import send_templated_mail
from home.roles import grant_partner_role, partner_group_name

from .models import PartnerIndexPage, PartnerPage


class OnboardingError(Exception):
    pass


@dataclass(frozen=True)
class Invitee:
    """An editor to invite, with the name the mails greet them by (may be empty)."""

    email: str
    name: str = ""


@dataclass
class Onboarding:
    page: PartnerPage
    group: Group
    collection: Collection
    changes: list = field(default_factory=list)
    created: bool = False  # whether the profile page was created now
    invited: list = field(default_factory=list)  # the addresses invited now

    def summary(self):
        """What was done, in one sentence for the moderator, or None if nothing."""
        name = self.page.title
        editors = ", ".join(self.invited)
        invited = ngettext(
            "%(editors)s has been invited as its editor",
            "%(editors)s have been invited as its editors",
            len(self.invited),
        ) % {"editors": editors}
        if self.created and self.invited:
            return _(
                "“%(name)s” is onboarded: its profile has been created as a draft and %(invited)s."
            ) % {"name": name, "invited": invited}
        if self.created:
            return _(
                "“%(name)s” is onboarded: its profile has been created as a draft; nobody has "
                "been invited as its editor yet."
            ) % {"name": name}
        if self.invited:
            return _("“%(name)s” was onboarded already: %(invited)s.") % {
                "name": name,
                "invited": invited,
            }
        if self.changes:
            return _(
                "“%(name)s” was onboarded already: what its editors' group was missing (rights, "
                "collection) has been added."
            ) % {"name": name}
        return None


def group_name(organisation):
    return partner_group_name(organisation)


@transaction.atomic
def onboard_partner(name, *, category, municipality, editors=(), summary="", website="", user=None):
    """`editors` are e-mail addresses or Invitees."""
    name = " ".join(name.split())
    if not name:
        raise OnboardingError(_("The organisation needs a name."))
    changes = []
    page, created = _partner_page(name, category, municipality, summary, website, user, changes)
    group = _group(name, changes)
    collection = _collection(name, changes)
    _grant(group, page, collection, changes)
    invited = []
    for editor in editors:
        invitee = editor if isinstance(editor, Invitee) else Invitee(editor)
        if email := _editor(invitee, group, name, changes):
            invited.append(email)
    return Onboarding(
        page=page,
        group=group,
        collection=collection,
        changes=changes,
        created=created,
        invited=invited,
    )


def _partner_page(name, category, municipality, summary, website, user, changes):
    german = Locale.get_default()
    index = PartnerIndexPage.objects.filter(locale=german).first()
    if index is None:
        raise OnboardingError(_("There is no partner directory (PartnerIndexPage) yet."))
    existing = PartnerPage.objects.child_of(index).filter(title=name).first()
    if existing:
        return existing, False
    page = PartnerPage(
        title=name,
        slug=_free_slug(index, slugify(name)),
        category=category,
        municipality=municipality,
        summary=summary or _("%(name)s is a partner of the Klimaallianz.") % {"name": name},
        website=website,
        # The profile's public line "Partner since …" counts from the day of joining.
        member_since=timezone.localdate(),
        live=False,
        owner=user,
    )
    index.add_child(instance=page)
    page.save_revision(user=user, log_action=True)
    # English follows as a synchronised alias until the Redaktion translates.
    create_aliases_for_new_page(page)
    changes.append(_("created the profile page “%(title)s” as a draft") % {"title": name})
    return page, True


def _free_slug(parent, slug):
    slug = slug or "partner"
    taken = set(Page.objects.child_of(parent).values_list("slug", flat=True))
    candidate, number = slug, 2
    while candidate in taken:
        candidate, number = f"{slug}-{number}", number + 1
    return candidate


def _group(name, changes):
    group, created = Group.objects.get_or_create(name=group_name(name))
    if created:
        changes.append(_("created the group “%(group)s”") % {"group": group.name})
    return group


def _collection(name, changes):
    root = Collection.get_first_root_node()
    collection = root.get_children().filter(name=name).first()
    if collection is None:
        collection = root.add_child(name=name)
        changes.append(_("created the collection “%(name)s”") % {"name": name})
    return collection


def _grant(group, page, collection, changes):
    # The rights come from the table of roles; on the profile page they cover its subpages.
    for place, codename in grant_partner_role(group, page, collection):
        if place == "page":
            changes.append(
                _("granted “%(permission)s” on the profile and its subpages")
                % {"permission": codename}
            )
        elif place == "collection":
            changes.append(
                _("granted “%(permission)s” in the collection") % {"permission": codename}
            )


def _editor(invitee, group, organisation, changes):
    """Add the invitee to the group and invite them; returns their address if they were
    invited now."""
    User = get_user_model()
    email = User.objects.normalize_email(invitee.email.strip()).lower()
    user = User.objects.filter(email__iexact=email).first()
    if user is None:
        user = User(username=email[:150], email=email, is_active=True)
        user.set_unusable_password()  # they choose one through the invitation link
        user.save()
        changes.append(_("created the account %(email)s") % {"email": email})
    if invitee.name and not (user.first_name or user.last_name):
        # The mails (ours and Wagtail's) greet the editor by this name.
        user.first_name, user.last_name = split_name(invitee.name)
        user.save(update_fields=["first_name", "last_name"])
    if user.groups.filter(pk=group.pk).exists():
        return None
    user.groups.add(group)
    changes.append(_("added %(email)s to “%(group)s”") % {"email": email, "group": group})
    send_invitation(user, organisation)
    return email


def split_name(name):
    """First and last name of "Kim Muster" or "Dr. Kim Muster"; a single word is a first name,
    which is what Wagtail's mails greet by."""
    words = name.split()
    if len(words) < 2:
        return " ".join(words)[:150], ""
    return " ".join(words[:-1])[:150], words[-1][:150]


def send_invitation(user, organisation):
    """Mail a link with which the editor chooses a password and is logged in to the admin."""
    path = reverse(
        "partner_invitation",
        kwargs={
            "uidb64": urlsafe_base64_encode(force_bytes(user.pk)),
            "token": default_token_generator.make_token(user),
        },
    )
    context = {
        "name": user.get_full_name(),
        "organisation": organisation,
        "link": f"{settings.WAGTAILADMIN_BASE_URL}{path}",
        "admin_url": f"{settings.WAGTAILADMIN_BASE_URL}{reverse('wagtailadmin_home')}",
        "username": user.get_username(),
        "days": settings.PASSWORD_RESET_TIMEOUT // 86400,
    }
    send_templated_mail("partners/emails/invitation", context, [user.email])
