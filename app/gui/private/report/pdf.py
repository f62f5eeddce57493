"""The evidence report as a PDF: HTML in a QTextDocument, painted page by page on a QPdfWriter.

Runs off the GUI thread and touches no widget. Qt's text layout starts a timer for large
documents, which needs a thread with an event dispatcher, so the painting happens in a QThread
that the worker waits for. The file is written under a temporary name next to the target and
renamed at the end; whatever stops it (her Cancel, a lock, an error) deletes the partial file.
"""

from __future__ import annotations

import calendar
import contextlib
import html
import os
import secrets
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QDateTime,
    QLocale,
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
    QFontDatabase,
    QImage,
    QImageIOHandler,
    QImageReader,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from app.core.report import Cancelled, Report, ReportEntry, ReportFile, summary_lines
from app.gui.private.diary.list_model import kind_name, when_text

# Families with Latin, Arabic and Hebrew glyphs, best first; Qt falls back per character too.
FONT_FAMILIES = ("DejaVu Sans", "Noto Sans", "Noto Naskh Arabic", "Arial", "Tahoma", "Segoe UI")
MONO_FAMILIES = ("DejaVu Sans Mono", "Noto Sans Mono", "Consolas", "Courier New")
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


def _families(wanted: tuple[str, ...]) -> list[str]:
    present = set(QFontDatabase.families())
    return [f for f in wanted if f in present] or [wanted[0]]


def report_font(point_size: float = 10) -> QFont:
    font = QFont()
    font.setFamilies(_families(FONT_FAMILIES))
    font.setPointSizeF(point_size)
    return font


def page_done(page: int, pages: int) -> None:
    """Called after each page is painted (tests use it to act in the middle of a report)."""


# the text ------------------------------------------------------------------------------------
class Words:
    """Dates and times in the space's language; the same clock for every line."""

    def __init__(self, language: str) -> None:
        self.locale = QLocale(language)

    def moment(self, t: float) -> str:
        return self.locale.toString(QDateTime.fromSecsSinceEpoch(int(t)), "dd/MM/yyyy HH:mm:ss")

    def day(self, t: float) -> str:
        return self.locale.toString(QDateTime.fromSecsSinceEpoch(int(t)).date(), "dd/MM/yyyy")

    def happened(self, entry: ReportEntry) -> str:
        f = entry.fields
        return when_text(
            self.locale,
            str(f.get("when_start", "")),
            str(f.get("when_end", "")),
            str(f.get("when_precision", "")),
            entry.recorded,
        )


def heads() -> dict[str, str]:
    """Headings and labels used inside the HTML templates, escaped."""
    found = {
        "(no text)": translate("ReportPdf", "(no text)"),
        "Calendar": translate("ReportPdf", "Calendar"),
        "Contents": translate("ReportPdf", "Contents"),
        "Diary report": translate("ReportPdf", "Diary report"),
        "Fingerprint of the diary": translate("ReportPdf", "Fingerprint of the diary"),
        "Kinds": translate("ReportPdf", "Kinds"),
        "Photos and files": translate("ReportPdf", "Photos and files"),
        "SHA-256 of the stored copy": translate("ReportPdf", "SHA-256 of the stored copy"),
        "Summary": translate("ReportPdf", "Summary"),
        "The entries": translate("ReportPdf", "The entries"),
        "Versions in this report": translate("ReportPdf", "Versions in this report"),
        "What happened": translate("ReportPdf", "What happened"),
        "When it happened": translate("ReportPdf", "When it happened"),
    }
    return {k: html.escape(v) for k, v in found.items()}


def _esc(value: Any) -> str:
    """User text, escaped, line breaks kept; each paragraph finds its own direction."""
    return html.escape(str(value)).replace("\n", "<br/>")


