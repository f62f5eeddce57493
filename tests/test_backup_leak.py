"""Leak test: canaries in the vault and in the backup passphrase appear nowhere in plaintext."""

from __future__ import annotations

import secrets
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox

from app.core import backup
from app.core.backup import BackupKey
from app.gui import files
from tests.helpers import create_space, window


def needles(text: str) -> list[bytes]:
    return [text.encode("utf-8"), text.encode("utf-16-le"), text.encode("utf-16-be")]


def files_containing(root: Path, text: str) -> list[Path]:
    found = []
    for path in root.rglob("*"):
        if path.is_file() and not path.is_symlink():
            data = path.read_bytes()
            if any(n in data for n in needles(text)):
                found.append(path)
    return found


def test_canaries_do_not_leak_into_the_backup_or_anywhere(qtbot, make_app, tmp_path):
    content = "kanarie" + secrets.token_hex(8)
    passphrase = "vogel " + secrets.token_hex(6) + " tuin deur"
    app = make_app()
    win = window(app)
    create_space(qtbot, app, "lentebloesem fiets ajuin kasteel")
    vault = win.session.vault
    vault.set_setting("test-note", f"{content} {content}")
    vault.save_draft("test-page", {"text": content})
    win.session.space.show_page("settings")
    section = win.session.space.page("settings").findChild(QGroupBox, "backupSection")
    target = tmp_path / "usb" / backup.DEFAULT_NAME
    target.parent.mkdir()
    files.answer_next([str(target)])
    qtbot.mouseClick(section.make, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(section.dialog.first, passphrase)
    qtbot.keyClicks(section.dialog.again, passphrase)
    qtbot.keyClick(section.dialog.again, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: section.job is None and target.exists(), timeout=20000)
    # The backup really holds the content (so not finding it below means something).
    verdict = backup.verify_file(target, BackupKey(passphrase))
    assert verdict.intact and verdict.facts is not None and verdict.facts.tables["drafts"] >= 1
    win.lock()
    qtbot.waitUntil(lambda: not win.private_open)

    # Positive control: the search finds a canary written in plaintext.
    control = tmp_path.parent / f"{tmp_path.name}-control" / "plain.txt"
    control.parent.mkdir()
    control.write_text(f"x {content} y", encoding="utf-16-le")
    assert files_containing(control.parent, content) == [control]
    for secret in (content, passphrase, passphrase.split()[1]):
        assert files_containing(tmp_path, secret) == [], secret
