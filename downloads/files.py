"""What an uploaded document is, read from its bytes: the type (whatever its name says), the
accessibility of a PDF and the text inside it.

Documents are offered for download under the alliance's name, so a file whose content does
not match its extension, an executable inside an archive or a PDF that runs script never gets
in. Everything here reads the file only; nothing is executed or unpacked to disk.
"""

import logging
import zipfile
from dataclasses import dataclass, field
from pathlib import PurePosixPath

from pypdf import PdfReader

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

logger = logging.getLogger(__name__)

# The members that identify an Office Open XML file of each kind.
OOXML_PARTS = {
    "docx": "word/document.xml",
    "xlsx": "xl/workbook.xml",
    "pptx": "ppt/presentation.xml",
}
# An OpenDocument file names its type in its first member, "mimetype".
ODF_TYPES = {
    "odt": b"application/vnd.oasis.opendocument.text",
    "ods": b"application/vnd.oasis.opendocument.spreadsheet",
    "odp": b"application/vnd.oasis.opendocument.presentation",
}
TEXT_TYPES = {"txt", "csv"}
# Programs and scripts that a reader's computer would run from an archive.
EXECUTABLE_SUFFIXES = {
    ".app", ".bat", ".cmd", ".com", ".cpl", ".dll", ".exe", ".hta", ".jar", ".js", ".jse",
    ".lnk", ".msi", ".msp", ".ps1", ".scr", ".sh", ".vbe", ".vbs", ".wsf",
}  # fmt: skip
EXECUTABLE_SIGNATURES = (b"MZ", b"\x7fELF", b"\xcf\xfa\xed\xfe", b"\xca\xfe\xba\xbe", b"#!")
MARKUP_STARTS = (b"<!doctype", b"<html", b"<svg", b"<?xml", b"<script")
# Text extraction stops here: enough for search, bounded for a worker.
MAX_TEXT_PAGES = 300
MAX_TEXT_CHARS = 500_000

NOT_MATCHING = _(
    "The content of this file is not a %(type)s file, whatever its name says. Please upload "
    "the original file."
)


class Problem:
    """What the automatic check of a PDF can find missing (stored by these codes)."""

    UNTAGGED = "untagged"
    NO_LANGUAGE = "no_language"
    NO_TITLE = "no_title"
    TITLE_NOT_SHOWN = "title_not_shown"

    LABELS = {
        UNTAGGED: _("no tagged structure (headings, reading order) for screen readers"),
        NO_LANGUAGE: _("no document language"),
        NO_TITLE: _("no title in the document properties"),
        TITLE_NOT_SHOWN: _("the title is not shown as the window title"),
    }
    # For the column of the admin's document listing.
    SHORT_LABELS = {
        UNTAGGED: _("structure tags"),
        NO_LANGUAGE: _("language"),
        NO_TITLE: _("title"),
        TITLE_NOT_SHOWN: _("window title"),
    }


@dataclass
class Inspection:
    file_type: str
    # For PDFs: the problems found (empty: passed); None for other types, which are not checked.
    accessibility_problems: list | None = field(default=None)


def inspect(file, extension):
    """Check that `file` (a Django File, read from the start) is what `extension` says and
    describe it; ValidationError with a message for the editor otherwise."""
    extension = extension.lower()
    file.seek(0)
    head = file.read(2048)
    file.seek(0)
    label = extension.upper()
    if head.startswith(EXECUTABLE_SIGNATURES):
        raise ValidationError(NOT_MATCHING, code="type_mismatch", params={"type": label})
    if extension == "pdf":
        return Inspection("pdf", inspect_pdf(file, head))
    if extension in TEXT_TYPES:
        check_text(file, label)
    elif extension in OOXML_PARTS or extension in ODF_TYPES or extension == "zip":
        check_archive(file, extension, label)
    else:
        raise ValidationError(_("Files of this type cannot be uploaded."), code="invalid_extension")
    file.seek(0)
    return Inspection(extension)


def inspect_pdf(file, head):
    if b"%PDF-" not in head[:1024]:
        raise ValidationError(NOT_MATCHING, code="type_mismatch", params={"type": "PDF"})
    try:
        reader = PdfReader(file)
        if reader.is_encrypted:
            raise ValidationError(
                _(
                    "This PDF is protected by a password. Readers and the search could not "
                    "open it: please upload it without protection."
                ),
                code="encrypted",
            )
        catalog = reader.trailer["/Root"]
        if runs_script(catalog):
            raise ValidationError(
                _(
                    "This PDF contains JavaScript or starts other programs. Please upload "
                    "a version without them (for example exported again as PDF/A)."
                ),
                code="script",
            )
        problems = accessibility_problems(reader, catalog)
    except ValidationError:
        raise
    except Exception as error:  # noqa: BLE001 (whatever breaks the parser, the file is refused)
        logger.info("Unreadable PDF refused: %r", error)
        raise ValidationError(
            _("This PDF cannot be read. It may be damaged; please export it again."),
            code="unreadable",
        ) from None
    finally:
        file.seek(0)
    return problems


