from django.dispatch import receiver

from wagtail.models import ReferenceIndex
from wagtail.signals import page_published


@receiver(page_published)
def record_references_at_once(sender, instance, **kwargs):
    """The files a page links become public when the reference index records the links,
    which Wagtail leaves to the task worker. A reader who follows the link of a page the
    steering group has just approved must not get a 404 until the worker gets round to it,
    so the published page's references are recorded in the request (the worker's later run
    changes nothing)."""
    if ReferenceIndex.is_indexed(type(instance)):
        ReferenceIndex.create_or_update_for_object(instance)
