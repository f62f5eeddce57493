"""Where the app keeps its data: one private folder, chosen once at start."""

from __future__ import annotations

import contextlib
import os
import stat
import sys
from pathlib import Path

DATA_DIR_ENV = "NOTES_DATA_DIR"
PORTABLE_MARKER = "notes-portable"
PORTABLE_DATA = "notes-data"


def portable_dir_beside_program() -> Path | None:
    """A marker file beside the program turns on portable use, with data in a folder next to it."""
    exe_dir = Path(sys.argv[0]).resolve().parent if sys.argv and sys.argv[0] else None
    for base in filter(None, [exe_dir, Path(sys.executable).resolve().parent]):
        if (base / PORTABLE_MARKER).exists():
            return base / PORTABLE_DATA
    return None


def choose_data_dir(default: Path, portable: Path | None = None) -> Path:
    """Portable folder first, then the environment variable, then the system default."""
    if portable is not None:
        return portable
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env).expanduser()
    marker = portable_dir_beside_program()
    if marker is not None:
        return marker
    return default


def ensure_private_dir(path: Path) -> Path:
    """Create the folder if needed (mode 0700); an existing one loses any access by group and
    others. Its owner's own rights stay as they are: a folder made read-only stays read-only."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    with contextlib.suppress(OSError):
        mode = stat.S_IMODE(path.stat().st_mode)
        if mode & 0o077:
            os.chmod(path, mode & 0o700)
    return path
