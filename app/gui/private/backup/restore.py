"""Restore a backup as a new private space: from the create dialog's "From a backup…" button."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.backup import (
    BackupKey,
    CannotOpen,
    Damaged,
    NoRoom,
    NotABackup,
    TooBig,
    restore_backup,
)
from app.core.passphrase import weakness
from app.core.spaces import AlreadyInUse, Spaces
from app.core.vault import Vault
from app.gui import files
from app.gui.decoy.search_box import mark_sensitive
from app.gui.private.passphrase_dialog import PassphraseDialog
from app.gui.worker import Job


class BackupPassphraseDialog(QDialog):
    """Asks once for the backup's own passphrase; ``entered(text)`` on OK. Stays open while the
    restore runs, so a wrong passphrase can simply be typed again."""

    entered = Signal(str)

    def __init__(self, parent: QWidget, file_name: str) -> None:
        super().__init__(parent)
        self.setProperty("private", True)
        self.setModal(True)
        self.setObjectName("backupPassphraseDialog")
        self.setWindowTitle(self.tr("Restore a backup"))
        self.explain = QLabel(
            self.tr("Type the passphrase of the backup “%1”.").replace("%1", file_name)
        )
        self.explain.setWordWrap(True)
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("backupPassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        mark_sensitive(self.passphrase)
        self.problem = QLabel()
        self.problem.setObjectName("restoreProblem")
        self.problem.setWordWrap(True)
        self.ok = QPushButton(self.tr("Restore"))
        self.ok.setObjectName("ok")
        self.ok.setDefault(True)
        self.ok.clicked.connect(self._ok)
        self.cancel = QPushButton(self.tr("Cancel"))
        self.cancel.setObjectName("cancel")
        self.cancel.setAutoDefault(False)
        self.cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel)
        buttons.addWidget(self.ok)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addWidget(self.passphrase)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)
        self.setMinimumWidth(420)

    def _ok(self) -> None:
        if not self.ok.isEnabled() or not self.passphrase.text():
            return
        self.set_busy(True)
        self.problem.setText(self.tr("One moment…"))
        self.entered.emit(self.passphrase.text())

    def set_busy(self, busy: bool) -> None:
        self.passphrase.setEnabled(not busy)
        self.ok.setEnabled(not busy)

    def fail(self, message: str) -> None:
        self.set_busy(False)
        self.problem.setText(message)
        self.passphrase.setFocus()
        self.passphrase.selectAll()

    def wipe(self) -> None:
        self.passphrase.setText("")


class RestoreFlow(QObject):
    """New passphrase (from the create dialog), a file, its passphrase, then the restore Job.

    It lives as long as the create dialog: when that closes (Cancel, Esc, panic), everything
    here closes too and a running restore is discarded."""

    def __init__(
        self, dialog: PassphraseDialog, spaces: Spaces, on_created: Callable[[Vault], None]
    ) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        self.spaces = spaces
        self.on_created = on_created
        self.ask: BackupPassphraseDialog | None = None
        self.job: Job | None = None
        self.closed = False
        dialog.finished.connect(self._dialog_closed)

    def start(self) -> None:
        dialog = self.dialog
        first, again = dialog.first.text(), dialog.again.text()
        weak = weakness(first)
        if weak is not None:
            dialog.fail(dialog.reason(weak))
            return
        if first != again:
            dialog.fail(
                self.tr(
                    "First type the new passphrase twice: the restored private space will "
                    "open with it."
                )
            )
            dialog.again.setFocus()
            return
        dialog.problem.setText("")
        files.choose_open_paths(
            dialog,
            self.tr("Choose a backup"),
            self.tr("Encrypted backup (*.db);;All files (*)"),
            self._file_chosen,
            multiple=False,
        )

    def _file_chosen(self, paths: list[str]) -> None:
        if self.closed or not paths:
            return
        path = Path(paths[0])
        ask = BackupPassphraseDialog(self.dialog, path.name)
        ask.entered.connect(lambda text: self._restore(path, text))
        ask.finished.connect(lambda _r: self._ask_closed(ask))
        self.ask = ask
        ask.open()
        ask.passphrase.setFocus()

    def _ask_closed(self, ask: BackupPassphraseDialog) -> None:
        ask.wipe()
        ask.deleteLater()
        if self.ask is ask:
            self.ask = None
            if self.job is not None:
                self.job.cancel()
                self.job = None
                self.dialog.set_busy(False)

    def _restore(self, path: Path, backup_passphrase: str) -> None:
        if self.closed or self.job is not None:
            return
        try:
            key = BackupKey(backup_passphrase)
        except ValueError:
            self._failed(CannotOpen())
            return
        spaces = self.spaces
        new_passphrase = self.dialog.first.text()
        language = self.dialog.current_language()

        job: Job

        def work() -> Vault:
            try:
                return restore_backup(
                    spaces,
                    path,
                    key,
                    spaces.derive(new_passphrase),
                    language,
                    abort=lambda: job.cancelled or self.closed,
                )
            finally:
                key.forget()

        self.dialog.set_busy(True)
        if self.dialog.restore_button is not None:
            self.dialog.restore_button.setEnabled(False)
        job = Job(work, self._done, self._failed, on_discard=lambda v: v.close())
        self.job = job.start()

    def _done(self, vault: Vault) -> None:
        self.job = None
        if self.closed:
            vault.close()
            return
        ask, self.ask = self.ask, None
        if ask is not None:
            ask.wipe()
            ask.done(1)
        self.on_created(vault)

    def _failed(self, exc: BaseException) -> None:
        self.job = None
        if self.closed:
            return
        self.dialog.set_busy(False)
        if self.dialog.restore_button is not None:
            self.dialog.restore_button.setEnabled(True)
        if isinstance(exc, AlreadyInUse):
            if self.ask is not None:
                self.ask.reject()
            self.dialog.in_use()
            return
        message = self.message(exc)
        if self.ask is not None:
            self.ask.fail(message)
        else:
            self.dialog.fail(message)

    def message(self, exc: BaseException) -> str:
        if isinstance(exc, NotABackup):
            return self.tr("This file is not a backup of a private space. Nothing was changed.")
        if isinstance(exc, CannotOpen):
            return self.tr(
                "This file does not open with this passphrase. Check the passphrase of the "
                "backup (capitals do not count), or choose another file. Nothing was changed."
            )
        if isinstance(exc, Damaged):
            return self.tr(
                "This file is damaged or is not a complete backup, so it cannot be restored. "
                "Nothing was changed. If there is another copy of the backup, try that one."
            )
        if isinstance(exc, TooBig):
            return self.tr(
                "This backup is too big for a private space on this computer. Nothing was changed."
            )
        if isinstance(exc, NoRoom):
            return self.tr("There is not enough room on this computer. Nothing was changed.")
        return self.tr("The backup could not be restored. Nothing was changed.")

    def _dialog_closed(self, _result: int) -> None:
        self.closed = True
        if self.job is not None:
            self.job.cancel()
            self.job = None
        ask, self.ask = self.ask, None
        if ask is not None:
            ask.wipe()
            ask.hide()
            ask.deleteLater()


def start_restore(
    dialog: PassphraseDialog, spaces: Spaces, on_created: Callable[[Vault], None]
) -> None:
    """Called when she presses "From a backup…" in the create dialog."""
    flow = dialog.findChild(RestoreFlow)
    if not isinstance(flow, RestoreFlow):
        flow = RestoreFlow(dialog, spaces, on_created)
    if flow.job is None and flow.ask is None:
        flow.start()
