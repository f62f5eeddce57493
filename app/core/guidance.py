"""The guidance texts: sections per language from resources/, their titles, links and search."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from app.core.directory import REGIONS, Service
from app.core.resources import resource

LANGUAGES = ("nl", "fr", "en")

_LINK = re.compile(r"\[([^\]]*)\]\(([^)\s]+)\)")
_TEL = re.compile(r"\[([^\]]*)\]\(tel:([^)\s]+)\)")
_WEB = re.compile(r"\]\((https?://[^)\s]+)\)")


@dataclass(frozen=True)
class Section:
    key: str  # the file name without ".md"; the same in every language
    title: str
    markdown: str

    @property
    def text(self) -> str:
        return plain_text(self.markdown)


def title_of(markdown: str) -> str:
    """The text of the first "# " heading, or "" if the file has none."""
    for line in markdown.splitlines():
        stripped = line.strip()
        if stripped.startswith("# "):
            return stripped[2:].strip()
        if stripped:
            break
    return ""


def subheadings(markdown: str) -> list[str]:
    return [line[3:].strip() for line in markdown.splitlines() if line.startswith("## ")]


def phone_numbers(markdown: str) -> list[str]:
    """Every number behind a ``tel:`` link, digits only, in order of appearance."""
    return [_digits(m.group(2)) for m in _TEL.finditer(markdown)]


def web_links(markdown: str) -> list[str]:
    return [m.group(1) for m in _WEB.finditer(markdown)]


def plain_text(markdown: str) -> str:
    """The readable words of a markdown text: link labels kept, targets and markup dropped."""
    text = _LINK.sub(lambda m: m.group(1), markdown)
    text = re.sub(r"^#+\s*", "", text, flags=re.MULTILINE)
    text = re.sub(r"^\s*[-*]\s+", "", text, flags=re.MULTILINE)
    return text.replace("**", "").replace("__", "")


@cache
def section_keys(lang: str) -> tuple[str, ...]:
    folder = resource("guidance", lang)
    if not folder.is_dir():
        return ()
    return tuple(sorted(p.name[:-3] for p in folder.iterdir() if p.name.endswith(".md")))


@cache
def read(lang: str, key: str) -> Section:
    markdown = resource("guidance", lang, f"{key}.md").read_text("utf-8")
    return Section(key=key, title=title_of(markdown) or key, markdown=markdown)


def sections(lang: str) -> list[Section]:
    """Every section of ``lang`` in file order; English where a language has none."""
    if lang not in LANGUAGES or not section_keys(lang):
        lang = "en"
    return [read(lang, key) for key in section_keys(lang)]


# search ----------------------------------------------------------------------------------------
def fold_char(ch: str) -> str:
    """One character, lower case and without accents, always exactly one character long."""
    base = unicodedata.normalize("NFD", ch)[:1] or ch
    low = base.lower()
    return low if len(low) == 1 else base


def fold(text: str) -> str:
    """``text`` lower case and without accents, with the same length, so that positions found in
    the folded text are positions in the original ("ecoute" finds "Écoute")."""
    return "".join(fold_char(ch) for ch in text)


def words(query: str) -> list[str]:
    return [w for w in fold(query).split() if w]


def matches(text: str, query: str) -> bool:
    """True if every word of ``query`` occurs in ``text`` (case and accents ignored)."""
    terms = words(query)
    if not terms:
        return True
    folded = fold(text)
    return all(term in folded for term in terms)


def find_all(text: str, query: str) -> list[tuple[int, int]]:
    """(start, length) of every occurrence of every word of ``query`` in ``text``, in order."""
    folded = fold(text)
    found: set[tuple[int, int]] = set()
    for term in words(query):
        start = folded.find(term)
        while start >= 0:
            found.add((start, len(term)))
            start = folded.find(term, start + 1)
    return sorted(found)


def search(lang: str, query: str) -> list[Section]:
    """The sections of ``lang`` whose title or text hold every word of ``query``."""
    return [s for s in sections(lang) if matches(s.text, query)]


# the help directory ----------------------------------------------------------------------------
def in_region(service: Service, region: str) -> bool:
    """A national service helps in every region; "" means every region."""
    if not region:
        return True
    return region in service.regions or "national" in service.regions


def service_text(service: Service, lang: str) -> str:
    return " ".join(
        [
            service.name(lang),
            service.number,
            service.dial,
            service.hours_in(lang),
            service.purpose(lang),
            service.website,
        ]
    )


def filter_services(
    services: Iterable[Service], region: str, query: str, lang: str
) -> list[Service]:
    if region and region not in REGIONS:
        raise ValueError(region)
    return [s for s in services if in_region(s, region) and matches(service_text(s, lang), query)]


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())
