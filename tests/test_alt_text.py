"""Alternative text: every uploaded image is described for people who cannot see it, or marked
decorative, and a page shows its image with its own alt text, translated with the page."""

import io
import json

import pytest
from PIL import Image as PILImage
from wagtail_factories import ImageFactory

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from wagtail.images import get_image_model
from wagtail.models import UploadedFile

from projects.models import ProjectPage
from tests.factories import make_partner, make_project, translate
from tests.utils import edit_form_data, project_form_data, text

MISSING = (
    "Beschreiben Sie, was das Bild zeigt, für Menschen, die es nicht sehen können – oder "
    "kennzeichnen Sie es als dekorativ."
)
BOTH = (
    "Ein dekoratives Bild hat keine Beschreibung: Leeren Sie die Beschreibung oder entfernen "
    "Sie das Häkchen bei „Bild ist dekorativ“."
)
SOLAR_DE = "Solarmodule auf dem Dach des Rathauses"
SOLAR_EN = "Solar panels on the roof of the town hall"


def png(name="solardach.png"):
    buffer = io.BytesIO()
    PILImage.new("RGB", (120, 80), "green").save(buffer, "PNG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")


def latest_draft(page):
    page.refresh_from_db()
    return page.get_latest_revision_as_object()


def images():
    return list(get_image_model().objects.values_list("title", "description"))


# --- uploading --------------------------------------------------------------------------------


@pytest.mark.django_db
def test_the_upload_form_says_what_the_description_is_for(client, partner, editor):
    client.force_login(editor)
    page = text(client.get(reverse("wagtailimages:add")))
    assert "Beschreibung (Alternativtext)" in page
    assert "für Menschen, die es nicht sehen können (mit Screenreader" in page
    assert "Bild ist dekorativ" in page


@pytest.mark.django_db
def test_an_upload_without_description_and_not_decorative_is_refused(client, partner, editor):
    client.force_login(editor)
    url = reverse("wagtailimages:add")
    fields = {"title": "Solardach", "collection": partner.collection.pk}

    response = client.post(url, fields | {"file": png(), "description": ""})
    assert response.status_code == 200
    assert MISSING in text(response)
    assert images() == []

    response = client.post(url, fields | {"file": png(), "description": "  "})
    assert MISSING in text(response)
    assert images() == []

    response = client.post(url, fields | {"file": png(), "description": SOLAR_DE})
    assert response.status_code == 302
    assert images() == [("Solardach", SOLAR_DE)]


@pytest.mark.django_db
def test_a_decorative_image_is_uploaded_without_description(client, partner, editor):
    client.force_login(editor)
    url = reverse("wagtailimages:add")
    fields = {"title": "Muster", "collection": partner.collection.pk, "decorative": "on"}

    response = client.post(url, fields | {"file": png(), "description": SOLAR_DE})
    assert response.status_code == 200
    assert BOTH in text(response)
    assert images() == []

    response = client.post(url, fields | {"file": png(), "description": ""})
    assert response.status_code == 302
    assert images() == [("Muster", "")]
    # Opened again, it is still marked decorative.
    image = get_image_model().objects.get()
    page = text(client.get(reverse("wagtailimages:edit", args=[image.pk])))
    assert 'id="id_decorative" checked' in page


@pytest.mark.django_db
def test_the_choosers_upload_refuses_an_image_without_alt_text(client, partner, editor):
    client.force_login(editor)
    url = reverse("wagtailimages_chooser:create")
    fields = {
        "image-chooser-upload-title": "Solardach",
        "image-chooser-upload-collection": partner.collection.pk,
        "image-chooser-upload-file": png(),
    }
    response = client.post(url, fields)
    assert MISSING in json.loads(response.content)["htmlFragment"]
    assert images() == []

    fields["image-chooser-upload-file"] = png()
    response = client.post(url, fields | {"image-chooser-upload-description": SOLAR_DE})
    assert json.loads(response.content)["step"] == "chosen"
    assert images() == [("Solardach", SOLAR_DE)]