def field_labels() -> list[tuple[str, str]]:
    return [
        ("duration", translate("ReportPdf", "How long")),
        ("place", translate("ReportPdf", "Where")),
        ("kinds", translate("ReportPdf", "Kinds of violence")),
        ("danger", translate("ReportPdf", "Signs of serious danger")),
        ("words", translate("ReportPdf", "Exact words said")),
        ("injuries", translate("ReportPdf", "Injuries, damage")),
        ("effect", translate("ReportPdf", "How it affected the person")),
        ("witnesses", translate("ReportPdf", "Who saw or heard it")),
        ("children_present", translate("ReportPdf", "Children present")),
        ("police_called", translate("ReportPdf", "Police called")),
        ("pv_number", translate("ReportPdf", "PV number")),
        ("police_station", translate("ReportPdf", "Police station")),
        ("doctor", translate("ReportPdf", "Doctor or hospital")),
        ("certificate", translate("ReportPdf", "Medical certificate")),
    ]


def _danger_name(code: str) -> str:
    return {
        "neck": translate("ReportPdf", "Hands or an arm on the neck or throat"),
        "kill_threat": translate("ReportPdf", "A threat to kill"),
        "weapon": translate("ReportPdf", "A weapon, or something used as one"),
        "worse": translate("ReportPdf", "Happening more often, or getting worse"),
    }.get(code, code)


def _value(key: str, value: Any) -> str:
    if key == "kinds":
        return ", ".join(html.escape(kind_name(str(k))) for k in value)
    if key == "danger":
        return ", ".join(html.escape(_danger_name(str(k))) for k in value)
    if key in ("children_present", "police_called", "certificate"):
        return html.escape(
            {"yes": translate("ReportPdf", "Yes"), "no": translate("ReportPdf", "No")}.get(
                str(value), str(value)
            )
        )
    return _esc(value)


def _fields_table(fields: dict[str, Any]) -> str:
    rows = [
        f"<tr><td width='30%'><b>{html.escape(label)}</b></td>"
        f"<td>{_value(key, fields[key])}</td></tr>"
        for key, label in field_labels()
        if fields.get(key)
    ]
    if not rows:
        return ""
    return (
        "<table class='grid' width='100%' cellspacing='0' cellpadding='3'>"
        + "".join(rows)
        + "</table>"
    )


def _hash(value: str) -> str:
    return f"<span class='hash'>{html.escape(value)}</span>"


STYLE = """
body { font-size: 10pt; }
h1 { font-size: 20pt; }
h2 { font-size: 15pt; margin-top: 12px; }
h3 { font-size: 11.5pt; margin-top: 14px; }
.muted { color: #444444; }
.small { font-size: 8.5pt; }
.hash { font-family: '%MONO%'; font-size: 7.5pt; }
table.grid { border-collapse: collapse; border-color: #999999; border-style: solid; }
table.grid td, table.grid th { border: 1px solid #999999; }
th { background-color: #eeeeee; text-align: left; }
td.busy { background-color: #d9e6f5; font-weight: bold; }
.break { page-break-before: always; }
"""


def build_html(report: Report, language: str, sizes: dict[int, QSize] | None = None) -> str:
    """The whole report as HTML; photos are ``photo:<id>`` resources of the ``sizes`` given."""
    w = Words(language)
    mono = _families(MONO_FAMILIES)[0]
    parts = [f"<html><head><style>{STYLE.replace('%MONO%', mono)}</style></head><body>"]
    parts.append(_cover(report, w))
    parts.append(_summary(report, w))
    parts.append(_calendar(report, w))
    parts.append(f"<h2 class='break'>{heads()['The entries']}</h2>")
    for entry in report.entries:
        parts.append(_entry(entry, w, sizes or {}))
    parts.append(_earlier(report, w))
    parts.append(_integrity(report, w))
    parts.append("</body></html>")
    return "".join(parts)


