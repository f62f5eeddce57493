"""The diary list: newest first, fetched lazily in batches, so 10,000 entries stay fast."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QDate,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTime,
)

from app.core.diary import KINDS, Diary, ListFilter, Row
from app.gui.private.formats import date_text, space_locale, time_text

BATCH = 200
ENTRY_ID = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex
# Between kinds in one line: a kind's own name can hold a comma ("Pushing, hitting").
KIND_SEPARATOR = "; "


def kinds_text(codes: Iterable[object]) -> str:
    """Kinds by name in the form's order (a saved entry keeps them in the order ticked)."""
    order = {code: i for i, code in enumerate(KINDS)}
    ordered = sorted((str(c) for c in codes), key=lambda c: order.get(c, len(order)))
    return KIND_SEPARATOR.join(kind_name(c) for c in ordered)


def kind_name(code: str) -> str:
    names = {
        "physical": QCoreApplication.translate("DiaryKinds", "Pushing, hitting"),
        "threats": QCoreApplication.translate("DiaryKinds", "Threats"),
        "psychological": QCoreApplication.translate("DiaryKinds", "Insults, humiliation"),
        "control": QCoreApplication.translate("DiaryKinds", "Control of money or phone"),
        "sexual": QCoreApplication.translate("DiaryKinds", "Forced sex"),
        "damage": QCoreApplication.translate("DiaryKinds", "Damage to things"),
        "children": QCoreApplication.translate("DiaryKinds", "Towards the children"),
    }
    return names.get(code, code)


def counted(n: int, one: str, many: str, none: str | None = None) -> str:
    """The words for ``n`` things: ``one`` ("1 entry") for one, ``many`` ("%1 entries") from
    two, ``none`` ("No entries yet") for zero when given (French counts 0 as singular)."""
    if n == 0 and none is not None:
        return none
    return (one if n == 1 else many).replace("%1", str(n))


def _qdate(text: str) -> tuple[QDate, QTime | None]:
    try:
        if "T" in text:
            moment = datetime.strptime(text[:16], "%Y-%m-%dT%H:%M")
            return QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute)
        day = datetime.strptime(text[:10], "%Y-%m-%d")
        return QDate(day.year, day.month, day.day), None
    except ValueError:
        return QDate(), None


def when_text(locale: QLocale, start: str, end: str, precision: str, recorded: float) -> str:
    """When it happened, in words: "12/03/2024 21:30", "around 12/03/2024", "since ..."."""
    if not start:
        moment = QDateTime.fromSecsSinceEpoch(int(recorded))
        return QCoreApplication.translate("DiaryList", "written %1").replace(
            "%1", date_text(locale, moment.date())
        )
    day, at = _qdate(start)
    text = date_text(locale, day)
    if at is not None and precision in ("time", ""):
        text += " " + time_text(locale, at)
    if precision == "around":
        return QCoreApplication.translate("DiaryList", "around %1").replace("%1", text)
    if precision == "since":
        return QCoreApplication.translate("DiaryList", "since %1").replace("%1", text)
    if precision == "period" and end:
        return text + " – " + date_text(locale, _qdate(end)[0])
    return text


class DiaryListModel(QAbstractListModel):
    """Rows come from the vault ``BATCH`` at a time, when the view scrolls near the end."""

    def __init__(self, diary: Callable[[], Diary | None], language: str) -> None:
        super().__init__()
        self._diary = diary
        self.locale = space_locale(language)
        self.filter = ListFilter()
        self.rows: list[Row] = []
        self._more = True

    def set_language(self, language: str) -> None:
        self.locale = space_locale(language)
        if self.rows:
            self.dataChanged.emit(self.index(0), self.index(len(self.rows) - 1))

    def reload(self, flt: ListFilter | None = None) -> None:
        self.beginResetModel()
        if flt is not None:
            self.filter = flt
        self.rows = []
        self._more = True
        self.endResetModel()
        self.fetchMore(QModelIndex())

    def clear(self) -> None:
        self.beginResetModel()
        self.rows = []
        self._more = False
        self.endResetModel()

    # Qt model ----------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        diary = self._diary()
        if parent.isValid() or not self._more or diary is None:
            return
        after = (self.rows[-1].sort_key, self.rows[-1].id) if self.rows else None
        batch = diary.rows(self.filter, after=after, limit=BATCH)
        self._more = len(batch) == BATCH
        if batch:
            first = len(self.rows)
            self.beginInsertRows(QModelIndex(), first, first + len(batch) - 1)
            self.rows.extend(batch)
            self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == ENTRY_ID:
            return row.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.line(row)
        return None

    def line(self, row: Row) -> str:
        head = when_text(self.locale, row.when_start, row.when_end, row.precision, row.created)
        if row.kinds:
            head += " · " + kinds_text(row.kinds)
        if row.n_files:
            files = counted(
                row.n_files,
                QCoreApplication.translate("DiaryList", "1 file"),
                QCoreApplication.translate("DiaryList", "%1 files"),
            )
            head += " · " + files
        summary = row.summary if len(row.summary) < 110 else row.summary[:110] + "…"
        return head + "\n" + (summary or "—")

    def row_of(self, entry_id: int) -> int:
        for i, row in enumerate(self.rows):
            if row.id == entry_id:
                return i
        return -1
