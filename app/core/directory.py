"""The help directory: services, numbers, hours and sources, as data from resources/."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache

from app.core.resources import resource

REGIONS = ("national", "flanders", "brussels", "wallonia")


@dataclass(frozen=True)
class Service:
    id: str
    names: dict[str, str]
    number: str
    sms: bool
    hours: dict[str, str]
    website: str
    regions: tuple[str, ...]
    languages: tuple[str, ...]
    what_for: dict[str, str]
    emergency: bool
    contact_default: bool
    home: tuple[str, ...]
    source: str

    def name(self, lang: str) -> str:
        return self.names.get(lang) or self.names.get("en", self.id)

    def hours_in(self, lang: str) -> str:
        return self.hours.get(lang) or self.hours.get("en", "")

    def purpose(self, lang: str) -> str:
        return self.what_for.get(lang) or self.what_for.get("en", "")

    @property
    def dial(self) -> str:
        return "".join(ch for ch in self.number if ch.isdigit())


@cache
def load() -> tuple[str, tuple[Service, ...]]:
    """(date checked, services) from ``resources/directory.json``."""
    raw = json.loads(resource("directory.json").read_text("utf-8"))
    services = tuple(
        Service(
            id=str(e["id"]),
            names=dict(e["name"]),
            number=str(e.get("number", "")),
            sms=bool(e.get("sms", False)),
            hours=dict(e.get("hours", {})),
            website=str(e.get("website", "")),
            regions=tuple(e.get("regions", [])),
            languages=tuple(e.get("languages", [])),
            what_for=dict(e.get("what_for", {})),
            emergency=bool(e.get("emergency", False)),
            contact_default=bool(e.get("contact_default", False)),
            home=tuple(e.get("home", [])),
            source=str(e.get("source", "")),
        )
        for e in raw["entries"]
    )
    return str(raw.get("checked", "")), services


def services() -> tuple[Service, ...]:
    return load()[1]


def for_home(lang: str) -> list[Service]:
    """The numbers Home shows for a language, in the order of the data (101 and 112 last)."""
    chosen = [s for s in services() if lang in s.home]
    return sorted(chosen, key=lambda s: (s.id in ("101", "112"), services().index(s)))
