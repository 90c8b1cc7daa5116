"""schema.org data of a project page, for search engines and other readers of the page."""

import json

from django.core.serializers.json import DjangoJSONEncoder
from django.utils.safestring import mark_safe

from home.public_address import absolute_url

# What Django's json_script escapes, so that no value can close the <script> element.
SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def as_script_content(data):
    """JSON for the inside of <script type="application/ld+json"> (json_script can only make
    type="application/json")."""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False)
    return mark_safe(text.translate(SCRIPT_ESCAPES))  # noqa: S308 - escaped for <script> above


def project_json_ld(page, request, *, partners, image=None, municipality=None):
    """A schema.org Project. Its dates go in startDate and endDate, as the alliance's
    project data have them (schema.org defines them for events and roles, not for Project)."""
    data = {
        "@context": "https://schema.org",
        "@type": "Project",
        "name": page.title,
        "description": page.summary,
        "url": page.get_full_url(request),
        "inLanguage": page.locale.language_code,
    }
    if image is not None:
        data["image"] = absolute_url(image.url)
    if page.start_date:
        data["startDate"] = page.start_date.isoformat()
    if page.end_date:
        data["endDate"] = page.end_date.isoformat()
    place = {"@type": "Place"}
    if page.address or municipality:
        place["address"] = {
            "@type": "PostalAddress",
            **({"streetAddress": page.address} if page.address else {}),
            **({"addressLocality": municipality.name} if municipality else {}),
            "addressRegion": "Landkreis Cloppenburg",
            "addressCountry": "DE",
        }
    if page.latitude is not None and page.longitude is not None:
        place["geo"] = {
            "@type": "GeoCoordinates",
            "latitude": float(page.latitude),
            "longitude": float(page.longitude),
        }
    if len(place) > 1:
        data["location"] = place
    if partners:
        data["sponsor"] = [
            {
                "@type": "Organization",
                "name": partner["page"].title,
                "url": partner["page"].get_full_url(request),
            }
            for partner in partners
        ]
    if page.funding_programme:
        data["funding"] = {"@type": "Grant", "name": page.funding_programme}
    return as_script_content(data)
