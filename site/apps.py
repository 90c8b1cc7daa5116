from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class KlimaallianzConfig(AppConfig):
    name = "klimaallianz"
    label = "klimaallianz"
    verbose_name = _("Klimaallianz site")
