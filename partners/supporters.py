"""Supporters as the SupporterPage receives them: the double opt-in (a sign-up counts only once
its person has followed the signed link in the confirmation e-mail), withdrawing, and deleting
sign-ups nobody confirmed.

The answer to a sign-up never tells whether the address is known: a new address, one waiting
for confirmation and a confirmed supporter's all get the same page and one e-mail to that
address, which only its owner reads."""

import secrets
from datetime import timedelta
from urllib.parse import urlencode

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core import signing
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from wagtail.models import ModelLogEntry

from home.mail import send_templated_mail
from home.public_address import absolute_url
from home.requests import RateLimit
from klimaallianz.models import OutgoingMail

from .models.supporters import Supporter
from .models.terms import Municipality

# Sign-ups per visitor address and hour: enough for a family or an information stand
# sharing one connection, too few for a flood.
RATE_LIMIT = RateLimit("supporter-sign-up", limit=10, window=60 * 60)
RATE_LIMIT_MESSAGE = _(
    "Many sign-ups have already been sent from your internet connection in the last hour. "
    "Please try again in an hour; what you typed is kept below."
)
# E-mails to one address per day, so that nobody can flood someone else's inbox with sign-ups.
MAILS_PER_ADDRESS = RateLimit("supporter-mail", limit=3, window=24 * 60 * 60)

CONFIRM = "confirm"
WITHDRAW = "withdraw"
LINK_PARAMETER = "code"  # the signed key in the address of a link
_SALTS = {CONFIRM: "partners.supporters.confirm", WITHDRAW: "partners.supporters.withdraw"}


class LinkError(Exception):
    """A link from an e-mail that can not be used: `reason` is INVALID (damaged or made up),
    EXPIRED (a confirmation link past its time) or GONE (nothing is stored under it any more:
    withdrawn, replaced by a newer sign-up, or deleted after expiring)."""

    INVALID, EXPIRED, GONE = "invalid", "expired", "gone"

    def __init__(self, reason):
        super().__init__(reason)
        self.reason = reason


def confirmation_period():
    return timedelta(days=settings.SUPPORTER_CONFIRMATION_DAYS)


def receive(form, *, page):
    """Store a valid sign-up from the SupporterPage and send its e-mail.

    A new address is stored unconfirmed. A sign-up for an address waiting for confirmation
    replaces the details waiting there, and its new link replaces the old one. A confirmed
    supporter's details stay as they are; the e-mail tells them they are already counted.
    Beyond MAILS_PER_ADDRESS, nothing is stored or sent, and the answer is still the same."""
    email = form.cleaned_data["email"]
    if not MAILS_PER_ADDRESS.count(email.casefold()):
        return None
    with transaction.atomic():
        known = Supporter.objects.select_for_update().filter(email__iexact=email).first()
        if known and known.is_confirmed:
            send_mail(known, "supporter_known", page=page)
            return known
        supporter = form.save(commit=False)
        supporter.key = secrets.token_urlsafe(32)
        supporter.signed_up_at = timezone.now()
        supporter.source_page = page
        if known:
            supporter.pk = known.pk
        try:
            with transaction.atomic():
                supporter.save(force_update=bool(known))
        except IntegrityError:
            # The same address arrived twice at the same moment: the first one is stored.
            return None
        supporter.confirmation_mail = send_mail(supporter, "supporter_confirm", page=page)
        supporter.save(update_fields=["confirmation_mail"])
    return supporter


def confirm(token):
    """Confirm the sign-up of a link from the confirmation e-mail. Confirming twice changes
    nothing. Raises LinkError for a damaged or expired link or a sign-up no longer stored."""
    supporter = from_link(CONFIRM, token)
    if supporter.is_confirmed:
        return supporter
    now = timezone.now()
    mail = supporter.confirmation_mail
    # The link came by e-mail, so the mail was sent; it is delivered by the queue, which
    # records when the mail server took it.
    supporter.confirmation_sent_at = (mail.sent_at if mail else None) or supporter.signed_up_at
    supporter.confirmed_at = now
    supporter.save(update_fields=["confirmation_sent_at", "confirmed_at"])
    return supporter


def withdraw(token):
    """Delete everything stored about the supporter of a withdrawal link. Returns whether
    there was anything to delete."""
    try:
        supporter = from_link(WITHDRAW, token)
    except LinkError as error:
        if error.reason == LinkError.GONE:
            return False
        raise
    with transaction.atomic():
        # The record of sent e-mails holds the address too, and a queued or failed mail to it
        # must not go out afterwards.
        OutgoingMail.objects.filter(recipients__iexact=supporter.email).delete()
        supporter.delete()
    return True


def anonymise_history(sender, instance, **kwargs):
    """post_delete of a Supporter: the admin's history of the record (who changed or deleted
    it, and when) stays, without the name it was logged under."""
    ModelLogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(Supporter), object_id=str(instance.pk)
    ).update(label=gettext("deleted supporter"))


def purge():
    """Delete the sign-ups whose confirmation link has expired. Returns how many."""
    deleted, _by_model = Supporter.objects.expired(confirmation_period()).delete()
    return deleted


# --- links -------------------------------------------------------------------------------------


def make_token(supporter, purpose):
    return signing.TimestampSigner(salt=_SALTS[purpose]).sign(supporter.key)


def from_link(purpose, token):
    """The supporter of a link's token; LinkError when the token is damaged, the link has
    expired (confirmation only) or nothing is stored under it any more."""
    signer = signing.TimestampSigner(salt=_SALTS[purpose])
    max_age = confirmation_period() if purpose == CONFIRM else None
    try:
        key = signer.unsign(token, max_age=max_age)
    except signing.SignatureExpired as error:
        raise LinkError(LinkError.EXPIRED) from error
    except signing.BadSignature as error:
        raise LinkError(LinkError.INVALID) from error
    supporter = Supporter.objects.filter(key=key).select_related("confirmation_mail").first()
    if supporter is None:
        raise LinkError(LinkError.GONE)
    return supporter


def link(page, supporter, purpose):
    """The full address of the confirmation or withdrawal link, in the page's language. The
    token goes in the query string: Wagtail's page addresses take no colons."""
    query = urlencode({LINK_PARAMETER: make_token(supporter, purpose)})
    return absolute_url(f"{page.url}{page.reverse_subpage(purpose)}?{query}")


# --- e-mails -----------------------------------------------------------------------------------


def send_mail(supporter, template, *, page):
    """Send `template` to the supporter in the language of the page they used just now, with
    its links; returns the queued OutgoingMail."""
    context = {
        "supporter": supporter,
        "municipality": municipality_in(supporter, page.locale),
        "confirm_url": link(page, supporter, CONFIRM),
        "withdraw_url": link(page, supporter, WITHDRAW),
        "expires_at": timezone.localtime(supporter.signed_up_at + confirmation_period()),
    }
    (message,) = send_templated_mail(
        f"partners/emails/{template}",
        context,
        [supporter.email],
        language=page.locale.language_code,
    )
    return getattr(message, "outgoing_mail", None)


def municipality_name(supporter, names):
    """The name of the supporter's municipality from `names` ({slug: name in the reader's
    language}); "" when they gave none."""
    return names.get(supporter.municipality.slug, "") if supporter.municipality_id else ""


def municipality_in(supporter, locale):
    """The name of one supporter's municipality in the language of `locale`."""
    if not supporter.municipality_id:
        return ""
    return municipality_name(supporter, dict(Municipality.objects.choices(locale)))
