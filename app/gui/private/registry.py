"""The private space's pages: name, shortcut number, factory and draft hook.

Features register here; a page whose feature does not exist is simply absent. Lock, drafts and
Ctrl+N reach every page through this registry.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QWidget

from app.core.features import optional_import

if TYPE_CHECKING:
    from app.gui.private.context import SpaceContext


class PrivatePage(QWidget):
    """Base of every private page. The draft hook: ``draft()`` returns what is being typed (or
    None), ``restore_draft()`` puts it back; ``clear()`` empties widgets and models on lock."""

    key = ""

    def draft(self) -> dict[str, Any] | None:
        return None

    def restore_draft(self, payload: dict[str, Any]) -> None:
        pass

    def new_entry(self) -> bool:
        """Ctrl+N: start a new entry here if this page makes entries."""
        return False

    def search_page(self) -> bool:
        """Ctrl+F on this page (not ``find``: QWidget.find is a static method)."""
        return False

    def clear(self) -> None:
        pass

    def retranslate(self) -> None:
        pass


@dataclass(frozen=True)
class PageSpec:
    key: str
    number: int  # Ctrl+<number>
    title: Callable[[], str]
    factory: Callable[[SpaceContext], PrivatePage]


_PAGES: dict[str, PageSpec] = {}


def register(spec: PageSpec) -> None:
    _PAGES[spec.key] = spec


def pages() -> list[PageSpec]:
    _load_builtin()
    return sorted(_PAGES.values(), key=lambda s: s.number)


PAGE_MODULES = (
    "app.gui.private.home",
    "app.gui.private.guidance.page",
    "app.gui.private.diary.page",
    "app.gui.private.checklist.page",
    "app.gui.private.settings_page",
)


def _load_builtin() -> None:
    # Importing a page module registers it; a feature that is not built is simply not listed.
    for name in PAGE_MODULES:
        optional_import(name)
