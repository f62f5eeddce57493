"""Finds the app's own files (guidance, lists, translations) installed or in a source tree."""

from __future__ import annotations

import importlib.resources
from functools import cache
from importlib.resources.abc import Traversable
from pathlib import Path


@cache
def resource_root() -> Traversable:
    try:
        return importlib.resources.files("app.resources")
    except ModuleNotFoundError:
        # Running from a source checkout: resources/ sits beside the app/ package.
        return Path(__file__).resolve().parents[2] / "resources"


def resource(*parts: str) -> Traversable:
    node = resource_root()
    for part in parts:
        node = node / part
    return node
