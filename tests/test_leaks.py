"""The project's leak test: a full scripted session with random canaries, then every byte the app
could have touched is searched. Later features extend it simply by having text fields: every
editable field of every private page gets a canary."""

from __future__ import annotations

import secrets
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

from app.core.db import connect
from tests.helpers import create_space, try_unlock_miss, unlock, window


def canary() -> str:
    return "zq" + secrets.token_hex(6)


def encodings(text: str) -> list[bytes]:
    return [text.encode("utf-8"), text.encode("utf-16-le"), text.upper().encode("utf-8")]


def all_files(root: Path) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file() and not p.is_symlink()]


def leaks(files: list[Path], words: list[str]) -> list[tuple[str, Path]]:
    found = []
    for path in files:
        data = path.read_bytes()
        found += [(w, path) for w in words if any(form in data for form in encodings(w))]
    return found


def editable_fields(root: QWidget) -> list[QWidget]:
    fields: list[QWidget] = []
    for w in root.findChildren(QWidget):
        if not w.isEnabled():
            continue
        if (isinstance(w, QLineEdit) and not w.isReadOnly()) or (
            isinstance(w, (QPlainTextEdit, QTextEdit)) and not w.isReadOnly()
        ):
            fields.append(w)
    return fields


def test_no_canary_leaves_the_vault(
    qtbot, make_app, tmp_path: Path, isolated_home: Path, capfd
) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    win = window(app)
    secrets_typed: list[str] = []
    passphrase = f"lente {canary()} fiets ajuin"
    secrets_typed.append(passphrase.split()[1])
    create_space(qtbot, app, passphrase)
    space = win.session.space
    typed_fields = 0
    for spec in list(space.specs):
        space.show_page(spec.key)
        page = space.page(spec.key)
        assert page is not None
        for field in editable_fields(page):
            if not field.isVisible():
                continue
            word = canary()
            secrets_typed.append(word)
            field.setFocus()
            if isinstance(field, QLineEdit):
                field.insert(word)
                field.textEdited.emit(field.text())
            else:
                field.insertPlainText(word)  # type: ignore[union-attr]
            typed_fields += 1
    assert typed_fields >= 1
    # Search, panic (drafts are kept, encrypted), unlock again, lock calmly, a miss, quit.
    qtbot.keyClick(space.nav, Qt.Key.Key_Escape)
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    unlock(qtbot, app, passphrase)
    win.lock()
    miss = canary()
    secrets_typed.append(miss)
    try_unlock_miss(qtbot, app, f"not the {miss} passphrase")
    note_word = canary()
    win.notes.new_note()
    win.notes.body.insertPlainText(f"an ordinary note {note_word}")
    win.close()
    app.stop()

    # 1. No canary in any file: slots as raw bytes, install file, settings, caches, temp.
    planted = canary()
    (isolated_home / "planted.txt").write_bytes(planted.encode("utf-16-le"))
    files = all_files(tmp_path)
    assert files
    assert leaks(files, [planted]) == [(planted, isolated_home / "planted.txt")]  # it can fail
    (isolated_home / "planted.txt").unlink()
    files = all_files(tmp_path)
    assert leaks(files, secrets_typed) == []
    # 2. Not in the notes slot either, decrypted with the notes' key as any observer could.
    folder = app.folder
    notes_path = folder.path / folder.install.notes_slot
    conn = connect(notes_path, folder.install.notes_key, notes_path.read_bytes()[:16])
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    rows = [repr(r) for t in tables for r in conn.execute(f'SELECT * FROM "{t}"')]
    dump = "\n".join(rows)
    conn.close()
    assert note_word in dump  # the check can see what it looks for
    for word in secrets_typed:
        assert word not in dump
    # 3. Nothing on stdout or stderr.
    out, err = capfd.readouterr()
    for word in secrets_typed:
        assert word not in out and word not in err
    # 4. No side files, no Qt or GTK history.
    assert not [p for p in files if p.name.endswith(("-journal", "-wal", "-shm"))]
    assert not [p for p in files if p.name in ("QtProject.conf", "recently-used.xbel")]
