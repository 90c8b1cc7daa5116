"""Membership applications: receiving them from the MembershipPage (rate limit, e-mails) and
the steering group's decision, which onboards an accepted organisation in one step."""

import logging
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.core.mail import send_mail, send_mass_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.crypto import salted_hmac
from django.utils.formats import date_format
from django.utils.text import Truncator
from django.utils.translation import gettext as _

from wagtail.models import Locale

from .models import MembershipApplication, PartnerPage
from .onboarding import Onboarding, onboard_partner

logger = logging.getLogger(__name__)

MODERATION_GROUP = "Moderation"
# At most RATE_LIMIT applications per address and RATE_WINDOW seconds.
RATE_LIMIT = 5
RATE_WINDOW = 60 * 60
SUMMARY_LENGTH = 300  # PartnerPage.summary
DUPLICATE_WINDOW = timedelta(minutes=10)
# The listing in the admin (partners.viewsets.MembershipApplicationViewSet).
URL_NAMESPACE = "membership_applications"

Status = MembershipApplication.Status


# --- rate limit -------------------------------------------------------------------------------


def client_address(request):
    """The visitor's address. Behind our own proxy (BEHIND_PROXY) it is the last entry of
    X-Forwarded-For, the one that proxy appended; earlier entries come from the visitor and
    could be forged."""
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if settings.BEHIND_PROXY and forwarded:
        return forwarded.rsplit(",", 1)[-1].strip()
    return request.META.get("REMOTE_ADDR", "")


def _rate_key(request):
    # The address itself is stored nowhere: the cache key is an HMAC-SHA256 keyed with
    # SECRET_KEY, so it can not be reversed by hashing all 2^32 IPv4 addresses.
    address = client_address(request)
    digest = salted_hmac("partners.membership.rate_limit", address, algorithm="sha256")
    return f"membership-application:{digest.hexdigest()}"


def rate_limited(request):
    return cache.get(_rate_key(request), 0) >= RATE_LIMIT


def count_application(request):
    key = _rate_key(request)
    # A fixed window that starts with the first application; incr keeps the expiry.
    if not cache.add(key, 1, RATE_WINDOW):
        try:
            cache.incr(key)
        except ValueError:  # expired between add and incr
            cache.set(key, 1, RATE_WINDOW)


def rate_limit_message():
    return _(
        "Several applications have already been sent from your internet connection in the "
        "last hour. Please try again in an hour; what you typed is kept below."
    )


# --- receiving --------------------------------------------------------------------------------


def receive(form, *, page, request):
    """Store a valid application from the MembershipPage, count it for the rate limit and send
    the receipt to the applicant and the notice to the steering group."""
    # A double click sends the form twice: the second copy is the first one.
    duplicate = MembershipApplication.objects.filter(
        organisation=form.cleaned_data["organisation"],
        email__iexact=form.cleaned_data["email"],
        motivation=form.cleaned_data["motivation"],
        created_at__gte=timezone.now() - DUPLICATE_WINDOW,
    ).first()
    if duplicate:
        return duplicate
    application = form.save(commit=False)
    application.source_page = page
    application.save()
    count_application(request)
    context = _context(application)
    send_to_applicant(application, "application_received", context)
    moderators = list(
        get_user_model()
        .objects.filter(is_active=True, groups__name=MODERATION_GROUP)
        .exclude(email="")
        .values_list("email", flat=True)
        .distinct()
    )
    if moderators:
        subject, body = _render("application_notice", context)
        # One message per moderator: nobody sees the others' addresses.
        _deliver(send_mass_mail, [(subject, body, None, [email]) for email in moderators])
    return application


# --- deciding ---------------------------------------------------------------------------------


class DecisionError(Exception):
    pass


@dataclass
class Decision:
    application: MembershipApplication
    onboarding: Onboarding | None
    mailed: bool


def decide(application, *, status, comment="", user=None):
    """Accept (onboard the organisation) or reject an application, once, and tell the
    applicant. Raises DecisionError, or OnboardingError when the site is not ready for it."""
    comment = comment.strip()
    if status not in (Status.ACCEPTED, Status.REJECTED):
        raise DecisionError(_("Choose whether to accept or reject the application."))
    if status == Status.REJECTED and not comment:
        raise DecisionError(_("Please give a reason: the applicant receives your comment."))
    with transaction.atomic():
        # Locked, so that two moderators deciding at the same moment can not both succeed.
        locked = (
            MembershipApplication.objects.select_for_update()
            .select_related("category", "municipality")
            .get(pk=application.pk)
        )
        if locked.is_decided:
            raise DecisionError(already_decided_message(locked))
        onboarding = None
        if status == Status.ACCEPTED:
            _refuse_existing_partner(locked)
            onboarding = onboard_partner(
                locked.organisation,
                category=locked.category,
                municipality=locked.municipality,
                editors=[locked.email],
                summary=Truncator(" ".join(locked.motivation.split())).chars(SUMMARY_LENGTH),
                user=user,
            )
            locked.partner_page = onboarding.page
        locked.status = status
        locked.decision_comment = comment
        locked.decided_at = timezone.now()
        locked.decided_by = user
        locked.save()
    template = "application_accepted" if status == Status.ACCEPTED else "application_rejected"
    mailed = send_to_applicant(locked, template, _context(locked))
    return Decision(application=locked, onboarding=onboarding, mailed=mailed)


def _refuse_existing_partner(application):
    # onboard_partner finds an organisation by its name and only adds what is missing: for an
    # existing partner, accepting would make whoever applied under that name its editor.
    if PartnerPage.objects.filter(
        locale=Locale.get_default(), title=application.organisation
    ).exists():
        raise DecisionError(
            _(
                "“%(organisation)s” is already a partner. Accepting would make the applicant an "
                "editor of that profile. Check with the organisation, then add editors with "
                "“Onboard a partner”, or reject the application."
            )
            % {"organisation": application.organisation}
        )


def already_decided_message(application):
    return _(
        "This application was already %(status)s on %(date)s. A decision can not be changed; "
        "write to the applicant directly if something needs correcting."
    ) % {
        "status": application.get_status_display(),
        "date": date_format(timezone.localtime(application.decided_at), "SHORT_DATE_FORMAT"),
    }


# --- e-mails ----------------------------------------------------------------------------------


def _context(application):
    base = settings.WAGTAILADMIN_BASE_URL
    return {
        "application": application,
        "listing_url": f"{base}{reverse(f'{URL_NAMESPACE}:index')}",
        "application_url": f"{base}{reverse(f'{URL_NAMESPACE}:edit', args=[application.pk])}",
    }


def _render(template, context):
    # Plain text in German, the site's language, whatever language the form was sent in.
    with translation.override(settings.LANGUAGE_CODE):
        subject = render_to_string(f"partners/emails/{template}_subject.txt", context)
        body = render_to_string(f"partners/emails/{template}.txt", context)
    return " ".join(subject.split()), body


def send_to_applicant(application, template, context):
    subject, body = _render(template, context)
    return _deliver(send_mail, subject, body, None, [application.email])


def _deliver(send, *args):
    # The application or decision is saved either way; a mail server that is down must not
    # turn it into an error page. Moderators see a warning instead (partners.viewsets).
    try:
        send(*args)
    except OSError:  # smtplib.SMTPException is an OSError
        logger.exception("Could not send a membership e-mail")
        return False
    return True