def runs_script(catalog):
    """Whether the PDF asks the viewer to run JavaScript or a program when it is opened."""
    names = catalog.get("/Names")
    if names is not None and "/JavaScript" in names.get_object():
        return True
    action = catalog.get("/OpenAction")
    if action is not None:
        action = action.get_object()
        if hasattr(action, "get") and action.get("/S") in ("/JavaScript", "/Launch"):
            return True
    return "/AA" in catalog


def accessibility_problems(reader, catalog):
    """The basic machine-checkable requirements of an accessible PDF (PDF/UA, WCAG 2.1
    techniques PDF1–PDF18): a tagged structure, the document language, a title in the
    metadata that viewers show instead of the file name. It cannot judge reading order,
    alternative texts or contrast, which a person has to check."""
    problems = []
    mark_info = catalog.get("/MarkInfo")
    marked = mark_info is not None and bool(mark_info.get_object().get("/Marked"))
    if not (marked and "/StructTreeRoot" in catalog):
        problems.append(Problem.UNTAGGED)
    if not str(catalog.get("/Lang", "")).strip():
        problems.append(Problem.NO_LANGUAGE)
    metadata = reader.metadata
    title = (metadata.title if metadata else None) or xmp_title(reader)
    if not (title or "").strip():
        problems.append(Problem.NO_TITLE)
    preferences = catalog.get("/ViewerPreferences")
    if preferences is None or not bool(preferences.get_object().get("/DisplayDocTitle")):
        problems.append(Problem.TITLE_NOT_SHOWN)
    return problems


def xmp_title(reader):
    xmp = reader.xmp_metadata
    titles = xmp.dc_title if xmp is not None else None
    return next(iter(titles.values()), "") if titles else ""


def check_text(file, label):
    content = file.read()
    if b"\x00" in content or content.lstrip().lower().startswith(MARKUP_STARTS):
        raise ValidationError(NOT_MATCHING, code="type_mismatch", params={"type": label})
    try:
        content.decode("utf-8")
    except UnicodeDecodeError:
        # Spreadsheets on Windows still export CSV in Windows-1252; every byte is allowed
        # there but a few control codes.
        if any(byte < 0x09 or 0x0E <= byte < 0x20 for byte in content):
            raise ValidationError(
                NOT_MATCHING, code="type_mismatch", params={"type": label}
            ) from None


def check_archive(file, extension, label):
    try:
        with zipfile.ZipFile(file) as archive:
            names = archive.namelist()
            matches = True
            if extension in ODF_TYPES:
                matches = bool(names) and names[0] == "mimetype"
                matches = matches and archive.read("mimetype").strip() == ODF_TYPES[extension]
            elif extension in OOXML_PARTS:
                matches = {"[Content_Types].xml", OOXML_PARTS[extension]} <= set(names)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, KeyError, OSError, EOFError):
        matches = False
    if not matches:
        raise ValidationError(NOT_MATCHING, code="type_mismatch", params={"type": label})
    executables = sorted(
        name for name in names if PurePosixPath(name.lower()).suffix in EXECUTABLE_SUFFIXES
    )
    if executables:
        raise ValidationError(
            _("This archive contains programs or scripts (%(names)s), which cannot be offered."),
            code="executable",
            params={"names": ", ".join(executables[:3])},
        )


def extract_text(file, file_type):
    """The text inside a PDF or a text file, for the search; "" for other types and for files
    that cannot be read. Bounded in pages and characters."""
    file.seek(0)
    if file_type in TEXT_TYPES:
        content = file.read(MAX_TEXT_CHARS * 2)
        try:
            return content.decode("utf-8")[:MAX_TEXT_CHARS]
        except UnicodeDecodeError:
            return content.decode("cp1252", errors="replace")[:MAX_TEXT_CHARS]
    if file_type != "pdf":
        return ""
    parts, length = [], 0
    try:
        reader = PdfReader(file)
        for page in reader.pages[:MAX_TEXT_PAGES]:
            text = page.extract_text() or ""
            parts.append(text)
            length += len(text)
            if length >= MAX_TEXT_CHARS:
                break
    except Exception:  # noqa: BLE001 (a page that breaks the parser ends the extraction)
        logger.warning("Text of a PDF could not be extracted", exc_info=True)
    # PostgreSQL text cannot hold NUL characters, which broken PDFs produce.
    return "\n".join(parts)[:MAX_TEXT_CHARS].replace("\x00", "")
