"""Generate the hostile corpus: broken, encrypted, enormous and malicious files a screen must survive.

Every file is made here, from the bundled fictional samples or from scratch, by real tools
(reportlab, python-docx, odfpy, zipfile, zlib). Beside the files, ``expected.json`` names each file's outcome:
``ranked`` or the reason code errors.csv must give. ``tests/test_hostile.py`` screens the folder
and checks every file ends as expected, the batch unharmed, and nothing read outside the folder.

Usage::

    python scripts/make_hostile.py --out /tmp/hostile
"""

from __future__ import annotations

import io
import json
import random
import zipfile
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path

import docx
from odf.opendocument import OpenDocumentText
from odf.text import P
from reportlab.lib.pagesizes import A4
from reportlab.lib.pdfencrypt import StandardEncryption
from reportlab.pdfgen import canvas

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "data" / "samples" / "resumes"
GOOD_PDF = SAMPLES / "alice_nguyen_senior_backend.pdf"
GOOD_DOCX = SAMPLES / "carmen_diaz_skills_table.docx"
RESUME_LINES = ("Sam Example", "Skills", "Python, Django, PostgreSQL", "Experience",
                "Backend Developer, Example Ltd, Jan 2019 - Dec 2022", "Built services in Python")
SECRET = "HOSTILE-SECRET-0451"  # written outside the corpus; no report may ever contain it

Builder = Callable[[Path], str | None]


def _pdf(path: Path, pages: int = 1, **kwargs: object) -> None:
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1, **kwargs)
    for _ in range(pages):
        pdf.setFont("Helvetica", 11)
        for k, line in enumerate(RESUME_LINES):
            pdf.drawString(72, 770 - 15 * k, line)
        pdf.showPage()
    pdf.save()


