"""The applications organisations send from the MembershipPage (membership_page.py); the
steering group decides on each in the admin (partners.viewsets, partners.decisions)."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from home.models import ConsentRecord

from .terms import Municipality, PartnerCategory


class MembershipApplication(ConsentRecord):
    """An organisation's application. Holds no IP address (data minimisation): the form's rate
    limit lives in the cache under a keyed hash of the address (home.requests.RateLimit)."""

    class Status(models.TextChoices):
        NEW = "neu", _("new")
        ACCEPTED = "angenommen", _("accepted")
        REJECTED = "abgelehnt", _("rejected")

    organisation = models.CharField(_("organisation"), max_length=200)
    category = models.ForeignKey(
        PartnerCategory, verbose_name=_("category"), on_delete=models.PROTECT, related_name="+"
    )
    municipality = models.ForeignKey(
        Municipality, verbose_name=_("municipality"), on_delete=models.PROTECT, related_name="+"
    )
    contact_name = models.CharField(_("contact person"), max_length=120)
    email = models.EmailField(_("e-mail address"))
    website = models.URLField(_("website"), blank=True)
    motivation = models.TextField(
        _("what the organisation wants to do for the climate"), max_length=2000
    )

    created_at = models.DateTimeField(_("received"), auto_now_add=True, db_index=True)

    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.NEW, db_index=True
    )
    decision_comment = models.TextField(
        _("comment"),
        blank=True,
        help_text=_(
            "Required when rejecting. The applicant receives it in the e-mail about the decision."
        ),
    )
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("decided by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    partner_page = models.ForeignKey(
        # By name: partners.forms imports this module, and the page modules may import the
        # forms, so this one imports no page module.
        "partners.PartnerPage",
        verbose_name=_("partner profile"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("membership application")
        verbose_name_plural = _("membership applications")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return self.organisation

    @property
    def is_decided(self):
        return self.status != self.Status.NEW
