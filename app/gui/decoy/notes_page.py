"""The notes page: search, a list sorted by last change, and an editor that saves by itself."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.core.db import DatabaseError
from app.core.notes import NotesStore
from app.gui.decoy.notes_delegate import NoteDelegate
from app.gui.decoy.notes_model import NOTE_ID_ROLE, NotesModel
from app.gui.decoy.search_box import SearchBox

AUTOSAVE_MS = 600


class NotesPage(QWidget):
    """Everything a suspicious person can see and use: a complete notes app."""

    status = Signal(str)
    deleted = Signal(int)

    def __init__(self, store: NotesStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.current_id: int | None = None
        self._dirty = False
        self._loading = False

        self.search = SearchBox()
        self.model = NotesModel(self)
        self.list = QListView()
        self.list.setObjectName("notesList")
        self.list.setModel(self.model)
        self.list.setUniformItemSizes(True)
        self.list.setItemDelegate(NoteDelegate(self.list))
        self.list.setAccessibleName(self.tr("Notes"))
        self._nothing_found: QLabel | None = None  # made at the first empty search
        self.new_button = QPushButton(self.tr("New note"))
        self.new_button.setObjectName("newNote")
        self.new_button.clicked.connect(self.new_note)

        self.title = QLineEdit()
        self.title.setObjectName("noteTitle")
        self.title.setPlaceholderText(self.tr("Title"))
        self.title.setAccessibleName(self.tr("Title"))
        title_font = QFont(self.title.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.3)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.title.setFrame(False)
        self.body = QPlainTextEdit()
        self.body.setObjectName("noteBody")
        self.body.setPlaceholderText(self.tr("Start writing…"))
        self.body.setAccessibleName(self.tr("Note text"))
        self.saved_label = QLabel()
        self.saved_label.setObjectName("savedLabel")
        self.saved_label.setEnabled(False)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(8, 8, 4, 8)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.new_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(4, 8, 8, 8)
        right_layout.addWidget(self.title)
        right_layout.addWidget(self.body, 1)
        footer = QHBoxLayout()
        footer.addStretch(1)
        footer.addWidget(self.saved_label)
        right_layout.addLayout(footer)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([260, 640])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self.delete_action = QAction(self.tr("&Delete note"), self)
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_action.triggered.connect(self.delete_current)
        self.list.addAction(self.delete_action)

        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self.save)

        self.search.textChanged.connect(self._on_search)
        self.list.selectionModel().currentChanged.connect(self._on_current_changed)
        self.title.textEdited.connect(self._on_edit)
        self.title.returnPressed.connect(self._title_done)
        self.body.textChanged.connect(self._on_edit)
        self.reload()
        if self.model.rowCount() > 0:
            self._select_row(0)

    # list ---------------------------------------------------------------------------------
    def reload(self, keep: int | None = None) -> None:
        keep_id = self.current_id if keep is None else keep
        self._fill_list()
        row = self.model.row_of(keep_id) if keep_id is not None else -1
        if row >= 0:
            self.list.selectionModel().setCurrentIndex(
                self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )

    @property
    def nothing_found(self) -> QLabel:
        """A quiet line in the empty list when a search finds nothing (as any notes app says).
        Made on first use: start-up paints the notes without it."""
        if self._nothing_found is None:
            label = QLabel(self.tr("No notes found"), self.list.viewport())
            label.setObjectName("nothingFound")
            label.setEnabled(False)  # drawn in the palette's quiet, disabled colour
            label.move(8, 8)
            label.adjustSize()
            label.hide()
            self._nothing_found = label
        return self._nothing_found

    def _fill_list(self) -> None:
        self.model.set_notes(self.store.list(self.search.text()))
        empty = self.model.rowCount() == 0 and bool(self.search.text())
        if empty or self._nothing_found is not None:
            self.nothing_found.setVisible(empty)

    def _on_search(self, _text: str) -> None:
        self.save()
        self.reload()

    def _select_row(self, row: int) -> None:
        self.list.selectionModel().setCurrentIndex(
            self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
        )

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        note_id = current.data(NOTE_ID_ROLE) if current.isValid() else None
        if note_id == self.current_id:
            return
        self.save()
        self.show_note(note_id)

    def show_note(self, note_id: int | None) -> None:
        note = self.store.get(note_id) if note_id is not None else None
        self._loading = True
        try:
            self.current_id = note.id if note else None
            self.title.setText(note.title if note else "")
            self.body.setPlainText(note.body if note else "")
        finally:
            self._loading = False
        self._dirty = False
        self.saved_label.setText("")

    # editing ------------------------------------------------------------------------------
    def _on_edit(self) -> None:
        if self._loading:
            return
        self._dirty = True
        self._autosave.start()

    def _title_done(self) -> None:
        """Enter in the title goes on to the text, as in any notes app."""
        self.body.setFocus()
        self.body.moveCursor(QTextCursor.MoveOperation.End)

    def save(self) -> bool:
        """Write the open note if it changed; on failure keep the text and say so calmly."""
        self._autosave.stop()
        if not self._dirty:
            return True
        title, body = self.title.text(), self.body.toPlainText()
        try:
            if self.current_id is None:
                if not title and not body:
                    self._dirty = False
                    return True
                self.current_id = self.store.create(title, body)
            else:
                self.store.update(self.current_id, title, body)
        except DatabaseError as exc:
            self.status.emit(save_failure_message(self, exc))
            self._autosave.start(5000)
            return False
        self._dirty = False
        self.saved_label.setText(self.tr("Saved"))
        if not self.search.text():
            self._refresh_row()
        return True

    def _refresh_row(self) -> None:
        row = self.model.row_of(self.current_id) if self.current_id is not None else -1
        if row != 0:
            self.reload()
        else:
            self._fill_list()
            self._select_row(0)

    def new_note(self) -> None:
        self.save()
        self.search.setText("")
        try:
            note_id = self.store.create()
        except DatabaseError as exc:
            self.status.emit(save_failure_message(self, exc))
            return
        self.reload(keep=note_id)
        self.show_note(note_id)
        self.title.setFocus()

    def rename_current(self) -> None:
        if self.current_id is None:
            return
        self.title.setFocus()
        self.title.selectAll()

    def delete_current(self) -> None:
        if self.current_id is None:
            return
        self.save()
        note_id = self.current_id
        row = self.model.row_of(note_id)
        try:
            self.store.delete(note_id)
        except DatabaseError as exc:
            self.status.emit(save_failure_message(self, exc))
            return
        self.current_id = None
        self.reload(keep=-1)
        if self.model.rowCount():
            self._select_row(min(max(row, 0), self.model.rowCount() - 1))
        else:
            self.show_note(None)
        self.deleted.emit(note_id)

    def restore(self, note_id: int) -> None:
        self.store.restore(note_id)
        self.save()
        self.reload(keep=note_id)
        self.show_note(note_id)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()


def save_failure_message(widget: QWidget, exc: Exception) -> str:
    text = str(exc).lower()
    if "full" in text:
        return QCoreApplication.translate(
            "NotesPage",
            "The disk is full, so this note could not be saved yet. "
            "Your text is still here; free some space and it will be saved.",
        )
    if "readonly" in text or "read-only" in text or "permission" in text:
        return QCoreApplication.translate(
            "NotesPage",
            "This note could not be saved: the notes folder cannot be written. "
            "Your text is still here.",
        )
    return QCoreApplication.translate(
        "NotesPage",
        "This note could not be saved yet. Your text is still here; it will be tried again.",
    )
