"""Build the demo site in German and English from the data files in `klimaallianz/demo/`.

Idempotent: everything is created only where it is missing, so a second run changes nothing
and says so. The builder is `klimaallianz.demo_builder`.
"""

from django.core.management.base import BaseCommand, CommandError

from klimaallianz.demo_builder import DemoDataError, build_demo


class Command(BaseCommand):
    help = "Builds the demo content in German and English. Safe to run again."

    def handle(self, *args, **options):
        try:
            result = build_demo()
        except DemoDataError as error:
            raise CommandError(f"Demo data: {error}") from error
        if result.changes:
            for change in result.changes:
                self.stdout.write(f"  {change}")
            self.stdout.write(self.style.SUCCESS(f"Demo content: {len(result.changes)} changes."))
        else:
            self.stdout.write("Demo content is complete already; nothing was changed.")
        for login in result.logins:
            self.stdout.write(self.style.WARNING(login))
