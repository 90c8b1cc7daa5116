"""The one place that writes the site's e-mails: plain text from a pair of templates,
`<name>_subject.txt` and `<name>.txt`, rendered without HTML escaping (an organisation called
"Müller & Co." stays "Müller & Co.") in the site's language. Sending goes through Django's mail
functions, which the project wires to its queue (EMAIL_BACKEND), so callers never wait for a
mail server and never see it fail."""

from django.conf import settings
from django.core.mail import EmailMessage
from django.template import Context, engines
from django.utils import translation


def render_mail(template, context, *, language=None):
    """Subject (one line) and body of the mail `template`."""
    engine = engines["django"].engine
    with translation.override(language or settings.LANGUAGE_CODE):
        subject, body = (
            engine.get_template(name).render(Context(context, autoescape=False))
            for name in (f"{template}_subject.txt", f"{template}.txt")
        )
    return " ".join(subject.split()), body


def send_templated_mail(template, context, recipients, *, language=None):
    """Send the mail `template` to each address in `recipients` separately, so that nobody
    sees the others' addresses. Returns the messages; the site's mail queue notes on each its
    record (`message.outgoing_mail`)."""
    subject, body = render_mail(template, context, language=language)
    messages = [EmailMessage(subject, body, to=[address]) for address in recipients]
    for message in messages:
        message.send()
    return messages


def send_templated_mail_to_users(template, context, users, *, language=None):
    """Send the mail `template` to each of `users` (accounts with an address), rendered for
    each with `recipient` in the context, so that it greets them by name."""
    for user in users:
        if user.email:
            context_for_user = {**context, "recipient": user}
            send_templated_mail(template, context_for_user, [user.email], language=language)
