"""Start-up: hardening, one instance, the data folder, the window; the pool after first paint."""

from __future__ import annotations

import argparse
import random
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from app.core.install import InstallDamaged
from app.core.paths import choose_data_dir, ensure_private_dir
from app.core.slots import session_adds_slot
from app.core.storage import DataFolder, NotesUnreadable
from app.gui import hardening, i18n
from app.gui.main_window import MainWindow
from app.gui.single_instance import SingleInstance

if TYPE_CHECKING:
    from app.gui.panic import PanicGuard

APP_NAME = "notes"
UI_SETTINGS = "window.ini"


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="notes", add_help=True)
    parser.add_argument("--portable", metavar="DIR", help="keep all data in DIR")
    known, _qt_args = parser.parse_known_args(argv[1:])
    return known


def default_data_dir() -> Path:
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)
    return Path(location or Path.home() / ".local" / "share" / APP_NAME)


class Application:
    """Everything one run of the app holds; tests build it with a data folder of their own."""

    def __init__(self, folder: DataFolder) -> None:
        self.folder = folder
        self.instance = SingleInstance(folder.path)
        self.window: MainWindow | None = None
        self.guard: PanicGuard | None = None
        self.translators: list[QTranslator] = []
        self.setup_thread: threading.Thread | None = None

    def start(self) -> bool:
        """False when another instance holds the folder (it has been asked to come forward)."""
        if not self.instance.acquire():
            self.instance.wake_first()
            return False
        self.translators = i18n.notes_translators(i18n.system_language())
        i18n.install(self.translators)
        self.folder.open()
        ui = QSettings(str(self.folder.path / UI_SETTINGS), QSettings.Format.IniFormat)
        self.window = MainWindow(self.folder, ui)
        self.instance.woken.connect(self.window.bring_forward)
        self.window.first_painted.connect(self._after_first_paint)
        self.window.show()
        QTimer.singleShot(1000, self._after_first_paint)  # in case no frame is painted (minimised)
        return True

    @staticmethod
    def _make_guard(window: MainWindow) -> PanicGuard:
        from app.gui.panic import PanicGuard

        return PanicGuard(window)

    def _after_first_paint(self) -> None:
        """Work that can wait until the notes are on screen (nothing private can be open yet:
        that takes a passphrase typed into the window just painted)."""
        assert self.window is not None
        if self.guard is not None:
            return  # done already
        self.guard = self._make_guard(self.window)
        self.instance.listen()
        self.guard.screen_lock.connect_buses()
        if not self.folder.ready.is_set():
            self.setup_thread = threading.Thread(target=self.folder.finish_setup, daemon=True)
            self.setup_thread.start()
        rng = random.SystemRandom()
        if session_adds_slot(rng):
            QTimer.singleShot(rng.randint(30_000, 600_000), self._grow_pool)

    def _grow_pool(self) -> None:
        threading.Thread(target=self._grow_pool_now, daemon=True).start()

    def _grow_pool_now(self) -> None:
        try:
            self.folder.ready.wait()
            self.folder.pool.add_random_slot()
            self.folder.pool.equalize_mtimes()
        except OSError:
            pass

    def stop(self) -> None:
        if self.setup_thread is not None:
            self.setup_thread.join()
        self.folder.close()
        self.instance.release()
        i18n.remove(self.translators)
        self.translators = []


def main(argv: list[str] | None = None) -> int:
    args = parse_args(list(sys.argv if argv is None else argv))
    hardening.private_umask()
    hardening.disable_core_dumps()
    hardening.silence_logging()
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName("")
    hardening.redirect_default_settings()
    qt_app = QApplication([sys.argv[0] if sys.argv else APP_NAME])
    qt_app.setApplicationDisplayName("")
    qt_app.setWindowIcon(QIcon.fromTheme("accessories-text-editor"))
    qt_app.setDesktopFileName(APP_NAME)
    portable = Path(args.portable).expanduser() if args.portable else None
    data_dir = ensure_private_dir(choose_data_dir(default_data_dir(), portable))
    app = Application(DataFolder(data_dir))
    try:
        if not app.start():
            return 0
    except (InstallDamaged, NotesUnreadable, OSError):
        return _cannot_start(qt_app)
    code = qt_app.exec()
    app.stop()
    return int(code)


def _cannot_start(qt_app: QApplication) -> int:
    """Say calmly that the notes folder cannot be read; nothing is changed or replaced."""
    translators = i18n.notes_translators(i18n.system_language())
    i18n.install(translators)
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("Startup", "Notes"),
        QCoreApplication.translate(
            "Startup",
            "Notes cannot read its folder right now. Nothing was changed or deleted. "
            "If the disk is full or read-only, free some space and start Notes again.",
        ),
    )
    box.addButton(QCoreApplication.translate("Startup", "Close"), QMessageBox.ButtonRole.AcceptRole)
    box.finished.connect(qt_app.quit)
    box.open()
    qt_app.exec()
    return 1
