"""The evidence report through the real widgets: review, warnings, file picker, the PDF read
back, Arabic text, and a lock in the middle of a report."""

from __future__ import annotations

import threading
import time
import unicodedata
from pathlib import Path
from typing import Any

import pypdf
from PySide6.QtCore import Qt

from app.core.attachments import prepare
from app.gui import dialogs, files
from app.gui.private.report import pdf
from app.gui.private.report.review import ENTRY_ID
from tests.helpers import create_space, window
from tests.test_diary_page import diary_of, open_diary
from tests.test_diary_support import small_png

PASSPHRASE = "Rozenbottel Viaduct Kaneel Oever"
SLOT = 2 * 1024 * 1024
ARABIC = "هددني بالقتل أمام الأطفال"


def start(qtbot: Any, make_app: Any, tmp_path: Path) -> tuple[Any, Any, dict[str, int]]:
    app = make_app(slot_size=SLOT)
    create_space(qtbot, app, PASSPHRASE, "en")
    diary = diary_of(app)
    picture = tmp_path / "bruise.png"
    picture.write_bytes(small_png(4, side=120))
    photo = diary.add_attachment(prepare(picture))
    ids = {
        "pv": diary.save(
            None,
            {
                "text": "He pushed me against the door.",
                "when_start": "2024-03-05T21:30",
                "when_precision": "time",
                "kinds": ["physical"],
                "pv_number": "BR.55.LL.424242/2024",
                "certificate": "yes",
                "doctor": "Dr Peeters",
            },
            [photo.id],
        ),
        "arabic": diary.save(
            None, {"text": ARABIC, "when_start": "2024-03-07", "kinds": ["threats"]}
        ),
        "secret": diary.save(
            None, {"text": "LEFTOUT-canary new flat above the bakery", "when_start": "2024-03-09"}
        ),
    }
    diary.save(
        ids["pv"],
        {
            "text": "He pushed me hard against the door.",
            "when_start": "2024-03-05T21:30",
            "when_precision": "time",
            "kinds": ["physical"],
            "pv_number": "BR.55.LL.424242/2024",
            "certificate": "yes",
            "doctor": "Dr Peeters",
        },
        [photo.id],
    )
    page = open_diary(qtbot, app)
    page.apply_filter()
    return app, page, ids


def open_review(qtbot: Any, page: Any) -> Any:
    qtbot.mouseClick(page.report_button, Qt.MouseButton.LeftButton)
    dialog = page.report_button.dialog
    qtbot.waitUntil(lambda: dialog is not None and dialog.isVisible())
    assert dialog.parent() is page
    assert dialog.cancel_button.isVisible() and dialog.cancel_button.text() == "Cancel"
    assert "new address" in dialog.reminder.text()
    return dialog


def untick(dialog: Any, entry_id: int) -> None:
    for i in range(dialog.list.count()):
        item = dialog.list.item(i)
        if item.data(ENTRY_ID) == entry_id:
            item.setCheckState(Qt.CheckState.Unchecked)
            return
    raise AssertionError("entry not listed")


def pdf_text(path: Path) -> tuple[int, str]:
    reader = pypdf.PdfReader(str(path))
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert reader.metadata is not None and reader.metadata.title == "Document"
    assert not reader.metadata.creator
    return len(reader.pages), text


def test_report_with_one_entry_left_out(qtbot: Any, make_app: Any, tmp_path: Path) -> None:
    app, page, ids = start(qtbot, make_app, tmp_path)
    dialog = open_review(qtbot, page)
    assert dialog.list.count() == 3
    untick(dialog, ids["secret"])
    assert dialog.count_label.text() == "2 of 3 entries chosen"
    folder = tmp_path / "Dropbox"  # a synchronised folder: one more warning
    folder.mkdir()
    target = folder / "document.pdf"
    dialogs.answer_next(0)  # "a PDF is not encrypted": Continue
    files.answer_next([str(target)])
    dialogs.answer_next(0)  # "synchronised folder": Save here
    qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.job is None and target.exists(), timeout=30000)
    assert not dialogs._next and not files._next  # both warnings were shown and answered
    assert "document.pdf" in dialog.message.text()
    assert sorted(p.name for p in folder.iterdir()) == ["document.pdf"]

    pages, text = pdf_text(target)
    flat = "".join(text.split())
    diary = diary_of(app)
    assert "Entriesinthisreport2" in flat
    assert "Entriesleftout1" in flat
    assert "1entryofthediarywasleftout" in flat
    assert "LEFTOUT-canary" not in flat and "bakery" not in flat
    assert "Hepushedmehardagainstthedoor." in flat
    assert "Hepushedmeagainstthedoor." in flat  # the earlier version, in the appendix
    assert "BR.55.LL.424242/2024" in flat
    assert "DrPeeters" in flat
    assert "thiscomputer'sclock" in flat
    assert diary.fingerprint() in flat
    for rev in diary.revisions(ids["pv"]):
        assert rev.hash in flat
    photo = diary.entry(ids["pv"]).attachments[0]
    assert photo.sha256 in flat and photo.original_sha256 in flat
    assert "pythonapp.verifyFILE" in flat.replace("-m", "")
    assert f"Page1of{pages}" in flat and f"Page{pages}of{pages}" in flat
    reader = pypdf.PdfReader(str(target))
    assert any(p.images for p in reader.pages)  # the photo is embedded


