"""Dates, times and numbers in the private space: Belgian conventions in each of its languages."""

from __future__ import annotations

from PySide6.QtCore import QLocale
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
