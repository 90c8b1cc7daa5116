from django_tasks import task

from wagtail.documents import get_document_model
from wagtail.models import Page
from wagtail.search import index

from . import files
from .querysets import references_to_documents


@task()
def extract_document_text(document_id):
    """Keep the text inside a newly uploaded file for the search. Outside the request: a long
    PDF takes a while, and the editor should not wait for it."""
    Document = get_document_model()
    document = Document.objects.filter(pk=document_id).first()
    if document is None:  # deleted meanwhile
        return
    with document.open_file() as file:
        text = files.extract_text(file, document.file_type)
    Document.objects.filter(pk=document_id).update(text=text)
    document.text = text
    index.insert_or_update_object(document)
    # Downloads are found by the text of their files.
    offering = references_to_documents(Document).filter(to_object_id=str(document_id))
    pages = Page.objects.filter(
        pk__in=[int(pk) for pk in offering.values_list("object_id", flat=True)]
    )
    for page in pages.specific():
        index.insert_or_update_object(page)
