"""Forms of the Wagtail admin that the site adjusts (WAGTAILADMIN_USER_*_FORM settings)."""

import logging

from wagtail.admin.forms.auth import PasswordResetForm as WagtailPasswordResetForm

from home.requests import RateLimit, client_address

logger = logging.getLogger(__name__)

# Reset mails per e-mail address, and requests per visitor's address, within an hour.
RESET_MAILS = RateLimit("password-reset-account", limit=3, window=60 * 60)
RESET_REQUESTS = RateLimit("password-reset-address", limit=10, window=60 * 60)


class PasswordResetForm(WagtailPasswordResetForm):
    """Wagtail's "Forgotten password?" form, sending a limited number of mails. Over the limit
    the visitor sees the same page as always and nothing is sent, so the form tells nobody
    which addresses have an account, and it can not be used to flood someone's inbox."""

    def save(self, *args, request=None, **kwargs):
        email = self.cleaned_data["email"].strip().lower()
        # Both are counted on every request, so that neither limit can be reset by the other.
        account_ok = RESET_MAILS.count(email)
        address_ok = RESET_REQUESTS.count(client_address(request))
        if account_ok and address_ok:
            super().save(*args, request=request, **kwargs)
        else:
            logger.warning("Password reset refused: too many requests for the account or address")
