"""Rules for a new passphrase, and suggestions made of ordinary words."""

from __future__ import annotations

import enum
import random
from importlib.resources.abc import Traversable

from app.core.keys import normalise
from app.core.resources import resource

MIN_LENGTH = 12
LANGUAGES = ("nl", "fr", "en")


class Weakness(enum.Enum):
    EMPTY = "empty"
    TOO_SHORT = "too_short"
    DIGITS_ONLY = "digits_only"
    REPETITIVE = "repetitive"


def long_enough_to_try(text: str) -> bool:
    """Key derivation starts only for texts as long as the shortest accepted passphrase."""
    return len(normalise(text)) >= MIN_LENGTH


def weakness(passphrase: str) -> Weakness | None:
    text = normalise(passphrase)
    if not text:
        return Weakness.EMPTY
    if len(text) < MIN_LENGTH:
        return Weakness.TOO_SHORT
    if text.replace(" ", "").isdigit():
        return Weakness.DIGITS_ONLY
    if len(set(text.replace(" ", ""))) < 5:
        return Weakness.REPETITIVE
    return None


def word_list(language: str) -> list[str]:
    source: Traversable = resource("words", f"{language}.txt")
    return [w.strip() for w in source.read_text("utf-8").splitlines() if w.strip()]


def suggest(language: str, rng: random.Random | None = None, count: int = 4) -> str:
    """Four random ordinary words; from a list of a few hundred, about 32 bits or more."""
    chooser = rng or random.SystemRandom()
    words = word_list(language)
    return " ".join(chooser.choice(words) for _ in range(count))
