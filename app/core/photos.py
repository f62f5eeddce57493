"""Photos for the diary: reduce (longest side 1600 px, about 300 KB), date taken, location data."""

from __future__ import annotations

import io
from dataclasses import dataclass

from PIL import Image, ImageOps, UnidentifiedImageError

LONGEST_SIDE = 1600
TARGET_BYTES = 300 * 1024
THUMB_SIDE = 160
_EXIF_IFD = 0x8769
_GPS_IFD = 0x8825
_DATE_TAKEN = 36867  # DateTimeOriginal (in the Exif IFD)
_DATE_TIME = 306  # DateTime (in IFD0)
_ORIENTATION = 274
# Hard limit on decoded pixels: larger files are refused instead of eating all memory.
Image.MAX_IMAGE_PIXELS = 120_000_000


class NotAnImage(Exception):
    """The bytes are not a picture Pillow can read."""


@dataclass
class Photo:
    data: bytes
    mime: str
    reduced: bool
    width: int
    height: int
    date_taken: str | None  # "YYYY-MM-DDTHH:MM:SS" from EXIF, if the camera wrote one
    had_location: bool
    location_removed: bool
    thumb: bytes


def _date_taken(exif: Image.Exif) -> str | None:
    raw = exif.get_ifd(_EXIF_IFD).get(_DATE_TAKEN) or exif.get(_DATE_TIME)
    if not isinstance(raw, str) or len(raw) < 19:
        return None
    text = raw.strip("\x00 ")[:19]
    # EXIF writes "2024:03:05 21:14:00"
    return text[:10].replace(":", "-") + "T" + text[11:19]


def _has_location(exif: Image.Exif) -> bool:
    if _GPS_IFD not in exif:
        return False
    try:
        return bool(exif.get_ifd(_GPS_IFD))
    except Exception:
        return True


def _without_location(exif: Image.Exif) -> Image.Exif:
    if _GPS_IFD in exif:
        del exif[_GPS_IFD]
    return exif


def thumbnail(image: Image.Image) -> bytes:
    thumb = image.copy()
    thumb.thumbnail((THUMB_SIDE, THUMB_SIDE))
    if thumb.mode not in ("RGB", "L"):
        thumb = thumb.convert("RGB")
    out = io.BytesIO()
    thumb.save(out, "JPEG", quality=70)
    return out.getvalue()


def _encode_jpeg(image: Image.Image, exif: bytes) -> tuple[bytes, int, int]:
    """JPEG at the highest quality that stays under about 300 KB (smaller if it must)."""
    work = image
    while True:
        for quality in (85, 78, 70, 62, 55, 48):
            out = io.BytesIO()
            work.save(out, "JPEG", quality=quality, optimize=True, exif=exif)
            if out.tell() <= TARGET_BYTES:
                return out.getvalue(), work.width, work.height
        if max(work.size) < 400:
            return out.getvalue(), work.width, work.height
        work = work.resize(
            (int(work.width * 0.8), int(work.height * 0.8)), Image.Resampling.LANCZOS
        )


def process(raw: bytes, reduce: bool, strip_location: bool, keep_small_png: bool = True) -> Photo:
    """Read a photo or screenshot; reduce it unless ``reduce`` is False (full original kept).

    Screenshots (PNG up to 2560 px and 1.5 MB) are kept as they are: reducing would blur text.
    """
    try:
        image = Image.open(io.BytesIO(raw))
        fmt = image.format or ""
        size = image.size
        if fmt == "JPEG" and reduce:
            image.draft("RGB", (LONGEST_SIDE, LONGEST_SIDE))  # decode at a smaller scale: fast
        image.load()
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError) as exc:
        raise NotAnImage from exc
    exif = image.getexif()
    date_taken = _date_taken(exif)
    had_location = _has_location(exif)
    upright = ImageOps.exif_transpose(image) or image
    thumb = thumbnail(upright)
    small_screenshot = (
        keep_small_png and fmt == "PNG" and max(size) <= 2560 and len(raw) <= 1_500_000
    )
    if not reduce or small_screenshot:
        if strip_location and had_location:
            out = io.BytesIO()
            clean = _without_location(exif).tobytes()
            if fmt == "JPEG":
                image.save(out, "JPEG", quality="keep", exif=clean)
            else:
                image.save(out, fmt or "PNG", exif=clean)
            data = out.getvalue()
            mime = Image.MIME.get(fmt, "application/octet-stream")
            return Photo(data, mime, False, size[0], size[1], date_taken, True, True, thumb)
        mime = Image.MIME.get(fmt, "application/octet-stream")
        return Photo(raw, mime, False, size[0], size[1], date_taken, had_location, False, thumb)
    work = upright
    if work.mode not in ("RGB", "L"):
        work = work.convert("RGB")
    work.thumbnail((LONGEST_SIDE, LONGEST_SIDE), Image.Resampling.LANCZOS)
    if strip_location:
        exif = _without_location(exif)
    if _ORIENTATION in exif:
        exif[_ORIENTATION] = 1  # the pixels are upright now
    data, width, height = _encode_jpeg(work, exif.tobytes())
    return Photo(
        data,
        "image/jpeg",
        True,
        width,
        height,
        date_taken,
        had_location,
        had_location and strip_location,
        thumb,
    )
