"""The first terms of the site's vocabularies, created by data migrations (partner categories
and municipalities, fields of action, download categories): each term in German and English
under one translation key, with the slug that filter addresses use in both languages."""

import uuid


def create_terms(apps, app_label, model_name, terms):
    """Create `terms` ([(slug, German name, English name)]) of a Term model, as far as they
    do not exist yet."""
    Locale = apps.get_model("wagtailcore.Locale")
    model = apps.get_model(app_label, model_name)
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    for slug, german, english in terms:
        key = uuid.uuid4()
        for code, name in (("de", german), ("en", english)):
            if code in locales:
                model.objects.get_or_create(
                    slug=slug,
                    locale=locales[code],
                    defaults={"name": name, "translation_key": key},
                )


def remove_terms(apps, app_label, model_name, terms):
    """Delete these terms again; where pages still use one, PROTECT stops it, as it should."""
    apps.get_model(app_label, model_name).objects.filter(
        slug__in=[slug for slug, *_names in terms]
    ).delete()
