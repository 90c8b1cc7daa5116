"""One path for every e-mail the site sends: Django's mail functions hand messages to
QueuedEmailBackend (the EMAIL_BACKEND), which records each one as an OutgoingMail and queues
a task; the task sends it through the real server (EMAIL_DELIVERY_BACKEND) outside the request,
retries it after MAIL_RETRY_DELAYS and marks it failed after the last try, for the steering
group to send again from the admin.

So no request waits for a mail server, and no application, decision or submission is lost or
rolled back because one is down: the mail is stored in the same transaction as what caused it.
"""

import base64
import logging
from datetime import timedelta

from django_tasks import task

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection
from django.core.mail.backends.base import BaseEmailBackend
from django.db import DatabaseError, transaction
from django.utils import timezone

from .models import OutgoingMail

logger = logging.getLogger(__name__)

Status = OutgoingMail.Status


class QueuedEmailBackend(BaseEmailBackend):
    def send_messages(self, email_messages):
        queued = 0
        for message in email_messages:
            try:
                # Noted on the message for whoever needs to know when it was sent.
                message.outgoing_mail = queue(message)
            except DatabaseError:
                # Django's error mails (mail_admins) ask to fail silently; they are logged too.
                if not self.fail_silently:
                    raise
            else:
                queued += 1
        return queued


def queue(message):
    """Record `message` (an EmailMessage) and queue its delivery."""
    mail = OutgoingMail.objects.create(
        subject=message.subject,
        recipients=", ".join(message.recipients()),
        message=serialize(message),
    )
    deliver_mail.enqueue(mail.pk)
    return mail


def resend(mail):
    """Send a failed mail again, with a fresh round of retries."""
    mail.status = Status.QUEUED
    mail.attempts = 0
    mail.save(update_fields=["status", "attempts"])
    deliver_mail.enqueue(mail.pk)


@task()
def deliver_mail(mail_id):
    with transaction.atomic():
        # Locked while sending, so that a retry and a moderator's resend never send it twice.
        mail = (
            OutgoingMail.objects.select_for_update(skip_locked=True)
            .filter(pk=mail_id, status=Status.QUEUED)
            .first()
        )
        if mail is None:
            return
        mail.attempts += 1
        mail.last_attempt_at = timezone.now()
        try:
            send(mail.message)
        except Exception as error:  # whatever the backend raises, the mail must not be lost
            mail.last_error = f"{type(error).__name__}: {error}"[:2000]
            retry_in = retry_delay(mail.attempts)
            if retry_in is None:
                mail.status = Status.FAILED
                logger.error("E-mail %s to %s failed: %s", mail.pk, mail.recipients, error)
            else:
                deliver_mail.using(run_after=timezone.now() + retry_in).enqueue(mail.pk)
        else:
            mail.status = Status.SENT
            mail.sent_at = mail.last_attempt_at
            mail.message = {}
        mail.save()


def retry_delay(attempts):
    """The pause before the next try after `attempts` tries, or None when it is the last."""
    delays = settings.MAIL_RETRY_DELAYS
    if attempts > len(delays) or not deliver_mail.get_backend().supports_defer:
        return None
    return timedelta(seconds=delays[attempts - 1])


def send(data):
    connection = get_connection(settings.EMAIL_DELIVERY_BACKEND, fail_silently=False)
    message = EmailMultiAlternatives(
        subject=data["subject"],
        body=data["body"],
        from_email=data["from_email"],
        to=data["to"],
        cc=data["cc"],
        bcc=data["bcc"],
        reply_to=data["reply_to"],
        headers=data["headers"],
        alternatives=[tuple(alternative) for alternative in data["alternatives"]],
        connection=connection,
    )
    message.content_subtype = data["content_subtype"]
    for filename, content, mimetype in data["attachments"]:
        message.attach(filename, base64.b64decode(content), mimetype)
    message.send()


def serialize(message):
    attachments = []
    for attachment in message.attachments:
        if not isinstance(attachment, tuple):
            raise TypeError("Queued e-mails take attachments as (filename, content, mimetype).")
        filename, content, mimetype = attachment
        if isinstance(content, str):
            content = content.encode()
        attachments.append([filename, base64.b64encode(content).decode("ascii"), mimetype])
    return {
        "subject": message.subject,
        "body": message.body,
        "from_email": message.from_email,
        "to": list(message.to),
        "cc": list(message.cc),
        "bcc": list(message.bcc),
        "reply_to": list(message.reply_to),
        "headers": dict(message.extra_headers),
        "alternatives": [list(item) for item in getattr(message, "alternatives", [])],
        "content_subtype": message.content_subtype,
        "attachments": attachments,
    }
