"""The files of one entry: add by picker or drag and drop, view, save a copy, remove."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QIcon, QPixmap
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from app.core import attachments as files
from app.core.atomic import write_atomic
from app.core.attachments import ImportProblem, Prepared
from app.core.diary import Attachment, Diary, NoRoom
from app.gui import dialogs
from app.gui import files as pickers
from app.gui.private.context import SpaceContext
from app.gui.private.diary.viewer import ImageViewer
from app.gui.private.diary.wrap import WrapCheckBox
from app.gui.private.formats import space_locale
from app.gui.worker import Job

ATTACHMENT_ID = Qt.ItemDataRole.UserRole + 2


def megabytes(n: int, language: str) -> str:
    """A size in MB with one decimal, written as the space's language does (16,3 in French)."""
    return space_locale(language).toString(n / 1e6, "f", 1)


class FilesPanel(QGroupBox):
    changed = Signal()

    def __init__(self, ctx: SpaceContext, diary: Callable[[], Diary | None]) -> None:
        super().__init__()
        self.ctx = ctx
        self._diary = diary
        self.items: list[Attachment] = []
        self.queue: list[Path] = []
        self.job: Job | None = None
        self.handled = 0  # files dealt with (added or refused) since the page was built
        self.viewer: ImageViewer | None = None
        self.setAcceptDrops(True)
        self.list = QListWidget()
        self.list.setObjectName("diaryFiles")
        self.list.setIconSize(QSize(64, 64))
        self.list.setMaximumHeight(170)
        self.list.itemActivated.connect(lambda _i: self.view_selected())
        self.list.currentRowChanged.connect(lambda _row: self._enable())
        self.add = QPushButton()
        self.add.setObjectName("diaryAddFiles")
        self.view = QPushButton()
        self.view.setObjectName("diaryViewFile")
        self.export = QPushButton()
        self.export.setObjectName("diaryExportFile")
        self.remove = QPushButton()
        self.remove.setObjectName("diaryRemoveFile")
        for button in (self.add, self.view, self.export, self.remove):
            button.setAutoDefault(False)
        self.add.clicked.connect(self.choose)
        self.view.clicked.connect(self.view_selected)
        self.export.clicked.connect(self.export_selected)
        self.remove.clicked.connect(self.remove_selected)
        self.keep_full = WrapCheckBox()
        self.keep_full.setObjectName("diaryKeepFull")
        self.strip_location = WrapCheckBox()
        self.strip_location.setObjectName("diaryStripLocation")
        self.delete_original = WrapCheckBox()
        self.delete_original.setObjectName("diaryDeleteOriginal")
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("diaryFilesMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        buttons = QHBoxLayout()
        for button in (self.add, self.view, self.export, self.remove):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        layout.addWidget(self.keep_full)
        layout.addWidget(self.strip_location)
        layout.addWidget(self.delete_original)
        layout.addWidget(self.message)
        layout.addWidget(self.note)
        self.retranslate()
        self._enable()

    def _enable(self) -> None:
        """View, Save a copy and Remove act on the file chosen in the list: none, no buttons."""
        chosen = self.selected() is not None
        for button in (self.view, self.export, self.remove):
            button.setEnabled(chosen)

    # contents ---------------------------------------------------------------------------
    def set_files(self, items: list[Attachment]) -> None:
        self.items = list(items)
        self.list.clear()
        diary = self._diary()
        for item in self.items:
            self._show(item, diary)
        self._enable()

    def _show(self, item: Attachment, diary: Diary | None) -> None:
        row = QListWidgetItem(self._label(item))
        row.setData(ATTACHMENT_ID, item.id)
        thumb = diary.thumbnail(item.id) if diary is not None else None
        if thumb:
            pixmap = QPixmap()
            if pixmap.loadFromData(thumb):
                row.setIcon(QIcon(pixmap))
        self.list.addItem(row)

    def _label(self, item: Attachment) -> str:
        size = megabytes(item.size, self.ctx.language) + " MB"
        parts = [item.name, size]
        if item.original_date:
            parts.append(item.original_date.replace("T", " ")[:16])
        if item.reduced:
            parts.append(self.tr("reduced copy"))
        if item.had_location and not item.location_removed:
            parts.append(self.tr("has location data"))
        return " · ".join(parts)

    def ids(self) -> list[int]:
        return [a.id for a in self.items]

    def pending_ids(self) -> list[int]:
        return [a.id for a in self.items if a.pending]

    def selected(self) -> Attachment | None:
        row = self.list.currentRow()
        return self.items[row] if 0 <= row < len(self.items) else None

    def clear(self) -> None:
        self.queue = []
        if self.job is not None:
            self.job.cancel()
        self.job = None
        self.items = []
        self.list.clear()
        self._enable()
        self.message.clear()
        if self.viewer is not None:
            self.viewer.close()
            self.viewer = None

    # adding -------------------------------------------------------------------------------
    def choose(self) -> None:
        pickers.choose_open_paths(
            self,
            self.tr("Add photos or files"),
            "",
            self.ctx.generation.guard(self.add_paths),
        )

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.add_paths(paths)

    def add_paths(self, paths: list[str]) -> None:
        self.queue += [Path(p) for p in paths if p]
        if self.job is None:
            self._next()

    def busy(self) -> bool:
        return self.job is not None or bool(self.queue)

    def _next(self) -> None:
        diary = self._diary()
        if not self.queue or diary is None:
            self.job = None
            return
        path = self.queue.pop(0)
        reduce = not self.keep_full.isChecked()
        strip = self.strip_location.isChecked()
        room = diary.room_for_files()
        guard = self.ctx.generation.guard
        self.message.setText(self.tr("Adding “%1”…").replace("%1", path.name))

        def work() -> Prepared:
            return files.prepare(path, reduce=reduce, strip_location=strip, room=room)

        self.job = Job(
            work,
            guard(lambda prepared: self._store(path, prepared)),
            guard(lambda exc: self._job_failed(path, exc)),
        )
        runner = getattr(self.ctx.host, "run_private_job", None)
        if runner is not None:
            runner(self.job)
        else:
            self.job.start()

    def _store(self, path: Path, prepared: Prepared) -> None:
        diary = self._diary()
        lines: list[str] = []
        self.handled += 1
        try:
            if diary is None:
                return
            try:
                item = diary.add_attachment(prepared)
            except NoRoom as exc:
                self._failed(path, ImportProblem("too_large", path.name, exc.room))
                return
            self.items.append(item)
            self._show(item, diary)
            self.list.setCurrentRow(self.list.count() - 1)
            self.changed.emit()
            lines.append(self.tr("Added: “%1”.").replace("%1", prepared.name))
            if prepared.heic:
                lines.append(
                    self.tr(
                        "HEIC photos (from iPhones) cannot be shown or reduced here. It was "
                        "kept as a file you can save a copy of. Tip: on the phone, choose "
                        "Settings > Camera > Formats > Most Compatible."
                    )
                )
            if prepared.had_location and not prepared.location_removed:
                lines.append(
                    self.tr(
                        "This photo carries location data (where it was taken). It stays "
                        "encrypted here, but it would be in any copy you save. Tick “Remove "
                        "location data” before adding photos if you prefer."
                    )
                )
            if self.delete_original.isChecked():
                if files.delete_original(path):
                    lines.append(
                        self.tr(
                            "The original file and its preview picture were deleted. On "
                            "some disks (SSD, USB stick) a deleted file can still be "
                            "recovered by specialists."
                        )
                    )
                else:
                    lines.append(self.tr("The original file could not be deleted."))
            self.message.setText(" ".join(lines))
        finally:
            self._next()

    def _failed(self, path: Path, exc: BaseException) -> None:
        name = path.name
        if isinstance(exc, ImportProblem):
            texts = {
                "empty": self.tr("“%1” is empty (0 bytes). Nothing was added."),
                "unreadable": self.tr("“%1” could not be read. Nothing was added."),
                "not_image": self.tr(
                    "“%1” is named like a picture but is not one this app can read. "
                    "Nothing was added."
                ),
                "too_large": self.tr(
                    "“%1” does not fit: there is room for %2 MB more. Nothing was added, "
                    "and what you typed is still here."
                ),
            }
            text = texts.get(exc.reason, texts["unreadable"])
            text = text.replace("%2", megabytes(exc.room, self.ctx.language))
        else:
            text = self.tr("“%1” could not be added. Nothing was added.")
        self.message.setText(text.replace("%1", name))

    def _job_failed(self, path: Path, exc: BaseException) -> None:
        self.handled += 1
        self._failed(path, exc)
        self._next()

    # other actions ----------------------------------------------------------------------------
    def view_selected(self) -> None:
        item = self.selected()
        diary = self._diary()
        if item is None or diary is None:
            return
        if item.kind != files.KIND_IMAGE or item.mime == "image/heic":
            self.message.setText(self.cannot_view())
            return
        pixmap = QPixmap()
        if not pixmap.loadFromData(diary.attachment_data(item.id)):
            self.message.setText(self.cannot_view())
            return
        self.viewer = ImageViewer(self, pixmap, self._label(item))
        self.viewer.open()

    def cannot_view(self) -> str:
        return self.tr(
            "This file cannot be opened inside the app. It is stored safely; use "
            "“Save a copy…” to open it elsewhere (the copy is not encrypted)."
        )

    def export_selected(self) -> None:
        item = self.selected()
        if item is None:
            return
        pickers.choose_save_path(
            self,
            self.tr("Save a copy (not encrypted)"),
            item.name,
            "",
            self.ctx.generation.guard(lambda path: self._write_copy(item, path)),
        )

    def _write_copy(self, item: Attachment, path: str | None, replace: bool = False) -> None:
        diary = self._diary()
        if not path or diary is None:
            return
        target = Path(path)
        if target.exists() and not replace:
            dialogs.ask(
                self,
                self.tr("Replace the file?"),
                self.tr("A file with this name is already there. Replace it?"),
                [self.tr("Replace"), self.tr("Cancel")],
                self.ctx.generation.guard(
                    lambda answer: self._write_copy(item, path, True) if answer == 0 else None
                ),
            )
            return
        try:
            write_atomic(target, diary.attachment_data(item.id))
        except (OSError, KeyError):
            self.message.setText(self.tr("The copy could not be saved there."))
            return
        self.message.setText(self.tr("A copy was saved. That copy is not encrypted."))

    def remove_selected(self) -> None:
        item = self.selected()
        diary = self._diary()
        if item is None or diary is None:
            return
        if item.pending:
            diary.discard_pending([item.id])
        self.items.remove(item)
        self.list.takeItem(self.list.currentRow())
        self._enable()
        self.changed.emit()
        self.message.setText(
            self.tr("Removed from this entry when you save. Earlier versions keep its record.")
            if not item.pending
            else ""
        )

    def retranslate(self) -> None:
        self.setTitle(self.tr("Photos and files"))
        self.add.setText(self.tr("Add photos or files…"))
        self.view.setText(self.tr("View"))
        self.export.setText(self.tr("Save a copy…"))
        self.remove.setText(self.tr("Remove"))
        self.keep_full.setText(self.tr("Keep photos at full size (takes much more room)"))
        self.strip_location.setText(self.tr("Remove location data from photos"))
        self.delete_original.setText(
            self.tr(
                "Delete the original file after adding it (on some disks it can still be recovered)"
            )
        )
        self.note.setText(
            self.tr(
                "You can also drag files here. Photos are stored as a smaller copy; the "
                "original's fingerprint (SHA-256) and date taken are kept. Photos and "
                "screenshots can be viewed here. Sound recordings and PDFs are stored "
                "safely, but cannot be played or opened inside this app."
            )
        )
