"""The admin form of every page type: it accepts only pages, documents and images that the
editor may choose.

Wagtail's choosers offer only what a user may choose, but a saved page takes any id in a
foreign key, a StreamField chooser block or a rich-text link. This form checks every reference
that an edit adds, found with the extraction that Wagtail's reference index uses, so that
StructBlocks, ListBlocks, ImageBlocks and rich text inside a stream are covered as the blocks
themselves define them (wagtail.models.ReferenceIndex, `extract_references`).

References the page already has are kept: a page that was unpublished since, or a link the
Redaktion set, must not stop the page's editors from saving.
"""

from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.blocks import StreamBlockValidationError
from wagtail.documents.models import AbstractDocument
from wagtail.fields import StreamField
from wagtail.images.models import AbstractImage
from wagtail.models import Page
from wagtail.permissions import policy_registry

REFUSED = {
    Page: _("You may link only to published pages and to pages you edit yourself."),
    AbstractDocument: _("You may choose only documents from your own collections."),
    AbstractImage: _("You may choose only images from your own collections."),
}


def choosable_pages(user, pages=None):
    """The pages `user` may choose or link to: all of them, unless an app narrows the set with
    a `filter_choosable_pages(pages, user)` hook, as partners/isolation/ does for the member
    organisations' editors. A hook, because `home` imports no other app of the site."""
    pages = Page.objects.all() if pages is None else pages
    for hook in hooks.get_hooks("filter_choosable_pages"):
        pages = hook(pages, user)
    return pages


class PageForm(WagtailAdminPageForm):
    """The `base_form_class` of every page model."""

    def full_clean(self):
        self.withheld = {}
        super().full_clean()

    def clean(self):
        cleaned_data = super().clean()
        if self.for_user is not None:  # None when a form is built in code, not in the admin
            for name in list(self.fields):
                self.check_references(name)
        self.describe_new_listing_image()
        return cleaned_data

    def clean_slug(self):
        """A new page gets the next free slug when a sibling has its slug already
        ("solardach-2"): the slug is made from the title and editors rarely look at it, so a
        second project of the same name must not fail over it."""
        slug = self.cleaned_data["slug"]
        if self.instance.pk is not None or self.parent_page is None or not slug:
            return slug
        siblings = self.parent_page.get_children()
        candidate, number = slug, 1
        while siblings.filter(slug=candidate).exists():
            number += 1
            candidate = f"{slug}-{number}"
        return candidate

    def describe_new_listing_image(self):
        """A newly chosen listing image brings its description along as the page's alt text,
        unless the editor wrote the alt text in the same step (ListingFields)."""
        if "listing_image_alt" not in self.fields or "listing_image" not in self.changed_data:
            return
        if "listing_image_alt" in self.changed_data or "listing_image" in self.errors:
            return
        image = self.cleaned_data.get("listing_image")
        self.cleaned_data["listing_image_alt"] = image.description if image else ""

    def check_references(self, name):
        try:
            field = self._meta.model._meta.get_field(name)
        except FieldDoesNotExist:
            return
        # A field that failed its own validation is displayed again as submitted, so it is
        # checked as submitted too.
        value = self.cleaned_data[name] if name in self.cleaned_data else self[name].data
        kept = {
            (kind_of(model), pk)
            for model, pk, _block in references(field, self.initial_value(field))
        }
        added = {ref for ref in references(field, value) if (kind_of(ref[0]), ref[1]) not in kept}
        refused = {ref for ref in added if not self.may_choose(ref)}
        if not refused:
            return
        messages = sorted({str(REFUSED[kind_of(model)]) for model, _pk, _block in refused})
        error = ValidationError(messages)
        if isinstance(field, StreamField) and name in self.cleaned_data:
            # Put the message on the blocks that hold the references.
            positions = {child.id: index for index, child in enumerate(value)}
            blocks = {positions[block] for _m, _pk, block in refused if block in positions}
            if blocks:
                error = StreamBlockValidationError(
                    block_errors={index: ValidationError(messages) for index in blocks}
                )
        self.add_error(name, error)
        # Display the field as it was: the submitted value would make the chooser widgets
        # print the title and address of what was refused.
        self.withheld[self.add_prefix(name)] = self.get_initial_for_field(self.fields[name], name)

    def initial_value(self, field):
        return field.value_from_object(self.instance) if self.instance.pk else None

    def may_choose(self, reference):
        model, pk, _block = reference
        if not pk.isdigit():
            return False
        if issubclass(model, Page):
            allowed = choosable_pages(self.for_user)
        else:
            policy = policy_registry.get_by_type(model)
            allowed = policy.instances_user_has_permission_for(self.for_user, "choose")
        return allowed.filter(pk=pk).exists()

    def _widget_data_value(self, widget, html_name):
        # Django reads every submitted value through this method to display a field.
        withheld = getattr(self, "withheld", {})
        if html_name in withheld:
            return withheld[html_name]
        return super()._widget_data_value(widget, html_name)


def kind_of(model):
    return next(kind for kind in REFUSED if issubclass(model, kind))


def references(field, value):
    """{(model, id, stream block id or "")} for the pages, documents and images that `value`
    of the model field `field` refers to."""
    if value is None or value == "":
        return set()
    if field.many_to_one or field.many_to_many:
        items = value if field.many_to_many else [value]
        found = {(field.related_model, str(getattr(item, "pk", item)), "") for item in items}
    elif hasattr(field, "extract_references"):  # StreamField, RichTextField
        found = {
            (model, str(pk), (content_path or "").split(".")[0])
            for model, pk, _model_path, content_path in field.extract_references(value)
        }
    else:
        return set()
    return {(model, pk, block) for model, pk, block in found if issubclass(model, tuple(REFUSED))}
