"""The steering group's decision on a membership application, which onboards an accepted
organisation in one step."""

from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.text import Truncator
from django.utils.translation import gettext as _

from wagtail.models import Locale

from .applications import mail_context, send_to_applicant
from .models import MembershipApplication, PartnerPage
from .onboarding import Invitee, Onboarding, onboard_partner

SUMMARY_LENGTH = 300  # PartnerPage.summary

Status = MembershipApplication.Status


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
                editors=[Invitee(locked.email, locked.contact_name)],
                summary=Truncator(" ".join(locked.motivation.split())).chars(SUMMARY_LENGTH),
                website=locked.website,
                user=user,
            )
            locked.partner_page = onboarding.page
        locked.status = status
        locked.decision_comment = comment
        locked.decided_at = timezone.now()
        locked.decided_by = user
        locked.save()
        template = "application_accepted" if status == Status.ACCEPTED else "application_rejected"
        send_to_applicant(locked, template, mail_context(locked))
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
