"""Dates, times and numbers in the private space: Belgian conventions in each of its languages."""

from __future__ import annotations

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QTimeEdit, QWidget

# Dutch and French as written in Belgium; English with day-month order and a 24-hour clock
# (QLocale("en") would be American: 11/27/26 9:31 PM next to a Belgian "21:31").
_LOCALES = {"nl": "nl_BE", "fr": "fr_BE", "en": "en_GB"}


def space_locale(language: str) -> QLocale:
    return QLocale(_LOCALES.get(language, language))


def _full_year(fmt: str) -> str:
    return fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy")


def apply_formats(root: QWidget, language: str) -> None:
    """Give ``root`` and every date and time field in it the space's locale and formats.

    A date field fixes its display format when it is made, from the computer's locale; this
    sets it again, with a four-digit year (a diary that serves as evidence spans years)."""
    locale = space_locale(language)
    root.setLocale(locale)
    short = QLocale.FormatType.ShortFormat
    edits = root.findChildren(QDateTimeEdit)
    if isinstance(root, QDateTimeEdit):
        edits.append(root)
    for edit in edits:
        edit.setLocale(locale)
        if isinstance(edit, QTimeEdit):
            edit.setDisplayFormat(locale.timeFormat(short))
        elif isinstance(edit, QDateEdit):
            edit.setDisplayFormat(_full_year(locale.dateFormat(short)))
        else:
            edit.setDisplayFormat(
                f"{_full_year(locale.dateFormat(short))} {locale.timeFormat(short)}"
            )


def _as_locale(where: QLocale | str) -> QLocale:
    return where if isinstance(where, QLocale) else space_locale(where)


def date_text(where: QLocale | str, day: QDate) -> str:
    """A date as the space's language writes it, always with a four-digit year (French
    Belgian short dates would say 27/11/26)."""
    locale = _as_locale(where)
    return locale.toString(day, _full_year(locale.dateFormat(QLocale.FormatType.ShortFormat)))


def time_text(where: QLocale | str, at: QTime, seconds: bool = False) -> str:
    locale = _as_locale(where)
    fmt = locale.timeFormat(QLocale.FormatType.ShortFormat)
    if seconds and "ss" not in fmt:
        fmt = fmt.replace("mm", "mm:ss")
    return locale.toString(at, fmt)


def datetime_text(where: QLocale | str, moment: QDateTime, seconds: bool = False) -> str:
    """A date and time in the space's language: the date as ``date_text``, then the time."""
    return f"{date_text(where, moment.date())} {time_text(where, moment.time(), seconds)}"
