"""Does the number of slots give away that a private space exists? (DESIGN.md, Storage)

1,000+ simulated installs run the real pool code (tiny slots): a fresh install draws its slot
count, each session may add a random slot, and half of the installs create 1 to 5 private spaces
at random sessions. An observer who knows each install's age and slot count then guesses "has a
private space": trained on one half, scored on the other. The guess must be right at most 55% of
the time. The exact Bayes-optimal rate for the same parameters is computed too.
"""

from __future__ import annotations

import random
import shutil
from collections import Counter, defaultdict
from pathlib import Path

import pytest

from app.core.slots import (
    GROWTH_CHANCE,
    INITIAL_SLOTS,
    Pool,
    initial_slot_count,
    session_adds_slot,
)

TINY = 4 * 4096
INSTALLS = 1200
AGE_BUCKET = 20


def simulate_install(folder: Path, rng: random.Random) -> tuple[int, int, bool]:
    folder.mkdir()
    pool = Pool(folder, TINY)
    pool.fill(initial_slot_count(rng))
    age = rng.randint(1, 200)
    has_space = rng.random() < 0.5
    creations = sorted(rng.randint(1, age) for _ in range(rng.randint(1, 5))) if has_space else []
    for session in range(1, age + 1):
        for _ in range(creations.count(session)):
            pool.create_vault_slot(lambda salt: salt * 2, lambda conn: None)
        if session_adds_slot(rng):
            pool.add_random_slot(durable=False)
    count = len(pool.slots())
    shutil.rmtree(folder)
    return age, count, has_space


def best_guess_rate(train: list[tuple[int, int, bool]], test: list[tuple[int, int, bool]]) -> float:
    cells: dict[tuple[int, int], Counter[bool]] = defaultdict(Counter)
    by_count: dict[int, Counter[bool]] = defaultdict(Counter)
    for age, count, label in train:
        cells[(age // AGE_BUCKET, count)][label] += 1
        by_count[count][label] += 1

    def guess(age: int, count: int) -> bool:
        for table, key in ((cells, (age // AGE_BUCKET, count)), (by_count, count)):
            votes = table.get(key)  # type: ignore[attr-defined]
            if votes and votes[True] != votes[False]:
                return votes[True] > votes[False]
        return False

    return sum(guess(a, c) == label for a, c, label in test) / len(test)


def bayes_rate() -> float:
    """Exact accuracy of the optimal guess from (age, count) for these parameters."""
    lo, hi = INITIAL_SLOTS
    total = 0.0
    for age in range(1, 201):
        base = [0.0] * (hi + age + 8)
        growth = [1.0]
        for _ in range(age):  # binomial(age, GROWTH_CHANCE)
            nxt = [0.0] * (len(growth) + 1)
            for k, p in enumerate(growth):
                nxt[k] += p * (1 - GROWTH_CHANCE)
                nxt[k + 1] += p * GROWTH_CHANCE
            growth = nxt
        for n in range(lo, hi + 1):
            for k, p in enumerate(growth):
                base[n + k] += p / (hi - lo + 1)
        spaced = [0.0] * len(base)
        for extra in range(1, 6):
            for i in range(len(base) - extra):
                spaced[i + extra] += base[i] / 5
        total += sum(0.5 * max(a, b) for a, b in zip(base, spaced, strict=True))
    return total / 200


@pytest.mark.slow
def test_slot_count_says_little_about_private_spaces(tmp_path: Path) -> None:
    rng = random.Random(20261127)
    installs = [simulate_install(tmp_path / f"i{i}", rng) for i in range(INSTALLS)]
    assert sum(label for _a, _c, label in installs) > INSTALLS * 0.4
    half = INSTALLS // 2
    rate = best_guess_rate(installs[:half], installs[half:])
    assert rate <= 0.55, rate
    assert bayes_rate() <= 0.55
