"""The vault features that exist in this build; each registers its schema steps on import."""

from __future__ import annotations

import importlib
import importlib.util
from types import ModuleType

FEATURE_MODULES = ("app.core.diary", "app.core.checklist")


def optional_import(name: str) -> ModuleType | None:
    """Import ``name`` if this build has it; a feature that is not built is simply absent."""
    try:
        if importlib.util.find_spec(name) is None:
            return None
    except ModuleNotFoundError:
        return None
    return importlib.import_module(name)


def load() -> None:
    for name in FEATURE_MODULES:
        optional_import(name)
