import re

from django import template
from django.utils.html import escape
from django.utils.safestring import mark_safe

register = template.Library()

# The end of a searched word that may differ in a found one (stemming finds "Projekt" for
# "Projekte", "Wärmepumpe" for "Wärmepumpen").
ENDING = 2


def words_pattern(query):
    """A pattern of the words in `text` that begin like a searched word; None without any."""
    stems = {
        word[:-ENDING] if len(word) > ENDING + 3 else word
        for word in re.findall(r"\w+", query or "")
        if len(word) > 1
    }
    if not stems:
        return None
    choices = "|".join(re.escape(stem) for stem in sorted(stems, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{choices})\w*", re.IGNORECASE)


@register.filter
def highlight(text, query):
    """`text`, escaped, with the words that begin like a searched word in <mark>. The words
    are found in the text as it is and each piece is escaped on its own, so that nothing is
    marked inside an escaped character."""
    text = str(text or "")
    pattern = words_pattern(query)
    if pattern is None:
        return escape(text)
    pieces, position = [], 0
    for match in pattern.finditer(text):
        pieces.append(escape(text[position : match.start()]))
        pieces.append(f"<mark>{escape(match.group())}</mark>")
        position = match.end()
    pieces.append(escape(text[position:]))
    return mark_safe("".join(pieces))  # noqa: S308 (every piece is escaped)
