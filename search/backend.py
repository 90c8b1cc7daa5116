"""Wagtail's PostgreSQL search backend, stemming each language as its readers write it.

The database backend stems with one text search configuration for everything. The site has
a German and an English tree, so each object is indexed with the configuration of its own
language (a page's locale, a document's language), and a search uses the configuration of
the language it is made in: "Photovoltaikanlagen" finds "Photovoltaikanlage" on /suche/,
"projects" finds "project" on /en/search/.
"""

import copy
from collections import defaultdict

from modelsearch.backends.database.postgres.postgres import (
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)

from django.conf import settings
from django.utils import translation

from wagtail.models import Locale

# PostgreSQL's text search configurations of the site's languages.
CONFIGS = {"de": "german", "en": "english"}


def config_of_language(code):
    return CONFIGS.get(code, CONFIGS[settings.LANGUAGE_CODE])


class BilingualIndex(PostgresIndex):
    def add_items(self, model, objs):
        languages = dict(Locale.objects.values_list("pk", "language_code"))
        groups = defaultdict(list)
        for obj in objs:
            if getattr(obj, "locale_id", None) is not None:
                code = languages.get(obj.locale_id)
            else:
                code = getattr(obj, "language", None)
            groups[config_of_language(code)].append(obj)
        for config, group in groups.items():
            # Wagtail's indexer reads the configuration from the backend it is given.
            backend = copy.copy(self.backend)
            backend.config = config
            PostgresIndex(backend).add_items(model, group)


class BilingualQueryCompiler(PostgresSearchQueryCompiler):
    def get_config(self, backend):
        return config_of_language(translation.get_language())


class BilingualSearchBackend(PostgresSearchBackend):
    index_class = BilingualIndex
    query_compiler_class = BilingualQueryCompiler


SearchBackend = BilingualSearchBackend
