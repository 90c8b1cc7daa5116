from django.core.management.base import BaseCommand
from django.db import connection


class Command(BaseCommand):
    help = (
        "Create the PostgreSQL database that DATABASE_URL names if it does not exist yet "
        "(SQLite creates its file by itself). For `make bench`, which uses a database of its own."
    )

    def handle(self, **options):
        if connection.vendor != "postgresql":
            return
        name = connection.settings_dict["NAME"]
        # Connected to the server's maintenance database, as Django's test runner does.
        with connection._nodb_cursor() as cursor:
            cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name])
            if cursor.fetchone() is None:
                cursor.execute(f'CREATE DATABASE "{name}"')
                self.stdout.write(f"Created the database {name}.")
