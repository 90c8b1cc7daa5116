from datetime import timedelta

from django.core.management.base import BaseCommand
from django.utils import timezone

from partners.models import MembershipApplication


class Command(BaseCommand):
    help = (
        "Delete rejected membership applications some time after the decision (data "
        "minimisation; the privacy notice names the period). Run it daily, e.g. from cron."
    )

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=180, help="days after the rejection")

    def handle(self, days, **options):
        cutoff = timezone.now() - timedelta(days=days)
        deleted, _ = MembershipApplication.objects.filter(
            status=MembershipApplication.Status.REJECTED, decided_at__lt=cutoff
        ).delete()
        self.stdout.write(
            f"Deleted {deleted} rejected applications decided before {cutoff:%Y-%m-%d}."
        )
