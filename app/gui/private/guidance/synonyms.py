"""Words she may type for what the texts call otherwise: "vluchthuis" finds the shelters."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from app.core.guidance import fold, words


@dataclass(frozen=True)
class Need:
    key: str
    asked: tuple[str, ...]  # typed single words, folded; "*" at the end: any word that starts so
    written: tuple[str, ...]  # what the guidance and the directory say, folded
    services: tuple[str, ...] = ()  # directory entries that help with it


NEEDS = (
    # Asked: only words the texts themselves do not use (those are found anyway).
    # The guidance says: a CAW or 1712 can help find a place (in French also 0800 30 030).
    # The directory lists no shelters of its own.
    Need(
        "shelter",
        (
            "shelter*",
            "refuge*",
            "safehouse*",
            "vluchthui*",
            "vluchthuiz*",
            "opvang*",
            "onderdak",
            "hebergement*",
            "heberger",
            "d'accueil",
            # A place to live: the same services help to look for one.
            "housing",
            "accommodation*",
            "huisvest*",
            "woonst",
            "logement*",
            "loger",
        ),
        ("shelter", "opvangcentr", "maison d'accueil", "maisons d'accueil"),
        ("caw", "1712", "0800-30-030"),
    ),
    # Legal questions and lawyers: the CAW's help "includes legal questions" (directory,
    # 04-help, 10-residence); Slachtofferonthaal explains "your file, the procedure and your
    # rights" (05-police). The directory lists no lawyers of its own.
    Need(
        "legal",
        (
            "lawyer*",
            "attorney*",
            "solicitor*",
            "advocat*",
            "advocaat*",
            "avocat*",
            "juris*",
            "rechtsbijstand",
            "rechtshulp",
        ),
        ("legal", "juridi", "your rights", "je rechten", "vos droits"),
        ("caw", "slachtofferonthaal"),
    ),
    Need(
        "sexual",
        ("rape*", "verkracht*", "aanrand*", "violee*"),
        ("sexual", "seksueel geweld", "violences sexuelles"),
    ),
    Need(
        "partner",
        ("domestic*", "huiselijk*"),
        ("partner violence", "family violence", "partnergeweld", "violences conjugales"),
    ),
)


def _asks(word: str, asked: str) -> bool:
    return word.startswith(asked[:-1]) if asked.endswith("*") else word == asked


def needs_of(query: str) -> list[Need]:
    """The needs that one of the typed words asks for."""
    typed = words(query)
    return [n for n in NEEDS if any(_asks(w, a) for w in typed for a in n.asked)]


def alternatives(query: str) -> list[tuple[str, ...]]:
    """For every typed word: the word itself and what the texts say for it."""
    found = []
    for word in words(query):
        said = [word]
        for need in NEEDS:
            if any(_asks(word, a) for a in need.asked):
                said.extend(t for t in need.written if t not in said)
        found.append(tuple(said))
    return found


def matches(text: str, query: str) -> bool:
    """Every typed word (or what the texts say for it) occurs in ``text``."""
    folded = fold(text)
    return all(any(t in folded for t in terms) for terms in alternatives(query))


def find_all(text: str, query: str) -> list[tuple[int, int]]:
    """(start, length) of every occurrence of a typed word or what the texts say for it, in
    order; overlapping ones ("sexual" in "sexual violence") count once."""
    folded = fold(text)
    found: set[tuple[int, int]] = set()
    for term in _terms(alternatives(query)):
        start = folded.find(term)
        while start >= 0:
            found.add((start, start + len(term)))
            start = folded.find(term, start + 1)
    spans: list[list[int]] = []
    for start, end in sorted(found):
        if spans and start < spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], end)
        else:
            spans.append([start, end])
    return [(start, end - start) for start, end in spans]


def _terms(groups: Iterable[tuple[str, ...]]) -> set[str]:
    return {t for group in groups for t in group}
