from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Home and content pages")

    def ready(self):
        from .public_address import sync_default_site_after_migrate

        # After every `migrate`, so that each deployment applies BASE_URL to the site record.
        post_migrate.connect(sync_default_site_after_migrate, sender=self)
