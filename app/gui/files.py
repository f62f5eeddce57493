"""File pickers for the private space: non-native, no history, opened with ``open()``.

Qt's default settings are redirected (hardening.py), so QtProject.conf never records
``lastVisited`` or ``history``; non-native dialogs add nothing to GTK's recently-used.xbel.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

SYNCED_MARKERS = ("onedrive", "dropbox", "google drive", "googledrive", "my drive", "nextcloud")
_open: list[QFileDialog] = []
# Tests: the next picker answers with these paths (or an empty list for Cancel).
_next: list[list[str]] = []


def answer_next(paths: list[str]) -> None:
    _next.append(paths)


def open_pickers() -> list[QFileDialog]:
    _open[:] = [d for d in _open if shiboken6.isValid(d)]
    return [d for d in _open if d.isVisible()]


def removable_drive() -> Path | None:
    """The first mounted removable drive (Linux /media or /run/media), if any."""
    user = os.environ.get("USER") or os.environ.get("USERNAME") or ""
    for base in (Path("/media") / user, Path("/run/media") / user, Path("/media")):
        try:
            mounts = sorted(p for p in base.iterdir() if p.is_dir() and os.path.ismount(p))
        except OSError:
            continue
        if mounts:
            return mounts[0]
    return None


def default_folder() -> Path:
    drive = removable_drive()
    if drive is not None:
        return drive
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(docs) if docs else Path.home()


def is_synced_folder(path: Path) -> bool:
    """True when the folder looks synchronised to a cloud (OneDrive, Dropbox, Drive, Nextcloud)."""
    return any(marker in part.lower() for part in path.parts for marker in SYNCED_MARKERS)


def _forget_history() -> None:
    """On Windows Qt's settings live in the registry, where redirecting the settings path does
    not reach: remove what a file dialog saved there (last folder, history) once it is gone."""
    if sys.platform == "win32":
        QSettings(QSettings.Scope.UserScope, "QtProject").remove("FileDialog")


def _picker(parent: QWidget, title: str, name_filter: str) -> QFileDialog:
    dialog = QFileDialog(parent, title)
    dialog.destroyed.connect(_forget_history)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setOption(QFileDialog.Option.DontResolveSymlinks, True)
    dialog.setHistory([])
    dialog.setProperty("private", True)
    if name_filter:
        dialog.setNameFilter(name_filter)
    return dialog


def _run(dialog: QFileDialog, on_chosen: Callable[[list[str]], None]) -> QFileDialog:
    def finished(result: int) -> None:
        paths = dialog.selectedFiles() if result else []
        dialog.setHistory([])
        if dialog in _open:
            _open.remove(dialog)
        dialog.deleteLater()
        on_chosen(paths)

    dialog.finished.connect(finished)
    _open.append(dialog)
    if _next:
        answer = _next.pop(0)
        if answer:
            dialog.selectFile(answer[0])
            dialog.setProperty("testAnswer", answer)
        from PySide6.QtCore import QTimer

        def respond() -> None:
            if dialog not in _open:
                return
            if dialog in _open:
                _open.remove(dialog)
            dialog.hide()
            dialog.deleteLater()
            on_chosen(answer)

        QTimer.singleShot(0, respond)
        return dialog
    dialog.open()
    return dialog


def choose_save_path(
    parent: QWidget,
    title: str,
    default_name: str,
    name_filter: str,
    on_chosen: Callable[[str | None], None],
) -> QFileDialog:
    """Ask where to save; ``on_chosen(path)`` or ``on_chosen(None)`` for Cancel."""
    dialog = _picker(parent, title, name_filter)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    # Qt's own overwrite question is a nested event loop; callers ask through dialogs.ask.
    dialog.setOption(QFileDialog.Option.DontConfirmOverwrite, True)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setDirectory(str(default_folder()))
    dialog.selectFile(default_name)
    return _run(dialog, lambda paths: on_chosen(paths[0] if paths else None))


def choose_open_paths(
    parent: QWidget,
    title: str,
    name_filter: str,
    on_chosen: Callable[[list[str]], None],
    multiple: bool = True,
) -> QFileDialog:
    """Ask for files to read; ``on_chosen([])`` for Cancel."""
    dialog = _picker(parent, title, name_filter)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(
        QFileDialog.FileMode.ExistingFiles if multiple else QFileDialog.FileMode.ExistingFile
    )
    dialog.setDirectory(str(Path.home()))
    return _run(dialog, on_chosen)
