"""The one window: the notes, and (as another page of the same stack) the private space."""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent, QKeySequence, QPaintEvent
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QWidget,
)

from app import __version__
from app.core.slots import SlotHit
from app.core.spaces import Spaces
from app.core.storage import DataFolder
from app.core.vault import Vault
from app.gui import dialogs
from app.gui.clipboard import PrivateClipboard
from app.gui.decoy.notes_page import NotesPage
from app.gui.decoy.search_box import FocusOutWatcher
from app.gui.generation import Generation
from app.gui.unlock import UnlockController

if TYPE_CHECKING:
    from app.gui.private.create import CreateFlow
    from app.gui.session import PrivateSession
    from app.gui.worker import Job

UNDO_DELETE_MS = 15_000


class UndoPassThrough(QObject):
    """Ctrl+Z in a text field with nothing of its own to undo goes on to "Undo delete".

    A text field claims Ctrl+Z even when its undo history is empty, so without this the
    deleted note could be brought back only from the list. With typing to undo, the field
    keeps Ctrl+Z: what came last is undone first, as in any notes app."""

    def __init__(self, action: QAction, parent: QObject) -> None:
        super().__init__(parent)
        self.action = action

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.matches(QKeySequence.StandardKey.Undo)
            and self.action.isEnabled()
            and not _can_undo(watched)
        ):
            event.ignore()
            return True  # not claimed: the shortcut reaches the action
        return False


def _can_undo(widget: QObject) -> bool:
    if isinstance(widget, QLineEdit):
        return widget.isUndoAvailable()
    if isinstance(widget, QPlainTextEdit):
        return widget.document().isUndoAvailable()
    return True