def truncated_pdf(path: Path) -> str:
    data = GOOD_PDF.read_bytes()
    path.write_bytes(data[: len(data) // 3])
    return "corrupt"


def broken_xref_pdf(path: Path) -> str:
    data = GOOD_PDF.read_bytes()
    at = data.rfind(b"startxref")
    path.write_bytes(data[:at] + b"startxref\n999999999\n%%EOF\n")
    return "ranked"  # the parser rebuilds the cross-references from the objects


def reference_loop_pdf(path: Path) -> str:
    """A page tree whose Pages node names itself as its kid."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
    ]
    stream = b"BT /F1 12 Tf 72 720 Td (Loop) Tj ET"
    objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    path.write_bytes(_assemble(objects))
    return "ranked"  # the loop is broken and the one real page read


def deep_nesting_pdf(path: Path) -> str:
    """An object of arrays nested a hundred thousand deep."""
    depth = 100_000
    objects = [b"<< /Type /Catalog /Pages 2 0 R /Deep " + b"[" * depth + b"]" * depth + b" >>",
               b"<< /Type /Pages /Kids [] /Count 0 >>"]
    path.write_bytes(_assemble(objects))
    return "corrupt"  # no page to read


def _assemble(objects: list[bytes]) -> bytes:
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


def memory_hog_pdf(path: Path) -> str:
    """A 4 MB PDF whose one page's content inflates to 4 GiB (of zero bytes): reading it takes gigabytes."""
    stream = _inflating_zeros(4096)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    path.write_bytes(_assemble(objects))
    return "out_of_memory"


def _inflating_zeros(mebibytes: int) -> bytes:
    """A valid zlib stream of ``mebibytes`` MiB of zero bytes, made without compressing them all.

    After a full flush the compressor starts afresh, so every further MiB compresses to the same
    bytes; the checksum of n zero bytes is worked out (Adler-32: a = 1, b = n mod 65521).
    """
    chunk = bytes(1 << 20)
    compressor = zlib.compressobj(9)
    first = compressor.compress(chunk) + compressor.flush(zlib.Z_FULL_FLUSH)
    again = compressor.compress(chunk) + compressor.flush(zlib.Z_FULL_FLUSH)
    end = compressor.flush(zlib.Z_FINISH)[:-4]
    adler = (((mebibytes << 20) % 65521) << 16) | 1
    return first + again * (mebibytes - 1) + end + adler.to_bytes(4, "big")


def encrypted_user_pdf(path: Path) -> str:
    _pdf(path, encrypt=StandardEncryption("user-secret", ownerPassword="owner-secret"))
    return "encrypted"


def encrypted_owner_only_pdf(path: Path) -> str:
    _pdf(path, encrypt=StandardEncryption("", ownerPassword="owner-secret", canCopy=0, canModify=0))
    return "ranked"  # opens without a password: readers may show it, so may we


def thousands_of_pages_pdf(path: Path) -> str:
    _pdf(path, pages=3000)
    return "too_large"


def image_only_pdf(path: Path) -> str:
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    pdf.rect(72, 400, 300, 200, fill=1)
    pdf.showPage()
    pdf.save()
    return "no_text"


def _docx_parts(text: str) -> Iterator[tuple[zipfile.ZipInfo, bytes]]:
    """The parts of a one-paragraph DOCX made by python-docx, for a test file to rewrite."""
    document = docx.Document()
    document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    with zipfile.ZipFile(buffer) as source:
        for item in source.infolist():
            yield item, source.read(item.filename)


def docx_zip_bomb(path: Path) -> str:
    """A DOCX whose document part inflates to half a gigabyte of spaces."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for item, data in _docx_parts("Sam Example"):
            if item.filename == "word/document.xml":
                with target.open(item.filename, "w") as stream:
                    stream.write(data.replace(b"Sam Example", b"Sam"))
                    chunk = b" " * (1 << 20)
                    for _ in range(512):
                        stream.write(chunk)
                continue
            target.writestr(item, data)
    return "zip_bomb"


def _docx_with_document_xml(path: Path, document_xml: bytes) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for item, data in _docx_parts("placeholder"):
            target.writestr(item, document_xml if item.filename == "word/document.xml" else data)


_W = b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def docx_external_entity(path: Path) -> str:
    """A DOCX whose XML declares an external entity pointing at a file outside the corpus."""
    secret = path.parent.parent / "outside-secret.txt"
    xml = (b'<?xml version="1.0"?>\n<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file://'
           + str(secret).encode() + b'">]>\n<w:document ' + _W + b"><w:body><w:p><w:r><w:t>Sam Example "
           b"Python &xxe;</w:t></w:r></w:p></w:body></w:document>")
    _docx_with_document_xml(path, xml)
    return "ranked"


def docx_entity_expansion(path: Path) -> str:
    """A DOCX whose XML is a "billion laughs": entities of entities, ten to the ninth copies."""
    entities = b'<!ENTITY lol0 "lol">' + b"".join(
        b'<!ENTITY lol%d "%s">' % (k, b"&lol%d;" % (k - 1) * 10) for k in range(1, 10))
    xml = (b'<?xml version="1.0"?>\n<!DOCTYPE w:document [' + entities + b']>\n<w:document ' + _W
           + b"><w:body><w:p><w:r><w:t>Sam &lol9;</w:t></w:r></w:p></w:body></w:document>")
    _docx_with_document_xml(path, xml)
    return "corrupt"


def _odt_with_content(path: Path, rewrite: Callable[[bytes], bytes]) -> None:
    """A genuine ODT (odfpy) of the resume lines whose content.xml is ``rewrite(content.xml)``."""
    document = OpenDocumentText()
    for line in RESUME_LINES:
        document.text.addElement(P(text=line))
    buffer = io.BytesIO()
    document.save(buffer)
    with zipfile.ZipFile(buffer) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item.filename)
            target.writestr(item, rewrite(data) if item.filename == "content.xml" else data)


def odt_zip_bomb(path: Path) -> str:
    """An OpenDocument text whose content part inflates to 64 MiB of spaces."""
    _odt_with_content(path, lambda xml: xml + b" " * (64 << 20))
    return "zip_bomb"


def odt_entity_expansion(path: Path) -> str:
    """An OpenDocument text whose content part is a "billion laughs"."""
    entities = b'<!ENTITY lol0 "lol">' + b"".join(
        b'<!ENTITY lol%d "%s">' % (k, b"&lol%d;" % (k - 1) * 10) for k in range(1, 10))

    def laughs(xml: bytes) -> bytes:
        root = xml[xml.index(b"<office:document-content"):].replace(b"Sam Example", b"Sam &lol9;")
        return b'<?xml version="1.0"?>\n<!DOCTYPE office:document-content [' + entities + b"]>\n" + root

    _odt_with_content(path, laughs)
    return "corrupt"


def good_odt(path: Path) -> str:
    """The fictional resume as a LibreOffice user saves it (ODT), under a .docx name."""
    _odt_with_content(path, lambda xml: xml)
    return "ranked"


def macro_enabled_docm(path: Path) -> str:
    """A Word document with macros (its main part's content type says so, and it carries a VBA part)."""
    buffer = io.BytesIO()
    docx.Document().save(buffer)
    with zipfile.ZipFile(buffer) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "[Content_Types].xml":
                data = data.replace(b"wordprocessingml.document.main+xml", b"ms-word.document.macroEnabled.main+xml")
            target.writestr(item, data)
        target.writestr("word/vbaProject.bin", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512)
    return "unsupported_format"


def doc_renamed_docx(path: Path) -> str:
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(4096))
    return "unsupported_format"


def empty_file(path: Path) -> str:
    path.write_bytes(b"")
    return "empty"


def random_bytes(path: Path) -> str:
    path.write_bytes(random.Random(451).randbytes(64 * 1024))
    return "unsupported_format"


def huge_text(path: Path) -> str:
    line = ("Python Django PostgreSQL " * 4 + "\n").encode()
    with path.open("wb") as stream:
        for _ in range(21 * 1024 * 1024 // len(line) + 1):
            stream.write(line)
    return "too_large"


def cp1251_text(path: Path) -> str:
    path.write_bytes("Иван Петров\nОпыт работы\nРазработчик Python, 2018 – 2021\nНавыки: Python, Django\n"
                     .encode("cp1251"))
    return "ranked"


def utf16_text(path: Path) -> str:
    path.write_bytes("\n".join(RESUME_LINES).encode("utf-16"))
    return "ranked"


def symlink_loop(path: Path) -> str | None:
    other = path.with_name(path.name + "-other")
    try:
        path.symlink_to(other.name)
        other.symlink_to(path.name)
    except OSError:  # a file system without symbolic links: nothing to test here
        return None
    return "not_found"


def symlink_loop_other(path: Path) -> str | None:
    """The other end of the loop: made with the first, it is an input of its own."""
    return "not_found" if path.is_symlink() else None


def good_control(path: Path) -> str:
    path.write_bytes(GOOD_DOCX.read_bytes())
    return "ranked"


BUILDERS: dict[str, Builder] = {
    "truncated.pdf": truncated_pdf,
    "broken_xref.pdf": broken_xref_pdf,
    "reference_loop.pdf": reference_loop_pdf,
    "deep_nesting.pdf": deep_nesting_pdf,
    "encrypted_user.pdf": encrypted_user_pdf,
    "encrypted_owner_only.pdf": encrypted_owner_only_pdf,
    "thousands_of_pages.pdf": thousands_of_pages_pdf,
    "image_only.pdf": image_only_pdf,
    "memory_hog.pdf": memory_hog_pdf,
    "zip_bomb.docx": docx_zip_bomb,
    "external_entity.docx": docx_external_entity,
    "entity_expansion.docx": docx_entity_expansion,
    "zip_bomb.odt": odt_zip_bomb,
    "entity_expansion.odt": odt_entity_expansion,
    "odt_named.docx": good_odt,
    "macro_enabled.docm": macro_enabled_docm,
    "doc_renamed.docx": doc_renamed_docx,
    "empty.pdf": empty_file,
    "random.pdf": random_bytes,
    "huge.txt": huge_text,
    "cp1251.txt": cp1251_text,
    "utf16.txt": utf16_text,
    "loop-link": symlink_loop,
    "loop-link-other": symlink_loop_other,
    "good_control.docx": good_control,
}


def make_corpus(out: Path) -> dict[str, str]:
    """Write every hostile file into ``out`` (a fresh folder) and return each file's expected outcome."""
    out.mkdir(parents=True, exist_ok=True)
    (out.parent / "outside-secret.txt").write_text(SECRET, encoding="utf-8")
    expected = {}
    for name, build in BUILDERS.items():
        outcome = build(out / name)
        if outcome is not None:
            expected[name] = outcome
    (out.parent / "expected.json").write_text(json.dumps(expected, indent=2) + "\n", encoding="utf-8")
    return expected


def main() -> None:
    from _corpus import corpus_main  # beside this script: on the path when it is run, not when a test imports it

    corpus_main(__doc__.splitlines()[0], make_corpus, "hostile files")


if __name__ == "__main__":
    main()
