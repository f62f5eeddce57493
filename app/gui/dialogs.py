"""The one place that opens message dialogs: always ``open()``, never a nested event loop.

Tests find open dialogs through ``open_dialogs()`` or answer them with ``answer_next``.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

_open: list[QMessageBox] = []
_next: list[int] = []


def answer_next(index: int) -> None:
    """Tests: the next dialog is answered as if button ``index`` were pressed."""
    _next.append(index)


def open_dialogs() -> list[QMessageBox]:
    _open[:] = [d for d in _open if shiboken6.isValid(d)]
    return [d for d in _open if d.isVisible()]


def ask(
    parent: QWidget,
    title: str,
    text: str,
    buttons: list[str],
    on_answer: Callable[[int], None],
    informative: str = "",
    icon: QMessageBox.Icon = QMessageBox.Icon.NoIcon,
    default: int = 0,
    min_text_width_em: int = 0,
) -> QMessageBox:
    """A message box with our own (translated) buttons; ``on_answer(index)`` gets the button
    pressed, or -1 when it was closed another way. The last button is the Cancel button.
    ``default`` is the button Enter presses (give the Cancel button's index when the first
    button destroys something). ``min_text_width_em`` keeps short texts from being laid out as
    a narrow column."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    if min_text_width_em:
        box.setStyleSheet(f"QLabel {{ min-width: {int(min_text_width_em)}em; }}")
    if informative:
        box.setInformativeText(informative)
    made: list[QPushButton] = []
    for i, label in enumerate(buttons):
        role = (
            QMessageBox.ButtonRole.RejectRole
            if i == len(buttons) - 1 and len(buttons) > 1
            else QMessageBox.ButtonRole.AcceptRole
        )
        made.append(box.addButton(label, role))
    if made:
        box.setDefaultButton(made[default if 0 <= default < len(made) else 0])

    def finished(_result: int) -> None:
        clicked = box.clickedButton()
        index = made.index(clicked) if clicked in made else -1  # type: ignore[arg-type]
        if box in _open:
            _open.remove(box)
        box.deleteLater()
        on_answer(index)

    box.finished.connect(finished)
    _open.append(box)
    if _next:
        index = _next.pop(0)
        QTimer.singleShot(0, lambda: made[index].click() if box in _open else None)
    box.open()
    return box


def tell(parent: QWidget, title: str, text: str, ok: str) -> QMessageBox:
    return ask(parent, title, text, [ok], lambda _i: None)
