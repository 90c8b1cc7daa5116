"""The admin's image form (WAGTAILIMAGES_IMAGE_FORM_BASE), used wherever an image is uploaded or
edited: the image library, the multiple upload and the upload tab of the image chooser.

An image's description is its alternative text: pages show it to people who cannot see the
image. Every image either has one or is marked decorative; a decorative image keeps an empty
description, which pages render as alt="" (the rule of the body's image blocks too)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from wagtail.images.forms import BaseImageForm

DESCRIPTION_MISSING = _(
    "Describe what the image shows for people who cannot see it, or mark it as decorative."
)
DESCRIPTION_AND_DECORATIVE = _(
    "A decorative image has no description: empty the description or untick “Image is decorative”."
)


class ImageForm(BaseImageForm):
    decorative = forms.BooleanField(
        label=_("Image is decorative"),
        required=False,
        help_text=_(
            "Only for images that add nothing to the text next to them, such as a pattern or a "
            "mood picture: screen readers skip them."
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "description" not in self.fields:
            return
        description = self.fields["description"]
        description.label = _("Description (alt text)")
        description.help_text = _(
            "What the image shows, in one or two sentences, for people who cannot see it "
            "(screen readers, or when the image does not load). Pages show it as the image's "
            "alternative text; a page can change it for itself and translate it."
        )
        names = [name for name in self.fields if name != "decorative"]
        names.insert(names.index("description") + 1, "decorative")
        self.order_fields(names)
        # An image that was saved without a description was saved as decorative.
        if self.instance.pk and not self.instance.description:
            self.initial.setdefault("decorative", True)

    def clean(self):
        cleaned_data = super().clean()
        if "description" not in self.fields or "description" in self.errors:
            return cleaned_data
        description = cleaned_data.get("description", "").strip()
        decorative = cleaned_data.get("decorative")
        if not description and not decorative:
            self.add_error("description", DESCRIPTION_MISSING)
        elif description and decorative:
            self.add_error("decorative", DESCRIPTION_AND_DECORATIVE)
        return cleaned_data
