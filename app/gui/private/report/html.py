"""The evidence report as HTML: the cover, summary, calendar, entries and both appendices.

Painted page by page on a PDF by app/gui/private/report/pdf.py.
"""

from __future__ import annotations

import calendar
import html
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QLocale, QSize
from PySide6.QtGui import QFontDatabase

from app.core.report import Report, ReportEntry, ReportFile, summary_lines
from app.gui.private.diary.list_model import counted, kinds_text
from app.gui.private.report.words import Words, esc, fields_table, file_date_text, hash_span, heads

# Families with Latin, Arabic and Hebrew glyphs, best first; Qt falls back per character too.
FONT_FAMILIES = ("DejaVu Sans", "Noto Sans", "Noto Naskh Arabic", "Arial", "Tahoma", "Segoe UI")
MONO_FAMILIES = ("DejaVu Sans Mono", "Noto Sans Mono", "Consolas", "Courier New")

translate = QCoreApplication.translate  # strings below: context "ReportPdf"


def font_families(wanted: tuple[str, ...]) -> list[str]:
    present = set(QFontDatabase.families())
    return [f for f in wanted if f in present] or [wanted[0]]


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
    mono = font_families(MONO_FAMILIES)[0]
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
        counted(
            report.left_out,
            translate(
                "ReportPdf",
                "1 entry of the diary was left out of this report. "
                "Nothing of its content is shown here.",
            ),
            translate(
                "ReportPdf",
                "%1 entries of the diary were left out of this report. "
                "Nothing of their content is shown here.",
            ),
            translate("ReportPdf", "No entry of the diary was left out of this report."),
        ),
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
        f"<td>{html.escape(kinds_text(s.kinds))}</td>"
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
            + html.escape(
                counted(
                    total,
                    translate("ReportPdf", "1 entry"),
                    translate("ReportPdf", "%1 entries"),
                    translate("ReportPdf", "no entries"),
                )
            )
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
        lines.append(f"{html.escape(label)}: {html.escape(file_date_text(w, f.original_date))}")
    lines.append(f"{heads()['SHA-256 of the stored copy']}: {hash_span(f.sha256)}")
    original = translate("ReportPdf", "SHA-256 of the original file")
    lines.append(f"{html.escape(original)}: {hash_span(f.original_sha256)}")
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
        f"<p>{esc(text)}</p>" if text else f"<p class='muted'>{heads()['(no text)']}</p>",
        fields_table(entry.fields),
    ]
    if entry.files:
        parts.append(f"<p><b>{heads()['Photos and files']}</b></p>")
        for f in entry.files:
            parts.append(_file_block(f, w, sizes.get(f.attachment_id)))
    parts.append(
        "<p class='small muted'>"
        + html.escape(translate("ReportPdf", "Fingerprint of this version (SHA-256)"))
        + ": "
        + hash_span(entry.current_hash)
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
            parts.append(f"<p><b>{html.escape(head)}</b><br/>{hash_span(v.hash)}</p>")
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
                parts.append(f"<p>{esc(text)}</p>")
            parts.append(fields_table(v.fields))
            for record in v.files:
                parts.append(
                    "<p class='small'>"
                    + html.escape(str(record.get("name", "")))
                    + ": "
                    + hash_span(str(record.get("sha256", "")))
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
        status = counted(
            report.chain_damaged,
            translate(
                "ReportPdf",
                "When this report was made, the diary's check found a difference in 1 entry.",
            ),
            translate(
                "ReportPdf",
                "When this report was made, the diary's check found a difference in %1 entries.",
            ),
            translate(
                "ReportPdf", "When this report was made, the diary's check found a difference."
            ),
        )
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
        f"<td>{hash_span(digest)}</td></tr>"
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
