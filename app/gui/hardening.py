"""Process-wide precautions taken before any window exists: no core dumps, no Qt settings files
outside the data folder, no logging of anything."""

from __future__ import annotations

import contextlib
import ctypes
import logging
import os
import sys
import threading

from PySide6.QtCore import QSettings, qInstallMessageHandler

# A path where nothing can be created: Qt's own QtProject.conf (file-dialog history) goes nowhere.
UNWRITABLE = "/dev/null/notes"


def private_umask() -> None:
    """Files the app or SQLite creates are readable by their owner only."""
    os.umask(0o077)


def disable_core_dumps() -> None:
    with contextlib.suppress(Exception):
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if sys.platform.startswith("linux"):
        with contextlib.suppress(Exception):
            libc = ctypes.CDLL(None)
            pr_set_dumpable = 4
            libc.prctl(pr_set_dumpable, 0, 0, 0, 0)


def redirect_default_settings() -> None:
    """Even a non-native QFileDialog writes history to QtProject.conf; send it nowhere."""
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
            QSettings.setPath(fmt, scope, UNWRITABLE)


def silence_logging() -> None:
    """No logs, no tracebacks, no Qt warnings: a traceback names the private code and quotes its
    source lines, and desktops keep stderr in the journal or ~/.xsession-errors."""
    logging.disable(logging.CRITICAL)
    sys.excepthook = _drop_exception
    threading.excepthook = _drop_thread_exception
    sys.unraisablehook = _drop_unraisable
    qInstallMessageHandler(_drop_qt_message)


def _drop_exception(*_args: object) -> None:
    return None


def _drop_thread_exception(_args: object) -> None:
    return None


def _drop_unraisable(_args: object) -> None:
    return None


def _drop_qt_message(*_args: object) -> None:
    return None
