"""An open private space inside the main window, and the one routine that locks it."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from app.core.features import optional_import
from app.core.spaces import Spaces
from app.core.vault import Vault
from app.gui import i18n
from app.gui.clipboard import PrivateClipboard
from app.gui.generation import Generation
from app.gui.private.context import SpaceContext
from app.gui.private.space import PrivateSpace
from app.gui.worker import Job

if TYPE_CHECKING:
    from app.gui.main_window import MainWindow


WELCOME_MODULE = "app.gui.private.guidance.welcome"


def belongs_to(widget: QWidget | None, root: QWidget) -> bool:
    while widget is not None:
        if widget is root or widget.property("private") is True:
            return True
        widget = widget.parentWidget()
    return False


class PrivateSession:
    """Builds the private page for an open vault; ``lock()`` tears all of it down."""

    def __init__(
        self,
        window: MainWindow,
        vault: Vault,
        spaces: Spaces,
        generation: Generation,
        clipboard: PrivateClipboard,
        on_locked: Callable[[], None],
    ) -> None:
        self.window = window
        self.vault: Vault | None = vault
        self.generation = generation
        self.clipboard = clipboard
        self.on_locked = on_locked
        self.jobs: list[Job] = []
        self.locked = False
        self.translator: list[QTranslator] | None = self._translators(
            vault.setting("language", "nl")
        )
        i18n.install(self.translator)
        self.ctx = SpaceContext(
            vault=vault,
            spaces=spaces,
            generation=generation,
            clipboard=clipboard,
            lock=self.lock,
            panic=self.lock,
            show_page=self._show_page,
            set_language=self.set_language,
            replace_vault=self.replace_vault,
            host=window,
            options=window.private_options,
        )
        self.space: PrivateSpace | None = PrivateSpace(self.ctx)

    @property
    def language(self) -> str:
        return self.vault.setting("language", "nl") if self.vault else "en"

    def start(self) -> None:
        """Open on the page of a kept draft (with its text in place), or on Home."""
        assert self.space is not None and self.vault is not None
        drafts = self.vault.drafts()
        first = self.vault.newest_draft_page() or "home"
        if self.space.page(first) is None:
            first = "home"
        self.space.show_page(first)
        kept = False
        for key, payload in drafts.items():
            # A draft stays in the vault until the next lock writes or drops it: a crash or a
            # power cut before then loses nothing.
            page = self.space.page(key)
            if page is None:
                continue
            try:
                page.restore_draft(payload)
                kept = True
            except Exception:
                with contextlib.suppress(Exception):
                    self.vault.clear_draft(key)  # a draft this version cannot read
        if kept:
            self.space.show_notice(
                lambda: QCoreApplication.translate("PrivateSpace", "Your text was kept.")
            )
        if self.vault.setting("welcome") == "pending":
            self._welcome()

    def _welcome(self) -> None:
        """The first unlock of a new space shows the short welcome screens, once."""
        module = optional_import(WELCOME_MODULE)
        if module is None or self.space is None:
            return
        module.show_welcome(self.space, self.ctx)

    def _show_page(self, key: str) -> None:
        if self.space is not None:
            self.space.show_page(key)

    def run(self, job: Job) -> Job:
        """Track slow work so that lock can wait for it once the notes are on screen."""
        self.jobs = [j for j in self.jobs if not j.finished]
        self.jobs.append(job)
        return job.start()

    def set_language(self, language: str) -> None:
        if self.vault is None or self.space is None:
            return
        self.vault.set_setting("language", language)
        i18n.remove(self.translator)
        self.translator = self._translators(language)
        i18n.install(self.translator)
        self.space.retranslate()

    @staticmethod
    def _translators(language: str) -> list[QTranslator]:
        """The private catalogues and, over the notes' ones, Qt's own texts (text fields'
        menus, key names) in the space's language; the lock removes them all."""
        qt = i18n.space_qt_translator(language)
        return i18n.private_translators(language) + ([qt] if qt is not None else [])

    def replace_vault(self, vault: Vault) -> None:
        """After a passphrase change the space continues on the new file."""
        self.vault = vault
        self.ctx.vault = vault

    def private_windows(self) -> list[QWidget]:
        if self.space is None:
            return []
        return [
            w
            for w in QApplication.topLevelWidgets()
            if w is not self.window and (belongs_to(w, self.space) or isinstance(w, QMenu))
        ]

    def lock(self) -> None:
        """Panic and lock, in this order, all of it, every time (DESIGN.md)."""
        if self.locked:
            return
        self.locked = True
        self.generation.bump()
        for job in self.jobs:
            job.cancel()  # slow work sees this and stops; its result will be dropped
        space = self.space
        # 1. Hide every private window, show the notes and paint them: the first visible effect.
        popup = QApplication.activePopupWidget()
        while popup is not None:
            popup.hide()
            popup.close()
            nxt = QApplication.activePopupWidget()
            popup = None if nxt is popup else nxt
        windows = self.private_windows()
        for w in windows:
            w.hide()
        self.window.show_notes()
        # 2. Keep what was being typed, encrypted, in the vault.
        if space is not None and self.vault is not None:
            drafts = space.collect_drafts()
            for key in space.built:
                with contextlib.suppress(Exception):
                    if key in drafts:
                        self.vault.save_draft(key, drafts[key])
                    else:
                        self.vault.clear_draft(key)
        # 3. Close dialogs, clear widgets and models, take the private page out of the window.
        #    It is destroyed as soon as control returns to the event loop (the key event that
        #    triggered the panic may still be travelling through its widgets).
        for w in windows:
            if shiboken6.isValid(w):
                w.close()
        if space is not None:
            space.clear_all()
            self.window.remove_private_page(space)
            for w in windows:
                if shiboken6.isValid(w) and w.parent() is None:
                    w.deleteLater()
            space.deleteLater()
        self.space = None
        # 4. The clipboard, if it holds our text; PRIMARY if we own it.
        self.clipboard.watching = False
        self.clipboard.clear()
        # 5. Wait for slow work (the notes are already on screen), close, forget the key.
        for job in self.jobs:
            job.cancel()
            job.wait(10)
        self.jobs = []
        if self.vault is not None:
            self.vault.close()
        self.vault = None
        self.ctx.vault = None  # type: ignore[assignment]
        i18n.remove(self.translator)
        self.translator = None
        self.on_locked()
