"""Tests for screener.ingest.pdfium_calls: PDFium's functions with handles as addresses, on a real PDF."""

from __future__ import annotations

import ctypes
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as raw

import docfactory
from screener.ingest import pdfium_calls as pc


class TestOnAddresses:
    """The re-declared functions answer as pypdfium2's own, with plain addresses for handles."""

    def test_same_objects_as_pypdfium2(self, tmp_path: Path) -> None:
        """A page's objects are counted, typed and addressed the same through either binding."""
        path = docfactory.pdf_glyph_per_object(tmp_path / "glyphs.pdf", ["Python developer"])
        document = pdfium.PdfDocument(path)
        try:
            page = document[0]
            handle = pc.handle(page.raw)
            count = raw.FPDFPage_CountObjects(page.raw)
            assert count > 1
            assert pc.FPDFPage_CountObjects(handle) == count
            for k in range(count):
                theirs = raw.FPDFPage_GetObject(page.raw, k)
                ours = pc.FPDFPage_GetObject(handle, k)
                assert ours == ctypes.addressof(theirs.contents)
                assert pc.FPDFPageObj_GetType(ours) == raw.FPDFPageObj_GetType(theirs)
            page.close()
        finally:
            document.close()

    def test_null_is_none(self, tmp_path: Path) -> None:
        """An object index past the end gives None (NULL), which pypdfium2 gives as a null pointer."""
        path = docfactory.pdf_lines(tmp_path / "one.pdf", [["Python"]])
        document = pdfium.PdfDocument(path)
        try:
            page = document[0]
            assert pc.FPDFPage_GetObject(pc.handle(page.raw), 10_000) is None
            assert not raw.FPDFPage_GetObject(page.raw, 10_000)
            page.close()
        finally:
            document.close()

    def test_numbered_handles(self, tmp_path: Path) -> None:
        """A handle given as a number is the same address as on_addresses gives, and NULL is 0, not None."""
        path = docfactory.pdf_glyph_per_object(tmp_path / "glyphs.pdf", ["Go"])
        document = pdfium.PdfDocument(path)
        try:
            page = document[0]
            handle = pc.handle(page.raw)
            count = pc.FPDFPage_CountObjects(handle)
            assert [pc.PageObjects(handle, k) for k in range(count)] == [
                pc.FPDFPage_GetObject(handle, k) for k in range(count)
            ]
            assert pc.PageObjects(handle, 10_000) == 0
            page.close()
        finally:
            document.close()

    def test_pages_opened_by_address(self, tmp_path: Path) -> None:
        """A page and its text page loaded by address give what pypdfium2's own give: the same MediaBox
        and character count; a page index past the end gives NULL."""
        path = docfactory.pdf_lines(tmp_path / "two.pdf", [["Python developer"], ["Go", "Rust"]])
        document = pdfium.PdfDocument(path)
        try:
            address = pc.handle(document.raw)
            for index in range(len(document)):
                page = pc.FPDF_LoadPage(address, index)
                textpage = pc.FPDFText_LoadPage(page)
                box = [ctypes.c_float() for _ in range(4)]
                assert pc.FPDFPage_GetMediaBox(page, *box)
                theirs = document[index]
                assert tuple(b.value for b in box) == theirs.get_mediabox()
                assert pc.FPDFText_CountChars(textpage) == theirs.get_textpage().count_chars()
                pc.FPDFText_ClosePage(textpage)
                pc.FPDF_ClosePage(page)
            assert pc.FPDF_LoadPage(address, len(document)) is None
        finally:
            document.close()

    def test_only_handles_change(self) -> None:
        """Handles become void pointers; a struct argument keeps pypdfium2's own type."""
        matrix = pc.on_addresses(raw.FPDFPageObj_GetMatrix)
        assert matrix.argtypes[0] is ctypes.c_void_p
        assert matrix.argtypes[1] is raw.FPDFPageObj_GetMatrix.argtypes[1]


class TestWithBuffers:
    """Functions re-declared to write into buffers at addresses answer as pypdfium2's own."""

    def test_char_boxes_into_one_buffer(self, tmp_path: Path) -> None:
        """Every character's loose box, written side by side into one buffer, is the box pypdfium2 gives."""
        path = docfactory.pdf_lines(tmp_path / "two.pdf", [["Python developer", "Go and Rust"]])
        document = pdfium.PdfDocument(path)
        try:
            page = document[0]
            textpage = page.get_textpage()
            count = raw.FPDFText_CountChars(textpage.raw)
            buffer = (ctypes.c_float * (4 * count))()
            at = ctypes.addressof(buffer)
            written = [pc.LooseCharBoxes(pc.handle(textpage.raw), i, at + 16 * i) for i in range(count)]
            rect = raw.FS_RECTF()
            for i in range(count):
                assert bool(written[i]) == bool(raw.FPDFText_GetLooseCharBox(textpage.raw, i, rect))
                assert buffer[4 * i:4 * i + 4] == [rect.left, rect.top, rect.right, rect.bottom]
            textpage.close()
            page.close()
        finally:
            document.close()

    def test_out_arguments_become_addresses(self) -> None:
        """Handles and out-arguments become void pointers; plain numbers keep their type."""
        box = pc.with_buffers(raw.FPDFText_GetLooseCharBox)
        assert box.argtypes == (ctypes.c_void_p, ctypes.c_int, ctypes.c_void_p)
        descent = pc.with_buffers(raw.FPDFFont_GetDescent)
        assert descent.argtypes[1] is raw.FPDFFont_GetDescent.argtypes[1]
