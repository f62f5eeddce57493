"""Windows of the diary: a picture viewer, an entry's history, the integrity report.

Each is parented to a private widget, opened with ``open()`` and has a visible Close button.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDateTime, QLocale, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.core.chain import ChainReport
from app.core.diary import Revision
from app.gui.private.diary.list_model import counted
from app.gui.private.formats import datetime_text


class ImageViewer(QDialog):
    def __init__(self, parent: QWidget, pixmap: QPixmap, caption: str) -> None:
        super().__init__(parent)
        self.setProperty("private", True)
        self.setObjectName("diaryImageViewer")
        self.setWindowTitle(self.tr("Photo"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.image = QLabel()
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        screen = parent.screen().availableGeometry().size() * 0.8
        self.image.setPixmap(
            pixmap.scaled(
                screen,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
            if pixmap.width() > screen.width() or pixmap.height() > screen.height()
            else pixmap
        )
        scroll = QScrollArea()
        scroll.setWidget(self.image)
        scroll.setWidgetResizable(True)
        caption_label = QLabel(caption)
        caption_label.setWordWrap(True)
        close = QPushButton(self.tr("Close"))
        close.setObjectName("diaryViewerClose")
        close.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(caption_label)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)
        self.resize(900, 700)


def _when(locale: QLocale, t: float) -> str:
    return datetime_text(locale, QDateTime.fromMSecsSinceEpoch(int(t * 1000)))


class HistoryDialog(QDialog):
    """Every version of one entry, newest first, in the words of the form; earlier versions can
    be erased (that they were is recorded)."""

    def __init__(
        self,
        parent: QWidget,
        revisions: list[Revision],
        locale: QLocale,
        describe: Callable[[dict[str, Any]], list[tuple[str, str]]],
        on_purge: Callable[[], None],
    ) -> None:
        super().__init__(parent)
        self.setProperty("private", True)
        self.setObjectName("diaryHistory")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Earlier versions"))
        self.text = QTextBrowser()
        self.text.setObjectName("diaryHistoryText")
        self.text.setOpenLinks(False)
        parts = []
        for rev in revisions:
            head = (
                self.tr("Version %1, saved %2")
                .replace("%1", str(rev.number))
                .replace("%2", _when(locale, rev.saved))
            )
            parts.append(f"<h3>{html.escape(head)}</h3>")
            if rev.fields is None:
                parts.append(
                    "<p><i>"
                    + html.escape(self.tr("Erased on request. Its fingerprint stays in the chain."))
                    + "</i></p>"
                )
            else:
                # the form's own words and order, "What happened" first
                for label, shown in describe(rev.fields):
                    parts.append(
                        f"<p><b>{html.escape(label)}</b><br>"
                        + html.escape(shown).replace("\n", "<br>")
                        + "</p>"
                    )
                for item in rev.attachments:
                    parts.append(
                        "<p>📎 "
                        + html.escape(f"{item['name']} · SHA-256 {item['sha256']}")
                        + "</p>"
                    )
            parts.append(
                "<p><small>"
                + html.escape(self.tr("Fingerprint of this version: ") + rev.hash)
                + "</small></p>"
            )
        self.text.setHtml("".join(parts))
        self.purge = QPushButton(self.tr("Erase earlier versions…"))
        self.purge.setObjectName("diaryPurge")
        self.purge.setEnabled(any(r.fields is not None for r in revisions[1:]))
        self.purge.clicked.connect(on_purge)
        close = QPushButton(self.tr("Close"))
        close.setObjectName("diaryHistoryClose")
        close.clicked.connect(self.reject)
        # Enter closes; erasing is never the default nor where the focus starts
        self.purge.setAutoDefault(False)
        close.setDefault(True)
        self.close_button = close
        buttons = QDialogButtonBox()
        buttons.addButton(self.purge, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(close, QDialogButtonBox.ButtonRole.RejectRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.text.setFocus()
        self.resize(720, 600)


class IntegrityDialog(QDialog):
    """The result of "Check integrity", with what it proves and what it does not."""

    def __init__(
        self,
        parent: QWidget,
        report: ChainReport,
        locale: QLocale,
        on_copy: Callable[[str], None],
    ) -> None:
        super().__init__(parent)
        self.setProperty("private", True)
        self.setObjectName("diaryIntegrity")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Check integrity"))
        self.text = QTextBrowser()
        self.text.setObjectName("diaryIntegrityText")
        parts = []
        if report.ok:
            checked = (
                self.tr("Checked against their fingerprints: %1, %2.")
                .replace(
                    "%1",
                    counted(
                        report.revisions,
                        self.tr("1 version"),
                        self.tr("%1 versions"),
                        self.tr("no versions"),
                    ),
                )
                .replace(
                    "%2",
                    counted(
                        report.files, self.tr("1 file"), self.tr("%1 files"), self.tr("no files")
                    ),
                )
            )
            parts.append(
                "<p><b>"
                + html.escape(self.tr("Nothing was found altered."))
                + "</b> "
                + html.escape(checked)
                + "</p>"
            )
        else:
            parts.append(
                "<p><b>"
                + html.escape(self.tr("Something does not match in these entries:"))
                + "</b></p><ul>"
            )
            for item in report.damaged:
                if item.recorded is not None:
                    name = self.tr("the entry written %1").replace(
                        "%1", _when(locale, item.recorded)
                    )
                else:
                    name = self.tr("an entry that no longer exists")
                parts.append(f"<li>{html.escape(name)} (#{item.entry_id or '?'})</li>")
            parts.append("</ul>")
        parts.append(
            "<p>"
            + html.escape(
                self.tr("Fingerprint of the diary (write it down or give it to someone you trust):")
            )
            + f"<br><tt>{report.fingerprint}</tt></p>"
        )
        parts.append(
            "<p>"
            + html.escape(
                self.tr(
                    "What this shows: that saved versions were not partly changed afterwards. "
                    "What it does not show: anyone with the passphrase could rebuild the "
                    "whole diary, and all times come from this computer's clock. A "
                    "fingerprint given to a support worker or a lawyer on a given day shows "
                    "that the diary as it was then has not changed since."
                )
            )
            + "</p>"
        )
        self.text.setHtml("".join(parts))
        copy = QPushButton(self.tr("Copy the fingerprint"))
        copy.setObjectName("diaryCopyFingerprint")
        copy.clicked.connect(lambda: on_copy(report.fingerprint))
        close = QPushButton(self.tr("Close"))
        close.setObjectName("diaryIntegrityClose")
        close.clicked.connect(self.reject)
        buttons = QDialogButtonBox()
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(close, QDialogButtonBox.ButtonRole.RejectRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(640, 460)
