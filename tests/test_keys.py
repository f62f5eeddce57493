"""Known answers for the key chain: normalisation, Argon2id, HKDF, the 96-hex key and page 1."""

from __future__ import annotations

import hashlib
import hmac

import pytest

from app.core import cipherpage
from app.core.db import connect
from app.core.keys import (
    TEST_KDF,
    KdfParams,
    derive_master,
    hkdf_sha256,
    normalise,
    raw_key_literal,
    slot_key,
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("  Lente Bloesem  ", "lente bloesem"),
        ("LENTE\t\tbloesem\n", "lente bloesem"),
        ("Cafe\u0301 STRASSE", "café strasse"),  # NFD e + accent -> NFC; ß casefold
        ("Straße", "strasse"),
        ('quote " and \\ back', 'quote " and \\ back'),
        ("emoji 🙂 here", "emoji 🙂 here"),
    ],
)
def test_normalise(typed: str, expected: str) -> None:
    assert normalise(typed) == expected


def test_rfc5869_hkdf_case_1() -> None:
    ikm = bytes.fromhex("0b" * 22)
    salt = bytes.fromhex("000102030405060708090a0b0c")
    info = bytes.fromhex("f0f1f2f3f4f5f6f7f8f9")
    okm = hkdf_sha256(ikm, salt, info, 42)
    assert okm.hex() == (
        "3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865"
    )


def test_master_key_known_answer() -> None:
    """Pins the whole chain: a change here would make existing private spaces unopenable."""
    salt = bytes(range(16))
    master = derive_master(normalise("  Correct Horse Battery Staple "), salt, TEST_KDF)
    assert master == derive_master("correct horse battery staple", salt, TEST_KDF)
    assert master.hex() == KNOWN_MASTER
    assert slot_key(master, bytes(16)).hex() == KNOWN_SLOT_KEY


KNOWN_MASTER = "f0d1525842159cef972608e2f8bc1cb2c8230f81eea76f124789f6beb42403b2"
KNOWN_SLOT_KEY = "02a0abbb978bd7c372f85f92a06460e45d6067e8fbbeb9d15db251fc1c0158ba"


def test_real_parameters_are_the_design_ones() -> None:
    params = KdfParams()
    assert (params.memory_kib, params.parallelism) == (64 * 1024, 4)
    assert params.time_cost >= 3


def test_raw_key_literal_is_96_hex_and_rejects_wrong_lengths() -> None:
    literal = raw_key_literal(b"\x01" * 32, b"\x02" * 16)
    assert literal == "x'" + "01" * 32 + "02" * 16 + "'"
    with pytest.raises(ValueError):
        raw_key_literal(b"\x01" * 31, b"\x02" * 16)


def test_page1_hmac_matches_only_the_right_key(tmp_path) -> None:  # type: ignore[no-untyped-def]
    key, salt = hashlib.sha256(b"k").digest(), bytes(range(16))
    path = tmp_path / "slot.db"
    conn = connect(path, key, salt)
    conn.execute("CREATE TABLE t(x)")
    conn.close()
    page = cipherpage.read_page1(path)
    assert page[:16] == salt  # salt first: the file carries exactly the salt we chose
    assert cipherpage.page_matches(page, key)
    assert not cipherpage.page_matches(page, hashlib.sha256(b"other").digest())
    # The check is the documented SQLCipher 4 algorithm, computed independently here:
    hk = hashlib.pbkdf2_hmac("sha512", key, bytes(b ^ 0x3A for b in salt), 2, 32)
    mac = hmac.new(hk, page[16:4032] + (1).to_bytes(4, "little"), hashlib.sha512).digest()
    assert mac == page[4032:]
