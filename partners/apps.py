from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PartnersConfig(AppConfig):
    name = "partners"
    verbose_name = _("Partners")

    def ready(self):
        # The isolation package imports models and Wagtail's admin views, which can only be
        # loaded once the app registry is ready, that is here. Importing it also registers its
        # hooks (before Wagtail's own, as the partners app comes first).
        from django.db.models.signals import post_delete

        from .isolation.admin_views import narrow_filter_forms
        from .models import Supporter
        from .supporters import anonymise_history

        narrow_filter_forms()
        post_delete.connect(anonymise_history, sender=Supporter)
