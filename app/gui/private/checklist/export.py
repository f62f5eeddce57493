"""The checklist as a PDF, written off the GUI thread to a path she picks after a warning."""

from __future__ import annotations

import contextlib
import html
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QMessageBox, QWidget

from app.core.atomic import temp_path_in
from app.core.checklist import Contact, Section
from app.core.directory import Service
from app.gui import dialogs, files
from app.gui.private.context import SpaceContext
from app.gui.private.widgets import confirm_save_target
from app.gui.worker import Job

DEFAULT_NAME = "list.pdf"
# Jobs whose result has not come back yet: kept alive past a lock, so that a file finished
# just before the lock still reaches ``discard`` and is deleted.
_PENDING: set[Job] = set()


def checklist_html(
    heading: str,
    sections: list[Section],
    numbers: list[Service],
    contacts: list[Contact],
    lang: str,
    numbers_title: str,
    contacts_title: str,
) -> str:
    """The list as simple HTML: ticked boxes, item texts and notes; contacts if asked for."""
    e = html.escape
    parts = [f"<h1>{e(heading)}</h1>"]
    for s in sections:
        done, total = s.progress
        parts.append(f"<h2>{e(s.title)} ({done}/{total})</h2>")
        parts.append('<table cellspacing="0" cellpadding="3" width="100%">')
        for i in s.items:
            box = "☑" if i.done else "☐"
            note = f"<br><i>{e(i.note)}</i>" if i.note else ""
            parts.append(
                f'<tr><td width="6%" valign="top">{box}</td><td>{e(i.text)}{note}</td></tr>'
            )
        parts.append("</table>")
    if numbers:
        parts.append(f"<h2>{e(numbers_title)}</h2><table cellspacing='0' cellpadding='3'>")
        for n in numbers:
            reach = n.number or n.website
            parts.append(
                f"<tr><td valign='top'><b>{e(reach)}</b></td>"
                f"<td>{e(n.name(lang))}<br><i>{e(n.hours_in(lang))}</i></td></tr>"
            )
        parts.append("</table>")
    if contacts:
        parts.append(f"<h2>{e(contacts_title)}</h2><table cellspacing='0' cellpadding='3'>")
        for c in contacts:
            note = f"<br><i>{e(c.note)}</i>" if c.note else ""
            parts.append(
                f"<tr><td valign='top'><b>{e(c.number)}</b></td><td>{e(c.name)}{note}</td></tr>"
            )
        parts.append("</table>")
    return "\n".join(parts)


def write_pdf(path: Path, document_html: str, title: str) -> None:
    """Render ``document_html`` to an A4 PDF with a neutral title (no print dialog)."""
    writer = QPdfWriter(str(path))
    writer.setTitle(title)
    writer.setCreator(title)
    writer.setResolution(300)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageOrientation(QPageLayout.Orientation.Portrait)
    doc = QTextDocument()
    doc.setHtml(document_html)
    doc.print_(writer)


class ChecklistExport(QObject):
    """Warn, let her pick a path, write the PDF in the background, report calmly."""

    def __init__(
        self,
        parent: QWidget,
        ctx: SpaceContext,
        build_html: Callable[[], str],
        on_message: Callable[[str], None],
    ) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.ctx = ctx
        self.build_html = build_html
        self.on_message = on_message
        self.job: Job | None = None

    def start(self) -> None:
        dialogs.ask(
            self.parent_widget,
            self.tr("Save the list as a PDF?"),
            self.tr(
                "A PDF is not locked with your passphrase. Anyone who finds the file, or a "
                "printed copy, can read it."
            ),
            [self.tr("Choose where to save…"), self.tr("Cancel")],
            self.ctx.generation.guard(self._warned),
            informative=self.tr(
                "Save it only where it is safe, for example on a USB stick you keep with you. "
                "Print it somewhere safe, for example at a CAW."
            ),
            icon=QMessageBox.Icon.Warning,
        )

    def _warned(self, answer: int) -> None:
        if answer != 0:
            return
        files.choose_save_path(
            self.parent_widget,
            self.tr("Save the PDF"),
            DEFAULT_NAME,
            self.tr("PDF files (*.pdf)"),
            self.ctx.generation.guard(self._chosen),
        )

    def _chosen(self, path: str | None) -> None:
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        confirm_save_target(
            self.parent_widget,
            target,
            self.tr(
                "This folder seems to be copied to the internet (OneDrive, Dropbox, Google "
                "Drive or Nextcloud). Someone with access to that account could see the PDF."
            ),
            self.tr("Save the PDF here?"),
            (self.tr("Save here anyway"), self.tr("Cancel")),
            self.ctx.generation.guard(lambda go: self._write(target) if go else None),
        )

    def _write(self, target: Path) -> None:
        document_html = self.build_html()
        title = self.tr("List")
        job: Job

        def work() -> Path | None:
            # Written beside the target and renamed at the end: a failure or a lock never
            # leaves half a file, and never removes a file that was there before.
            part = temp_path_in(target.parent)
            try:
                write_pdf(part, document_html, title)
                if job.cancelled:  # a lock came: leave no partial or unwanted file behind
                    part.unlink()
                    return None
                os.replace(part, target)
            except BaseException:
                with contextlib.suppress(OSError):
                    part.unlink()
                raise
            return target

        def done(result: Path | None) -> None:
            self.job = None
            if result is not None and result.exists() and result.stat().st_size > 0:
                self.on_message(self.tr("The PDF was saved: %1").replace("%1", str(result)))
            else:
                self.on_message(self.tr("The PDF could not be saved."))

        def failed(_exc: BaseException) -> None:
            self.job = None
            self.on_message(
                self.tr("The PDF could not be saved. Is the disk full, or is the folder read-only?")
            )

        def discard(result: Path | None) -> None:
            if result is not None:
                with contextlib.suppress(OSError):
                    result.unlink()

        def settled(callback: Callable[[Any], None]) -> Callable[[Any], None]:
            def run(value: Any) -> None:
                _PENDING.discard(job)
                callback(value)

            return run

        guard = self.ctx.generation.guard
        job = Job(work, settled(guard(done)), settled(guard(failed)), settled(discard))
        _PENDING.add(job)
        self.job = job
        self.on_message(self.tr("Saving the PDF…"))
        runner = getattr(self.ctx.host, "run_private_job", None)
        if runner is not None:
            runner(job)
        else:
            job.start()
