import os

from django.conf import settings

from wagtail.documents.forms import BaseDocumentForm

from . import files


class DocumentForm(BaseDocumentForm):
    """Every document upload of the admin (the upload page, the multiple upload and the
    chooser's upload) goes through this form: a file whose content is not what its name says
    is refused with a message at the file, before anything is stored."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "language" in self.fields:
            # The multiple upload posts only the file, title and collection; the language
            # is set afterwards, in the form shown for each uploaded file.
            self.fields["language"].required = False

    def clean_file(self):
        file = self.cleaned_data.get("file")
        if file and "file" in self.changed_data:
            extension = os.path.splitext(file.name)[1][1:].lower()
            # Wagtail checks the extension in the model's clean(), after this.
            if extension in settings.WAGTAILDOCS_EXTENSIONS:
                # Kept for the model, which describes the file from it when it is saved.
                self.instance.inspection = files.inspect(file, extension)
        return file

    def clean_language(self):
        return self.cleaned_data.get("language") or settings.LANGUAGE_CODE
