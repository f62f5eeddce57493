"""Settings of one private space, stored in its vault: language, locking, passphrase, deletion."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.core.features import optional_import
from app.core.spaces import AlreadyInUse, CopyOutdated, discard_copy
from app.core.vault import Vault
from app.gui import dialogs
from app.gui.private.context import SpaceContext
from app.gui.private.formats import space_locale
from app.gui.private.passphrase_dialog import LANGUAGE_NAMES, PassphraseDialog
from app.gui.private.registry import PageSpec, PrivatePage, register
from app.gui.private.widgets import fill_with_scrolling
from app.gui.worker import Job

CHANGE_ATTEMPTS = 3  # copies made again when something was saved meanwhile

SECTION_MODULES = ("app.gui.private.backup.section",)

# Lock options: key in the vault, default.
LOCK_OPTIONS = {
    "idle_minutes": "5",
    "lock_on_minimise": "1",
    "lock_on_focus_loss": "0",
    "esc_panics": "1",
}


def option(vault: Vault, key: str) -> str:
    return vault.setting(key, LOCK_OPTIONS[key])


class SettingsPage(PrivatePage):
    def __init__(self, ctx: SpaceContext) -> None:
        super().__init__()
        self.ctx = ctx
        vault = ctx.vault
        self.language = QComboBox()
        self.language.setObjectName("spaceLanguage")
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(ctx.language)))
        self.language.currentIndexChanged.connect(self._language_chosen)

        self.idle = QSpinBox()
        self.idle.setObjectName("idleMinutes")
        self.idle.setRange(1, 60)
        self.idle.setValue(int(option(vault, "idle_minutes")))
        self.idle.valueChanged.connect(lambda v: self._store("idle_minutes", str(v)))
        self.minimise = QCheckBox()
        self.minimise.setObjectName("lockOnMinimise")
        self.minimise.setChecked(option(vault, "lock_on_minimise") == "1")
        self.minimise.toggled.connect(
            lambda on: self._store("lock_on_minimise", "1" if on else "0")
        )
        self.focus_loss = QCheckBox()
        self.focus_loss.setObjectName("lockOnFocusLoss")
        self.focus_loss.setChecked(option(vault, "lock_on_focus_loss") == "1")
        self.focus_loss.toggled.connect(
            lambda on: self._store("lock_on_focus_loss", "1" if on else "0")
        )
        self.esc = QCheckBox()
        self.esc.setObjectName("escPanics")
        self.esc.setChecked(option(vault, "esc_panics") == "1")
        self.esc.toggled.connect(lambda on: self._store("esc_panics", "1" if on else "0"))

        self.fill = QProgressBar()
        self.fill.setObjectName("capacity")
        self.fill.setTextVisible(False)  # the line below says it, rounded once, in her language
        self.fill_label = QLabel()
        self.fill_label.setWordWrap(True)
        self.change = QPushButton()
        self.change.setObjectName("changePassphrase")
        self.change.clicked.connect(self.ask_change)
        self.delete = QPushButton()
        self.delete.setObjectName("deleteSpace")
        self.delete.clicked.connect(self.ask_delete)
        self.message = QLabel()
        self.message.setObjectName("settingsMessage")
        self.message.setWordWrap(True)

        self.general = QGroupBox()
        general = QFormLayout(self.general)
        self.language_label = QLabel()
        general.addRow(self.language_label, self.language)
        self.locking = QGroupBox()
        locking = QFormLayout(self.locking)
        self.idle_label = QLabel()
        locking.addRow(self.idle_label, self.idle)
        locking.addRow(self.minimise)
        locking.addRow(self.focus_loss)
        locking.addRow(self.esc)
        self.storage = QGroupBox()
        storage = QVBoxLayout(self.storage)
        storage.addWidget(self.fill)
        storage.addWidget(self.fill_label)
        self.security = QGroupBox()
        security = QVBoxLayout(self.security)
        row = QHBoxLayout()
        row.addWidget(self.change)
        row.addWidget(self.delete)
        row.addStretch(1)
        security.addLayout(row)
        security.addWidget(self.message)

        inner = QWidget()
        layout = QVBoxLayout(inner)
        for box in (self.general, self.locking, self.storage, self.security):
            layout.addWidget(box)
        # Sections that features add (backup, report...), if this build has them.
        self.extra: list[QWidget] = []
        for name in SECTION_MODULES:
            module = optional_import(name)
            if module is not None:
                section = module.make_section(ctx, self)
                self.extra.append(section)
                layout.addWidget(section)
        layout.addStretch(1)
        fill_with_scrolling(self, inner, 760)
        self.dialog: PassphraseDialog | None = None
        self.retranslate()

    def _store(self, key: str, value: str) -> None:
        self.ctx.vault.set_setting(key, value)
        self.ctx.options[key] = value

    def _language_chosen(self, _index: int) -> None:
        self.ctx.set_language(str(self.language.currentData()))

    def showEvent(self, event: object) -> None:  # type: ignore[override]
        self.refresh_capacity()
        super().showEvent(event)  # type: ignore[arg-type]

    def refresh_capacity(self) -> None:
        used, total = self.ctx.vault.capacity()
        percent = round(100 * used / total) if total else 0
        self.fill.setRange(0, 100)
        self.fill.setValue(percent)  # the same number as the text: they cannot disagree
        locale = space_locale(self.ctx.language)
        text = (
            self.tr("%1 % full: %2 MB of %3 MB used.")
            .replace("%1", locale.toString(percent))
            .replace("%2", locale.toString(used / 1e6, "f", 1))
            .replace("%3", locale.toString(total / 1e6, "f", 1))
        )
        self.fill_label.setText(text)
        self.fill.setAccessibleName(self.tr("Room"))
        self.fill.setAccessibleDescription(text)

    def retranslate(self) -> None:
        self.general.setTitle(self.tr("Language"))
        self.language_label.setText(self.tr("Language of this private space"))
        self.locking.setTitle(self.tr("Locking"))
        self.idle_label.setText(self.tr("Lock after this many minutes without use"))
        self.minimise.setText(self.tr("Lock when the window is minimised"))
        self.focus_loss.setText(self.tr("Lock when I switch to another window"))
        self.esc.setText(self.tr("Esc means quick exit (recommended)"))
        self.storage.setTitle(self.tr("Room"))
        self.security.setTitle(self.tr("Passphrase and deletion"))
        self.change.setText(self.tr("Change passphrase…"))
        self.delete.setText(self.tr("Delete this private space…"))
        self.refresh_capacity()
        for section in getattr(self, "extra", []):
            retranslate = getattr(section, "retranslate", None)
            if retranslate is not None:
                retranslate()

    # change passphrase -------------------------------------------------------------------
    def ask_change(self) -> None:
        dialog = PassphraseDialog(PassphraseDialog.CHANGE, self, language=self.ctx.language)
        dialog.chosen.connect(self.ctx.generation.guard(self._change_chosen))
        dialog.finished.connect(lambda _r: dialog.wipe())
        self.dialog = dialog
        dialog.open()
        dialog.first.setFocus()

    def _change_chosen(self, passphrase: str, _language: str) -> None:
        self._change(passphrase, None, CHANGE_ATTEMPTS)

    def _change(self, passphrase: str, master: bytes | None, attempts: int) -> None:
        """Derive the new key and copy the space under it off the GUI thread (panic stays
        instant); only the rename and the reopening run here, between two events."""
        ctx = self.ctx
        vault = ctx.vault
        spaces = ctx.spaces
        writes_before = vault.write_count()
        holder: list[Job] = []

        def cancelled() -> bool:
            return bool(holder) and holder[0].cancelled

        def work() -> tuple[bytes, Path]:
            key = master if master is not None else spaces.derive(passphrase)
            return key, spaces.prepare_change(vault, key, cancelled)

        def done(result: tuple[bytes, Path]) -> None:
            new_master, copy = result
            try:
                new_vault = spaces.finish_change(vault, copy, new_master, writes_before)
            except CopyOutdated:
                # Something was saved while the copy was made: make a fresh one.
                if attempts > 1:
                    self._change(passphrase, new_master, attempts - 1)
                else:
                    failed(CopyOutdated())
                return
            except Exception as exc:  # shown calmly, never printed
                failed(exc)
                return
            ctx.replace_vault(new_vault)
            if self.dialog is not None:
                self.dialog.wipe()
                self.dialog.accept()
            self.message.setText(
                self.tr("The passphrase was changed. Use the new one from now on.")
            )

        def failed(exc: BaseException) -> None:
            if self.dialog is None:
                return
            if isinstance(exc, AlreadyInUse):
                self.dialog.in_use()
            else:
                self.dialog.fail(
                    self.tr(
                        "The passphrase could not be changed; the old one still works. "
                        "Is the disk full?"
                    )
                )

        def discard(result: tuple[bytes, Path]) -> None:
            discard_copy(result[1])  # a lock came: the old passphrase stays

        guard = ctx.generation.guard
        job = Job(work, guard(done), guard(failed), discard)
        holder.append(job)
        runner = getattr(ctx.host, "run_private_job", None)
        if runner is not None:
            runner(job)
        else:
            job.start()

    # delete --------------------------------------------------------------------------------
    def ask_delete(self) -> None:
        dialogs.ask(
            self,
            self.tr("Delete this private space?"),
            self.tr(
                "Everything in this private space will be gone for good: diary, checklist "
                "and settings. Nobody can bring it back. A backup you made earlier still "
                "works."
            ),
            [self.tr("Delete for good"), self.tr("Cancel")],
            self.ctx.generation.guard(self._delete_answer),
            icon=QMessageBox.Icon.Warning,
        )

    def _delete_answer(self, index: int) -> None:
        if index != 0:
            return
        remover = getattr(self.ctx.host, "delete_private_space", None)
        if remover is not None:
            remover()


def _title() -> str:
    return QCoreApplication.translate("PrivateSpace", "Settings")


register(PageSpec("settings", 5, _title, SettingsPage))
