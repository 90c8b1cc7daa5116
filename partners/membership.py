"""Membership applications: receiving them from the MembershipPage (rate limit, e-mails) and
the steering group's decision, which onboards an accepted organisation in one step."""

from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.text import Truncator
from django.utils.translation import gettext as _

from wagtail.models import Locale

from home.mail import send_templated_mail
from home.requests import RateLimit, client_address

from .models import MembershipApplication, PartnerPage
from .onboarding import Onboarding, onboard_partner

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


APPLICATIONS = RateLimit("membership-application", limit=RATE_LIMIT, window=RATE_WINDOW)


def rate_limited(request):
    return APPLICATIONS.exceeded(client_address(request))


def count_application(request):
    APPLICATIONS.count(client_address(request))


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
    moderators = (
        get_user_model()
        .objects.filter(is_active=True, groups__name=MODERATION_GROUP)
        .exclude(email="")
        .values_list("email", flat=True)
        .distinct()
    )
    send_templated_mail("partners/emails/application_notice", context, moderators)
    return application


# --- deciding ---------------------------------------------------------------------------------


class DecisionError(Exception):
    pass


@dataclass
class Decision:
    application: MembershipApplication
    onboarding: Onboarding | None


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
        send_to_applicant(locked, template, _context(locked))
    return Decision(application=locked, onboarding=onboarding)


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


def send_to_applicant(application, template, context):
    send_templated_mail(f"partners/emails/{template}", context, [application.email])
