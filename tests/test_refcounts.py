"""Guard against a binding bug: PySide6 6.12.0 drops a reference to None on every call of a
Python override (keyPressEvent, event, eventFilter), so the app aborts with "none_dealloc" after
a few thousand key presses. pyproject.toml excludes that version; this test keeps it out."""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from app.gui.decoy.search_box import SearchBox


def test_key_presses_do_not_eat_references_to_none(qtbot) -> None:  # type: ignore[no-untyped-def]
    box = SearchBox()
    qtbot.addWidget(box)
    box.show()
    before = sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)
    for _ in range(3000):
        QApplication.sendEvent(
            box, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a")
        )
        box.setText("")
    after = sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)
    # A leak of references would be harmless; losing them (negative drift) crashes the app.
    assert all(b - a > -100 for a, b in zip(before, after, strict=True)), (before, after)
