"""Ctrl+Shift+Enter in the search box: make a new private space with the passphrase typed there."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTranslator

from app.core.features import optional_import
from app.core.spaces import AlreadyInUse
from app.core.vault import Vault
from app.gui import i18n
from app.gui.decoy.search_box import empty_without_undo
from app.gui.private.passphrase_dialog import RESTORE_MODULE, PassphraseDialog
from app.gui.worker import Job

if TYPE_CHECKING:
    from app.gui.main_window import MainWindow


class CreateFlow(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: PassphraseDialog | None = None
        self.job: Job | None = None
        self.translator: list[QTranslator] = []

    def start(self, text: str) -> None:
        if not text.strip() or self.window.private_open or self.dialog is not None:
            return  # Ctrl+Shift+Enter on an empty box does nothing at all
        self.window.unlock.cancel()
        language = i18n.system_language()
        self._use_language(language)
        dialog = PassphraseDialog(
            PassphraseDialog.CREATE, self.window, initial=text, language=language
        )
        dialog.chosen.connect(self._chosen)
        dialog.finished.connect(self._closed)
        dialog.language_changed.connect(self._language_changed)
        dialog.restore_requested.connect(self._restore)
        self.dialog = dialog
        self.window.clipboard.watching = True  # a copied passphrase is tracked and cleared
        dialog.open()
        dialog.again.setFocus()

    def _use_language(self, language: str) -> None:
        i18n.remove(self.translator)
        self.translator = i18n.private_translators(language)
        i18n.install(self.translator)

    def _language_changed(self, language: str) -> None:
        self._use_language(language)
        if self.dialog is not None:
            self.dialog.retranslate()

    def _chosen(self, passphrase: str, language: str) -> None:
        spaces = self.window.spaces

        job: Job

        def work() -> Vault:
            return spaces.create(spaces.derive(passphrase), language, abort=lambda: job.cancelled)

        job = Job(work, self._created, self._failed, on_discard=lambda v: v.close())
        self.job = job.start()

    def _restore(self) -> None:
        """Restore a backup as this new private space (the backup feature does the work)."""
        module = optional_import(RESTORE_MODULE)
        if module is not None and self.dialog is not None:
            module.start_restore(self.dialog, self.window.spaces, self._created)

    def _created(self, vault: Vault) -> None:
        self.job = None
        dialog = self.dialog
        self._finish()
        if dialog is not None:
            dialog.wipe()
            dialog.done(1)
            dialog.deleteLater()
        self.window.open_private(vault)

    def _failed(self, exc: BaseException) -> None:
        self.job = None
        if self.dialog is None:
            return
        if isinstance(exc, AlreadyInUse):
            self.dialog.in_use()
        else:
            self.dialog.fail(
                QCoreApplication.translate(
                    "PassphraseDialog",
                    "The private space could not be made. Is the disk full? Nothing was changed.",
                )
            )

    def _closed(self, _result: int) -> None:
        if self.job is not None:
            self.job.cancel()
            self.job = None
        if self.dialog is not None:
            self.dialog.wipe()
            self.dialog.deleteLater()
        self._finish()

    def _finish(self) -> None:
        self.dialog = None
        if not self.window.private_open:
            self.window.clipboard.watching = False
            self.window.clipboard.clear()
        i18n.remove(self.translator)
        self.translator = []
        empty_without_undo(self.window.notes.search)

    def cancel(self) -> None:
        if self.dialog is not None:
            self.dialog.reject()
