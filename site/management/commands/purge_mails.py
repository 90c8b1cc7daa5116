from datetime import timedelta

from django.core.management.base import BaseCommand
from django.utils import timezone

from klimaallianz.models import OutgoingMail


class Command(BaseCommand):
    help = (
        "Delete the record of sent e-mails (recipient, subject, time) some time after sending "
        "(data minimisation; the privacy notice names the period). Failed mails stay until "
        "a moderator sends them again. Run it daily, e.g. from cron."
    )

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=30, help="days after sending")

    def handle(self, days, **options):
        cutoff = timezone.now() - timedelta(days=days)
        deleted, _ = OutgoingMail.objects.filter(
            status=OutgoingMail.Status.SENT, sent_at__lt=cutoff
        ).delete()
        self.stdout.write(f"Deleted {deleted} e-mails sent before {cutoff:%Y-%m-%d}.")
