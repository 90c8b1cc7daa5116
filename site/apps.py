from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class KlimaallianzConfig(AppConfig):
    name = "klimaallianz"
    label = "klimaallianz"
    verbose_name = _("Klimaallianz site")

    def ready(self):
        from . import checks  # noqa: F401 - registers the system checks
        from .page_cache import connect

        connect()
