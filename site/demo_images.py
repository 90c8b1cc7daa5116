"""The pictures of the demo site, drawn rather than shipped: a logo for each partner, a
placeholder picture for each project and a cover for each download."""

from io import BytesIO

from PIL import Image as PILImage
from PIL import ImageDraw

from django.core.files.images import ImageFile
from django.utils.text import slugify

from wagtail.images import get_image_model

from partners.badges import font

# The logo's text column, right of the initials, with a margin to the edge.
LOGO_TEXT_WIDTH = 216


def fitted_lines(draw, text, *, width, max_lines):
    """The largest font size (and the lines at it) at which `text`, wrapped between words,
    fits `width` pixels in at most `max_lines` lines: a long name is set smaller, never cut."""
    words = text.split()
    for size in (32, 28, 24, 21, 18, 16):
        lines, line = [], ""
        for word in words:
            candidate = f"{line} {word}".strip()
            if line and draw.textlength(candidate, font=font(size)) > width:
                lines.append(line)
                candidate = word
            line = candidate
        lines.append(line)
        fits = all(draw.textlength(line, font=font(size)) <= width for line in lines)
        if fits and len(lines) <= max_lines:
            return size, lines
    return size, lines


def logo_png(name, colour):
    """A simple generated logo as PNG: the organisation's initials on its colour."""
    initials = "".join(word[0] for word in name.split() if word[0].isalpha())[:3].upper()
    canvas = PILImage.new("RGB", (480, 240), "white")
    draw = ImageDraw.Draw(canvas)
    draw.rounded_rectangle((20, 20, 220, 220), radius=40, fill=colour)
    size = 96 if len(initials) < 3 else 72
    draw.text((120, 120), initials, font=font(size, bold=True), fill="white", anchor="mm")
    size, lines = fitted_lines(draw, name, width=LOGO_TEXT_WIDTH, max_lines=4)
    top = 120 - len(lines) * size * 0.65
    for number, line in enumerate(lines):
        draw.text((244, top + number * size * 1.3), line, font=font(size), fill="#1a1a1a")
    buffer = BytesIO()
    canvas.save(buffer, format="PNG")
    return buffer.getvalue()


def demo_logo(name, colour, collection):
    return get_image_model().objects.create(
        title=f"Logo {name}",
        description=f"Logo {name}",
        collection=collection,
        file=ImageFile(BytesIO(logo_png(name, colour)), name=f"logo-{slugify(name)}.png"),
    )


def demo_picture(title, colour, motif, collection):
    """A placeholder picture: the project's colour, soft bands of light and a simple motif."""
    canvas = PILImage.new("RGB", (1200, 800), colour)
    draw = ImageDraw.Draw(canvas)
    for band in range(6):
        draw.ellipse(
            (-300 + band * 160, 420 + band * 40, 1500 - band * 80, 1400),
            outline="white",
            width=3,
        )
    if motif == "sun":
        for dx, dy in ((1, 0), (0, 1), (0.7, 0.7), (-0.7, 0.7)):
            draw.line(
                (600 - 190 * dx, 330 - 190 * dy, 600 + 190 * dx, 330 + 190 * dy),
                fill="white",
                width=14,
            )
        draw.ellipse((505, 235, 695, 425), fill="white")
    elif motif == "wind":
        for dx, dy in ((0, -1), (0.87, 0.5), (-0.87, 0.5)):
            draw.line((600, 330, 600 + 150 * dx, 330 + 150 * dy), fill="white", width=26)
        draw.line((600, 330, 600, 600), fill="white", width=18)
    else:  # a leaf stands for every other motif
        draw.ellipse((470, 170, 730, 490), fill="white")
        draw.line((600, 190, 600, 560), fill=colour, width=14)
    buffer = BytesIO()
    canvas.save(buffer, format="JPEG", quality=82)
    return get_image_model().objects.create(
        title=title,
        description="",  # a placeholder without content: decorative, no alt text
        collection=collection,
        file=ImageFile(buffer, name=f"projekt-{slugify(title)[:60]}.jpg"),
    )


def demo_cover(title, colour, collection):
    """The cover of a download, drawn like a document's first page: the title on a band of
    the download's colour above grey lines that stand for text."""
    canvas = PILImage.new("RGB", (420, 594), "white")
    draw = ImageDraw.Draw(canvas)
    # Fitted to half the width and drawn twice as large: the list shows the cover small.
    size, lines = fitted_lines(draw, title, width=170, max_lines=4)
    band = 80 + len(lines) * size * 2.5
    draw.rectangle((0, 0, 420, band), fill=colour)
    for number, line in enumerate(lines):
        top = 40 + number * size * 2.5
        draw.text((40, top), line, font=font(size * 2, bold=True), fill="white")
    for number, top in enumerate(range(int(band) + 40, 540, 28)):
        right = 380 if number % 4 != 3 else 250  # the last line of a paragraph is shorter
        draw.rectangle((40, top, right, top + 12), fill="#d0d0d0")
    draw.rectangle((0, 570, 420, 594), fill=colour)
    buffer = BytesIO()
    canvas.save(buffer, format="PNG")
    return get_image_model().objects.create(
        title=f"Titelseite {title}",
        description="",  # the title beside it says what the cover shows
        collection=collection,
        file=ImageFile(buffer, name=f"titelseite-{slugify(title)[:60]}.png"),
    )


# What a page file's image table can ask for (`draw = "logo"`); its other keys are the
# drawing's arguments, and the page's German title is the name drawn.
DRAWINGS = {"logo": demo_logo, "picture": demo_picture, "cover": demo_cover}