@pytest.mark.django_db
def test_a_multiple_upload_becomes_an_image_once_described(client, partner, editor):
    client.force_login(editor)
    response = client.post(
        reverse("wagtailimages:add_multiple"),
        {"collection": partner.collection.pk, "files[]": png()},
    )
    assert response.json()["success"] is True
    assert "Beschreibung (Alternativtext)" in response.json()["form"]
    assert images() == []  # waits for its description

    upload = UploadedFile.objects.get()
    url = reverse("wagtailimages:create_multiple_from_uploaded_image", args=[upload.pk])
    prefix = f"uploaded-image-{upload.pk}"
    fields = {f"{prefix}-title": "Solardach", f"{prefix}-collection": partner.collection.pk}
    response = client.post(url, fields)
    assert response.json()["success"] is False
    assert MISSING in response.json()["form"]
    assert images() == []

    response = client.post(url, fields | {f"{prefix}-description": SOLAR_DE})
    assert response.json()["success"] is True
    assert images() == [("Solardach", SOLAR_DE)]


# --- the page's alt text ----------------------------------------------------------------------


@pytest.mark.django_db
def test_a_chosen_image_brings_its_description_as_the_pages_alt_text(client, partner, editor):
    client.force_login(editor)
    image = ImageFactory(description=SOLAR_DE, collection=partner.collection)
    add = reverse("wagtailadmin_pages:add", args=["projects", "projectpage", partner.page.pk])
    assert client.post(add, project_form_data(listing_image=image.pk)).status_code == 302
    project = ProjectPage.objects.get(slug="solardach-schule", locale__language_code="de")
    assert project.listing_image_alt == SOLAR_DE

    # Another image brings its own description, unless the editor writes the alt text.
    other = ImageFactory(description="Windrad am Ortsrand", collection=partner.collection)
    url = reverse("wagtailadmin_pages:edit", args=[project.pk])
    client.post(url, edit_form_data(client, project, listing_image=other.pk))
    assert latest_draft(project).listing_image_alt == "Windrad am Ortsrand"
    written = "Das Windrad von Süden"
    data = edit_form_data(client, project, listing_image=image.pk, listing_image_alt=written)
    client.post(url, data)
    assert latest_draft(project).listing_image_alt == written


@pytest.mark.django_db
def test_the_english_project_page_and_card_use_the_english_alt_text(client, tree):
    image = ImageFactory(description=SOLAR_DE)
    project = make_project(tree.showcase, "Solardach", listing_image=image)
    assert project.listing_image_alt == SOLAR_DE
    english = translate(project, title="Solar roof", slug="solar-roof", listing_image_alt=SOLAR_EN)

    page = text(client.get(english.url))
    assert f'alt="{SOLAR_EN}"' in page
    assert SOLAR_DE not in page
    assert f'alt="{SOLAR_EN}"' in text(client.get(tree.showcase_en.url))
    assert f'alt="{SOLAR_DE}"' in text(client.get(project.url))
    assert f'alt="{SOLAR_DE}"' in text(client.get(tree.showcase.url))


@pytest.mark.django_db
def test_the_english_partner_logo_uses_the_english_alt_text(client, tree):
    logo = ImageFactory(description="Logo der Stadtwerke Garrel")
    partner = make_partner(tree.directory, "Stadtwerke Garrel", listing_image=logo)
    english = translate(
        partner, slug="stadtwerke-garrel", listing_image_alt="Stadtwerke Garrel logo"
    )

    assert 'alt="Stadtwerke Garrel logo"' in text(client.get(english.url))
    assert 'alt="Stadtwerke Garrel logo"' in text(client.get(tree.directory_en.url))
    assert 'alt="Logo der Stadtwerke Garrel"' in text(client.get(partner.url))


@pytest.mark.django_db
def test_a_decorative_image_stays_decorative_on_the_page(client, tree):
    project = make_project(tree.showcase, "Muster", listing_image=ImageFactory(description=""))
    assert project.listing_image_alt == ""
    page = text(client.get(project.url))
    assert 'alt=""' in page.split('class="project-hero"')[1].split("</figure>")[0]
