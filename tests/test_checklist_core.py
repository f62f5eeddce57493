"""The checklist core on a real SQLCipher vault: state, restore, and migration of the defaults."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.core.checklist import Checklist, load_defaults
from app.core.db import Database, connect
from app.core.schema import migrate_vault


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    conn = connect(tmp_path / "vault.db", os.urandom(32), os.urandom(16))
    migrate_vault(conn)
    database = Database(conn)
    yield database
    database.close()


def _item(id_: str, en: str) -> dict[str, Any]:
    return {"id": id_, "text": {"nl": f"{en} (nl)", "fr": f"{en} (fr)", "en": en}}


OLD: dict[str, Any] = {
    "version": 1,
    "sections": [
        {
            "id": "bag",
            "title": {"nl": "Tas", "fr": "Sac", "en": "Bag"},
            "items": [
                _item("bag.phone", "Phone"),
                _item("bag.cash", "Cash"),
                _item("bag.old-untouched", "Old untouched"),
                _item("bag.old-noted", "Old noted"),
                _item("bag.clothes", "Clothes"),
            ],
        },
        {
            "id": "gone",
            "title": {"nl": "Weg", "fr": "Parti", "en": "Gone"},
            "items": [_item("gone.ticked", "Gone ticked"), _item("gone.plain", "Gone plain")],
        },
        {
            "id": "empty-later",
            "title": {"nl": "Leeg", "fr": "Vide", "en": "Empty later"},
            "items": [_item("empty.plain", "Plain")],
        },
    ],
}

NEW: dict[str, Any] = {
    "version": 2,
    "sections": [
        {
            "id": "bag",
            "title": {"nl": "Vluchttas", "fr": "Sac de départ", "en": "Go bag"},
            "items": [
                _item("bag.phone", "Phone and charger"),
                _item("bag.new", "New item"),
                _item("bag.cash", "Cash"),
                _item("bag.clothes", "Clothes"),
                _item("bag.moved", "Moved here"),
            ],
        },
        {
            "id": "keys",
            "title": {"nl": "Sleutels", "fr": "Clés", "en": "Keys"},
            "items": [_item("keys.house", "House key"), _item("empty.plain", "Plain, moved")],
        },
    ],
}


def texts(section: Any) -> list[str]:
    return [i.text for i in section.items]


def test_shipped_defaults_load_in_every_language(db: Database) -> None:
    checklist = Checklist(db)
    shipped = load_defaults()
    for lang in ("nl", "fr", "en"):
        sections = checklist.sections(lang)
        assert [s.id for s in sections] == [s["id"] for s in shipped["sections"]]
        assert [s.id for s in sections][:6] == [
            "bag",
            "documents",
            "money",
            "keys",
            "plan",
            "after",
        ]
        for section, raw in zip(sections, shipped["sections"], strict=True):
            assert section.title == raw["title"][lang]
            assert texts(section) == [i["text"][lang] for i in raw["items"]]
            assert section.progress == (0, len(raw["items"]))


def test_tick_note_add_move_delete_and_restore(db: Database) -> None:
    checklist = Checklist(db, OLD)
    checklist.set_done("bag.cash", True)
    checklist.set_note("bag.phone", "in the car")
    checklist.set_text("bag.clothes", "Clothes for three days")
    own = checklist.add_item("bag", "My own thing", "at my sister's")
    assert checklist.move_item(own, -1)
    checklist.delete_item("bag.old-untouched")
    section_id = checklist.add_section("For the dog")
    dog = checklist.add_item(section_id, "Leash")
    checklist.rename_section(section_id, "Dog")

    again = Checklist(db, OLD)  # as after a lock and unlock
    bag = again.section("bag", "en")
    assert bag is not None
    assert texts(bag) == ["Phone", "Cash", "Old noted", "My own thing", "Clothes for three days"]
    assert bag.progress == (1, 5)
    assert again.item("bag.phone", "en").note == "in the car"  # type: ignore[union-attr]
    assert again.item(own, "en").note == "at my sister's"  # type: ignore[union-attr]
    assert not again.move_item("bag.phone", -1)  # already first
    dog_section = again.section(section_id, "en")
    assert dog_section is not None and dog_section.own and dog_section.title == "Dog"
    assert [s.id for s in again.sections("en")][-1] == section_id

    again.restore_defaults()
    bag = again.section("bag", "en")
    assert bag is not None
    assert texts(bag) == ["Phone", "Cash", "Old untouched", "Old noted", "Clothes", "My own thing"]
    assert again.item("bag.cash", "en").done  # type: ignore[union-attr]
    assert again.item("bag.phone", "en").note == "in the car"  # type: ignore[union-attr]
    assert again.item(dog, "en") is not None

    assert not again.delete_section("bag")  # the standard lists stay
    assert again.delete_section(section_id)
    assert again.item(dog, "en") is None
    again.delete_item(own)
    again.restore_defaults()
    assert again.item(own, "en") is None  # her own items go for good


def test_newer_defaults_keep_her_ticks_notes_and_items(db: Database) -> None:
    old = Checklist(db, OLD)
    old.set_done("bag.phone", True)
    old.set_note("bag.cash", "in the blue box")
    old.set_note("bag.old-noted", "neighbour has it")
    old.set_done("gone.ticked", True)
    old.delete_item("bag.clothes")
    own = old.add_item("bag", "My own thing")
    # She moved her own item to the top.
    for _ in range(5):
        old.move_item(own, -1)
    mine = old.add_section("Mine")
    old.add_item(mine, "Mine 1")

    new = Checklist(db, NEW)
    sections = new.sections("en")
    ids = [s.id for s in sections]
    # Shipped sections first, in the new order; then her own (and kept old) sections.
    assert ids[:2] == ["bag", "keys"]
    assert set(ids[2:]) == {mine, "gone"}
    assert "empty-later" not in ids  # nothing of hers in it: dropped

    bag = new.section("bag", "en")
    assert bag is not None
    # New texts shown; the new item sits after its predecessor; clothes stays removed;
    # the default item she annotated and that the new list dropped stays, as her own item.
    assert texts(bag) == [
        "My own thing",
        "Phone and charger",
        "New item",
        "Cash",
        "Old noted",
        "Moved here",
    ]
    assert new.item("bag.phone", "en").done  # type: ignore[union-attr]
    assert new.item("bag.cash", "en").note == "in the blue box"  # type: ignore[union-attr]
    kept = new.item("bag.old-noted", "fr")
    assert kept is not None and kept.own and kept.text == "Old noted (fr)"
    assert kept.note == "neighbour has it"
    assert new.item("bag.old-untouched", "en") is None

    gone = new.section("gone", "nl")
    assert gone is not None and gone.own and gone.title == "Weg"
    assert texts(gone) == ["Gone ticked (nl)"] and gone.progress == (1, 1)
    keys = new.section("keys", "en")
    assert keys is not None and texts(keys) == ["House key", "Plain, moved"]

    # Restore defaults with the new list brings back "Clothes" and keeps her own items.
    new.restore_defaults()
    bag = new.section("bag", "en")
    assert bag is not None
    assert texts(bag)[:5] == ["Phone and charger", "New item", "Cash", "Clothes", "Moved here"]
    assert set(texts(bag)[5:]) == {"My own thing", "Old noted"}

    # Going back to the old list (a downgrade) loses nothing she made either.
    back = Checklist(db, OLD)
    assert back.item("bag.phone", "en").done  # type: ignore[union-attr]
    assert back.item(own, "en") is not None
    assert back.item("bag.old-noted", "en").note == "neighbour has it"  # type: ignore[union-attr]


def test_contacts(db: Database) -> None:
    checklist = Checklist(db)
    first = checklist.add_contact("Sam", "0470 12 34 56", "knows the code word")
    second = checklist.add_contact("CAW", "078 15 03 00")
    checklist.update_contact(first, "Sam B.", "0470 12 34 56", "knows it")
    assert [(c.name, c.note) for c in checklist.contacts()] == [("Sam B.", "knows it"), ("CAW", "")]
    checklist.delete_contact(second)
    assert [c.id for c in Checklist(db).contacts()] == [first]
