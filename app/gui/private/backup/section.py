"""The "Encrypted backup" section of Settings: passphrase, place, export off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.backup import DEFAULT_NAME, BackupKey, Cancelled, NoRoom, write_backup
from app.gui import files
from app.gui.private.context import SpaceContext
from app.gui.private.passphrase_dialog import PassphraseDialog
from app.gui.private.widgets import confirm_save_target
from app.gui.worker import Job


class BackupSection(QGroupBox):
    """Make an encrypted backup: passphrase (suggested or her own), place, then a Job."""

    def __init__(self, ctx: SpaceContext, page: QWidget) -> None:
        super().__init__(page)
        self.setObjectName("backupSection")
        self.ctx = ctx
        self.page = page
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.make = QPushButton()
        self.make.setObjectName("makeBackup")
        self.make.clicked.connect(self.start)
        self.stop = QPushButton()
        self.stop.setObjectName("cancelBackup")
        self.stop.clicked.connect(self.cancel)
        self.stop.hide()
        self.busy = QProgressBar()
        self.busy.setObjectName("backupBusy")
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.message = QLabel()
        self.message.setObjectName("backupMessage")
        self.message.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.make)
        row.addWidget(self.busy, 1)
        row.addWidget(self.stop)
        row.addStretch(0)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addLayout(row)
        layout.addWidget(self.message)
        self.dialog: PassphraseDialog | None = None
        self.job: Job | None = None
        self.key: BackupKey | None = None
        self._stopped = False
        self._say: Callable[[], str] | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Encrypted backup"))
        self.explain.setText(
            self.tr(
                "A backup keeps everything in this private space (diary, checklist, settings) "
                "in one encrypted file with its own passphrase. With it you can open your "
                "private space again on another computer. Keep the file and the written-down "
                "passphrase with someone you trust or at a support service, not at home."
            )
        )
        self.make.setText(self.tr("Make an encrypted backup…"))
        self.stop.setText(self.tr("Cancel"))
        self.message.setText(self._say() if self._say is not None else "")

    def _show(self, say: Callable[[], str] | None) -> None:
        self._say = say
        self.message.setText(say() if say is not None else "")

    # 1. the passphrase ---------------------------------------------------------------------
    def start(self) -> None:
        if self.job is not None or self.dialog is not None:
            return
        self._show(None)
        dialog = PassphraseDialog(PassphraseDialog.BACKUP, self.page, language=self.ctx.language)
        dialog.chosen.connect(self.ctx.generation.guard(self._passphrase_chosen))
        dialog.finished.connect(self.ctx.generation.guard(self._dialog_closed))
        self.dialog = dialog
        dialog.open()
        dialog.first.setFocus()

    def _dialog_closed(self, _result: int) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.wipe()
            dialog.deleteLater()

    def _passphrase_chosen(self, passphrase: str, _language: str) -> None:
        if self.dialog is None:
            return
        try:
            self.key = BackupKey(passphrase)
        except ValueError:
            self.dialog.in_use()
            return
        self.dialog.accept()
        files.choose_save_path(
            self.page,
            self.tr("Save the encrypted backup"),
            DEFAULT_NAME,
            self.tr("Encrypted backup (*.db);;All files (*)"),
            self.ctx.generation.guard(self._path_chosen),
        )

    # 2. the place ----------------------------------------------------------------------------
    def _path_chosen(self, path: str | None) -> None:
        if not path:
            self._forget_key()
            return
        target = Path(path)

        def answer(go: bool) -> None:
            if go:
                self._run(target)
            else:
                self._forget_key()

        confirm_save_target(
            self.page,
            target,
            self.tr(
                "This folder seems to be synchronised with an online service (OneDrive, "
                "Dropbox, Google Drive or Nextcloud). The backup stays encrypted, but a copy "
                "will also be stored online and may appear on other devices that use the "
                "same account."
            ),
            self.tr("Save the backup here?"),
            (self.tr("Save here"), self.tr("Cancel")),
            self.ctx.generation.guard(answer),
        )

    # 3. the export, off the GUI thread ---------------------------------------------------------
    def _run(self, target: Path) -> None:
        key = self.key
        if key is None:
            return
        vault = self.ctx.vault
        holder: list[Job] = []
        self._stopped = False

        def cancelled() -> bool:
            return self._stopped or (bool(holder) and holder[0].cancelled)

        def work() -> Path:
            return write_backup(vault, target, key, cancelled)

        job = Job(
            work,
            self.ctx.generation.guard(self._done),
            self.ctx.generation.guard(self._failed),
        )
        holder.append(job)
        self.job = job
        self._busy(True)
        self._show(lambda: self.tr("Making the backup…"))
        runner = getattr(self.ctx.host, "run_private_job", None)
        if runner is not None:
            runner(job)
        else:
            job.start()

    def cancel(self) -> None:
        """Cancel: the export stops and its partial file is deleted."""
        self._stopped = True

    def _busy(self, busy: bool) -> None:
        self.make.setEnabled(not busy)
        self.busy.setVisible(busy)
        self.stop.setVisible(busy)

    def _done(self, target: Path) -> None:
        self.job = None
        self._busy(False)
        self._forget_key()
        name = target.name
        self._show(
            lambda: self.tr(
                "The backup was saved as “%1”. Keep it, and its passphrase written down, with "
                "someone you trust or at a support service, not at home."
            ).replace("%1", name)
        )

    def _failed(self, exc: BaseException) -> None:
        self.job = None
        self._busy(False)
        self._forget_key()
        if isinstance(exc, Cancelled):
            self._show(lambda: self.tr("The backup was stopped. No file was left behind."))
        elif isinstance(exc, NoRoom):
            self._show(
                lambda: self.tr(
                    "The backup could not be written: the drive is full or was removed. "
                    "No file was left behind."
                )
            )
        else:
            self._show(
                lambda: self.tr(
                    "The backup could not be made. No file was left behind; your private "
                    "space is unchanged."
                )
            )

    def _forget_key(self) -> None:
        if self.key is not None:
            self.key.forget()
        self.key = None


def make_section(ctx: SpaceContext, settings_page: QWidget) -> QWidget:
    return BackupSection(ctx, settings_page)
