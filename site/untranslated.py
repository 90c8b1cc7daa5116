"""Pages not translated yet. wagtail-localize puts an English alias of every new German page
into the English tree (synctree); the alias repeats the German text under an English address.
At that address readers get a short English notice that links the German page instead, and
search engines are asked not to index it."""

from django.template.response import TemplateResponse


def is_untranslated(page):
    """Whether `page` stands in for a page of another language that is not translated yet."""
    return page.alias_of_id is not None and page.alias_of.locale_id != page.locale_id


def untranslated_page_response(page, request):
    """The notice shown at the address of an untranslated page, or None for any other page."""
    if not is_untranslated(page):
        return None
    original = page.alias_of
    return TemplateResponse(
        request,
        "untranslated_page.html",
        {"page": page, "self": page, "original": original, "request": request},
    )
