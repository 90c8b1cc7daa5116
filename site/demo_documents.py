"""Small real PDFs for the demo site and the tests, written with pypdf alone (no system
libraries): text that can be extracted and searched, and on request what an accessible PDF
needs (tagged structure, document language, a title shown as the window title). And ZIP
archives of such files, such as a brand kit."""

import io
import textwrap
import zipfile

from pypdf import PdfWriter
from pypdf.generic import (
    ArrayObject,
    BooleanObject,
    DecodedStreamObject,
    DictionaryObject,
    NameObject,
    NumberObject,
    TextStringObject,
)

PAGE_WIDTH, PAGE_HEIGHT = 595, 842  # A4 in points
MARGIN = 56
LINE_HEIGHT = 15
LINES_PER_PAGE = (PAGE_HEIGHT - 2 * MARGIN) // LINE_HEIGHT
CHARS_PER_LINE = 88


def pdf_text(text):
    """A PDF string literal in WinAnsi (German umlauts included) for the built-in Helvetica."""
    text = text.replace("₂", "2")  # no subscript two in WinAnsi
    escaped = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    return b"(" + escaped.encode("cp1252", errors="replace") + b")"


def make_pdf(title, paragraphs, *, language="de", accessible=True):
    """The bytes of a PDF with `title` as heading and `paragraphs` below it. `accessible`
    adds the structure tree, the language and the displayed title; without it the PDF is a
    plain printout, as many office exports still are."""
    lines = [("H1", title)]
    for paragraph in paragraphs:
        lines.append(("P", ""))
        lines += [("P", line) for line in textwrap.wrap(paragraph, CHARS_PER_LINE)]
    writer = PdfWriter()
    font = writer._add_object(
        DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Font"),
                NameObject("/Subtype"): NameObject("/Type1"),
                NameObject("/BaseFont"): NameObject("/Helvetica"),
                NameObject("/Encoding"): NameObject("/WinAnsiEncoding"),
            }
        )
    )
    structure = ArrayObject()  # the structure elements of the whole document
    for number, start in enumerate(range(0, len(lines), LINES_PER_PAGE)):
        page = writer.add_blank_page(PAGE_WIDTH, PAGE_HEIGHT)
        page[NameObject("/Resources")] = DictionaryObject(
            {NameObject("/Font"): DictionaryObject({NameObject("/F1"): font})}
        )
        content, marked = [], ArrayObject()
        y = PAGE_HEIGHT - MARGIN
        for kind, text in lines[start : start + LINES_PER_PAGE]:
            y -= LINE_HEIGHT
            if not text:
                continue
            size = 16 if kind == "H1" else 11
            drawn = b"BT /F1 %d Tf %d %d Td %s Tj ET" % (size, MARGIN, y, pdf_text(text))
            if accessible:
                mcid = len(marked)
                drawn = b"/%s <</MCID %d>> BDC %s EMC" % (kind.encode(), mcid, drawn)
                marked.append((kind, mcid))
            content.append(drawn)
        stream = DecodedStreamObject()
        stream.set_data(b"\n".join(content))
        page[NameObject("/Contents")] = writer._add_object(stream)
        if accessible:
            page[NameObject("/StructParents")] = NumberObject(number)
            structure.append((page.indirect_reference, number, marked))
    writer.add_metadata({"/Title": title} if accessible else {"/Producer": "Klimaallianz demo"})
    if accessible:
        tag_document(writer, structure, language)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def tag_document(writer, pages, language):
    """The structure tree (Document > H1/P elements, each pointing at its marked content),
    the parent tree that leads back from the content to it, and the catalog entries."""
    root = writer._root_object
    tree = DictionaryObject({NameObject("/Type"): NameObject("/StructTreeRoot")})
    tree_ref = writer._add_object(tree)
    document = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/StructElem"),
            NameObject("/S"): NameObject("/Document"),
            NameObject("/P"): tree_ref,
        }
    )
    document_ref = writer._add_object(document)
    children, parent_tree = ArrayObject(), ArrayObject()
    for page_ref, number, marked in pages:
        on_page = ArrayObject()
        for kind, mcid in marked:
            element = DictionaryObject(
                {
                    NameObject("/Type"): NameObject("/StructElem"),
                    NameObject("/S"): NameObject(f"/{kind}"),
                    NameObject("/P"): document_ref,
                    NameObject("/Pg"): page_ref,
                    NameObject("/K"): NumberObject(mcid),
                }
            )
            element_ref = writer._add_object(element)
            children.append(element_ref)
            on_page.append(element_ref)
        parent_tree += [NumberObject(number), writer._add_object(on_page)]
    document[NameObject("/K")] = children
    tree[NameObject("/K")] = document_ref
    tree[NameObject("/ParentTree")] = writer._add_object(
        DictionaryObject({NameObject("/Nums"): parent_tree})
    )
    root[NameObject("/StructTreeRoot")] = tree_ref
    root[NameObject("/MarkInfo")] = DictionaryObject({NameObject("/Marked"): BooleanObject(True)})
    root[NameObject("/Lang")] = TextStringObject(language)
    root[NameObject("/ViewerPreferences")] = DictionaryObject(
        {NameObject("/DisplayDocTitle"): BooleanObject(True)}
    )


def make_zip(members):
    """The bytes of a ZIP archive of `members` ({name: bytes}). Each member carries the same
    fixed date, so the same members make the same archive."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in members.items():
            archive.writestr(zipfile.ZipInfo(name), content, compress_type=zipfile.ZIP_DEFLATED)
    return buffer.getvalue()
