"""The guidance reader: a table of contents, the section in readable type, search within it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPalette, QResizeEvent, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTextBrowser,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.core import guidance
from app.core.guidance import Section
from app.gui.decoy.search_box import empty_without_undo, mark_sensitive
from app.gui.private.focus_look import show_focus
from app.gui.private.guidance import synonyms

READING_POINT_SIZE = 12.0  # at least 11 pt, whatever the system's default
LINE_CHARACTERS = 70


def utf16_positions(text: str) -> list[int]:
    """Qt counts positions in UTF-16 units, Python in code points: the map between them."""
    positions = [0] * (len(text) + 1)
    for i, ch in enumerate(text):
        positions[i + 1] = positions[i] + (2 if ord(ch) > 0xFFFF else 1)
    return positions


class GuidanceBrowser(QTextBrowser):
    """Markdown with readable type, lines of about 70 characters and the system's colours (the
    palette's Base and Text, so light and dark themes both work). Links never navigate."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guidanceText")
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF(), READING_POINT_SIZE))
        self.setFont(font)
        self.document().setDefaultFont(font)
        self.document().setDocumentMargin(18)
        self._fit_lines()

    def max_line_width(self) -> int:
        return int(QFontMetricsF(self.font()).averageCharWidth() * LINE_CHARACTERS)

    def _fit_lines(self) -> None:
        room = self.viewport().width() - 2 * int(self.document().documentMargin())
        if room > self.max_line_width():
            self.setLineWrapMode(QTextEdit.LineWrapMode.FixedPixelWidth)
            self.setLineWrapColumnOrWidth(self.max_line_width())
        else:
            self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_lines()


class GuidanceReader(QWidget):
    """Sections of one language; ``link`` carries every clicked link to the page's handler."""

    link = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = ""
        self.sections: list[Section] = []
        self.matches: list[tuple[int, int]] = []
        self.match_index = -1

        self.search = QLineEdit()
        self.search.setObjectName("guidanceSearch")
        self.search.setClearButtonEnabled(True)
        mark_sensitive(self.search)
        self.toc = QListWidget()
        self.toc.setObjectName("guidanceToc")
        self.toc.setWordWrap(True)
        self.toc.setMinimumWidth(200)
        self.toc.setMaximumWidth(300)
        self.toc.setSpacing(2)
        show_focus(self.toc)
        toc_font = QFont(self.toc.font())
        toc_font.setPointSizeF(max(toc_font.pointSizeF(), 11.0))
        self.toc.setFont(toc_font)
        self.found = QLabel()
        self.found.setObjectName("guidanceFound")
        self.found.setWordWrap(True)
        self.browser = GuidanceBrowser()

        left = QVBoxLayout()
        left.addWidget(self.search)
        left.addWidget(self.found)
        left.addWidget(self.toc, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(left)
        layout.addWidget(self.browser, 1)

        self.toc.currentRowChanged.connect(self._on_toc)
        self.search.textChanged.connect(self._on_search)
        self.search.returnPressed.connect(self.next_match)
        self.browser.anchorClicked.connect(self.link.emit)
        self.setFocusProxy(self.search)

    # sections ---------------------------------------------------------------------------------
    def load(self, lang: str) -> None:
        """Show the sections of ``lang``, staying on the same section if one was open."""
        if lang == self.lang and self.sections:
            return
        keep = self.current_key()
        self.lang = lang
        self.sections = guidance.sections(lang)
        self.toc.blockSignals(True)
        self.toc.clear()
        for section in self.sections:
            item = QListWidgetItem(section.title)
            item.setData(Qt.ItemDataRole.UserRole, section.key)
            self.toc.addItem(item)
        self.toc.blockSignals(False)
        keys = [s.key for s in self.sections]
        self.show_section(keep if keep in keys else (keys[0] if keys else ""))
        self._on_search(self.search.text())

    def current_key(self) -> str:
        item = self.toc.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else ""

    def show_section(self, key: str) -> None:
        for row, section in enumerate(self.sections):
            if section.key == key:
                if self.toc.currentRow() != row:
                    self.toc.setCurrentRow(row)  # calls _on_toc
                else:
                    self._render(section)
                return

    def _on_toc(self, row: int) -> None:
        if 0 <= row < len(self.sections):
            self._render(self.sections[row])

    def _render(self, section: Section) -> None:
        self.browser.setMarkdown(section.markdown)
        self.browser.moveCursor(QTextCursor.MoveOperation.Start)
        self._highlight(jump=True)

    # search -----------------------------------------------------------------------------------
    def _on_search(self, text: str) -> None:
        hits = {s.key for s in self.sections if synonyms.matches(s.title + "\n" + s.text, text)}
        for row, section in enumerate(self.sections):
            self.toc.item(row).setHidden(section.key not in hits)
        if not text.strip():
            self.found.setText("")
        elif not hits:
            self.found.setText(self.tr("Nothing found."))
        elif len(hits) == 1:
            self.found.setText(self.tr("Found in 1 section."))
        else:
            self.found.setText(self.tr("Found in %1 sections.").replace("%1", str(len(hits))))
        if hits and self.current_key() not in hits:
            first = next(s.key for s in self.sections if s.key in hits)
            self.show_section(first)
        else:
            self._highlight(jump=True)

    def _highlight(self, jump: bool) -> None:
        query = self.search.text()
        text = self.browser.document().toPlainText()
        positions = utf16_positions(text)
        self.matches = [
            (positions[start], positions[start + length] - positions[start])
            for start, length in synonyms.find_all(text, query)
        ]
        self.match_index = -1
        # The match selected for an earlier search goes too (it stayed lit when a longer word
        # found nothing).
        cursor = self.browser.textCursor()
        if cursor.hasSelection():
            cursor.clearSelection()
            self.browser.setTextCursor(cursor)
        others = QColor(self.palette().color(QPalette.ColorRole.Highlight))
        others.setAlpha(90)
        selections = []
        for start, length in self.matches:
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.browser.document())
            cursor.setPosition(start)
            cursor.setPosition(start + length, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor  # type: ignore[attr-defined]
            selection.format.setBackground(others)  # type: ignore[attr-defined]
            selections.append(selection)
        self.browser.setExtraSelections(selections)
        if jump and self.matches:
            self._select(0)

    def _select(self, index: int) -> None:
        self.match_index = index
        start, length = self.matches[index]
        cursor = QTextCursor(self.browser.document())
        cursor.setPosition(start)
        cursor.setPosition(start + length, QTextCursor.MoveMode.KeepAnchor)
        self.browser.setTextCursor(cursor)
        self.browser.ensureCursorVisible()

    def next_match(self) -> None:
        """Enter in the search field: the next match, then the next section that has one."""
        if self.match_index + 1 < len(self.matches):
            self._select(self.match_index + 1)
            return
        visible = [r for r in range(self.toc.count()) if not self.toc.item(r).isHidden()]
        if not visible:
            return
        row = self.toc.currentRow()
        later = [r for r in visible if r > row]
        target = later[0] if later else visible[0]
        if target != row:
            self.toc.setCurrentRow(target)
        elif self.matches:
            self._select(0)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # language and lock ------------------------------------------------------------------------
    def retranslate(self, lang: str) -> None:
        self.search.setPlaceholderText(self.tr("Search the guidance"))
        self.search.setAccessibleName(self.tr("Search the guidance"))
        self.toc.setAccessibleName(self.tr("Contents"))
        self.load(lang)

    def clear(self) -> None:
        empty_without_undo(self.search)
        self.browser.setExtraSelections([])
        self.browser.clear()
        self.toc.clear()
        self.sections = []
        self.matches = []