def test_arabic_text_round_trip(qtbot: Any, make_app: Any, tmp_path: Path) -> None:
    _app, page, ids = start(qtbot, make_app, tmp_path)
    dialog = open_review(qtbot, page)
    untick(dialog, ids["pv"])
    untick(dialog, ids["secret"])
    target = tmp_path / "document.pdf"
    dialogs.answer_next(0)
    files.answer_next([str(target)])
    qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "saved" in dialog.message.text(), timeout=30000)
    assert target.exists()
    _pages, text = pdf_text(target)
    # Arabic comes back as shaped glyphs in visual order (a lam-alef ligature stays one
    # glyph): each word's letters must all be there, in one word
    tokens = [sorted(t) for t in unicodedata.normalize("NFKC", text).split()]
    for word in ARABIC.split():
        assert sorted(word) in tokens, word


def test_lock_during_rendering_deletes_the_partial_file(
    qtbot: Any, make_app: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    app, page, _ids = start(qtbot, make_app, tmp_path)
    reached = threading.Event()
    job_of: list[Any] = []

    def hold(page_number: int, pages: int) -> None:
        """After the first page: wait (in the worker) until the lock has cancelled the job."""
        if page_number != 1:
            return
        reached.set()
        deadline = time.monotonic() + 10
        while not (job_of and job_of[0].cancelled) and time.monotonic() < deadline:
            time.sleep(0.01)

    monkeypatch.setattr(pdf, "page_done", hold)
    dialog = open_review(qtbot, page)
    folder = tmp_path / "stick"
    folder.mkdir()
    target = folder / "document.pdf"
    dialogs.answer_next(0)
    files.answer_next([str(target)])
    qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(reached.is_set, timeout=30000)
    assert dialog.progress.isVisible()
    assert list(folder.iterdir())  # the partial file is being written
    job_of.append(dialog.job)
    win = window(app)
    win.lock()
    qtbot.waitUntil(lambda: not win.private_open)
    assert job_of[0].finished or job_of[0].cancelled
    assert list(folder.iterdir()) == []


def test_cancel_stops_and_leaves_nothing(
    qtbot: Any, make_app: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    _app, page, _ids = start(qtbot, make_app, tmp_path)
    reached = threading.Event()
    go_on = threading.Event()

    def hold(page_number: int, pages: int) -> None:
        if page_number == 1:
            reached.set()
            go_on.wait(10)

    monkeypatch.setattr(pdf, "page_done", hold)
    dialog = open_review(qtbot, page)
    target = tmp_path / "out" / "document.pdf"
    target.parent.mkdir()
    dialogs.answer_next(0)
    files.answer_next([str(target)])
    qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(reached.is_set, timeout=30000)
    assert dialog.cancel_button.text() == "Stop"
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    go_on.set()
    qtbot.waitUntil(lambda: "stopped" in dialog.message.text(), timeout=30000)
    assert list(target.parent.iterdir()) == []
    assert dialog.make_button.isEnabled()


def test_filters_in_the_review(qtbot: Any, make_app: Any, tmp_path: Path) -> None:
    _app, page, ids = start(qtbot, make_app, tmp_path)
    dialog = open_review(qtbot, page)
    dialog.kinds["threats"].setChecked(True)
    listed = [dialog.list.item(i).data(ENTRY_ID) for i in range(dialog.list.count())]
    assert listed == [ids["arabic"]]
    dialog.kinds["threats"].setChecked(False)
    assert dialog.list.count() == 3
    from PySide6.QtCore import QDate

    dialog.from_date.setDate(QDate(2024, 3, 6))
    dialog.from_on.setChecked(True)
    listed = [dialog.list.item(i).data(ENTRY_ID) for i in range(dialog.list.count())]
    assert listed == [ids["secret"], ids["arabic"]]
    qtbot.mouseClick(dialog.tick_none, Qt.MouseButton.LeftButton)
    assert not dialog.make_button.isEnabled()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
