"""Choosing a passphrase: for a new private space, a new passphrase, or a backup."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.features import optional_import
from app.core.keys import normalise
from app.core.passphrase import MIN_LENGTH, Weakness, suggest, weakness
from app.gui.decoy.search_box import mark_sensitive

RESTORE_MODULE = "app.gui.private.backup.restore"
LANGUAGE_NAMES = {"nl": "Nederlands", "fr": "Français", "en": "English"}
TEXT_CHARACTERS = 70  # the explanation's lines, about this many characters wide


class PassphraseDialog(QDialog):
    """Asks for a passphrase twice. ``chosen(passphrase, language)`` when both agree and the
    passphrase is strong enough; the caller then does the slow work and may call ``fail()``."""

    chosen = Signal(str, str)
    language_changed = Signal(str)
    restore_requested = Signal()

    CREATE, CHANGE, BACKUP = "create", "change", "backup"

    def __init__(self, mode: str, parent: QWidget, initial: str = "", language: str = "nl") -> None:
        super().__init__(parent)
        self.mode = mode
        self.setProperty("private", True)
        self.setModal(True)
        self.setObjectName(f"passphraseDialog-{mode}")
        self.language = QComboBox()
        self.language.setObjectName("languageChoice")
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.language.currentIndexChanged.connect(
            lambda _i: self.language_changed.emit(self.current_language())
        )
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.explain.setMinimumWidth(self.fontMetrics().averageCharWidth() * TEXT_CHARACTERS)
        self.first = QLineEdit(initial)
        self.first.setObjectName("passphrase")
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit()
        self.again.setObjectName("passphraseAgain")
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        for field in (self.first, self.again):
            mark_sensitive(field)
        self.suggestion = QLabel()
        self.suggestion.setObjectName("suggestion")
        self.suggestion.setWordWrap(True)
        self.suggested = ""
        # Not selectable: a selection would put the passphrase into PRIMARY or the clipboard.
        self.suggestion.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.suggestion.hide()
        self.suggest_button = QPushButton()
        self.suggest_button.setObjectName("suggest")
        self.suggest_button.setAutoDefault(False)
        self.suggest_button.clicked.connect(self.make_suggestion)
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: palette(highlight);")
        self.ok = QPushButton()
        self.ok.setObjectName("ok")
        self.ok.setDefault(True)
        self.ok.clicked.connect(self.try_accept)
        self.cancel = QPushButton()
        self.cancel.setObjectName("cancel")
        self.cancel.setAutoDefault(False)
        self.cancel.clicked.connect(self.reject)

        self.form = QFormLayout()
        if mode == self.CREATE:
            self.form.addRow(self._label("language"), self.language)
        else:
            self.language.hide()
        self.form.addRow(self._label("first"), self.first)
        self.form.addRow(self._label("again"), self.again)
        buttons = QHBoxLayout()
        buttons.addWidget(self.suggest_button)
        self.restore_button: QPushButton | None = None
        if mode == self.CREATE and optional_import(RESTORE_MODULE) is not None:
            self.restore_button = QPushButton()
            self.restore_button.setObjectName("restoreBackup")
            self.restore_button.setAutoDefault(False)
            self.restore_button.clicked.connect(lambda: self.restore_requested.emit())
            buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel)
        buttons.addWidget(self.ok)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addLayout(self.form)
        layout.addWidget(self.suggestion)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)
        # The dialog takes the size its texts need, again after a language change or a
        # suggestion: buttons are never clipped and the fields never squashed.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)
        self.retranslate()
        self.again.setFocus()

    def _label(self, name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(f"label-{name}")
        return label

    def current_language(self) -> str:
        return str(self.language.currentData())

    def retranslate(self) -> None:
        titles = {
            self.CREATE: self.tr("New private space"),
            self.CHANGE: self.tr("Change passphrase"),
            self.BACKUP: self.tr("Passphrase for the backup"),
        }
        self.setWindowTitle(titles[self.mode])
        texts = {
            self.CREATE: self.tr(
                "Type the passphrase again to make a private space with it. Nobody can recover "
                "a forgotten passphrase, not even with this computer. An encrypted backup with a "
                "second passphrase is the way back."
            ),
            self.CHANGE: self.tr(
                "Choose a new passphrase. Nobody can recover a forgotten passphrase. The old "
                "one stops working as soon as this is done."
            ),
            self.BACKUP: self.tr(
                "The backup gets its own passphrase. Write it down and keep it apart from the "
                "backup, with someone you trust."
            ),
        }
        self.explain.setText(texts[self.mode])
        labels = {
            "language": self.tr("Language"),
            "first": self.tr("Passphrase"),
            "again": self.tr("Type it again"),
        }
        for name, text in labels.items():
            label = self.findChild(QLabel, f"label-{name}")
            if label is not None:
                label.setText(text)
        self.suggest_button.setText(self.tr("Suggest words"))
        if getattr(self, "restore_button", None) is not None:
            assert self.restore_button is not None
            self.restore_button.setText(self.tr("From a backup…"))
        self.ok.setText(self.tr("Create") if self.mode == self.CREATE else self.tr("OK"))
        self.cancel.setText(self.tr("Cancel"))
        self._say_suggestion()

    def make_suggestion(self) -> None:
        self.suggested = suggest(self.current_language())
        self.first.setText(self.suggested)
        self.again.setText("")
        self._say_suggestion()
        self.suggestion.show()
        self.again.setFocus()

    def _say_suggestion(self) -> None:
        if not self.suggested:
            return
        # The field to type it in sits above this line: name it rather than point.
        self.suggestion.setText(
            self.tr("Suggested: %1\nLearn it by heart, then type it in the field “%2”.")
            .replace("%1", self.suggested)
            .replace("%2", self.tr("Type it again"))
        )

    def reason(self, weak: Weakness) -> str:
        return {
            Weakness.EMPTY: self.tr("Type a passphrase first."),
            Weakness.TOO_SHORT: self.tr(
                "This passphrase is too short: use at least %1 characters, for example four "
                "ordinary words."
            ).replace("%1", str(MIN_LENGTH)),
            Weakness.DIGITS_ONLY: self.tr("Digits alone are too easy to guess: use words as well."),
            Weakness.REPETITIVE: self.tr(
                "This passphrase repeats too much: use a few different words."
            ),
        }[weak]

    def try_accept(self) -> None:
        if not self.ok.isEnabled():
            return
        first, again = self.first.text(), self.again.text()
        weak = weakness(first)
        if weak is not None:
            self.fail(self.reason(weak))
            return
        if normalise(first) != normalise(again):  # capitals and outer spaces do not count
            self.fail(self.tr("The two passphrases are not the same. Type it again."))
            self.again.setText("")
            self.again.setFocus()
            return
        self.problem.setText(self.tr("One moment…"))
        self.set_busy(True)
        self.chosen.emit(first, self.current_language())

    def set_busy(self, busy: bool) -> None:
        for w in (self.first, self.again, self.ok, self.suggest_button, self.language):
            w.setEnabled(not busy)

    def fail(self, message: str) -> None:
        self.set_busy(False)
        self.problem.setText(message)

    def in_use(self) -> None:
        self.fail(self.tr("This passphrase cannot be used. Choose another passphrase."))
        self.first.setFocus()
        self.first.selectAll()

    def wipe(self) -> None:
        for field in (self.first, self.again):
            field.setText("")
        self.suggested = ""
        self.suggestion.setText("")
