"""The entry form: one large box for what happened; everything else under "Add more"."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QLocale, QMimeData, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTimeEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.core.diary import DANGER_SIGNS, KINDS
from app.gui.decoy.search_box import mark_sensitive
from app.gui.private.diary.list_model import KIND_SEPARATOR, kind_name, kinds_text, when_text
from app.gui.private.diary.wrap import Hint, WrapCheckBox

LONG_FIELDS = ("words", "injuries", "effect", "witnesses")
LINE_FIELDS = ("duration", "place", "pv_number", "police_station", "doctor")
CHOICE_FIELDS = ("children_present", "police_called", "certificate")


class TextBox(QPlainTextEdit):
    """A text box where Tab moves on, and dropped files become attachments, not pasted paths."""

    files_dropped = Signal(list)

    def __init__(self) -> None:
        super().__init__()
        self.setTabChangesFocus(True)
        mark_sensitive(self)

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return source.hasUrls() or super().canInsertFromMimeData(source)

    def insertFromMimeData(self, source: QMimeData) -> None:
        paths = [u.toLocalFile() for u in source.urls() if u.isLocalFile()]
        if paths:
            self.files_dropped.emit(paths)
            return
        super().insertFromMimeData(source)


class EntryForm(QWidget):
    changed = Signal()
    files_dropped = Signal(list)

    def __init__(self) -> None:
        super().__init__()
        self.text = TextBox()
        self.text.setObjectName("diaryText")
        self.text.setMinimumHeight(180)
        self.text.files_dropped.connect(self.files_dropped)
        self.more = QToolButton()
        self.more.setObjectName("diaryMore")
        self.more.setCheckable(True)
        self.more.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.more.setArrowType(Qt.ArrowType.RightArrow)
        self.more.toggled.connect(self.show_more)
        self.details = QWidget()
        self.details.setObjectName("diaryDetails")
        self.details.hide()

        # when
        self.precision = QComboBox()
        self.precision.setObjectName("diaryPrecision")
        for code in ("", "day", "time", "around", "period", "since"):
            self.precision.addItem("", code)
        self.date = QDateEdit()
        self.date.setObjectName("diaryDate")
        self.date.setCalendarPopup(True)
        self.time = QTimeEdit()
        self.time.setObjectName("diaryTime")
        self.end = QDateEdit()
        self.end.setObjectName("diaryEndDate")
        self.end.setCalendarPopup(True)
        self.end_label = QLabel()
        self.precision.currentIndexChanged.connect(self._precision_changed)
        # the choice on its own line, the days under it: the row stays narrow in every language
        when_days = QHBoxLayout()
        for w in (self.date, self.time, self.end_label, self.end):
            when_days.addWidget(w)
        when_days.addStretch(1)
        when_row = QVBoxLayout()
        when_row.addWidget(self.precision, 0, Qt.AlignmentFlag.AlignLeft)
        when_row.addLayout(when_days)

        self.lines: dict[str, QLineEdit] = {}
        for name in LINE_FIELDS:
            edit = QLineEdit()
            edit.setObjectName("diary_" + name)
            mark_sensitive(edit)
            edit.textChanged.connect(self.changed)
            self.lines[name] = edit
        self.boxes: dict[str, TextBox] = {}
        for name in LONG_FIELDS:
            box = TextBox()
            box.setObjectName("diary_" + name)
            box.setFixedHeight(64)
            box.textChanged.connect(self.changed)
            box.files_dropped.connect(self.files_dropped)
            self.boxes[name] = box
        self.choices: dict[str, QComboBox] = {}
        for name in CHOICE_FIELDS:
            combo = QComboBox()
            combo.setObjectName("diary_" + name)
            for code in ("", "yes", "no"):
                combo.addItem("", code)
            combo.currentIndexChanged.connect(self.changed)
            self.choices[name] = combo
        # one column: the kind's short name on the box, its examples on a wrapped line under it
        self.kinds: dict[str, QCheckBox] = {}
        self.kind_hints: dict[str, Hint] = {}
        self.kinds_box = QGroupBox()
        kinds_layout = QVBoxLayout(self.kinds_box)
        kinds_layout.setSpacing(2)
        for code in KINDS:
            check = WrapCheckBox()
            check.setObjectName("diaryKind_" + code)
            check.toggled.connect(self.changed)
            hint = Hint(check)
            hint.setObjectName("diaryKindHint_" + code)
            hint.indent_under(check)
            self.kinds[code] = check
            self.kind_hints[code] = hint
            kinds_layout.addWidget(check)
            kinds_layout.addWidget(hint)
        self.danger: dict[str, QCheckBox] = {}
        self.danger_box = QGroupBox()
        danger_layout = QVBoxLayout(self.danger_box)
        self.danger_intro = QLabel()
        self.danger_intro.setWordWrap(True)
        danger_layout.addWidget(self.danger_intro)
        for code in DANGER_SIGNS:
            check = WrapCheckBox()
            check.setObjectName("diaryDanger_" + code)
            check.toggled.connect(self.changed)
            check.toggled.connect(self._danger_changed)
            self.danger[code] = check
            danger_layout.addWidget(check)
        self.danger_note = QLabel()
        self.danger_note.setObjectName("diaryDangerNote")
        self.danger_note.setWordWrap(True)
        self.danger_note.hide()
        danger_layout.addWidget(self.danger_note)

        # labels above their fields, as wide as the form and wrapped only when that is too
        # narrow: a long translation never widens the form. (A QFormLayout gives a wrapped
        # label only its own size hint, which broke "Mots exacts / prononcés" with room to
        # spare.)
        self.form = QVBoxLayout()
        self.form.setSpacing(2)
        self.labels: dict[str, QLabel] = {}

        def row(key: str, widget: QWidget | QVBoxLayout) -> None:
            label = QLabel()
            label.setWordWrap(True)
            self.labels[key] = label
            label.setBuddy(widget if isinstance(widget, QWidget) else self.precision)
            if len(self.labels) > 1:
                self.form.addSpacing(6)
            self.form.addWidget(label)
            if isinstance(widget, QWidget):
                self.form.addWidget(widget)
            else:
                self.form.addLayout(widget)

        row("when", when_row)
        row("duration", self.lines["duration"])
        row("place", self.lines["place"])
        row("words", self.boxes["words"])
        row("injuries", self.boxes["injuries"])
        row("effect", self.boxes["effect"])
        row("witnesses", self.boxes["witnesses"])
        row("children_present", self.choices["children_present"])
        row("police_called", self.choices["police_called"])
        row("pv_number", self.lines["pv_number"])
        row("police_station", self.lines["police_station"])
        row("doctor", self.lines["doctor"])
        row("certificate", self.choices["certificate"])
        details = QVBoxLayout(self.details)
        details.setContentsMargins(0, 0, 0, 0)
        details.addWidget(self.kinds_box)
        details.addWidget(self.danger_box)
        details.addLayout(self.form)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.more)
        layout.addWidget(self.details)
        self.text.textChanged.connect(self.changed)
        for date_edit in (self.date, self.end):
            date_edit.dateChanged.connect(self.changed)
        self.time.timeChanged.connect(self.changed)
        self.precision.currentIndexChanged.connect(self.changed)
        self.retranslate()
        self._precision_changed()

    # behaviour ---------------------------------------------------------------------------
    def show_more(self, on: bool) -> None:
        self.more.setChecked(on)
        self.details.setVisible(on)
        self.more.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)

    def _precision_changed(self, _index: int = 0) -> None:
        code = str(self.precision.currentData())
        self.date.setVisible(code != "")
        self.time.setVisible(code == "time")
        self.end.setVisible(code == "period")
        self.end_label.setVisible(code == "period")

    def _danger_changed(self, _on: bool = False) -> None:
        self.danger_note.setVisible(any(c.isChecked() for c in self.danger.values()))

    # values ------------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {"text": self.text.toPlainText()}
        for name, edit in self.lines.items():
            out[name] = edit.text()
        for name, box in self.boxes.items():
            out[name] = box.toPlainText()
        for name, combo in self.choices.items():
            out[name] = str(combo.currentData())
        out["kinds"] = [c for c, check in self.kinds.items() if check.isChecked()]
        out["danger"] = [c for c, check in self.danger.items() if check.isChecked()]
        code = str(self.precision.currentData())
        if code:
            day = self.date.date().toString("yyyy-MM-dd")
            out["when_precision"] = code
            out["when_start"] = (
                day + "T" + self.time.time().toString("HH:mm") if code == "time" else day
            )
            if code == "period":
                out["when_end"] = self.end.date().toString("yyyy-MM-dd")
        return out

    def set_values(self, values: dict[str, Any]) -> None:
        self.blockSignals(True)
        try:
            self.text.setPlainText(str(values.get("text", "")))
            for name, edit in self.lines.items():
                edit.setText(str(values.get(name, "")))
            for name, box in self.boxes.items():
                box.setPlainText(str(values.get(name, "")))
            for name, combo in self.choices.items():
                combo.setCurrentIndex(max(0, combo.findData(str(values.get(name, "")))))
            for code, check in self.kinds.items():
                check.setChecked(code in values.get("kinds", []))
            for code, check in self.danger.items():
                check.setChecked(code in values.get("danger", []))
            code = str(values.get("when_precision", "day" if values.get("when_start") else ""))
            self.precision.setCurrentIndex(max(0, self.precision.findData(code)))
            start = str(values.get("when_start", ""))
            today = QDate.currentDate()
            self.date.setDate(_date(start) or today)
            self.time.setTime(_time(start) or QTime(0, 0))
            self.end.setDate(_date(str(values.get("when_end", ""))) or today)
        finally:
            self.blockSignals(False)
        self._precision_changed()
        self._danger_changed()
        extra = {k for k, v in values.items() if v and k not in ("text",)}
        self.show_more(bool(extra - {"when_start", "when_precision", "when_end"}))

    def describe(self, fields: dict[str, Any], locale: QLocale) -> list[tuple[str, str]]:
        """A saved version as (label, value) lines in the form's words and order: "What
        happened" first, kinds and signs by name, the date in her language, yes and no."""
        lines: list[tuple[str, str]] = []
        if fields.get("text"):
            lines.append((self.tr("What happened"), str(fields["text"])))
        if fields.get("kinds"):
            lines.append((self.tr("Kinds of violence"), kinds_text(fields["kinds"])))
        if fields.get("danger"):
            ticked = {str(c) for c in fields["danger"]}
            signs = [self.danger[c].text() for c in DANGER_SIGNS if c in ticked]
            signs += sorted(ticked - set(self.danger))
            lines.append((self.danger_box.title(), KIND_SEPARATOR.join(signs)))
        if fields.get("when_start"):
            when = when_text(
                locale,
                str(fields["when_start"]),
                str(fields.get("when_end", "")),
                str(fields.get("when_precision", "")),
                0.0,
            )
            lines.append((self.labels["when"].text(), when))
        answers = {"yes": self.tr("Yes"), "no": self.tr("No")}
        for key, label in self.labels.items():
            value = fields.get(key)
            if key == "when" or not value:
                continue
            shown = answers.get(str(value), str(value)) if key in CHOICE_FIELDS else str(value)
            lines.append((label.text(), shown))
        return lines

    def start_new(self) -> None:
        """A new entry dated now."""
        now = QDateTime.currentDateTime()
        self.set_values(
            {
                "when_precision": "time",
                "when_start": now.toString("yyyy-MM-ddTHH:mm"),
            }
        )
        self.show_more(False)

    def future_date(self) -> bool:
        values = self.values()
        start = str(values.get("when_start", ""))
        if not start:
            return False
        day = _date(start)
        if day is None:
            return False
        if day > QDate.currentDate():
            return True
        at = _time(start)
        return (
            day == QDate.currentDate() and at is not None and at > QTime.currentTime().addSecs(600)
        )

    def wipe(self) -> None:
        self.set_values({})
        for box in (self.text, *self.boxes.values()):
            box.document().clearUndoRedoStacks()
            box.clear()
            box.document().clearUndoRedoStacks()

    def retranslate(self) -> None:
        self.text.setPlaceholderText(
            self.tr("Write what happened, in your own words and your own language")
        )
        self.more.setText(self.tr("Add more (if you want)"))
        labels = [
            self.tr("No date"),
            self.tr("On a day"),
            self.tr("On a day, at a time"),
            self.tr("Around a day"),
            self.tr("Between two days"),
            self.tr("Since a day (it keeps happening)"),
        ]
        for i, label in enumerate(labels):
            self.precision.setItemText(i, label)
        self.end_label.setText(self.tr("until"))
        self.labels["when"].setText(self.tr("When"))
        self.labels["duration"].setText(self.tr("How long"))
        self.labels["place"].setText(self.tr("Where"))
        self.labels["words"].setText(self.tr("Exact words said"))
        self.labels["injuries"].setText(self.tr("Injuries, damage"))
        self.labels["effect"].setText(self.tr("How it affected you"))
        self.labels["witnesses"].setText(self.tr("Who saw or heard it"))
        self.labels["children_present"].setText(self.tr("Children present"))
        self.labels["police_called"].setText(self.tr("Police called"))
        self.labels["pv_number"].setText(self.tr("PV number (on the certificate of complaint)"))
        self.labels["police_station"].setText(self.tr("Police station"))
        self.labels["doctor"].setText(self.tr("Doctor or hospital"))
        self.labels["certificate"].setText(self.tr("Medical certificate"))
        for combo in self.choices.values():
            combo.setItemText(0, "—")
            combo.setItemText(1, self.tr("Yes"))
            combo.setItemText(2, self.tr("No"))
        self.lines["duration"].setPlaceholderText(self.tr("for example: ten minutes, all evening"))
        self.lines["place"].setPlaceholderText(
            self.tr("for example: kitchen, in the car, by phone")
        )
        self.boxes["words"].setPlaceholderText(
            self.tr("Write them as they were said, in any language")
        )
        self.boxes["effect"].setPlaceholderText(
            self.tr("Fear, sleep, pain, work: everything counts")
        )
        self.kinds_box.setTitle(self.tr("What kind of violence (tick what fits)"))
        # examples that add to the name, never repeat it
        examples = {
            "physical": self.tr("kicking, grabbing, biting, pulling hair, throwing things at you"),
            "threats": self.tr("to hurt you, the children or others; to take the children away"),
            "psychological": self.tr("shouting, name-calling, mocking, putting you down"),
            "control": self.tr(
                "taking your bank card or papers, reading your messages, locking you in, "
                "keeping you from seeing people"
            ),
            "sexual": self.tr("any sexual act you did not want"),
            "damage": self.tr("breaking your belongings, smashing doors, hurting pets"),
            "children": self.tr("hurting or threatening them, or violence in front of them"),
        }
        for code, check in self.kinds.items():
            check.setText(kind_name(code))
            check.setAccessibleDescription(examples[code])
            self.kind_hints[code].setText(examples[code])
        self.danger_box.setTitle(self.tr("Signs of serious danger"))
        self.danger_intro.setText(
            self.tr(
                "Some things mean the danger is high. Tick them if they happened; it helps anyone "
                "who reads this later to understand."
            )
        )
        self.danger["neck"].setText(self.tr("Hands or an arm on your neck or throat"))
        self.danger["kill_threat"].setText(
            self.tr("A threat to kill (you, the children, or themselves)")
        )
        self.danger["weapon"].setText(self.tr("A weapon, or something used as one"))
        self.danger["worse"].setText(self.tr("It is happening more often, or getting worse"))
        self.danger_note.setText(
            self.tr(
                "A hold on the neck can be dangerous hours later, even without marks. Please "
                "see a doctor, and tell them what happened. In danger now: call 112."
            )
        )


def _date(text: str) -> QDate | None:
    try:
        day = datetime.strptime(text[:10], "%Y-%m-%d")
    except ValueError:
        return None
    return QDate(day.year, day.month, day.day)


def _time(text: str) -> QTime | None:
    if "T" not in text:
        return None
    try:
        moment = datetime.strptime(text[:16], "%Y-%m-%dT%H:%M")
    except ValueError:
        return None
    return QTime(moment.hour, moment.minute)
