"""Three short welcome screens at the first unlock of a new private space, shown once.

They cover the page area of the private space (the navigation and the Quick exit button stay
visible), are a child widget of it (no window of their own) and go with it on lock.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.gui.private.context import SpaceContext
from app.gui.private.space import PrivateSpace

SCREENS = 3


def _app() -> QApplication:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    return app


class WelcomeOverlay(QWidget):
    """Enter or "Next" goes on, "Skip" ends it; either way it is marked done in the vault."""

    def __init__(self, host: QWidget, ctx: SpaceContext) -> None:
        super().__init__(host)
        self.setObjectName("welcome")
        self.ctx = ctx
        self.host = host
        self.index = 0
        self.finished = False
        self.setAutoFillBackground(True)  # the palette's Window colour: light or dark theme
        self.step = QLabel()
        self.step.setObjectName("welcomeStep")
        self.heading = QLabel()
        self.heading.setObjectName("welcomeHeading")
        self.heading.setWordWrap(True)
        heading_font = QFont(self.heading.font())
        heading_font.setPointSizeF(max(heading_font.pointSizeF() * 1.5, 16.0))
        heading_font.setBold(True)
        self.heading.setFont(heading_font)
        self.body = QLabel()
        self.body.setObjectName("welcomeBody")
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.RichText)
        body_font = QFont(self.body.font())
        body_font.setPointSizeF(max(body_font.pointSizeF(), 12.0))
        self.body.setFont(body_font)
        self.body.setMaximumWidth(640)
        self.skip = QPushButton()
        self.skip.setObjectName("welcomeSkip")
        self.skip.clicked.connect(ctx.generation.guard(self.finish))
        self.next = QPushButton()
        self.next.setObjectName("welcomeNext")
        self.next.setDefault(True)
        self.next.clicked.connect(ctx.generation.guard(self.advance))

        buttons = QHBoxLayout()
        buttons.addWidget(self.skip)
        buttons.addStretch(1)
        buttons.addWidget(self.next)
        column = QVBoxLayout()
        column.addStretch(1)
        column.addWidget(self.step)
        column.addWidget(self.heading)
        column.addWidget(self.body)
        column.addSpacing(18)
        column.addLayout(buttons)
        column.addStretch(2)
        frame = QWidget()
        frame.setMaximumWidth(680)
        frame.setLayout(column)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(frame, 4)
        outer.addStretch(1)

        host.installEventFilter(self)
        # While it covers the pages, nothing behind it may take the keys (Ctrl+N, a page
        # shortcut or Tab would otherwise put the focus in a form she cannot see).
        _app().focusChanged.connect(self._keep_focus)
        self.setGeometry(host.rect())
        self.retranslate()
        self.raise_()
        self.show()
        self.take_focus()

    def take_focus(self) -> None:
        if not self.finished and self.isVisible():
            self.next.setFocus(Qt.FocusReason.OtherFocusReason)

    def _keep_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        if self.finished or new is None or not shiboken6.isValid(self):
            return
        if self.host.isAncestorOf(new) and not self.isAncestorOf(new):
            self.next.setFocus(Qt.FocusReason.OtherFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.host and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.host.rect())
            self.raise_()
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.skip.hasFocus():
                self.finish()
            else:
                self.advance()
            return
        super().keyPressEvent(event)

    def screens(self) -> list[tuple[str, str]]:
        return [
            (
                self.tr("How to get back in"),
                self.tr(
                    "To open this space again, type your passphrase in the search box of the "
                    "notes and press Enter. Capitals do not count."
                )
                + "<br><br>"
                + self.tr(
                    "If the passphrase is not right, nothing happens: it is just a search. "
                    "Nobody can recover a forgotten passphrase."
                ),
            ),
            (
                self.tr("Leave quickly"),
                self.tr(
                    "Someone comes in? Press Esc, or tap Shift three times, or click the Quick "
                    "exit button. The notes come back at once and this space locks."
                )
                + "<br><br>"
                + self.tr("What you were typing is kept for next time."),
            ),
            (
                self.tr("How safe is this computer?"),
                self.tr(
                    "If someone installed spyware on this computer, they can see what you type, "
                    "your passphrase too. This app cannot stop that."
                )
                + "<br><br>"
                + self.tr(
                    "Not sure? Use a safer device when you can: at a shelter, a library or a "
                    "friend's. The guidance page about this computer and your phone tells more."
                ),
            ),
        ]

    def retranslate(self) -> None:
        title, body = self.screens()[self.index]
        self.step.setText(
            self.tr("%1 of %2").replace("%1", str(self.index + 1)).replace("%2", str(SCREENS))
        )
        self.heading.setText(title)
        self.body.setText(body)
        self.skip.setText(self.tr("Skip"))
        last = self.index == SCREENS - 1
        self.next.setText(self.tr("Start") if last else self.tr("Next"))

    def advance(self) -> None:
        if self.index >= SCREENS - 1:
            self.finish()
            return
        self.index += 1
        self.retranslate()
        self.next.setFocus(Qt.FocusReason.OtherFocusReason)

    def finish(self) -> None:
        """Finished or skipped: never shown again for this space."""
        if self.finished:
            return
        self.finished = True
        _app().focusChanged.disconnect(self._keep_focus)
        if self.ctx.vault is not None:
            self.ctx.vault.set_setting("welcome", "done")
        self.host.removeEventFilter(self)
        self.hide()
        self.deleteLater()
        parent = self.parentWidget()
        space = parent.parentWidget() if parent is not None else None
        if isinstance(space, PrivateSpace):
            space.focus_current()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def show_welcome(space: PrivateSpace, ctx: SpaceContext) -> WelcomeOverlay:
    """Called by the session at the first unlock of a new space (vault setting "welcome")."""
    overlay = WelcomeOverlay(space.stack, ctx)
    space.stack.currentChanged.connect(overlay.raise_)
    # The window gives focus to the page once the session has started; take it back after that.
    QTimer.singleShot(0, overlay, ctx.generation.guard(overlay.take_focus))
    return overlay
