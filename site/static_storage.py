"""Static files as production serves them: minified, then hashed and compressed by whitenoise."""

from pathlib import Path

from rcssmin import cssmin
from rjsmin import jsmin
from whitenoise.storage import CompressedManifestStaticFilesStorage

from django.conf import settings
from django.core.files.base import ContentFile

MINIFIERS = {".css": cssmin, ".js": jsmin}


class MinifiedStaticFilesStorage(CompressedManifestStaticFilesStorage):
    """Minifies the site's own style sheets and scripts as `collectstatic` copies them, so
    that hashing and compression work on the small file. Files of installed apps (Wagtail's
    admin) come minified by their own build and are copied as they are.
    """

    def save(self, name, content, max_length=None):
        minify = MINIFIERS.get(Path(name).suffix)
        if minify and is_own(getattr(content, "name", "")):
            content = ContentFile(minify(content.read().decode()).encode())
        return super().save(name, content, max_length)

    def post_process(self, paths, dry_run=False, **options):
        # The hashed copies are made from the source files; ours from the minified copy.
        paths = {
            name: (self, name) if is_own(storage.path(path)) else (storage, path)
            for name, (storage, path) in paths.items()
        }
        yield from super().post_process(paths, dry_run, **options)


def is_own(source_path):
    source = Path(source_path).resolve()
    folders = settings.STATICFILES_DIRS
    return any(source.is_relative_to(Path(folder).resolve()) for folder in folders)
