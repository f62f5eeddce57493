"""Files added to a diary entry: read and checked, photos reduced, originals deleted on request.

Everything here works on one file at a time and writes nothing to the vault: ``prepare`` may run
off the GUI thread; the diary stores the result (after a capacity check) on the GUI thread.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import time
from dataclasses import dataclass
from pathlib import Path

from app.core import photos

IMAGE_EXTENSIONS = {".jpg", ".jpeg", ".png", ".gif", ".webp", ".bmp", ".tif", ".tiff", ".jfif"}
HEIC_EXTENSIONS = {".heic", ".heif"}
AUDIO_EXTENSIONS = {
    ".mp3",
    ".m4a",
    ".ogg",
    ".oga",
    ".opus",
    ".wav",
    ".aac",
    ".amr",
    ".3gp",
    ".flac",
}
PDF_EXTENSIONS = {".pdf"}
# Read at most this much of any file (a photo is reduced afterwards; other files must fit whole).
MAX_READ = 256 * 1024 * 1024
THUMBNAIL_SIZES = ("normal", "large", "x-large", "xx-large")

KIND_IMAGE = "image"
KIND_AUDIO = "audio"
KIND_PDF = "pdf"
KIND_OTHER = "document"


class ImportProblem(Exception):
    """A file that cannot be added. ``reason``: empty, unreadable, not_image, too_large."""

    def __init__(self, reason: str, name: str, room: int = 0) -> None:
        super().__init__(reason)
        self.reason = reason
        self.name = name
        self.room = room


@dataclass
class Prepared:
    """A file ready to be stored: the bytes to keep and what is known about the original."""

    name: str
    kind: str
    mime: str
    data: bytes
    original_sha256: str
    original_size: int
    original_date: str | None  # date taken (EXIF) for photos, else the file's modification time
    reduced: bool = False
    had_location: bool = False
    location_removed: bool = False
    heic: bool = False
    thumb: bytes | None = None
    width: int = 0
    height: int = 0

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


def kind_of(name: str, head: bytes) -> str:
    ext = Path(name).suffix.lower()
    if ext in IMAGE_EXTENSIONS:
        return KIND_IMAGE
    if ext in AUDIO_EXTENSIONS:
        return KIND_AUDIO
    if ext in PDF_EXTENSIONS or head.startswith(b"%PDF"):
        return KIND_PDF
    if head.startswith((b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n", b"GIF8")):
        return KIND_IMAGE
    return KIND_OTHER


def is_heic(name: str, head: bytes) -> bool:
    return Path(name).suffix.lower() in HEIC_EXTENSIONS or head[4:12] in (
        b"ftypheic",
        b"ftypheix",
        b"ftypmif1",
        b"ftyphevc",
    )


def _mtime_iso(st: os.stat_result) -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.localtime(st.st_mtime))


def prepare(
    path: Path, reduce: bool = True, strip_location: bool = False, room: int | None = None
) -> Prepared:
    """Read and check one file. ``room``: bytes left in the vault; a file that cannot fit even
    before reduction is refused without reading it whole."""
    name = path.name
    try:
        st = path.stat()
    except OSError as exc:
        raise ImportProblem("unreadable", name) from exc
    if st.st_size == 0:
        raise ImportProblem("empty", name)
    try:
        with path.open("rb") as fh:
            head = fh.read(16)
            kind = kind_of(name, head)
            reducible = kind == KIND_IMAGE and reduce and not is_heic(name, head)
            limit = MAX_READ if reducible else (room if room is not None else MAX_READ)
            if st.st_size > min(limit, MAX_READ):
                raise ImportProblem("too_large", name, room or 0)
            fh.seek(0)
            raw = fh.read()
    except ImportProblem:
        raise
    except OSError as exc:
        raise ImportProblem("unreadable", name) from exc
    if not raw:
        raise ImportProblem("empty", name)
    original = hashlib.sha256(raw).hexdigest()
    modified = _mtime_iso(st)
    if is_heic(name, head):
        return Prepared(
            name, KIND_OTHER, "image/heic", raw, original, len(raw), modified, heic=True
        )
    if kind != KIND_IMAGE:
        mime = {KIND_AUDIO: "audio/*", KIND_PDF: "application/pdf"}.get(
            kind, "application/octet-stream"
        )
        return Prepared(name, kind, mime, raw, original, len(raw), modified)
    try:
        photo = photos.process(raw, reduce=reduce, strip_location=strip_location)
    except photos.NotAnImage as exc:
        raise ImportProblem("not_image", name) from exc
    stored_name = name
    if photo.reduced and Path(name).suffix.lower() not in (".jpg", ".jpeg"):
        stored_name = Path(name).stem + ".jpg"
    return Prepared(
        stored_name,
        KIND_IMAGE,
        photo.mime,
        photo.data,
        original,
        len(raw),
        photo.date_taken or modified,
        reduced=photo.reduced,
        had_location=photo.had_location,
        location_removed=photo.location_removed,
        thumb=photo.thumb,
        width=photo.width,
        height=photo.height,
    )


def thumbnail_cache_files(path: Path) -> list[Path]:
    """The freedesktop thumbnails a file manager may have made of ``path``."""
    uri = path.absolute().as_uri()
    digest = hashlib.md5(uri.encode("utf-8"), usedforsecurity=False).hexdigest()
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "thumbnails"
    found = [cache / size / f"{digest}.png" for size in THUMBNAIL_SIZES]
    with contextlib.suppress(OSError):
        found += [d / f"{digest}.png" for d in (cache / "fail").iterdir() if d.is_dir()]
    return [p for p in found if p.exists()]


def delete_original(path: Path) -> bool:
    """Remove an imported file and its desktop thumbnails. On some disks (SSDs, USB sticks,
    journaling file systems) deleted files can still be recovered; the UI says so."""
    ok = True
    try:
        path.unlink()
    except OSError:
        ok = False
    for thumb in thumbnail_cache_files(path):
        with contextlib.suppress(OSError):
            thumb.unlink()
    return ok
