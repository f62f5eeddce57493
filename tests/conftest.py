"""Offscreen Qt by default, a private data folder and home for every test."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.core.keys import TEST_KDF

SMALL_SLOT = 64 * 4096  # 256 KiB: real pool code, tiny slots


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--onscreen", action="store_true", help="show windows on the real display")


def pytest_configure(config: pytest.Config) -> None:
    if not config.getoption("--onscreen"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ.setdefault("QT_ACCESSIBILITY", "0")
    from PySide6.QtCore import QCoreApplication

    from app.gui import hardening

    QCoreApplication.setApplicationName("notes")
    hardening.redirect_default_settings()


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """HOME, XDG folders, TMPDIR and the data folder inside tmp_path: no test touches the real
    home folder, and tests can run in any order."""
    home = tmp_path / "home"
    for sub in ("", ".config", ".local/share", ".cache", "tmp", "runtime"):
        (home / sub).mkdir(parents=True, exist_ok=True)
    (home / "runtime").chmod(0o700)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local/share"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(home / "runtime"))
    monkeypatch.setenv("TMPDIR", str(home / "tmp"))
    monkeypatch.setenv("NOTES_DATA_DIR", str(tmp_path / "data"))
    return home


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def make_app(qtbot, data_dir: Path) -> Iterator[object]:  # type: ignore[no-untyped-def]
    """Start the real application (window, panic guard, single instance) on a data folder."""
    from app.core.storage import DataFolder
    from app.gui.main import Application

    started: list[Application] = []

    def make(path: Path | None = None, **kwargs: object) -> Application:
        kwargs.setdefault("kdf", TEST_KDF)
        kwargs.setdefault("slot_size", SMALL_SLOT)
        folder = DataFolder(path or data_dir, **kwargs)  # type: ignore[arg-type]
        from app.core.paths import ensure_private_dir

        ensure_private_dir(folder.path)
        app = Application(folder)
        assert app.start()
        assert app.window is not None
        qtbot.waitExposed(app.window)
        app.window.activateWindow()
        qtbot.waitUntil(lambda: folder.ready.is_set() and app.guard is not None, timeout=30000)
        started.append(app)
        return app

    yield make
    for app in started:
        if app.window is not None and app.window.isVisible():
            app.window.close()
        if app.guard is not None:
            from PySide6.QtWidgets import QApplication

            QApplication.instance().removeEventFilter(app.guard)  # type: ignore[union-attr]
        app.stop()
