"""The private space: a page of the main window's stack with its own navigation and a Quick exit
button that is always visible."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.gui.private import registry
from app.gui.private.context import SpaceContext
from app.gui.private.focus_look import show_focus
from app.gui.private.formats import apply_formats
from app.gui.private.registry import PageSpec, PrivatePage

SHORTCUT_CONTEXT = Qt.ShortcutContext.WidgetWithChildrenShortcut
NOTICE_MS = 10_000  # a quiet line is read in a few seconds, then it goes


class PrivateSpace(QWidget):
    def __init__(self, ctx: SpaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("privateSpace")
        self.ctx = ctx
        # Dates and numbers in every child widget (date fields, calendars) follow the space's
        # language, not the computer's.
        apply_formats(self, ctx.language)
        self.specs: list[PageSpec] = registry.pages()
        self.built: dict[str, PrivatePage] = {}

        self.nav = QListWidget()
        self.nav.setObjectName("privateNav")
        self.nav.setFixedWidth(190)
        self.nav.setSpacing(2)
        show_focus(self.nav)
        for spec in self.specs:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            self.nav.addItem(item)
        self.stack = QStackedWidget()
        self.quick_exit = QPushButton()
        self.quick_exit.setObjectName("quickExit")
        self.quick_exit.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.quick_exit.setMinimumHeight(36)
        self.quick_exit.setStyleSheet(
            "QPushButton#quickExit { background: #b3261e; color: white; font-weight: bold;"
            " border-radius: 6px; padding: 6px 18px; }"
        )
        self.quick_exit.clicked.connect(ctx.panic)
        self.notice = QLabel()
        self.notice.setObjectName("privateNotice")
        self.notice.hide()
        self._notice_text: Callable[[], str] | None = None
        self._notice_timer = QTimer(self)
        self._notice_timer.setSingleShot(True)
        self._notice_timer.setInterval(NOTICE_MS)
        self._notice_timer.timeout.connect(ctx.generation.guard(self.hide_notice))
        self.heading = QLabel()
        heading_font = QFont(self.heading.font())
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.4)
        heading_font.setBold(True)
        self.heading.setFont(heading_font)

        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.notice)
        top.addWidget(self.quick_exit)
        right = QVBoxLayout()
        right.addLayout(top)
        right.addWidget(self.stack, 1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.nav)
        layout.addLayout(right, 1)

        self.nav.currentRowChanged.connect(self._on_nav)
        self._shortcuts: list[QShortcut] = []
        for spec in self.specs:
            self._shortcut(f"Ctrl+{spec.number}", lambda key=spec.key: self.show_page(key))
        self._shortcut(
            QKeySequence.StandardKey.MoveToPreviousPage, lambda: self.step(-1), ctrl=True
        )
        self._shortcut(QKeySequence.StandardKey.MoveToNextPage, lambda: self.step(1), ctrl=True)
        self._shortcut("Ctrl+L", ctx.lock)
        self._shortcut("Ctrl+N", self.new_entry)
        self._shortcut("Ctrl+F", self.search_current)
        self.retranslate()

    def _shortcut(self, seq: Any, slot: Any, ctrl: bool = False) -> None:
        if ctrl:
            key = (
                Qt.Key.Key_PageUp
                if seq == QKeySequence.StandardKey.MoveToPreviousPage
                else Qt.Key.Key_PageDown
            )
            seq = QKeySequence(Qt.KeyboardModifier.ControlModifier | key)
        shortcut = QShortcut(QKeySequence(seq), self)
        shortcut.setContext(SHORTCUT_CONTEXT)
        shortcut.activated.connect(slot)
        self._shortcuts.append(shortcut)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter (Return or the keypad's) presses the focused push button, as Space does.

        Outside dialogs Qt's push buttons let Enter pass unused; it comes up here from any
        button of the space or its pages (dialogs are windows of their own: their keys never
        reach this, so their default buttons keep working as before)."""
        plain = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        focused = QApplication.focusWidget()
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and plain == Qt.KeyboardModifier.NoModifier
            and isinstance(focused, QPushButton)
            and focused.isEnabled()
            and self.isAncestorOf(focused)
        ):
            event.accept()
            focused.click()
            return
        super().keyPressEvent(event)

    # pages --------------------------------------------------------------------------------
    def page(self, key: str) -> PrivatePage | None:
        if key in self.built:
            return self.built[key]
        spec = next((s for s in self.specs if s.key == key), None)
        if spec is None:
            return None
        page = spec.factory(self.ctx)
        page.key = key
        self.built[key] = page
        self.stack.addWidget(page)
        apply_formats(page, self.ctx.language)
        return page

    def current_key(self) -> str:
        item = self.nav.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else ""

    def show_page(self, key: str) -> None:
        for row, spec in enumerate(self.specs):
            if spec.key == key:
                self.nav.setCurrentRow(row)
                return

    def _on_nav(self, row: int) -> None:
        if not 0 <= row < len(self.specs):
            return
        spec = self.specs[row]
        if self._notice_text is not None:
            self.hide_notice()  # it spoke of the page she leaves
        page = self.page(spec.key)
        if page is not None:
            self.stack.setCurrentWidget(page)
            self.heading.setText(spec.title())

    def focus_current(self) -> None:
        page = self.stack.currentWidget()
        target = page.focusWidget() if page is not None else None
        (target or self.nav).setFocus()

    def step(self, delta: int) -> None:
        row = (self.nav.currentRow() + delta) % len(self.specs)
        self.nav.setCurrentRow(row)

    def new_entry(self) -> None:
        for key in ("diary",):
            page = self.page(key)
            if page is not None:
                self.show_page(key)
                page.new_entry()
                return

    def search_current(self) -> None:
        page = self.built.get(self.current_key())
        if page is not None:
            page.search_page()

    def show_notice(self, text: Callable[[], str]) -> None:
        """A quiet line next to the heading, in the space's language (``text`` is asked again
        on a language change); it goes when she changes page or after a few seconds."""
        self._notice_text = text
        self.notice.setText(text())
        self.notice.show()
        self._notice_timer.start()

    def hide_notice(self) -> None:
        self._notice_timer.stop()
        self._notice_text = None
        self.notice.hide()
        self.notice.setText("")

    def retranslate(self) -> None:
        for root in [self, *self.built.values()]:
            apply_formats(root, self.ctx.language)
        self.quick_exit.setText(self.tr("Quick exit"))
        self.quick_exit.setToolTip(self.tr("Back to the notes at once (Esc)"))
        for row, spec in enumerate(self.specs):
            item = self.nav.item(row)
            item.setText(f"{spec.title()}")
            item.setToolTip(f"Ctrl+{spec.number}")
        current = self.nav.currentRow()
        if 0 <= current < len(self.specs):
            self.heading.setText(self.specs[current].title())
        for page in self.built.values():
            page.retranslate()
        if self._notice_text is not None:
            self.notice.setText(self._notice_text())

    # lock ---------------------------------------------------------------------------------
    def collect_drafts(self) -> dict[str, dict[str, Any]]:
        drafts: dict[str, dict[str, Any]] = {}
        for key, page in self.built.items():
            try:
                payload = page.draft()
            except Exception:
                payload = None
            if payload:
                drafts[key] = payload
        return drafts

    def clear_all(self) -> None:
        self.hide_notice()
        for page in self.built.values():
            with contextlib.suppress(Exception):
                page.clear()
        self.nav.clear()
