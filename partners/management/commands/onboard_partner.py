from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.core.validators import validate_email

from wagtail.models import Locale

from partners.models import Municipality, PartnerCategory
from partners.onboarding import OnboardingError, onboard_partner


class Command(BaseCommand):
    help = (
        "Onboard a member organisation: its profile page (draft), its editors' group with "
        "rights on that page only, its collection, and invitations for its editors. "
        "Running it again changes only what is missing."
    )

    def add_arguments(self, parser):
        parser.add_argument("name", help='the organisation\'s name, e.g. "Stadtwerke Garrel"')
        parser.add_argument("--category", required=True, help="slug of a partner category")
        parser.add_argument("--municipality", required=True, help="slug of a municipality")
        parser.add_argument(
            "--editor",
            action="append",
            default=[],
            metavar="EMAIL",
            help="e-mail address of an editor (repeat for several)",
        )
        parser.add_argument("--summary", default="", help="a short description")

    def handle(self, name, category, municipality, editor, summary, **options):
        for email in editor:
            try:
                validate_email(email)
            except ValidationError as error:
                raise CommandError(f"--editor {email!r}: not an e-mail address") from error
        try:
            result = onboard_partner(
                name,
                category=self.term(PartnerCategory, category, "--category"),
                municipality=self.term(Municipality, municipality, "--municipality"),
                editors=editor,
                summary=summary,
            )
        except OnboardingError as error:
            raise CommandError(str(error)) from error
        for change in result.changes:
            self.stdout.write(f"  {change}")
        if result.changes:
            self.stdout.write(self.style.SUCCESS(f"{name}: {len(result.changes)} changes."))
        else:
            self.stdout.write(f"{name} is onboarded already; nothing was changed.")

    def term(self, model, slug, option):
        term = model.objects.filter(slug=slug, locale=Locale.get_default()).first()
        if term is None:
            known = ", ".join(
                model.objects.filter(locale=Locale.get_default()).values_list("slug", flat=True)
            )
            raise CommandError(f"{option} {slug!r} is unknown. Known: {known}")
        return term
