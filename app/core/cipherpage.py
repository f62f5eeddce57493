"""Check a candidate raw key against a SQLCipher 4 file's page-1 HMAC without SQLite.

Opening someone else's slot through SQLite with a wrong key can roll back its hot journal,
which writes to it. So a key is checked here first, in pure Python, and only a hit is opened.
"""

from __future__ import annotations

import hashlib
import hmac
from pathlib import Path

PAGE_SIZE = 4096
SALT_LEN = 16
HMAC_LEN = 64  # HMAC-SHA512, SQLCipher 4 default
JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")


def page_matches(page: bytes, key: bytes, pgno: int = 1) -> bool:
    """True if ``key`` produced the HMAC stored at the end of ``page`` (SQLCipher 4 defaults)."""
    if len(page) != PAGE_SIZE:
        return False
    salt = page[:SALT_LEN]
    hmac_salt = bytes(b ^ 0x3A for b in salt)
    hmac_key = hashlib.pbkdf2_hmac("sha512", key, hmac_salt, 2, 32)
    body = page[SALT_LEN : PAGE_SIZE - HMAC_LEN] + pgno.to_bytes(4, "little")
    mac = hmac.new(hmac_key, body, hashlib.sha512).digest()
    return hmac.compare_digest(mac, page[PAGE_SIZE - HMAC_LEN :])


def read_page1(path: Path) -> bytes:
    with open(path, "rb") as fh:
        return fh.read(PAGE_SIZE)


def journal_page1(journal: Path) -> bytes | None:
    """Page 1 as saved in a rollback journal (SQLite journals page 1 first), or None."""
    try:
        with open(journal, "rb") as fh:
            header = fh.read(28)
            if len(header) < 28 or header[:8] != JOURNAL_MAGIC:
                return None
            sector = int.from_bytes(header[20:24], "big") or 512
            fh.seek(sector)
            pgno = int.from_bytes(fh.read(4), "big")
            page = fh.read(PAGE_SIZE)
    except OSError:
        return None
    if pgno != 1 or len(page) != PAGE_SIZE:
        return None
    return page
