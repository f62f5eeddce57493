"""Qt's own texts (text fields' menus, key names) follow the notes' language on the notes and
the space's language inside the private space; the lock brings the notes' ones back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLineEdit

from app.gui import i18n
from tests.helpers import create_space, window


def menu_texts(field: QLineEdit) -> str:
    menu = field.createStandardContextMenu()
    try:
        return " ".join(a.text().replace("&", "") for a in menu.actions())
    finally:
        menu.deleteLater()


@pytest.fixture
def french_notes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(i18n, "system_language", lambda: "fr")


@pytest.mark.usefixtures("french_notes")
def test_menus_follow_the_notes_then_the_space_then_the_notes(qtbot, make_app) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    win = window(app)
    texts = menu_texts(win.notes.search)
    assert "Coller" in texts and "Paste" not in texts
    native = QKeySequence.SequenceFormat.NativeText
    assert win.notes.delete_action.shortcut().toString(native) == "Suppr"
    create_space(qtbot, app, "purple elephant dances slowly", language="nl")
    field = QLineEdit(win.session.space)
    texts = menu_texts(field)
    assert "Plakken" in texts and "Coller" not in texts
    win.lock()
    texts = menu_texts(win.notes.search)
    assert "Coller" in texts and "Plakken" not in texts


@pytest.mark.usefixtures("french_notes")
def test_an_english_space_over_french_notes_has_english_menus(qtbot, make_app) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    win = window(app)
    create_space(qtbot, app, "purple elephant dances slowly", language="en")
    texts = menu_texts(QLineEdit(win.session.space))
    assert "Paste" in texts and "Coller" not in texts
    # only Qt's own texts: the app's catalogues still answer for their contexts
    assert QCoreApplication.translate("MainWindow", "&File") == "&Fichier"
    kept = "Your text was kept."
    assert QCoreApplication.translate("PrivateSpace", kept) == kept
    assert (
        win.notes.delete_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText) == "Del"
    )
    win.lock()
    assert "Coller" in menu_texts(win.notes.search)
