"""Membership applications as the MembershipPage receives them: the rate limit per address,
storing each application once, and the e-mails about an application. The steering group's
decision is in partners.decisions, which onboards an accepted organisation and so depends on
far more than the public page should load."""

from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from home import roles
from home.mail import send_templated_mail, send_templated_mail_to_users
from home.requests import RateLimit

# The module, not the package: the membership page's module imports this one while the
# package partners.models is still being loaded.
from .models.membership import MembershipApplication

DUPLICATE_WINDOW = timedelta(minutes=10)
# The listing in the admin (partners.viewsets.MembershipApplicationViewSet).
URL_NAMESPACE = "membership_applications"

# At most 5 applications per address and hour.
RATE_LIMIT = RateLimit("membership-application", limit=5, window=60 * 60)
RATE_LIMIT_MESSAGE = _(
    "Several applications have already been sent from your internet connection in the "
    "last hour. Please try again in an hour; what you typed is kept below."
)


def receive(form, *, page):
    """Store a valid application from the MembershipPage and send the receipt to the applicant
    and the notice to the steering group. Returns the new application, or False when the form
    repeats one received a moment ago, which is neither stored nor announced again."""
    # A double click sends the form twice: the second copy is the first one.
    if MembershipApplication.objects.filter(
        organisation=form.cleaned_data["organisation"],
        email__iexact=form.cleaned_data["email"],
        motivation=form.cleaned_data["motivation"],
        created_at__gte=timezone.now() - DUPLICATE_WINDOW,
    ).exists():
        return False
    application = form.save(commit=False)
    application.source_page = page
    application.save()
    context = mail_context(application)
    send_to_applicant(application, "application_received", context)
    moderators = (
        get_user_model()
        .objects.filter(is_active=True, groups__name=roles.MODERATION)
        .exclude(email="")
        .distinct()
    )
    send_templated_mail_to_users("partners/emails/application_notice", context, moderators)
    return application


# --- e-mails ----------------------------------------------------------------------------------


def mail_context(application):
    base = settings.WAGTAILADMIN_BASE_URL
    return {
        "application": application,
        "listing_url": f"{base}{reverse(f'{URL_NAMESPACE}:index')}",
        "application_url": f"{base}{reverse(f'{URL_NAMESPACE}:edit', args=[application.pk])}",
    }


def send_to_applicant(application, template, context):
    send_templated_mail(f"partners/emails/{template}", context, [application.email])
