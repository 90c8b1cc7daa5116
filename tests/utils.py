"""Helpers for driving the Wagtail admin as its users do: who is logged in, the POST data of an
admin form, the messages next to its fields, and how the admin answers a refusal."""

import json
import re

from django.contrib.auth.models import Group
from django.contrib.messages import get_messages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from wagtail.fields import StreamField
from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    querydict_from_html,
    streamfield,
)

from projects.models import ProjectPage
from tests.factories import UserFactory

# What Wagtail's admin says when it turns a user away (wagtail.admin.auth).
NO_ACCESS = "Sie haben leider keinen Zugang zu diesem Bereich."


def text(response):
    return response.content.decode()


def de(message):
    """The German text of a message, as the catalogue has it now (msgid until translated)."""
    with translation.override("de"):
        return gettext(message)


def form_error(html, name):
    """The error list a public form shows next to the field `name` (id_<name>_error), as
    text, or None."""
    match = re.search(rf'<ul class="errorlist" id="id_{name}_error">(.*?)</ul>', html, re.S)
    return re.sub(r"<[^>]+>", " ", match.group(1)).strip() if match else None


def sitemap_text(client):
    """The sitemap index and every file it names, one after the other, as the site serves
    them (the locations are full addresses: their paths are asked for)."""
    index = client.get("/sitemap.xml")
    assert index.status_code == 200
    texts = [index.text]
    for location in re.findall(r"<loc>(.*?)</loc>", index.text):
        response = client.get(re.sub(r"^https?://[^/]+", "", location))
        assert response.status_code == 200, location
        texts.append(response.text)
    return "\n".join(texts)


def sitemap_locations(client):
    """The addresses of the pages the sitemap lists, in the order of its files."""
    return re.findall(r"<url><loc>(.*?)</loc>", sitemap_text(client))


def titles(html, candidates):
    """Which of the `candidates` (titles) the page shows."""
    return {title for title in candidates if title in html}


def option(value, label, count, selected=False):
    """A filter's choice as the public listings render it: "Garrel (2)"."""
    return f'<option value="{value}"{" selected" if selected else ""}>{label} ({count})</option>'


# --- who is logged in -------------------------------------------------------------------------


def member_of(group_name, **fields):
    """A new user in the group, e.g. member_of("Moderation") for the steering group."""
    user = UserFactory(**fields)
    user.groups.add(Group.objects.get(name=group_name))
    return user


def log_in_as(client, group_name, **fields):
    """Log `client` in as a new member of the group; returns that user."""
    user = member_of(group_name, **fields)
    client.force_login(user)
    return user


def log_in_as_superuser(client):
    user = UserFactory(is_superuser=True)
    client.force_login(user)
    return user


# --- admin forms ------------------------------------------------------------------------------


def admin_form_data(client, url, model, **fields):
    """The page form as the admin shows it at `url`, with `fields` changed. StreamFields are
    drawn by JavaScript, so they start empty here."""
    data = querydict_from_html(text(client.get(url)), form_id="page-edit-form").dict()
    for field in model._meta.get_fields():
        if isinstance(field, StreamField):
            data.update(nested_form_data({field.name: streamfield([])}))
    data.update(nested_form_data(fields))
    return data


def edit_form_data(client, page, **fields):
    """The edit form of `page` as the admin shows it to `client`'s user, with `fields` changed."""
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    return admin_form_data(client, url, page.specific_class, **fields)


def project_form_data(**fields):
    """The POST data of the admin's form for a new project, without its rendered form."""
    return nested_form_data(
        {
            "title": "Solardach Schule",
            "slug": "solardach-schule",
            "summary": "PV auf der Schule.",
            "body": streamfield([]),
            "links": streamfield([]),
            "status": "laufend",
            "comments": inline_formset([]),
            **fields,
        }
    )


def submit_project(client, parent, **fields):
    """Add a project below `parent` in the admin and submit it to the workflow, as the user
    logged in on `client`."""
    url = reverse("wagtailadmin_pages:add", args=["projects", "projectpage", parent.pk])
    data = project_form_data(**fields)
    response = client.post(url, data | {"action-submit": "1"})
    assert response.status_code == 302, text(response)[:2000]
    return ProjectPage.objects.get(slug=data["slug"], locale__language_code="de")


def workflow_action(client, page, action, comment=""):
    """Take `action` ("approve", "reject") on the page's current workflow task, as the user
    logged in on `client`; returns the page the admin shows afterwards."""
    page.refresh_from_db()
    url = reverse(
        "wagtailadmin_pages:workflow_action",
        args=[page.pk, action, page.current_workflow_task_state.pk],
    )
    return client.post(url, {"comment": comment}, follow=True)


def upload_document(client, collection, name, content, *, follow=False, **fields):
    """Upload a file on the admin's document upload page, as the user logged in on `client`."""
    data = {"title": name, "collection": collection.pk, "language": "de", **fields}
    data["file"] = SimpleUploadedFile(name, content)
    return client.post("/admin/documents/add/", data, follow=follow)


def field_errors(response, name):
    """The messages shown next to field `name`, including those on blocks of a stream."""
    errors = []
    for error in response.context["form"].errors.as_data().get(name, []):
        errors += error.messages
        for block_error in getattr(error, "block_errors", {}).values():
            errors += block_error.messages
        errors += getattr(error, "non_block_errors", [])
    return errors


def chooser_html(response):
    """The chooser answers with JSON that carries the HTML of the modal."""
    assert response.status_code == 200
    data = json.loads(response.content) if response["Content-Type"].startswith("app") else {}
    return data.get("html", "") + json.dumps(data.get("result", "")) + text(response)


# --- refusals ---------------------------------------------------------------------------------


def assert_refused(response):
    """Wagtail answers a refused admin URL with a redirect to the dashboard (and a message),
    403 or 404; 405 is a GET on a view that only takes POST."""
    assert response.status_code in (302, 403, 404, 405)
    if response.status_code == 302:
        assert response["Location"] in ("/admin/", reverse("wagtailadmin_home"))


def assert_denied(response):
    """Wagtail's admin answers PermissionDenied (its 403) with a redirect to the dashboard
    and an error message; an XMLHttpRequest gets the plain 403."""
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_home")
    messages = [str(message).strip() for message in get_messages(response.wsgi_request)]
    assert NO_ACCESS in messages
