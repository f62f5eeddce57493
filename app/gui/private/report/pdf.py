"""The evidence report as a PDF: HTML in a QTextDocument, painted page by page on a QPdfWriter.

Runs off the GUI thread and touches no widget. Qt's text layout starts a timer for large
documents, which needs a thread with an event dispatcher, so the painting happens in a QThread
that the worker waits for. The file is written under a temporary name next to the target and
renamed at the end; whatever stops it (her Cancel, a lock, an error) deletes the partial file.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QMarginsF,
    QRectF,
    QSize,
    QSizeF,
    Qt,
    QThread,
    QUrl,
)
from PySide6.QtGui import (
    QFont,
    QImage,
    QImageIOHandler,
    QImageReader,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from app.core.report import Cancelled, Report, ReportFile
from app.gui.private.report.html import FONT_FAMILIES as FONT_FAMILIES
from app.gui.private.report.html import MONO_FAMILIES as MONO_FAMILIES
from app.gui.private.report.html import STYLE as STYLE
from app.gui.private.report.html import build_html as build_html
from app.gui.private.report.html import font_families
from app.gui.private.report.words import Words as Words
from app.gui.private.report.words import field_labels as field_labels
from app.gui.private.report.words import heads as heads

RESOLUTION = 300
PHOTO_BOX = 340  # largest side of a photo on the page, in CSS pixels (about 9 cm)
PHOTO_DPI = 200  # photos are decoded at this resolution for the page, not at full size
PDF_TITLE = "Document"
FOOTER_MM = 9.0
ROTATE_90 = QImageIOHandler.Transformation.TransformationRotate90

Load = Callable[[int], bytes | None]
Progress = Callable[[int], None]
Check = Callable[[], bool]


translate = QCoreApplication.translate  # strings below: context "ReportPdf"


def report_font(point_size: float = 10) -> QFont:
    font = QFont()
    font.setFamilies(font_families(FONT_FAMILIES))
    font.setPointSizeF(point_size)
    return font


def page_done(page: int, pages: int) -> None:
    """Called after each page is painted (tests use it to act in the middle of a report)."""


# the photos ----------------------------------------------------------------------------------
def photo_size(f: ReportFile) -> QSize | None:
    """The size a photo takes on the page (CSS pixels), or None when it cannot be shown."""
    if f.kind != "image" or f.width <= 0 or f.height <= 0 or "heic" in f.mime.lower():
        return None
    size = QSize(f.width, f.height)
    size.scale(PHOTO_BOX, PHOTO_BOX, Qt.AspectRatioMode.KeepAspectRatio)
    return size if not size.isEmpty() else None


class ReportDocument(QTextDocument):
    """Photos are decoded only when a page shows them and not kept afterwards, so a long
    report does not hold every picture in memory."""

    def __init__(self, load: Load, sizes: dict[int, QSize]) -> None:
        super().__init__()
        self._load = load
        self._sizes = sizes

    def loadResource(self, kind: int, name: QUrl | str) -> Any:
        name = QUrl(name)
        if name.scheme() != "photo":
            return super().loadResource(kind, name)
        try:
            attachment_id = int(name.path())
            data = self._load(attachment_id)
        except (ValueError, KeyError):
            return QImage()
        if not data:
            return QImage()
        buffer = QBuffer()
        buffer.setData(QByteArray(data))
        buffer.open(QBuffer.OpenModeFlag.ReadOnly)
        reader = QImageReader(buffer)
        reader.setAutoTransform(True)
        shown = self._sizes.get(attachment_id)
        if shown is not None:
            wanted = QSize(shown.width() * PHOTO_DPI // 96, shown.height() * PHOTO_DPI // 96)
            full = reader.size()
            if full.isValid() and full.width() > wanted.width():
                if reader.transformation() & ROTATE_90:
                    wanted.transpose()
                reader.setScaledSize(wanted)
        image = reader.read()
        buffer.close()
        return image


# painting ------------------------------------------------------------------------------------
def _paint(
    report: Report,
    language: str,
    part: Path,
    load: Load,
    progress: Progress,
    cancelled: Check,
) -> None:
    sizes = {f.attachment_id: s for e in report.entries for f in e.files if (s := photo_size(f))}
    writer = QPdfWriter(str(part))
    writer.setTitle(PDF_TITLE)
    writer.setCreator("")
    writer.setResolution(RESOLUTION)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(18, 16, 18, 12), QPageLayout.Unit.Millimeter)
    document = ReportDocument(load, sizes)
    painter: QPainter | None = None
    try:
        document.setDefaultFont(report_font())
        document.documentLayout().setPaintDevice(writer)
        body = build_html(report, language, sizes)
        if cancelled():
            raise Cancelled
        rect = writer.pageLayout().paintRectPixels(RESOLUTION)
        footer = FOOTER_MM / 25.4 * RESOLUTION
        width, height = float(rect.width()), float(rect.height()) - footer
        document.setPageSize(QSizeF(width, height))
        document.setHtml(body)
        pages = document.pageCount()
        progress(40)
        if cancelled():
            raise Cancelled
        painter = QPainter()
        if not painter.begin(writer):
            raise OSError("the PDF could not be written")
        painter.setFont(report_font(8.5))
        template = translate("ReportPdf", "Page %1 of %2")
        for page in range(pages):
            if cancelled():
                raise Cancelled
            if page:
                writer.newPage()
            painter.save()
            painter.translate(0, -page * height)
            document.drawContents(painter, QRectF(0, page * height, width, height))
            painter.restore()
            painter.drawText(
                QRectF(0, height, width, footer),
                int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom),
                template.replace("%1", str(page + 1)).replace("%2", str(pages)),
            )
            page_done(page + 1, pages)
            progress(40 + 60 * (page + 1) // pages)
    finally:
        if painter is not None and painter.isActive():
            painter.end()
        del painter
        document.clear()
        del document
        del writer


class _Painting(QThread):
    def __init__(self, job: Callable[[], None]) -> None:
        super().__init__()
        self._job = job
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            self._job()
        except BaseException as exc:
            self.error = exc


def write_pdf(
    report: Report,
    target: Path,
    language: str,
    load: Load,
    progress: Progress = lambda _p: None,
    cancelled: Check = lambda: False,
) -> Path:
    """Paint ``report`` into ``target`` (replaced only when finished). Raises ``Cancelled``
    when stopped, ``OSError`` when the drive refuses; no partial file is left either way."""
    part = target.with_name(f".{secrets.token_hex(6)}.part")
    thread = _Painting(lambda: _paint(report, language, part, load, progress, cancelled))
    try:
        thread.start()
        thread.wait()
        if thread.error is not None:
            raise thread.error
        if cancelled():
            raise Cancelled
        if not part.exists() or part.stat().st_size == 0:
            raise OSError("the PDF could not be written")
        with open(part, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(part, target)
    except BaseException:
        with contextlib.suppress(OSError):
            part.unlink()
        raise
    finally:
        del thread
    return target
