"""The shared body StreamBlock: every page type with a body uses BodyBlock and adds to it here."""

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.blocks import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds import embeds
from wagtail.embeds.blocks import EmbedBlock
from wagtail.embeds.exceptions import EmbedException
from wagtail.images import get_image_model
from wagtail.images.blocks import ImageBlock

RICH_TEXT_FEATURES = ["bold", "italic", "ol", "ul", "link", "document-link"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=120)
    level = blocks.ChoiceBlock(
        choices=[("h2", _("Section heading (H2)")), ("h3", _("Subheading (H3)"))],
        default="h2",
        label=_("Level"),
        help_text=_("The page title is the only H1. Do not skip levels."),
    )

    class Meta:
        icon = "title"
        template = "home/blocks/heading_block.html"
        label = _("Heading")
        description = _("A heading that structures the text; screen readers navigate by it.")
        preview_value = {"text": _("Climate protection in the district"), "level": "h2"}


class AltTextImageBlock(ImageBlock):
    """Wagtail's image with alt text or a decorative mark, the same choice as on upload
    (home.images). Wagtail names its image chooser after the field, in English."""

    def __init__(self, required=True, **kwargs):
        super().__init__(required=required, **kwargs)
        self.child_blocks["image"].label = _("Image")


class CaptionedImageBlock(blocks.StructBlock):
    image = AltTextImageBlock(label=_("Image"))
    caption = blocks.CharBlock(required=False, label=_("Caption"), max_length=250)

    class Meta:
        icon = "image"
        template = "home/blocks/captioned_image_block.html"
        label = _("Image")
        description = _("An image with alternative text and an optional caption.")


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(required=False, label=_("Who said it"), max_length=120)

    class Meta:
        icon = "openquote"
        template = "home/blocks/quote_block.html"
        label = _("Quote")
        description = _("A quotation, set apart from the text.")
        preview_value = {
            "text": _("Together we bring climate protection to every town of the district."),
            "attribution": _("The steering group"),
        }


class LinkBlock(blocks.StructBlock):
    """A link to a page of this site or to another site, with the text people click on."""

    page = blocks.PageChooserBlock(required=False, label=_("Page"))
    url = blocks.URLBlock(required=False, label=_("or web address"))
    label = blocks.CharBlock(
        required=False,
        max_length=80,
        label=_("Link text"),
        help_text=_("Leave empty to use the page title."),
    )

    class Meta:
        icon = "link"
        label = _("Link")

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("url")):
            message = _("Choose a page or enter a web address, not both.")
            raise StructBlockValidationError(block_errors={"url": ValidationError(message)})
        if value.get("url") and not value.get("label"):
            raise StructBlockValidationError(
                block_errors={"label": ValidationError(_("A web address needs a link text."))}
            )
        return value


class CallToActionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), max_length=120)
    text = blocks.TextBlock(required=False, label=_("Text"))
    link = LinkBlock(label=_("Button"))

    class Meta:
        icon = "pick"
        template = "home/blocks/call_to_action_block.html"
        label = _("Call to action")
        description = _("A highlighted box that invites readers to take the next step.")


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(
        required=False,
        max_length=120,
        label=_("Link text"),
        help_text=_("Leave empty to use the document's title."),
    )

    class Meta:
        icon = "doc-full"
        template = "home/blocks/document_block.html"
        label = _("Document")
        description = _("A download link that shows the file type and size.")


class GalleryImageBlock(blocks.StructBlock):
    image = AltTextImageBlock(label=_("Image"))
    caption = blocks.CharBlock(required=False, label=_("Caption"), max_length=250)

    class Meta:
        icon = "image"
        label = _("Image")