def _cover(report: Report, w: Words) -> str:
    if report.period is None:
        period = translate("ReportPdf", "No entries")
    else:
        period = (
            translate("ReportPdf", "From %1 to %2")
            .replace("%1", w.day(report.period[0]))
            .replace("%2", w.day(report.period[1]))
        )
    offset = datetime.fromtimestamp(report.made).astimezone().strftime("%z")
    zone = f"UTC{offset[:3]}:{offset[3:]}" if offset else "UTC"
    rows = [
        (translate("ReportPdf", "Period covered"), period),
        (translate("ReportPdf", "Entries in this report"), str(len(report.entries))),
        (translate("ReportPdf", "Entries left out"), str(report.left_out)),
        (translate("ReportPdf", "Made on"), w.moment(report.made)),
    ]
    table = "".join(
        f"<tr><td width='40%'><b>{html.escape(a)}</b></td><td>{html.escape(b)}</td></tr>"
        for a, b in rows
    )
    notes = [
        translate(
            "ReportPdf",
            "This report was made from a personal diary kept in an app on a computer. "
            "The person who kept it chose which entries to include.",
        ),
        translate(
            "ReportPdf",
            "%1 entries of the diary were left out of this report. "
            "Nothing of their content is shown here.",
        ).replace("%1", str(report.left_out)),
        translate(
            "ReportPdf",
            "All times come from this computer's clock (time zone %1). They say when an entry "
            "was written down and changed, as the computer told it.",
        ).replace("%1", zone),
        translate(
            "ReportPdf",
            "Every saved version of an entry is kept. Earlier versions are in the appendix, "
            "and the last pages explain how to check that nothing was altered.",
        ),
    ]
    contents = [
        translate("ReportPdf", "Summary"),
        translate("ReportPdf", "Calendar"),
        translate("ReportPdf", "The entries"),
        translate("ReportPdf", "Appendix A: earlier versions"),
        translate("ReportPdf", "Appendix B: fingerprints and how to check them"),
    ]
    return (
        f"<h1>{heads()['Diary report']}</h1>"
        f"<table class='grid' width='100%' cellspacing='0' cellpadding='5'>{table}</table>"
        + "".join(f"<p>{html.escape(n)}</p>" for n in notes)
        + f"<h3>{heads()['Contents']}</h3><ol>"
        + "".join(f"<li>{html.escape(c)}</li>" for c in contents)
        + "</ol>"
    )


def _summary(report: Report, w: Words) -> str:
    head = (
        f"<tr><th>#</th><th>{heads()['When it happened']}</th>"
        f"<th>{heads()['Kinds']}</th>"
        f"<th>{heads()['What happened']}</th></tr>"
    )
    by_number = {e.number: e for e in report.entries}
    rows = "".join(
        f"<tr><td>{s.number}</td><td>{html.escape(w.happened(by_number[s.number]))}</td>"
        f"<td>{html.escape(', '.join(kind_name(k) for k in s.kinds))}</td>"
        f"<td>{html.escape(s.text)}</td></tr>"
        for s in summary_lines(report)
    )
    return (
        f"<h2 class='break'>{heads()['Summary']}</h2>"
        "<table class='grid' width='100%' cellspacing='0' cellpadding='3'>"
        f"<thead>{head}</thead>{rows}</table>"
    )


def _calendar(report: Report, w: Words) -> str:
    counts = report.day_counts()
    parts = [
        f"<h2 class='break'>{heads()['Calendar']}</h2>",
        "<p class='muted'>"
        + html.escape(
            translate(
                "ReportPdf",
                "The number of entries on each day, counted on the day each one started. "
                "An entry about a longer period is counted on its first day.",
            )
        )
        + "</p>",
    ]
    days = "".join(
        f"<th>{html.escape(w.locale.dayName(i, QLocale.FormatType.ShortFormat))}</th>"
        for i in range(1, 8)
    )
    for year, month in report.months():
        title = f"{w.locale.standaloneMonthName(month)} {year}"
        total = sum(n for d, n in counts.items() if (d.year, d.month) == (year, month))
        rows = []
        for week in calendar.Calendar(0).monthdayscalendar(year, month):
            cells = []
            for day in week:
                if day == 0:
                    cells.append("<td></td>")
                    continue
                n = counts.get(date(year, month, day), 0)
                cells.append(
                    f"<td class='busy' align='center'>{day} ({n})</td>"
                    if n
                    else f"<td align='center' class='muted'>{day}</td>"
                )
            rows.append("<tr>" + "".join(cells) + "</tr>")
        parts.append(
            f"<h3>{html.escape(title)} · "
            + html.escape(translate("ReportPdf", "%1 entries").replace("%1", str(total)))
            + "</h3><table class='grid' width='100%' cellspacing='0' cellpadding='2'>"
            + f"<tr>{days}</tr>"
            + "".join(rows)
            + "</table>"
        )
    return "".join(parts)


