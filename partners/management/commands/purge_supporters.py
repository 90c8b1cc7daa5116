from django.conf import settings
from django.core.management.base import BaseCommand

from partners import supporters


class Command(BaseCommand):
    help = (
        "Delete supporter sign-ups that were not confirmed while their link worked "
        "(SUPPORTER_CONFIRMATION_DAYS), as the privacy notice says. Run it daily."
    )

    def handle(self, **options):
        deleted = supporters.purge()
        days = settings.SUPPORTER_CONFIRMATION_DAYS
        self.stdout.write(
            f"Deleted {deleted} unconfirmed supporter sign-ups older than {days} days."
        )
