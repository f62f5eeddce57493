"""The review screen: she chooses the entries of an evidence report, then where the PDF goes.

A private dialog of the diary page (opened with ``open()``, a visible Cancel button). The PDF is
made off the GUI thread with a progress bar; Cancel or a lock stops it and deletes the partial
file. The checklist never goes in.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QObject, Qt, QTime, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.diary import KINDS, Diary
from app.core.report import Cancelled, Choice, gather, matching_rows, select
from app.gui import dialogs, files
from app.gui.private.context import SpaceContext
from app.gui.private.diary.list_model import KIND_SEPARATOR, kind_name, when_text
from app.gui.private.formats import apply_formats, space_locale
from app.gui.private.report.pdf import write_pdf
from app.gui.private.widgets import confirm_save_target
from app.gui.worker import Job

DEFAULT_NAME = "document.pdf"
ENTRY_ID = Qt.ItemDataRole.UserRole + 1


class _Progress(QObject):
    """Carries the worker's progress to the GUI thread (a queued signal)."""

    changed = Signal(int)


class ReportDialog(QDialog):
    def __init__(self, page: QWidget, ctx: SpaceContext, diary: Diary) -> None:
        super().__init__(page)
        self.setProperty("private", True)
        self.setObjectName("reportDialog")
        self.ctx = ctx
        self.diary = diary
        guard = ctx.generation.guard
        self.job: Job | None = None
        self._stopped = False
        self._say: Callable[[], str] | None = None
        self.asking: Any = None

        self.reminder = QLabel()
        self.reminder.setObjectName("reportReminder")
        self.reminder.setWordWrap(True)
        self.from_on = QCheckBox()
        self.from_on.setObjectName("reportFromOn")
        self.from_date = QDateEdit(QDate.currentDate().addMonths(-3))
        self.from_date.setObjectName("reportFrom")
        self.from_date.setCalendarPopup(True)
        self.to_on = QCheckBox()
        self.to_on.setObjectName("reportToOn")
        self.to_date = QDateEdit(QDate.currentDate())
        self.to_date.setObjectName("reportTo")
        self.to_date.setCalendarPopup(True)
        self.kinds_box = QGroupBox()
        kinds_grid = QGridLayout(self.kinds_box)
        self.kinds: dict[str, QCheckBox] = {}
        for i, code in enumerate(KINDS):
            check = QCheckBox()
            check.setObjectName("reportKind_" + code)
            check.toggled.connect(guard(self.reload))
            self.kinds[code] = check
            kinds_grid.addWidget(check, i // 2, i % 2)
        for check in (self.from_on, self.to_on):
            check.toggled.connect(guard(self.reload))
        for edit in (self.from_date, self.to_date):
            edit.dateChanged.connect(guard(self.reload))
        self.list = QListWidget()
        self.list.setObjectName("reportEntries")
        self.list.setUniformItemSizes(True)
        self.list.itemChanged.connect(guard(self._count))
        self.tick_all = QPushButton()
        self.tick_all.setObjectName("reportTickAll")
        self.tick_all.clicked.connect(guard(lambda: self._tick(True)))
        self.tick_none = QPushButton()
        self.tick_none.setObjectName("reportTickNone")
        self.tick_none.clicked.connect(guard(lambda: self._tick(False)))
        self.count_label = QLabel()
        self.count_label.setObjectName("reportCount")
        self.progress = QProgressBar()
        self.progress.setObjectName("reportProgress")
        self.progress.setRange(0, 100)
        self.progress.hide()
        self.message = QLabel()
        self.message.setObjectName("reportMessage")
        self.message.setWordWrap(True)
        self.make_button = QPushButton()
        self.make_button.setObjectName("reportMake")
        self.make_button.setDefault(True)
        self.make_button.clicked.connect(guard(self.make))
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("reportCancel")
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(guard(self.cancel))

        period = QHBoxLayout()
        for w in (self.from_on, self.from_date, self.to_on, self.to_date):
            period.addWidget(w)
        period.addStretch(1)
        ticks = QHBoxLayout()
        ticks.addWidget(self.tick_all)
        ticks.addWidget(self.tick_none)
        ticks.addWidget(self.count_label, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress, 1)
        buttons.addStretch(0)
        buttons.addWidget(self.make_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.reminder)
        layout.addLayout(period)
        layout.addWidget(self.kinds_box)
        layout.addWidget(self.list, 1)
        layout.addLayout(ticks)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.resize(760, 640)
        apply_formats(self, ctx.language)  # a window: it does not take the page's locale
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Make a report"))
        self.reminder.setText(
            self.tr(
                "Choose the entries for the report. Before you share it, leave out anything "
                "that shows where you live now or what you plan (a new address, a shelter, "
                "a date you leave). The checklist is never included."
            )
        )
        self.from_on.setText(self.tr("From"))
        self.to_on.setText(self.tr("to"))
        self.kinds_box.setTitle(self.tr("Only these kinds (none ticked: every kind)"))
        for code, check in self.kinds.items():
            check.setText(kind_name(code))
        self.tick_all.setText(self.tr("Tick all"))
        self.tick_none.setText(self.tr("Untick all"))
        self.make_button.setText(self.tr("Make the PDF…"))
        self.cancel_button.setText(self.tr("Stop") if self.job is not None else self.tr("Cancel"))
        self.message.setText(self._say() if self._say is not None else "")
        self._count()

    # choosing --------------------------------------------------------------------------------
    def filters(self) -> Choice:
        """The period and kinds chosen above the list (entries unticked come on top)."""
        start = end = None
        if self.from_on.isChecked():
            start = float(QDateTime(self.from_date.date(), QTime(0, 0)).toSecsSinceEpoch())
        if self.to_on.isChecked():
            end = float(QDateTime(self.to_date.date(), QTime(23, 59, 59)).toSecsSinceEpoch())
        kinds = frozenset(c for c, check in self.kinds.items() if check.isChecked())
        return Choice(start=start, end=end, kinds=kinds)

    def choice(self) -> Choice:
        base = self.filters()
        unticked = frozenset(
            int(item.data(ENTRY_ID))
            for item in self._items()
            if item.checkState() != Qt.CheckState.Checked
        )
        return Choice(base.start, base.end, base.kinds, unticked)

    def chosen_ids(self) -> list[int]:
        return [
            int(item.data(ENTRY_ID))
            for item in self._items()
            if item.checkState() == Qt.CheckState.Checked
        ]

    def _items(self) -> list[QListWidgetItem]:
        return [self.list.item(i) for i in range(self.list.count())]

    def reload(self, *_args: Any) -> None:
        locale = space_locale(self.ctx.language)
        self.list.blockSignals(True)
        self.list.clear()
        for row in matching_rows(self.diary, self.filters()):
            head = when_text(locale, row.when_start, row.when_end, row.precision, row.created)
            if row.kinds:
                head += " · " + KIND_SEPARATOR.join(kind_name(k) for k in row.kinds)
            summary = row.summary if len(row.summary) < 100 else row.summary[:100] + "…"
            item = QListWidgetItem(head + " — " + (summary or "…"))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            item.setData(ENTRY_ID, row.id)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self._count()

    def _tick(self, on: bool) -> None:
        state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        self.list.blockSignals(True)
        for item in self._items():
            item.setCheckState(state)
        self.list.blockSignals(False)
        self._count()

    def _count(self, *_args: Any) -> None:
        chosen = len(self.chosen_ids())
        total = self.diary.count()
        # the noun agrees with the total, so the number chosen can be any number
        if total == 0:
            text = self.tr("The diary has no entries yet.")
        elif total == 1:
            text = self.tr("%1 of 1 entry chosen")
        else:
            text = self.tr("%1 of %2 entries chosen")
        self.count_label.setText(text.replace("%1", str(chosen)).replace("%2", str(total)))
        self.make_button.setEnabled(chosen > 0 and self.job is None)

    def _show(self, say: Callable[[], str] | None) -> None:
        self._say = say
        self.message.setText(say() if say is not None else "")

    # making it -------------------------------------------------------------------------------
    def make(self) -> None:
        """A warning that a PDF is not encrypted, then the place she picks."""
        if self.job is not None or not self.chosen_ids():
            return
        self._show(None)
        self.asking = dialogs.ask(
            self,
            self.tr("A PDF is not encrypted"),
            self.tr(
                "Anyone who gets this file can read it: it is not protected by your passphrase. "
                "Save it where only you can reach it, for example on a USB stick you keep with "
                "you, and give it or print it at a support service or a lawyer's office."
            ),
            [self.tr("Continue"), self.tr("Cancel")],
            self.ctx.generation.guard(self._warned),
            icon=QMessageBox.Icon.Warning,
        )

    def _warned(self, index: int) -> None:
        self.asking = None
        if index != 0:
            return
        self.asking = files.choose_save_path(
            self,
            self.tr("Save the report"),
            DEFAULT_NAME,
            self.tr("PDF (*.pdf)"),
            self.ctx.generation.guard(self._path_chosen),
        )

    def _path_chosen(self, path: str | None) -> None:
        self.asking = None
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")

        def answer(go: bool) -> None:
            self.asking = None
            if go:
                self._run(target)

        self.asking = confirm_save_target(
            self,
            target,
            self.tr(
                "This folder seems to be synchronised with an online service (OneDrive, "
                "Dropbox, Google Drive or Nextcloud). The report is not encrypted: a copy "
                "would be stored online and could appear on other devices that use the "
                "same account."
            ),
            self.tr("Save the report here?"),
            (self.tr("Save here"), self.tr("Cancel")),
            self.ctx.generation.guard(answer),
        )

    def _run(self, target: Path) -> None:
        """Gather and paint off the GUI thread; the lock waits for it and it stops there."""
        vault = self.ctx.vault
        choice = self.choice()
        language = self.ctx.language
        progress = _Progress()
        progress.changed.connect(self.ctx.generation.guard(self.progress.setValue))
        holder: list[Job] = []
        self._stopped = False

        def cancelled() -> bool:
            return self._stopped or (bool(holder) and holder[0].cancelled)

        def work() -> Path:
            # Its own connection: the GUI keeps using the vault's while the report is made.
            db = vault.worker_database()
            try:
                diary = Diary(db)
                ids = select(diary, choice)
                report = gather(
                    diary,
                    ids,
                    progress=lambda n, total: progress.changed.emit(30 * n // max(total, 1)),
                    cancelled=cancelled,
                )
                return write_pdf(
                    report,
                    target,
                    language,
                    diary.attachment_data,
                    progress=lambda p: progress.changed.emit(30 + 70 * p // 100),
                    cancelled=cancelled,
                )
            finally:
                db.close()

        job = Job(
            work,
            self.ctx.generation.guard(self._done),
            self.ctx.generation.guard(self._failed),
        )
        holder.append(job)
        self.job = job
        self._progress = progress
        self._busy(True)
        self._show(lambda: self.tr("Making the report…"))
        runner = getattr(self.ctx.host, "run_private_job", None)
        if runner is not None:
            runner(job)
        else:
            job.start()

    def cancel(self) -> None:
        """While the PDF is being made: stop it (the partial file is deleted). Otherwise close."""
        if self.job is not None:
            self._stopped = True
            self.cancel_button.setEnabled(False)
            return
        self.reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.job is not None:
            self._stopped = True
        super().closeEvent(event)

    def reject(self) -> None:
        if self.job is not None:
            self._stopped = True
        super().reject()

    def _busy(self, busy: bool) -> None:
        self.progress.setValue(0)
        self.progress.setVisible(busy)
        self.cancel_button.setEnabled(True)
        parts: tuple[QWidget, ...] = (
            self.list,
            self.kinds_box,
            self.from_on,
            self.to_on,
            self.from_date,
            self.to_date,
            self.tick_all,
            self.tick_none,
        )
        for w in parts:
            w.setEnabled(not busy)
        self.cancel_button.setText(self.tr("Stop") if busy else self.tr("Close"))
        self._count()

    def _finished(self) -> None:
        self.job = None
        self._busy(False)

    def _done(self, target: Path) -> None:
        self._finished()
        name = target.name
        self._show(
            lambda: self.tr(
                "The report was saved as “%1”. It is not encrypted: keep it where only you can "
                "reach it, and delete it from this computer once it is printed or handed over."
            ).replace("%1", name)
        )

    def _failed(self, exc: BaseException) -> None:
        self._finished()
        if isinstance(exc, Cancelled):
            self._show(lambda: self.tr("The report was stopped. No file was left behind."))
        elif isinstance(exc, OSError):
            self._show(
                lambda: self.tr(
                    "The report could not be written there: the drive may be full, read-only "
                    "or removed. No file was left behind."
                )
            )
        else:
            self._show(
                lambda: self.tr(
                    "The report could not be made. No file was left behind; your diary is "
                    "unchanged."
                )
            )


class ReportButton(QPushButton):
    """ "Make a report…" on the diary page: opens the review screen."""

    def __init__(self, page: QWidget, ctx: SpaceContext, diary: Callable[[], Diary | None]):
        super().__init__()
        self.setObjectName("diaryReport")
        self.page = page
        self.ctx = ctx
        self._diary = diary
        self.dialog: ReportDialog | None = None
        self.clicked.connect(ctx.generation.guard(self.open_review))
        self.retranslate()

    def open_review(self) -> None:
        diary = self._diary()
        if diary is None:
            return
        if self.dialog is not None and self.dialog.job is not None:
            self.dialog.show()
            self.dialog.raise_()
            return
        if self.dialog is not None:
            self.dialog.deleteLater()  # closed and idle: nothing of it is needed any more
        self.dialog = ReportDialog(self.page, self.ctx, diary)
        self.dialog.open()

    def retranslate(self) -> None:
        self.setText(self.tr("Make a report…"))
        if self.dialog is not None:
            self.dialog.retranslate()
