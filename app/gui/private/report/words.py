"""The words of the evidence report: dates and times in the space's language, headings,
field names and values, as pieces of HTML (user text escaped).

No painting here; app/gui/private/report/html.py puts the pieces together.
"""

from __future__ import annotations

import html
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QTime

from app.core.report import ReportEntry
from app.gui.private.diary.list_model import KIND_SEPARATOR, kinds_text, when_text
from app.gui.private.formats import date_text, datetime_text, space_locale

translate = QCoreApplication.translate  # strings below: context "ReportPdf"


class Words:
    """Dates and times in the space's language; the same clock for every line."""

    def __init__(self, language: str) -> None:
        self.locale = space_locale(language)

    def moment(self, t: float) -> str:
        return datetime_text(self.locale, QDateTime.fromSecsSinceEpoch(int(t)), seconds=True)

    def day(self, t: float) -> str:
        return date_text(self.locale, QDateTime.fromSecsSinceEpoch(int(t)).date())

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


def esc(value: Any) -> str:
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


def danger_name(code: str) -> str:
    return {
        "neck": translate("ReportPdf", "Hands or an arm on the neck or throat"),
        "kill_threat": translate("ReportPdf", "A threat to kill"),
        "weapon": translate("ReportPdf", "A weapon, or something used as one"),
        "worse": translate("ReportPdf", "Happening more often, or getting worse"),
    }.get(code, code)


def field_value(key: str, value: Any) -> str:
    if key == "kinds":
        return html.escape(kinds_text(value))
    if key == "danger":
        return html.escape(KIND_SEPARATOR.join(danger_name(str(k)) for k in value))
    if key in ("children_present", "police_called", "certificate"):
        return html.escape(
            {"yes": translate("ReportPdf", "Yes"), "no": translate("ReportPdf", "No")}.get(
                str(value), str(value)
            )
        )
    return esc(value)


def fields_table(fields: dict[str, Any]) -> str:
    rows = [
        f"<tr><td width='30%'><b>{html.escape(label)}</b></td>"
        f"<td>{field_value(key, fields[key])}</td></tr>"
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


def hash_span(value: str) -> str:
    return f"<span class='hash'>{html.escape(value)}</span>"


def file_date_text(w: Words, value: str) -> str:
    """A file's own date (EXIF or ISO text) in the space's language, with seconds."""
    for fmt in ("%Y:%m:%d %H:%M:%S", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M:%S", "%Y-%m-%d"):
        try:
            moment = datetime.strptime(value[:19], fmt)
        except ValueError:
            continue
        return datetime_text(
            w.locale,
            QDateTime(
                QDate(moment.year, moment.month, moment.day),
                QTime(moment.hour, moment.minute, moment.second),
            ),
            seconds=True,
        )
    return value