class GalleryBlock(blocks.StructBlock):
    images = blocks.ListBlock(GalleryImageBlock(), min_num=2, label=_("Images"))

    class Meta:
        icon = "image"
        template = "home/blocks/gallery_block.html"
        label = _("Gallery")
        description = _("Several images side by side, each with alt text and a caption.")

    def get_preview_value(self):
        # A gallery needs real images: the newest ones of the library, if there are any.
        images = get_image_model().objects.order_by("-created_at")[:3]
        return self.to_python(
            {
                "images": [
                    {
                        "image": {
                            "image": image.pk,
                            "alt_text": image.description,
                            "decorative": not image.description,
                        },
                        "caption": image.title,
                    }
                    for image in images
                ]
            }
        )


class KeyFigureBlock(blocks.StructBlock):
    number = blocks.DecimalBlock(label=_("Number"), decimal_places=2)
    unit = blocks.CharBlock(
        required=False,
        max_length=40,
        label=_("Unit"),
        help_text=_("For example: t CO₂ per year, kWp, %"),
    )
    label = blocks.CharBlock(
        max_length=120, label=_("What it means"), help_text=_("For example: saved by the new roof")
    )
    source = blocks.CharBlock(
        required=False,
        max_length=250,
        label=_("Source"),
        help_text=_("Optional: where the figure comes from, for example a report or a meter."),
    )

    class Meta:
        icon = "order"
        template = "home/blocks/key_figure_block.html"
        label = _("Key figure")
        description = _("One number in large type with its unit and what it means.")
        preview_value = {
            "number": Decimal("120"),
            "unit": _("t CO₂ per year"),
            "label": _("saved by the solar roofs of the district's schools"),
            "source": _("Energy report of the district, 2024"),
        }


class VideoBlock(blocks.StructBlock):
    """A video from YouTube, Vimeo and the like that loads only when the reader asks for it.

    Only the address is stored. Wagtail fetches the embed code on the server; the page carries
    it inside an inert <template>, so the browser contacts the video platform only after the
    click: no request to a third party without consent (§ 25 TDDDG)."""

    video = EmbedBlock(
        label=_("Video address"),
        help_text=_("The address of the video page, for example on YouTube or Vimeo."),
    )
    title = blocks.CharBlock(
        max_length=120,
        label=_("Title of the video"),
        help_text=_("Shown before the video is loaded and read out by screen readers."),
    )

    class Meta:
        icon = "media"
        template = "home/blocks/video_block.html"
        label = _("Video")
        description = _(
            "A video that is only loaded from the video platform after the reader agrees."
        )
        preview_value = {
            "video": "https://vimeo.com/76979871",
            "title": _("How a solar roof is built"),
        }

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        embed = None
        if value.get("video"):
            try:
                embed = embeds.get_embed(value["video"].url)
            except EmbedException:
                embed = None
        html = ""
        if embed is not None and embed.html:
            # YouTube's cookie-less domain: no cookies even after the reader has agreed.
            # The embed code is the provider's, as Wagtail's own {% embed %} tag trusts it.
            html = mark_safe(  # noqa: S308
                embed.html.replace("www.youtube.com/embed/", "www.youtube-nocookie.com/embed/")
            )
        context["embed_html"] = html
        # Wagtail's responsive wrapper keeps the aspect ratio in a style attribute, which the
        # Content-Security-Policy refuses; the template carries it as data for the script.
        context["embed_ratio"] = embed.ratio_css if html and embed.is_responsive else ""
        context["provider"] = (embed.provider_name if embed else "") or _("the video platform")
        return context


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES,
        label=_("Text"),
        icon="pilcrow",
        template="home/blocks/paragraph_block.html",
        description=_("Running text with links and lists."),
        preview_value=_("<p>The Klimaallianz connects everyone who protects the climate.</p>"),
    )
    image = CaptionedImageBlock()
    quote = QuoteBlock()
    call_to_action = CallToActionBlock()
    document = DocumentBlock()
    gallery = GalleryBlock()
    key_figure = KeyFigureBlock()
    video = VideoBlock()

    class Meta:
        label = _("Body")
