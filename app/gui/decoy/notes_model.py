"""List model of the notes, newest change first."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractListModel,
    QDateTime,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from app.core.notes import Note

NOTE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SUBTITLE_ROLE = Qt.ItemDataRole.UserRole + 2
_Index = QModelIndex | QPersistentModelIndex


class NotesModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._notes: list[Note] = []

    def set_notes(self, notes: list[Note]) -> None:
        self.beginResetModel()
        self._notes = notes
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._notes)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self._notes):
            return None
        note = self._notes[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return display_title(note, self.tr("Untitled note"))
        if role == Qt.ItemDataRole.ToolTipRole:
            stamp = QDateTime.fromSecsSinceEpoch(int(note.modified))
            return self.tr("Changed %1").replace("%1", stamp.toString("yyyy-MM-dd HH:mm"))
        if role == NOTE_ID_ROLE:
            return note.id
        if role == SUBTITLE_ROLE:
            return subtitle(note)
        return None

    def row_of(self, note_id: int) -> int:
        for row, note in enumerate(self._notes):
            if note.id == note_id:
                return row
        return -1

    def note_at(self, row: int) -> Note | None:
        return self._notes[row] if 0 <= row < len(self._notes) else None


def subtitle(note: Note) -> str:
    """The date of the last change (the time, if it was today) and the start of the text."""
    stamp = QDateTime.fromSecsSinceEpoch(int(note.modified))
    today = stamp.date() == QDateTime.currentDateTime().date()
    when = QLocale().toString(
        stamp.time() if today else stamp.date(), QLocale.FormatType.ShortFormat
    )
    body = note.body.strip()
    if note.title.strip():
        text = " ".join(body.split())
    else:
        text = " ".join(body.split("\n", 1)[1].split()) if "\n" in body else ""
    return f"{when}   {text[:120]}" if text else when


def display_title(note: Note, fallback: str) -> str:
    title = note.title.strip() or note.body.strip().split("\n", 1)[0]
    title = title.strip()
    if len(title) > 80:
        title = title[:79] + "…"
    return title or fallback
