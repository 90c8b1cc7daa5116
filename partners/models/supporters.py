"""Citizens who support the alliance, from the SupporterPage (supporter_page.py) with a double
opt-in by e-mail (partners.supporters)."""

from django.db import models
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _

from home.models import ConsentRecord

from ..querysets import SupporterQuerySet
from .terms import Municipality


class Supporter(ConsentRecord):
    """A sign-up, unconfirmed until its person follows the link in the confirmation e-mail.
    Everything about the person is deleted when they withdraw, and an unconfirmed sign-up
    when its link has expired (`purge_supporters`). Holds no IP address: the form's rate
    limits live in the cache under keyed hashes."""

    name = models.CharField(_("name"), max_length=120)
    email = models.EmailField(_("e-mail address"))
    municipality = models.ForeignKey(
        Municipality,
        verbose_name=_("town or municipality"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    listed = models.BooleanField(_("shown in the public list"), default=False)
    wants_news = models.BooleanField(_("wants the alliance's news"), default=False)
    news_consent_text = models.TextField(
        _("wording of the consent to news"),
        blank=True,
        help_text=_("The checkbox label as the person saw it, if they ticked it."),
    )
    language = models.CharField(
        _("language"), max_length=8, help_text=_("E-mails are written in this language.")
    )
    # The secret in the links of the e-mails. A new sign-up before confirming replaces it, so
    # that an older link can not confirm details that have since changed.
    key = models.CharField(max_length=64, unique=True, editable=False)

    signed_up_at = models.DateTimeField(_("signed up"), db_index=True)
    confirmation_mail = models.ForeignKey(
        "klimaallianz.OutgoingMail",
        verbose_name=_("confirmation e-mail"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    confirmation_sent_at = models.DateTimeField(
        _("confirmation e-mail sent"), null=True, blank=True
    )
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True, db_index=True)

    objects = SupporterQuerySet.as_manager()

    class Meta:
        verbose_name = _("supporter")
        verbose_name_plural = _("supporters")
        ordering = ["-signed_up_at", "-pk"]
        constraints = [
            # One row per address, however it is capitalised: a second sign-up finds the first.
            models.UniqueConstraint(Lower("email"), name="unique_supporter_email"),
        ]

    def __str__(self):
        return self.name

    @property
    def is_confirmed(self):
        return self.confirmed_at is not None

    @property
    def public_name(self):
        """First name and the initial of the last name: "Maria Hoffmann" is "Maria H."."""
        words = self.name.split()
        if len(words) < 2:
            return self.name
        return f"{words[0]} {words[-1][0]}."
