"""A web address as a QR code, to open it on a safer phone instead of this computer."""

from __future__ import annotations

import segno
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


def qr_image(text: str, scale: int = 6) -> QImage:
    """The QR code of ``text``, dark on light whatever the theme (scanners need the contrast);
    made in memory, never written to disk."""
    code = segno.make(text, error="m", micro=False)
    rows = [bytes(0 if dark else 255 for dark in row) for row in code.matrix_iter(scale=scale)]
    width, height = len(rows[0]), len(rows)
    data = b"".join(rows)
    # copy(): the image must own its pixels once ``data`` goes away.
    return QImage(data, width, height, width, QImage.Format.Format_Grayscale8).copy()


class QrDialog(QDialog):
    """A small private dialog: the code, the address in words, and a Close button."""

    def __init__(self, url: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setProperty("private", True)
        self.setObjectName("qrDialog")
        self.url = url
        self.setWindowTitle(self.tr("QR code"))
        self.explain = QLabel(
            self.tr(
                "Scan this code with the camera of a phone you trust. The website then opens on "
                "that phone, not on this computer."
            )
        )
        self.explain.setWordWrap(True)
        self.image = QLabel()
        self.image.setObjectName("qrImage")
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image.setPixmap(QPixmap.fromImage(qr_image(url)))
        self.image.setAccessibleName(self.tr("QR code of %1").replace("%1", url))
        self.address = QLabel(url)
        self.address.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setObjectName("qrClose")
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addWidget(self.image, 1)
        layout.addWidget(self.address)
        layout.addLayout(buttons)
        self.close_button.setDefault(True)
        self.setMinimumWidth(360)