def _file_block(f: ReportFile, w: Words, size: QSize | None) -> str:
    lines = [f"<b>{html.escape(f.name)}</b>"]
    if f.original_date:
        label = (
            translate("ReportPdf", "Date taken")
            if f.kind == "image"
            else translate("ReportPdf", "Date of the file")
        )
        lines.append(f"{html.escape(label)}: {html.escape(_date_text(f.original_date))}")
    lines.append(f"{heads()['SHA-256 of the stored copy']}: {_hash(f.sha256)}")
    original = translate("ReportPdf", "SHA-256 of the original file")
    lines.append(f"{html.escape(original)}: {_hash(f.original_sha256)}")
    if f.reduced or f.location_removed:
        notes = []
        if f.reduced:
            notes.append(
                translate("ReportPdf", "The stored copy was made smaller than the original.")
            )
        if f.location_removed:
            notes.append(translate("ReportPdf", "The location recorded in the photo was removed."))
        lines.append(html.escape(" ".join(notes)))
    image = ""
    if size is not None:
        image = (
            f"<p><img src='photo:{f.attachment_id}' width='{size.width()}' "
            f"height='{size.height()}'/></p>"
        )
    elif f.kind == "image":
        lines.append(
            html.escape(
                translate("ReportPdf", "This picture cannot be shown here; its hashes are above.")
            )
        )
    return image + "<p class='small'>" + "<br/>".join(lines) + "</p>"


