"""The bulk action buttons of the admin listings, limited to what the user may do."""

from django import template
from django.urls import reverse

from wagtail.admin.templatetags.wagtailadmin_tags import bulk_action_choices
from wagtail.admin.views.bulk_action.registry import bulk_action_registry
from wagtail.admin.widgets import ButtonWithDropdown
from wagtail.models import Page
from wagtail.permissions import policy_registry

register = template.Library()

# The permission (of the model's permission policy) that a bulk action needs on at least one
# item. Pages are deleted and moved by those who edit them (Wagtail lets an author delete
# their own drafts), so only publishing needs a permission of its own.
PAGE_ACTIONS = {"publish": "publish", "unpublish": "publish"}
OTHER_ACTIONS = {"delete": "delete", "add_tags": "change", "add_to_collection": "change"}


def may_use(user, model, action_type):
    table = PAGE_ACTIONS if issubclass(model, Page) else OTHER_ACTIONS
    permission = table.get(action_type)
    if permission is None:
        return True  # Wagtail checks each item when the action runs
    return policy_registry.get_by_type(model).user_has_permission(user, permission)


@register.inclusion_tag("wagtailadmin/shared/buttons.html", takes_context=True)
def offered_bulk_action_choices(context, app_label, model_name):
    """Wagtail's bulk action buttons without those the user may use on no item at all: Wagtail
    checks the selected items only after the click, and then shows an empty page."""
    user = context["request"].user
    refused = {
        reverse("wagtail_bulk_action", args=[app_label, model_name, action.action_type])
        for action in bulk_action_registry.get_bulk_actions_for_model(app_label, model_name)
        if not any(may_use(user, model, action.action_type) for model in action.models)
    }
    buttons = []
    for button in bulk_action_choices(context, app_label, model_name)["buttons"]:
        if isinstance(button, ButtonWithDropdown):
            button.dropdown_buttons = [
                item for item in button.dropdown_buttons if item.url not in refused
            ]
            if button.dropdown_buttons:
                buttons.append(button)
        elif button.url not in refused:
            buttons.append(button)
    return {"buttons": buttons}
