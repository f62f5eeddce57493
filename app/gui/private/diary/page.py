"""The diary page (Ctrl+3): the list with search and filters, and the entry form."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, Qt, QTime, QTimer
from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.diary import KINDS, Diary, EmptyEntry, ListFilter, NoRoom
from app.core.vault import Vault
from app.gui import dialogs
from app.gui.decoy.search_box import mark_sensitive
from app.gui.private.context import SpaceContext
from app.gui.private.diary.files_panel import FilesPanel, megabytes
from app.gui.private.diary.form import EntryForm
from app.gui.private.diary.list_model import ENTRY_ID, DiaryListModel, counted, kind_name
from app.gui.private.diary.viewer import HistoryDialog, IntegrityDialog
from app.gui.private.formats import datetime_text, space_locale
from app.gui.private.registry import PageSpec, PrivatePage, register
from app.gui.private.report.review import ReportButton
from app.gui.private.widgets import scrolling

DRAFT_KEY = "diary"
AUTOSAVE_MS = 3000
SEARCH_DELAY_MS = 150


class DiaryPage(PrivatePage):
    def __init__(self, ctx: SpaceContext) -> None:
        super().__init__()
        self.ctx = ctx
        self._diary_for: tuple[Vault, Diary] | None = None
        self.entry_id: int | None = None
        self.dirty = False
        self.draft_pending = False
        guard = ctx.generation.guard

        # list view ---------------------------------------------------------------------------
        self.model = DiaryListModel(self.diary, ctx.language)
        self.search = QLineEdit()
        self.search.setObjectName("diarySearch")
        self.search.setClearButtonEnabled(True)
        mark_sensitive(self.search)
        self.kind_filter = QComboBox()
        self.kind_filter.setObjectName("diaryKindFilter")
        self.kind_filter.addItem("", "")
        for code in KINDS:
            self.kind_filter.addItem("", code)
        self.from_on = QCheckBox()
        self.from_on.setObjectName("diaryFromOn")
        self.from_date = QDateEdit(QDate.currentDate().addMonths(-1))
        self.from_date.setObjectName("diaryFrom")
        self.from_date.setCalendarPopup(True)
        self.to_on = QCheckBox()
        self.to_on.setObjectName("diaryToOn")
        self.to_date = QDateEdit(QDate.currentDate())
        self.to_date.setObjectName("diaryTo")
        self.to_date.setCalendarPopup(True)
        self.list = QListView()
        self.list.setObjectName("diaryList")
        self.list.setUniformItemSizes(True)
        self.list.setModel(self.model)
        self.list.activated.connect(guard(self._activated))
        self.new_button = QPushButton()
        self.new_button.setObjectName("diaryNew")
        self.new_button.clicked.connect(guard(self.new_entry))
        self.check_button = QPushButton()
        self.check_button.setObjectName("diaryCheck")
        self.check_button.clicked.connect(guard(self.check_integrity))
        self.report_button = ReportButton(self, ctx, self.diary)
        self.count_label = QLabel()
        self.count_label.setObjectName("diaryCount")
        self.room_label = QLabel()
        self.room_label.setObjectName("diaryRoom")
        self.room_label.setWordWrap(True)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(guard(self.apply_filter))
        self.search.textChanged.connect(lambda _t: self.search_timer.start())
        self.search.returnPressed.connect(self.list.setFocus)
        self.kind_filter.currentIndexChanged.connect(lambda _i: self.apply_filter())
        for check in (self.from_on, self.to_on):
            check.toggled.connect(lambda _on: self.apply_filter())
        for edit in (self.from_date, self.to_date):
            edit.dateChanged.connect(lambda _d: self.apply_filter())

        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.kind_filter, 1)
        filters.addWidget(self.from_on)
        filters.addWidget(self.from_date)
        filters.addWidget(self.to_on)
        filters.addWidget(self.to_date)
        bottom = QHBoxLayout()
        bottom.addWidget(self.new_button)
        bottom.addWidget(self.check_button)
        bottom.addWidget(self.report_button)
        bottom.addWidget(self.count_label, 1)
        list_view = QWidget()
        list_layout = QVBoxLayout(list_view)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addLayout(filters)
        list_layout.addWidget(self.list, 1)
        list_layout.addLayout(bottom)
        list_layout.addWidget(self.room_label)

        # form view ---------------------------------------------------------------------------
        self.form = EntryForm()
        self.files = FilesPanel(ctx, self.diary)
        self.form.changed.connect(self._changed)
        self.files.changed.connect(self._changed)
        self.form.files_dropped.connect(guard(self.files.add_paths))
        self.times = QLabel()
        self.times.setObjectName("diaryTimes")
        self.times.setWordWrap(True)
        self.status = QLabel()
        self.status.setObjectName("diaryStatus")
        self.status.setWordWrap(True)
        self.save_button = QPushButton()
        self.save_button.setObjectName("diarySave")
        self.save_button.clicked.connect(guard(self.save))
        self.back_button = QPushButton()
        self.back_button.setObjectName("diaryBack")
        self.back_button.clicked.connect(guard(self.back))
        self.history_button = QPushButton()
        self.history_button.setObjectName("diaryHistoryButton")
        self.history_button.clicked.connect(guard(self.show_history))
        self.delete_button = QPushButton()
        self.delete_button.setObjectName("diaryDelete")
        self.delete_button.clicked.connect(guard(self.ask_delete))
        for button in (self.save_button, self.back_button, self.history_button, self.delete_button):
            button.setAutoDefault(False)
        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.addWidget(self.form, 1)
        inner_layout.addWidget(self.files)
        inner.setMaximumWidth(900)
        self.form_scroll = scrolling(inner)
        # everything in the form wraps to the pane's width: it only ever scrolls up and down
        self.form_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        actions = QHBoxLayout()
        actions.addWidget(self.save_button)
        actions.addWidget(self.back_button)
        actions.addStretch(1)
        actions.addWidget(self.history_button)
        actions.addWidget(self.delete_button)
        form_view = QWidget()
        form_layout = QVBoxLayout(form_view)
        form_layout.setContentsMargins(0, 0, 0, 0)
        form_layout.addWidget(self.form_scroll, 1)
        form_layout.addWidget(self.times)
        form_layout.addWidget(self.status)
        form_layout.addLayout(actions)

        self.stack = QStackedWidget()
        self.list_view = list_view
        self.form_view = form_view
        self.stack.addWidget(list_view)
        self.stack.addWidget(form_view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        self.save_shortcut = QShortcut(QKeySequence("Ctrl+S"), self)
        self.save_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.save_shortcut.activated.connect(guard(self.save))
        self.autosave = QTimer(self)
        self.autosave.setInterval(AUTOSAVE_MS)
        self.autosave.timeout.connect(guard(self.save_draft))
        self.autosave.start()
        self.dialog: Any = None

        self._discard_orphans()
        self.retranslate()
        self.apply_filter()

    # the vault ------------------------------------------------------------------------------
    def diary(self) -> Diary | None:
        vault = self.ctx.vault
        if vault is None:
            return None
        if self._diary_for is None or self._diary_for[0] is not vault:
            self._diary_for = (vault, Diary(vault.db, vault.room_left))
        return self._diary_for[1]

    def _discard_orphans(self) -> None:
        diary = self.diary()
        if diary is None:
            return
        try:
            kept = self.ctx.vault.drafts().get(DRAFT_KEY, {}).get("attachments", [])
            diary.discard_orphans(kept)
        except Exception:
            return

    # list -------------------------------------------------------------------------------------
    def current_filter(self) -> ListFilter:
        code = str(self.kind_filter.currentData() or "")
        start = end = None
        if self.from_on.isChecked():
            start = float(QDateTime(self.from_date.date(), QTime(0, 0)).toSecsSinceEpoch())
        if self.to_on.isChecked():
            end = float(QDateTime(self.to_date.date(), QTime(23, 59, 59)).toSecsSinceEpoch())
        return ListFilter(
            text=self.search.text(),
            kinds=frozenset({code}) if code else frozenset(),
            start=start,
            end=end,
        )

    def apply_filter(self) -> None:
        diary = self.diary()
        if diary is None:
            return
        flt = self.current_filter()
        self.model.reload(flt)
        total = diary.count(flt)
        if flt.active():
            count = counted(
                total,
                self.tr("1 entry found"),
                self.tr("%1 entries found"),
                self.tr("Nothing found"),
            )
        else:
            count = counted(
                total, self.tr("1 entry"), self.tr("%1 entries"), self.tr("No entries yet")
            )
        self.count_label.setText(count)
        if self.model.rowCount() and not self.list.currentIndex().isValid():
            self.list.setCurrentIndex(self.model.index(0))
        self.refresh_room()

    def refresh_room(self) -> None:
        vault = self.ctx.vault
        diary = self.diary()
        if vault is None or diary is None:
            return
        used, total = vault.capacity()
        self.room_label.setText(
            self.tr("Room: %1 % full. There is room for %2 MB more of photos and files.")
            .replace("%1", str(round(100 * used / total)) if total else "0")
            .replace("%2", megabytes(diary.room_for_files(), self.ctx.language))
        )

    def _activated(self, index: Any) -> None:
        entry_id = index.data(ENTRY_ID)
        if entry_id is not None:
            self.open_entry(int(entry_id))

    # form ---------------------------------------------------------------------------------------
    def _changed(self) -> None:
        self.dirty = True
        self.draft_pending = True

    def _show_form(self, at_top: bool = True) -> None:
        """The form; an entry opened (or a new one) starts at the top, the cursor in its text
        box and in view: the form keeps its scroll position from the last entry otherwise."""
        self.stack.setCurrentWidget(self.form_view)
        self.history_button.setEnabled(False)  # until _show_times finds an earlier version
        self.delete_button.setEnabled(self.entry_id is not None)
        self._show_times()
        if at_top:
            self.form_scroll.verticalScrollBar().setValue(0)
            self.form.text.setFocus()
            self.form_scroll.ensureWidgetVisible(self.form.text)

    def _show_times(self) -> None:
        diary = self.diary()
        if self.entry_id is None or diary is None:
            self.times.setText(self.tr("New entry, not saved yet."))
            return
        entry = diary.entry(self.entry_id)
        self.history_button.setEnabled(entry.revisions > 1)
        locale = space_locale(self.ctx.language)

        def when(t: float) -> str:
            moment = QDateTime.fromSecsSinceEpoch(int(t))
            return datetime_text(locale, moment)

        self.times.setText(
            self.tr("Recorded %1 · edited %2 · version %3")
            .replace("%1", when(entry.created))
            .replace("%2", when(entry.modified))
            .replace("%3", str(entry.revisions))
        )

    def new_entry(self) -> bool:
        """Ctrl+N: a new entry dated now, the cursor in the main box."""
        if self.dirty and self.stack.currentWidget() is self.form_view:
            self._ask_unsaved(self._start_new)
            return True
        self._start_new()
        return True

    def _start_new(self) -> None:
        self._reset_form()
        self.form.start_new()
        self.dirty = False
        self.status.setText("")
        self._show_form()

    def _reset_form(self) -> None:
        diary = self.diary()
        if diary is not None and self.files.pending_ids():
            diary.discard_pending(self.files.pending_ids())
        self.files.clear()
        self.form.wipe()
        self.entry_id = None
        self.dirty = False
        self.draft_pending = False
        self._clear_draft()

    def open_entry(self, entry_id: int) -> None:
        diary = self.diary()
        if diary is None:
            return
        entry = diary.entry(entry_id)
        self._reset_form()
        self.entry_id = entry_id
        self.form.set_values(entry.fields)
        self.files.set_files(entry.attachments)
        self.dirty = False
        self.draft_pending = False
        self.status.setText("")
        self._show_form()
        self.form.text.moveCursor(QTextCursor.MoveOperation.End)

    def save(self, confirmed_future: bool = False) -> None:
        diary = self.diary()
        if diary is None or self.stack.currentWidget() is not self.form_view:
            return
        if self.files.busy():
            self.status.setText(self.tr("Wait a moment: files are still being added."))
            return
        if not confirmed_future and self.form.future_date():
            self.dialog = dialogs.ask(
                self,
                self.tr("A date in the future"),
                self.tr("The date of this entry is in the future. Is that what you meant?"),
                [self.tr("Yes, save it"), self.tr("Let me change the date")],
                self.ctx.generation.guard(self._future_answer),
            )
            return
        try:
            entry_id = diary.save(self.entry_id, self.form.values(), self.files.ids())
        except EmptyEntry:
            self.status.setText(self.tr("Nothing to save yet: write something or add a photo."))
            return
        except NoRoom as exc:
            self.status.setText(
                self.tr(
                    "This does not fit any more: there is room for %1 MB more. What you "
                    "typed is still here; remove a file to make room."
                ).replace("%1", megabytes(exc.room, self.ctx.language))
            )
            return
        self.entry_id = entry_id
        self.dirty = False
        self.draft_pending = False
        self._clear_draft()
        self.files.set_files(diary.entry(entry_id).attachments)
        self.status.setText(
            self.tr("Saved at %1.").replace(
                "%1", space_locale(self.ctx.language).toString(QTime.currentTime(), "HH:mm")
            )
        )
        self._show_form(at_top=False)  # she stays where she was, in the field she was in
        self.apply_filter()
        row = self.model.row_of(entry_id)
        if row >= 0:
            self.list.setCurrentIndex(self.model.index(row))

    def _future_answer(self, index: int) -> None:
        if index == 0:
            self.save(confirmed_future=True)
        else:
            self.form.show_more(True)
            self.window().activateWindow()
            self.form.date.setFocus()
            # once "Add more" has its place in the layout, bring the date into view
            QTimer.singleShot(
                0,
                self,
                self.ctx.generation.guard(
                    lambda: self.form_scroll.ensureWidgetVisible(self.form.date)
                ),
            )

    def back(self) -> None:
        if self.dirty:
            self._ask_unsaved(self._to_list)
            return
        self._to_list()

    def _to_list(self) -> None:
        self._reset_form()
        self.stack.setCurrentWidget(self.list_view)
        self.apply_filter()
        self.list.setFocus()

    def _ask_unsaved(self, then: Any) -> None:
        def answer(index: int) -> None:
            if index == 0:
                self.save()
                if not self.dirty:
                    then()
            elif index == 1:
                then()

        self.dialog = dialogs.ask(
            self,
            self.tr("This entry is not saved"),
            self.tr("Do you want to save what you wrote?"),
            [self.tr("Save"), self.tr("Do not save"), self.tr("Cancel")],
            self.ctx.generation.guard(answer),
        )

    # history, delete, integrity ----------------------------------------------------------------
    def show_history(self) -> None:
        diary = self.diary()
        if diary is None or self.entry_id is None:
            return
        self.dialog = HistoryDialog(
            self,
            diary.revisions(self.entry_id),
            space_locale(self.ctx.language),
            lambda fields: self.form.describe(fields, space_locale(self.ctx.language)),
            self.ctx.generation.guard(self.ask_purge),
        )
        self.dialog.open()

    def ask_purge(self) -> None:
        dialogs.ask(
            self,
            self.tr("Erase earlier versions?"),
            self.tr(
                "The earlier versions of this entry will be erased for good. The current "
                "version stays. The diary keeps a record that versions were erased, and "
                "their fingerprints."
            ),
            [self.tr("Erase earlier versions"), self.tr("Cancel")],
            self.ctx.generation.guard(self._purge_answer),
            icon=dialogs.QMessageBox.Icon.Warning,  # type: ignore[attr-defined]
            default=1,  # Enter keeps everything: erasing takes a deliberate choice
        )

    def _purge_answer(self, index: int) -> None:
        diary = self.diary()
        if index != 0 or diary is None or self.entry_id is None:
            return
        diary.purge_history(self.entry_id)
        if isinstance(self.dialog, HistoryDialog):
            self.dialog.close()
        self.status.setText(self.tr("Earlier versions were erased."))
        self.refresh_room()

    def ask_delete(self) -> None:
        if self.entry_id is None:
            return
        self.dialog = dialogs.ask(
            self,
            self.tr("Delete this entry?"),
            self.tr(
                "This entry, its earlier versions and its files will be erased for good. "
                "The diary keeps a record that an entry was deleted."
            ),
            [self.tr("Delete for good"), self.tr("Cancel")],
            self.ctx.generation.guard(self._delete_answer),
            icon=dialogs.QMessageBox.Icon.Warning,  # type: ignore[attr-defined]
            default=1,  # Enter keeps everything: erasing takes a deliberate choice
        )

    def _delete_answer(self, index: int) -> None:
        diary = self.diary()
        if index != 0 or diary is None or self.entry_id is None:
            return
        diary.delete_entry(self.entry_id)
        self.entry_id = None
        self._to_list()

    def check_integrity(self) -> None:
        diary = self.diary()
        if diary is None:
            return
        report = diary.verify()
        self.dialog = IntegrityDialog(
            self, report, space_locale(self.ctx.language), self.ctx.clipboard.copy
        )
        self.dialog.open()

    # drafts -------------------------------------------------------------------------------
    def draft(self) -> dict[str, Any] | None:
        if self.stack.currentWidget() is not self.form_view or not self.dirty:
            return None
        return {
            "entry_id": self.entry_id,
            "fields": self.form.values(),
            "attachments": self.files.ids(),
        }

    def restore_draft(self, payload: dict[str, Any]) -> None:
        diary = self.diary()
        if diary is None:
            return
        entry_id = payload.get("entry_id")
        self._reset_form()
        try:
            self.entry_id = int(entry_id) if entry_id is not None else None
            if self.entry_id is not None:
                diary.entry(self.entry_id)  # still there?
        except (KeyError, ValueError):
            self.entry_id = None
        self.form.set_values(dict(payload.get("fields", {})))
        self.files.set_files(diary.attachments(payload.get("attachments", [])))
        self.dirty = True
        self.draft_pending = True
        self._show_form()
        self.form.text.moveCursor(QTextCursor.MoveOperation.End)

    def save_draft(self) -> None:
        """Every few seconds while typing: the open entry goes into the vault as a draft."""
        if not self.draft_pending or self.ctx.vault is None:
            return
        payload = self.draft()
        if payload is None:
            return
        try:
            self.ctx.vault.save_draft(DRAFT_KEY, payload)
        except Exception:
            return  # a full slot: the text is still on screen, and saving says why
        self.draft_pending = False

    def _clear_draft(self) -> None:
        if self.ctx.vault is None:
            return
        try:
            self.ctx.vault.clear_draft(DRAFT_KEY)
        except Exception:
            return

    # page hooks --------------------------------------------------------------------------------
    def search_page(self) -> bool:
        if self.stack.currentWidget() is self.form_view and self.dirty:
            self.search.setFocus()  # the form stays as it is; the list comes on the way back
            return True
        if self.stack.currentWidget() is self.form_view:
            self._to_list()
        self.search.setFocus()
        self.search.selectAll()
        return True

    def showEvent(self, event: Any) -> None:
        self.refresh_room()
        super().showEvent(event)

    def clear(self) -> None:
        self.autosave.stop()
        self.search_timer.stop()
        self.files.clear()
        self.form.wipe()
        self.search.setText("")
        self.model.clear()
        self.entry_id = None
        self.dirty = False

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search the diary (Ctrl+F)"))
        self.kind_filter.setItemText(0, self.tr("All kinds"))
        for i, code in enumerate(KINDS, start=1):
            self.kind_filter.setItemText(i, kind_name(code))
        self.from_on.setText(self.tr("From"))
        self.to_on.setText(self.tr("to"))
        self.new_button.setText(self.tr("New entry (Ctrl+N)"))
        self.check_button.setText(self.tr("Check integrity"))
        self.report_button.retranslate()
        self.save_button.setText(self.tr("Save (Ctrl+S)"))
        self.back_button.setText(self.tr("Back to the list"))
        self.history_button.setText(self.tr("Earlier versions"))
        self.delete_button.setText(self.tr("Delete…"))
        self.form.retranslate()
        self.files.retranslate()
        self.model.set_language(self.ctx.language)
        if self.stack.currentWidget() is self.form_view:
            self._show_times()
        self.apply_filter()


def _title() -> str:
    return QCoreApplication.translate("PrivateSpace", "Diary")


register(PageSpec("diary", 3, _title, DiaryPage))