def _date_text(value: str) -> str:
    for fmt in ("%Y:%m:%d %H:%M:%S", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M:%S", "%Y-%m-%d"):
        try:
            return datetime.strptime(value[:19], fmt).strftime("%d/%m/%Y %H:%M:%S")
        except ValueError:
            continue
    return value


def _entry(entry: ReportEntry, w: Words, sizes: dict[int, QSize]) -> str:
    title = (
        translate("ReportPdf", "Entry %1").replace("%1", str(entry.number))
        + " · "
        + w.happened(entry)
    )
    times = [
        (translate("ReportPdf", "When it happened"), w.happened(entry)),
        (translate("ReportPdf", "Recorded"), w.moment(entry.recorded)),
        (translate("ReportPdf", "Last edited"), w.moment(entry.edited)),
        (translate("ReportPdf", "Versions"), str(len(entry.versions))),
    ]
    time_rows = "".join(
        f"<tr><td width='30%'><b>{html.escape(a)}</b></td><td>{html.escape(b)}</td></tr>"
        for a, b in times
    )
    text = entry.fields.get("text", "")
    parts = [
        f"<h3>{html.escape(title)}</h3>",
        f"<table class='grid' width='100%' cellspacing='0' cellpadding='3'>{time_rows}</table>",
        f"<p><b>{heads()['What happened']}</b></p>",
        f"<p>{_esc(text)}</p>" if text else f"<p class='muted'>{heads()['(no text)']}</p>",
        _fields_table(entry.fields),
    ]
    if entry.files:
        parts.append(f"<p><b>{heads()['Photos and files']}</b></p>")
        for f in entry.files:
            parts.append(_file_block(f, w, sizes.get(f.attachment_id)))
    parts.append(
        "<p class='small muted'>"
        + html.escape(translate("ReportPdf", "Fingerprint of this version (SHA-256)"))
        + ": "
        + _hash(entry.current_hash)
        + "</p><hr/>"
    )
    return "".join(parts)


def _earlier(report: Report, w: Words) -> str:
    title = translate("ReportPdf", "Appendix A: earlier versions")
    parts = [f"<h2 class='break'>{html.escape(title)}</h2>"]
    found = False
    for entry in report.entries:
        if not entry.earlier:
            continue
        found = True
        parts.append(
            "<h3>"
            + html.escape(translate("ReportPdf", "Entry %1").replace("%1", str(entry.number)))
            + " · "
            + html.escape(w.happened(entry))
            + "</h3>"
        )
        for v in entry.earlier:
            head = (
                translate("ReportPdf", "Version %1, saved %2")
                .replace("%1", str(v.number))
                .replace("%2", w.moment(v.saved))
            )
            parts.append(f"<p><b>{html.escape(head)}</b><br/>{_hash(v.hash)}</p>")
            if v.fields is None:
                parts.append(
                    "<p class='muted'>"
                    + html.escape(
                        translate(
                            "ReportPdf",
                            "The content of this version was erased on request. "
                            "Its fingerprint stays in the chain.",
                        )
                    )
                    + "</p>"
                )
                continue
            text = v.fields.get("text", "")
            if text:
                parts.append(f"<p>{_esc(text)}</p>")
            parts.append(_fields_table(v.fields))
            for record in v.files:
                parts.append(
                    "<p class='small'>"
                    + html.escape(str(record.get("name", "")))
                    + ": "
                    + _hash(str(record.get("sha256", "")))
                    + "</p>"
                )
    if not found:
        parts.append(
            "<p>"
            + html.escape(translate("ReportPdf", "No entry in this report has earlier versions."))
            + "</p>"
        )
    return "".join(parts)


def _integrity(report: Report, w: Words) -> str:
    if report.chain_ok:
        status = translate(
            "ReportPdf", "When this report was made, the diary's check found everything intact."
        )
    else:
        status = translate(
            "ReportPdf",
            "When this report was made, the diary's check found a difference in %1 entries.",
        ).replace("%1", str(report.chain_damaged))
    explain = [
        translate(
            "ReportPdf",
            "Each time an entry is saved, the app computes a SHA-256 hash (a fingerprint) of "
            "that version, including the hashes of its photos and files. The fingerprints are "
            "linked in a chain: each link is computed from the one before. The last link is the "
            "fingerprint of the whole diary.",
        ),
        translate(
            "ReportPdf",
            "What it proves: if a saved version, a photo or the order of versions had been "
            "partly changed afterwards, its hash or the chain would no longer match.",
        ),
        translate(
            "ReportPdf",
            "What it does not prove: it is not tamper-proof. Anyone who knows the diary's "
            "passphrase could rebuild the whole chain, and all times come from this computer's "
            "clock. A fingerprint written down or given to someone else (a support worker, a "
            "lawyer) gains weight: a rebuilt chain would end in another fingerprint.",
        ),
        translate(
            "ReportPdf",
            "How to check: make an encrypted backup of the private space. With the backup file "
            "and its passphrase, run the command below (it asks for the passphrase). It checks "
            "every hash and link and prints the diary's fingerprint. If nothing was written "
            "since this report, it is the fingerprint above; if entries were added later, the "
            "fingerprint is different, but every version hash listed below must still be in "
            "the backup.",
        ),
    ]
    rows = "".join(
        f"<tr><td>{n}</td><td>{v}</td><td>{html.escape(w.moment(saved))}</td>"
        f"<td>{_hash(digest)}</td></tr>"
        for n, v, saved, digest in report.revision_hashes()
    )
    head = "".join(
        f"<th>{html.escape(h)}</th>"
        for h in (
            translate("ReportPdf", "Entry"),
            translate("ReportPdf", "Version"),
            translate("ReportPdf", "Saved"),
            translate("ReportPdf", "SHA-256 of the version"),
        )
    )
    title = translate("ReportPdf", "Appendix B: fingerprints and how to check them")
    return (
        f"<h2 class='break'>{html.escape(title)}</h2>"
        f"<p><b>{heads()['Fingerprint of the diary']}</b></p>"
        f"<p><span class='hash' style='font-size: 9pt'>{html.escape(report.fingerprint)}</span></p>"
        f"<p>{html.escape(status)}</p>"
        + "".join(f"<p>{html.escape(e)}</p>" for e in explain)
        + "<p><span class='hash' style='font-size: 9pt'>python -m app.verify FILE</span></p>"
        + f"<h3>{heads()['Versions in this report']}</h3>"
        + "<table class='grid' width='100%' cellspacing='0' cellpadding='2'>"
        + f"<thead><tr>{head}</tr></thead>{rows}</table>"
    )


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