class MainWindow(QMainWindow):
    private_opened = Signal()
    private_locked = Signal()
    first_painted = Signal()

    def __init__(self, folder: DataFolder, ui_settings: QSettings) -> None:
        super().__init__()
        self.folder = folder
        self.ui_settings = ui_settings
        self.spaces = Spaces(folder)
        self.generation = Generation()
        self.clipboard = PrivateClipboard(self)
        self.session: PrivateSession | None = None
        self.private_options: dict[str, object] = {}
        self.setWindowTitle(self.tr("Notes"))
        self.setObjectName("notesWindow")

        self.notes = NotesPage(folder.notes)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.notes)
        self.setCentralWidget(self.stack)
        self._build_menus()
        self.notes.status.connect(lambda text: self.statusBar().showMessage(text, 15_000))
        self.notes.deleted.connect(self._offer_undo)
        self._undo_button = QPushButton(self.tr("Undo"))
        self._undo_button.setObjectName("undoDelete")
        self._undo_button.setToolTip(self.undo_delete_action.shortcut().toString())
        self._undo_button.hide()
        self._undo_button.clicked.connect(self._undo_delete)
        self.statusBar().addPermanentWidget(self._undo_button)
        # The note text takes Tab for itself, so the button comes right after the list
        # where the note was deleted.
        QWidget.setTabOrder(self.notes.list, self._undo_button)
        QWidget.setTabOrder(self._undo_button, self.notes.new_button)
        self._undo_pass = UndoPassThrough(self.undo_delete_action, self)
        for field in (self.notes.search, self.notes.title, self.notes.body):
            field.installEventFilter(self._undo_pass)
        self._deleted_id: int | None = None
        self._undo_timer = QTimer(self)
        self._undo_timer.setSingleShot(True)
        self._undo_timer.timeout.connect(self._forget_deleted)

        self.unlock = UnlockController(self.spaces, self)
        self.unlock.found.connect(self._on_found)
        search = self.notes.search
        search.entered.connect(self.unlock.start)
        search.textChanged.connect(lambda _t: self.unlock.cancel())
        search.escaped.connect(self.unlock.cancel)
        self._focus_watch = FocusOutWatcher(self)
        search.installEventFilter(self._focus_watch)
        self._focus_watch.lost.connect(self.unlock.cancel)
        self._create_flow: CreateFlow | None = None
        search.create_requested.connect(lambda text: self.create_flow.start(text))
        self._restore_geometry()
        self._painted = False

    @property
    def create_flow(self) -> CreateFlow:
        """Made on first use: the private dialogs' code is not loaded at start-up."""
        if self._create_flow is None:
            from app.gui.private.create import CreateFlow

            self._create_flow = CreateFlow(self)
        return self._create_flow

    @property
    def create_pending(self) -> bool:
        return self._create_flow is not None and self._create_flow.dialog is not None

    # menus --------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.new_action = QAction(self.tr("&New note"), self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(self.notes.new_note)
        self.rename_action = QAction(self.tr("&Rename note"), self)
        self.rename_action.setShortcut(QKeySequence(Qt.Key.Key_F2))
        self.rename_action.triggered.connect(self.notes.rename_current)
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(
            QKeySequence(Qt.KeyboardModifier.ControlModifier | Qt.Key.Key_Q)
        )
        self.quit_action.triggered.connect(self.close)
        file_menu.addAction(self.new_action)
        file_menu.addAction(self.rename_action)
        file_menu.addAction(self.notes.delete_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.undo_delete_action = QAction(self.tr("&Undo delete"), self)
        self.undo_delete_action.setObjectName("undoDeleteAction")
        self.undo_delete_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_delete_action.setEnabled(False)  # only while a deleted note can come back
        self.undo_delete_action.triggered.connect(self._undo_delete)
        edit_menu.addAction(self.undo_delete_action)
        edit_menu.addSeparator()
        self.text_actions = [
            self._text_action(self.tr("Cu&t"), QKeySequence.StandardKey.Cut, "cut"),
            self._text_action(self.tr("&Copy"), QKeySequence.StandardKey.Copy, "copy"),
            self._text_action(self.tr("&Paste"), QKeySequence.StandardKey.Paste, "paste"),
            self._text_action(
                self.tr("Select &All"), QKeySequence.StandardKey.SelectAll, "selectAll"
            ),
        ]
        for action in self.text_actions:
            edit_menu.addAction(action)
        edit_menu.addSeparator()
        self.find_action = QAction(self.tr("&Find"), self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self.notes.focus_search)
        edit_menu.addAction(self.find_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.about_action = QAction(self.tr("&About Notes"), self)
        self.about_action.triggered.connect(self.show_about)
        help_menu.addAction(self.about_action)
        self.notes_actions = [
            self.new_action,
            self.rename_action,
            self.notes.delete_action,
            self.find_action,
            self.about_action,
            *self.text_actions,
        ]

    def show_about(self) -> None:
        dialogs.ask(
            self,
            self.tr("About Notes"),
            self.tr("Notes %1").replace("%1", __version__),
            [self.tr("Close")],
            lambda _i: None,
            informative=self.tr("A simple place for your notes. Notes are saved as you type."),
            min_text_width_em=22,  # not a narrow column of short lines
        )

    def _text_action(self, text: str, key: QKeySequence.StandardKey, method: str) -> QAction:
        """An Edit menu item for the text field that has the focus (its own keys still work)."""
        action = QAction(text, self)
        action.setShortcut(key)
        action.triggered.connect(lambda: self._on_focused_text(method))
        return action

    @staticmethod
    def _on_focused_text(method: str) -> None:
        widget = QApplication.focusWidget()
        if isinstance(widget, (QLineEdit, QPlainTextEdit)):
            getattr(widget, method)()

    # deleting with undo ---------------------------------------------------------------------
    def _offer_undo(self, note_id: int) -> None:
        self._forget_deleted()
        self._deleted_id = note_id
        self.statusBar().showMessage(self.tr("Note deleted."), UNDO_DELETE_MS)
        self._undo_button.show()
        self.undo_delete_action.setEnabled(not self.private_open)
        self._undo_timer.start(UNDO_DELETE_MS)

    def _undo_delete(self) -> None:
        if self._deleted_id is None:
            return
        note_id = self._deleted_id
        focus_was_here = self._undo_button.hasFocus()
        self._forget_deleted()
        self.notes.restore(note_id)
        self.statusBar().clearMessage()
        if focus_was_here:
            self.notes.list.setFocus()  # not lost with the button that hides

    def _forget_deleted(self) -> None:
        self._deleted_id = None
        self._undo_timer.stop()
        self._undo_button.hide()
        self.undo_delete_action.setEnabled(False)

    # private space -------------------------------------------------------------------------
    @property
    def private_open(self) -> bool:
        return self.session is not None

    def _on_found(self, hit: SlotHit) -> None:
        if self.session is not None:
            return
        try:
            vault = self.spaces.open(hit)
        except Exception:
            return  # looks like any search
        self.notes.search.setText("")
        self.open_private(vault)

    def open_private(self, vault: Vault) -> None:
        from app.gui.session import PrivateSession

        self.notes.save()
        self.unlock.cancel()
        self.session = PrivateSession(
            self, vault, self.spaces, self.generation, self.clipboard, self._after_lock
        )
        from app.gui.private.settings_page import LOCK_OPTIONS, option

        for key in LOCK_OPTIONS:
            self.private_options[key] = option(vault, key)
        assert self.session.space is not None
        for action in self.notes_actions:
            action.setEnabled(False)
        self.undo_delete_action.setEnabled(False)
        self.stack.addWidget(self.session.space)
        self.stack.setCurrentWidget(self.session.space)
        self.clipboard.watching = True
        with contextlib.suppress(Exception):  # a bad draft must not leave a half-open space
            self.session.start()
        self.activateWindow()
        self.session.space.focus_current()
        self.private_opened.emit()

    def run_private_job(self, job: Job) -> None:
        if self.session is not None:
            self.session.run(job)

    def lock(self) -> None:
        """Panic and lock: the same routine, whatever asked for it."""
        self.unlock.cancel()
        if self._create_flow is not None:
            self._create_flow.cancel()
        if self.session is not None:
            self.session.lock()

    def show_notes(self) -> None:
        """Step 1 of a lock: the notes on screen, painted now."""
        self.stack.setCurrentWidget(self.notes)
        for action in self.notes_actions:
            action.setEnabled(True)
        self.undo_delete_action.setEnabled(self._deleted_id is not None)
        self.activateWindow()
        self.notes.body.setFocus()
        self.repaint()

    def remove_private_page(self, page: QWidget) -> None:
        self.stack.removeWidget(page)
        page.setParent(None)  # type: ignore[call-overload]

    def _after_lock(self) -> None:
        self.clipboard.watching = False
        self.session = None
        self.private_options.clear()
        self.private_locked.emit()

    def delete_private_space(self) -> None:
        session = self.session
        if session is None or session.vault is None:
            return
        vault = session.vault
        session.vault = None  # nothing to keep: the space is going away
        self.lock()
        with contextlib.suppress(OSError):
            self.spaces.delete(vault)

    # window ----------------------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        geometry = self.ui_settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(960, 640)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self.first_painted.emit)  # once the frame is on screen

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.WindowStateChange and self.isMinimized():
            self.unlock.cancel()
            if (
                self.session is not None
                and self.private_options.get("lock_on_minimise", "1") == "1"
            ):
                self.lock()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.lock()
        self.clipboard.clear()
        self.notes.save()
        with contextlib.suppress(Exception):  # otherwise the bin is emptied at the next quit
            self.folder.notes.empty_bin()
        self.ui_settings.setValue("window/geometry", self.saveGeometry())
        self.ui_settings.sync()
        super().closeEvent(event)

    def bring_forward(self) -> None:
        """A second launch: lock the private space and show the notes."""
        self.lock()
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()
