"""Durable file writes: write whole, fsync, rename into place, fsync the folder."""

from __future__ import annotations

import contextlib
import os
import secrets
from pathlib import Path

TEMP_SUFFIX = ".tmp"


def fsync_dir(folder: Path) -> None:
    """Make a rename or a new file in ``folder`` survive a power cut (no-op where unsupported)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def temp_path_in(folder: Path) -> Path:
    """A fresh temporary name inside ``folder`` (same file system, so rename is atomic)."""
    return folder / f"{secrets.token_hex(8)}{TEMP_SUFFIX}"


def write_atomic(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` so that a crash leaves either the old or the new file."""
    tmp = temp_path_in(path.parent)
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    fsync_dir(path.parent)


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def remove_stale_temp_files(folder: Path) -> None:
    """Temporary files left by a crash of this app (never a slot: slots have another pattern)."""
    for p in folder.glob(f"*{TEMP_SUFFIX}"):
        with contextlib.suppress(OSError):
            p.unlink()
    for p in folder.glob(f"*{TEMP_SUFFIX}-journal"):
        with contextlib.suppress(OSError):
            p.unlink()
