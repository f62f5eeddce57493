"""Shared by the diary tests: a real vault on a real slot, and photo-like test images."""

from __future__ import annotations

import io
import random
from pathlib import Path

from PIL import Image, ImageChops, ImageDraw, ImageFilter

from app.core.keys import TEST_KDF
from app.core.spaces import Spaces
from app.core.storage import DataFolder
from app.core.vault import Vault

PASSPHRASE = "Kaneel Wolk Tractor Zeepbel"


def open_vault(folder: Path, slot_size: int = 256 * 1024) -> tuple[DataFolder, Spaces, Vault]:
    """A private space in a real slot of ``slot_size`` bytes (no pool of random slots)."""
    data = DataFolder(folder, kdf=TEST_KDF, slot_size=slot_size)
    data.open()
    data.ready.set()
    spaces = Spaces(data)
    master = spaces.derive(PASSPHRASE)
    hit = spaces.find(master)
    vault = spaces.open(hit) if hit is not None else spaces.create(master, "nl")
    return data, spaces, vault


def reopen(folder: Path) -> tuple[DataFolder, Vault]:
    data = DataFolder(folder, kdf=TEST_KDF)
    data.open()
    data.ready.set()
    spaces = Spaces(data)
    hit = spaces.find(spaces.derive(PASSPHRASE))
    assert hit is not None
    return data, spaces.open(hit)


_NOISE: dict[tuple[int, int], Image.Image] = {}


def photo_bytes(
    seed: int,
    size: tuple[int, int] = (2400, 1800),
    gps: bool = False,
    date: str = "2024:03:05 21:14:00",
    detail: float = 0.4,
) -> bytes:
    """A camera-like JPEG (gradient, shapes, sensor noise) with EXIF date taken; ``detail``
    sets how much noise, so the reduced copy lands near the 300 KB target like a real photo."""
    rng = random.Random(seed)
    if size not in _NOISE:
        _NOISE[size] = Image.merge(
            "RGB", [Image.effect_noise(size, 60).convert("L") for _ in range(3)]
        )
    noise = ImageChops.offset(_NOISE[size], rng.randrange(size[0]), rng.randrange(size[1]))
    base = Image.linear_gradient("L").resize(size)
    image = Image.merge("RGB", (base, base.rotate(90 + seed), ImageChops.invert(base)))
    draw = ImageDraw.Draw(image)
    for _ in range(12):
        x, y = rng.randrange(size[0]), rng.randrange(size[1])
        r = rng.randrange(20, size[0] // 5)
        draw.ellipse(
            [x - r, y - r, x + r, y + r],
            fill=(rng.randrange(256), rng.randrange(256), rng.randrange(256)),
        )
    image = Image.blend(image, noise, detail).filter(ImageFilter.GaussianBlur(0.8))
    exif = Image.Exif()
    exif[0x010F] = "TestCam"
    exif.get_ifd(0x8769)[36867] = date
    if gps:
        exif.get_ifd(0x8825).update({1: "N", 2: (50.0, 51.0, 0.0), 3: "E", 4: (4.0, 21.0, 0.0)})
    out = io.BytesIO()
    image.save(out, "JPEG", quality=90, exif=exif.tobytes())
    return out.getvalue()


def small_png(seed: int = 1, side: int = 64) -> bytes:
    image = Image.new("RGB", (side, side), (seed * 40 % 256, 120, 200))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()
