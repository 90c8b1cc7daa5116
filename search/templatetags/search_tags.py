import re

from django import template
from django.utils.html import escape
from django.utils.safestring import mark_safe

register = template.Library()

# The end of a searched word that may differ in a found one (stemming finds "Projekt" for
# "Projekte", "Wärmepumpe" for "Wärmepumpen").
ENDING = 2


@register.filter
def highlight(text, query):
    """`text`, escaped, with the words that begin like a searched word in <mark>."""
    stems = {
        word[:-ENDING] if len(word) > ENDING + 3 else word
        for word in re.findall(r"\w+", query or "")
        if len(word) > 1
    }
    escaped = escape(text or "")
    if not stems:
        return mark_safe(escaped)  # noqa: S308 (escaped above)
    pattern = re.compile(
        r"(?<!\w)((?:"
        + "|".join(re.escape(escape(s)) for s in sorted(stems, key=len, reverse=True))
        + r")\w*)",
        re.IGNORECASE,
    )
    return mark_safe(pattern.sub(r"<mark>\1</mark>", escaped))  # noqa: S308 (escaped above)
