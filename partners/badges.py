"""The "Partner der Klimaallianz" badge that member organisations place on their websites,
as SVG and PNG from one layout."""

import textwrap
from io import BytesIO

import font_source_sans_pro
from PIL import Image, ImageDraw, ImageFont

from django.utils.translation import gettext as _

WIDTH, HEIGHT = 440, 150
GREEN, DARK, WHITE = "#1b5e20", "#123f16", "#ffffff"


def font(size, bold=False):
    """Source Sans Pro: Pillow's built-in font has no umlauts."""
    name = "SourceSansProBold" if bold else "SourceSansPro"
    return ImageFont.truetype(font_source_sans_pro.font_files_ttf[name], size)


def badge_lines(organisation):
    """The badge's text: a kicker, the alliance's name and the organisation (at most two
    lines of it, shortened with an ellipsis)."""
    name = textwrap.wrap(organisation, width=34, max_lines=2, placeholder=" …")
    return {
        "kicker": _("Partner of the"),
        "alliance": _("Klimaallianz Landkreis Cloppenburg"),
        "organisation": name,
        "label": _("Partner of the Klimaallianz Landkreis Cloppenburg: %(name)s")
        % {"name": organisation},
    }


def badge_png(organisation):
    lines = badge_lines(organisation)
    scale = 2  # drawn at twice the size for sharp text on high-density screens
    image = Image.new("RGB", (WIDTH * scale, HEIGHT * scale), WHITE)
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle(
        (2, 2, WIDTH * scale - 3, HEIGHT * scale - 3), radius=24, outline=GREEN, width=6
    )
    draw.rectangle((0, 0, 118 * scale, HEIGHT * scale), fill=GREEN)
    draw.rounded_rectangle((0, 0, 130 * scale, HEIGHT * scale), radius=24, fill=GREEN)
    _draw_mark(draw, centre=(59 * scale, 75 * scale), radius=38 * scale)
    small = font(16 * scale)
    bold = font(20 * scale, bold=True)
    draw.text((146 * scale, 22 * scale), lines["kicker"], font=small, fill=DARK)
    draw.text(
        (146 * scale, 42 * scale),
        lines["alliance"].replace(" Landkreis", "\nLandkreis"),
        font=bold,
        fill=GREEN,
        spacing=4 * scale,
    )
    for number, line in enumerate(lines["organisation"]):
        draw.text((146 * scale, (98 + number * 20) * scale), line, font=small, fill=DARK)
    buffer = BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def _draw_mark(draw, centre, radius):
    x, y = centre
    draw.ellipse((x - radius, y - radius, x + radius, y + radius), outline=WHITE, width=radius // 8)
    leaf = radius * 0.62
    for dx, dy in ((0, -1), (0.87, 0.5), (-0.87, 0.5)):
        tip = (x + dx * leaf, y + dy * leaf)
        draw.line((x, y, *tip), fill=WHITE, width=radius // 4)
        draw.ellipse(
            (tip[0] - radius / 7, tip[1] - radius / 7, tip[0] + radius / 7, tip[1] + radius / 7),
            fill=WHITE,
        )
    draw.ellipse((x - radius / 6, y - radius / 6, x + radius / 6, y + radius / 6), fill="#f9a825")
