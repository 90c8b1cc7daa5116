"""Wagtail's PostgreSQL search backend, stemming each language as its readers write it.

The database backend stems with one text search configuration for everything. The site has
a German and an English tree, so each page is indexed with the configuration of its locale,
and a search of pages uses the configuration of the language it is made in:
"Photovoltaikanlagen" finds "Photovoltaikanlage" on /suche/, "projects" finds "project" on
/en/search/. Everything else (documents, images, snippets, searched in the admin) keeps the
site's own language, German, on both sides.
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

from wagtail.models import Locale, Page

from klimaallianz import page_cache

# PostgreSQL's text search configurations of the site's languages.
CONFIGS = {"de": "german", "en": "english"}


def config_of_language(code):
    return CONFIGS.get(code, CONFIGS[settings.LANGUAGE_CODE])


class BilingualIndex(PostgresIndex):
    """Also tells the page cache when the index changes: the task worker indexes a page after
    it is published, and searches kept until then would not find it (search.results)."""

    # The rankings of searches are kept until this backend writes the index.
    tells_page_cache = True

    def add_items(self, model, objs):
        languages = dict(Locale.objects.values_list("pk", "language_code"))
        groups = defaultdict(list)
        for obj in objs:
            code = languages.get(obj.locale_id) if isinstance(obj, Page) else None
            groups[config_of_language(code)].append(obj)
        for config, group in groups.items():
            # Wagtail's indexer reads the configuration from the backend it is given.
            backend = copy.copy(self.backend)
            backend.config = config
            PostgresIndex(backend).add_items(model, group)
        page_cache.invalidate()

    def delete_item(self, item):
        super().delete_item(item)
        page_cache.invalidate()


class BilingualQueryCompiler(PostgresSearchQueryCompiler):
    def get_config(self, backend):
        if issubclass(self.queryset.model, Page):
            return config_of_language(translation.get_language())
        return config_of_language(None)


class BilingualSearchBackend(PostgresSearchBackend):
    index_class = BilingualIndex
    query_compiler_class = BilingualQueryCompiler


SearchBackend = BilingualSearchBackend
