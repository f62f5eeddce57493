"""``python -m app.verify FILE``: check an encrypted backup without the app's window.

The passphrase is read from the terminal (``getpass``), never from the command line, where
other users and the shell's history could see it. Exit status 0: intact; 1: the file does not
open with that passphrase, is damaged, or its diary chain does not check out; 2: usage.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable
from pathlib import Path

from app.core.backup import BackupKey, verify_file

USAGE_ERROR = 2
NOT_INTACT = 1


def run(
    argv: list[str],
    ask: Callable[[str], str] = getpass.getpass,
    out: Callable[[str], object] = lambda line: sys.stdout.write(line + "\n"),
) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m app.verify",
        description="Check an encrypted backup of a private space. The passphrase is asked for.",
    )
    parser.add_argument("file", help="the backup file")
    try:
        args = parser.parse_args(argv)
    except SystemExit as stop:
        return USAGE_ERROR if stop.code else 0
    path = Path(args.file)
    if not path.is_file():
        out(f"There is no file at {path}.")
        return NOT_INTACT
    try:
        passphrase = ask("Passphrase of the backup: ")
    except (EOFError, KeyboardInterrupt):
        out("")
        out("No passphrase was given; nothing was checked.")
        return USAGE_ERROR
    try:
        key = BackupKey(passphrase)
    except ValueError:
        out("This passphrase cannot be the passphrase of a backup.")
        return NOT_INTACT
    verdict = verify_file(path, key)
    key.forget()
    out(f"Backup: {path.name}")
    for line in verdict.lines:
        out(line)
    out("Result: intact" if verdict.intact else "Result: NOT intact")
    return 0 if verdict.intact else NOT_INTACT


def main() -> int:
    try:
        return run(sys.argv[1:])
    except KeyboardInterrupt:
        return USAGE_ERROR
    except Exception:
        # Never a traceback: it could show paths or content, and it frightens.
        sys.stdout.write("The check could not finish. The file was not changed.\n")
        return NOT_INTACT


if __name__ == "__main__":
    sys.exit(main())
