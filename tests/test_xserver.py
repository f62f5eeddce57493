"""Tests that need a real X server (pytest-xvfb's display): the PRIMARY selection, and the panic
keys as X delivers them. The app runs in a child process with the xcb platform."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.xserver

CHILD = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QClipboard, QGuiApplication
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    from app.core.keys import TEST_KDF
    from app.core.spaces import Spaces
    from app.core.storage import DataFolder
    from app.gui import hardening
    from app.gui.main import Application

    hardening.redirect_default_settings()
    qt = QApplication([])
    data = Path(sys.argv[1])
    folder = DataFolder(data, kdf=TEST_KDF, slot_size=1024 * 1024)
    folder.open(); folder.finish_setup()
    spaces = Spaces(folder)
    vault = spaces.create(spaces.derive("lentebloesem fiets ajuin"), "en")
    vault.set_setting("welcome", "done"); vault.close(); folder.close()
    app = Application(DataFolder(data))
    app.start()
    win = app.window
    QTest.qWaitForWindowExposed(win)

    def wait(cond):
        end = time.time() + 10
        while not cond() and time.time() < end:
            qt.processEvents(); time.sleep(0.01)
        return cond()

    def unlock():
        win.notes.search.setFocus()
        win.notes.search.setText("lentebloesem fiets ajuin")
        QTest.keyClick(win.notes.search, Qt.Key.Key_Return)
        assert wait(lambda: win.private_open)

    board = QGuiApplication.clipboard()
    results = [board.supportsSelection()]
    # 1. Text selected in the private space is in PRIMARY; the lock clears it.
    unlock()
    page = win.session.space.page("diary")
    win.session.space.show_page("diary")
    page.new_entry()
    page.form.text.setPlainText("secret words selected")
    page.form.text.setFocus()
    QTest.keyClick(page.form.text, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(page.form.text, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    wait(lambda: board.text(QClipboard.Mode.Selection) != "")
    hinted = board.mimeData(QClipboard.Mode.Clipboard).hasFormat("x-kde-passwordManagerHint")
    results.append(board.text(QClipboard.Mode.Selection) == "secret words selected" and hinted)
    win.lock()
    qt.processEvents()
    results.append(board.text(QClipboard.Mode.Selection) == "" and board.text() == "")
    # 2. Shift tapped three times, as X delivers it, panics; typing capitals does not.
    unlock()
    win.session.space.show_page("diary")
    page = win.session.space.page("diary")
    page.new_entry()
    for ch in "Anna And Bob":
        QTest.keyClick(page.form.text, ch)
    results.append(win.private_open)
    for _ in range(3):
        QTest.keyClick(page.form.text, Qt.Key.Key_Shift)
    results.append(not win.private_open)
    print(" ".join("1" if r else "0" for r in results))
    win.close(); app.stop()
    """
)


def test_primary_selection_and_shift_taps_on_a_real_display(tmp_path: Path) -> None:
    display = os.environ.get("DISPLAY")
    if not display:
        pytest.skip("no X server (install xvfb; pytest-xvfb starts one)")
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env.update(QT_QPA_PLATFORM="xcb", PYTHONPATH=str(ROOT))
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(tmp_path / "data")],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    flags = done.stdout.strip().split()
    assert flags[0] == "1", "this X server has no PRIMARY selection"
    assert flags == ["1", "1", "1", "1", "1"], flags
