from django.contrib import messages
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from wagtail import hooks
from wagtail.admin.utils import get_user_display_name
from wagtail.models import WorkflowState


@hooks.register("before_edit_page")
def show_requested_changes(request, page):
    """After a moderator sent the page back, its editors read why at the top of the page they
    edit, not only in the mail and the page's history."""
    if request.method != "GET":
        return
    workflow_state = page.current_workflow_state
    if workflow_state is None or workflow_state.status != WorkflowState.STATUS_NEEDS_CHANGES:
        return
    task_state = workflow_state.current_task_state
    moderator = task_state.finished_by
    message = _("%(user)s asked for changes on %(date)s.") % {
        "user": get_user_display_name(moderator) if moderator else _("A moderator"),
        "date": date_format(timezone.localtime(task_state.finished_at), "SHORT_DATE_FORMAT"),
    }
    if task_state.comment:
        message += " " + _("Comment: “%(comment)s”") % {"comment": task_state.comment}
    message += " " + _("Please revise the page and submit it for moderation again.")
    messages.warning(request, message)
