"""Draws the app icons in public/icons from the same shape as public/favicon.svg (a rising line on the
brand blue). Run once after changing the design: python3 scripts/make-icons.py (needs Pillow)."""
from pathlib import Path
from PIL import Image, ImageDraw

BRAND = (0x1D, 0x4F, 0x73, 255)
WHITE = (255, 255, 255, 255)
# The favicon's polyline, in its 32-unit viewBox.
LINE = [(8, 22), (13, 16), (17, 19), (24, 10)]
OUT = Path(__file__).resolve().parent.parent / "public" / "icons"
SUPERSAMPLE = 4  # draw large, then shrink: Pillow's lines and corners are not anti-aliased


def icon(size: int, maskable: bool) -> Image.Image:
    big = size * SUPERSAMPLE
    img = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    draw = ImageDraw.Draw(img)
    if maskable:
        # Full bleed: the platform crops to its own shape. The line, caps included, reaches 11.5 units
        # from the centre, inside the 12.8-unit (40%) safe-zone circle, so it can keep the favicon's scale.
        draw.rectangle([0, 0, big, big], fill=BRAND)
    else:
        draw.rounded_rectangle([0, 0, big - 1, big - 1], radius=big * 6 / 32, fill=BRAND)
    scale = big / 32
    points = [(x * scale, y * scale) for x, y in LINE]
    width = round(3 * scale)
    draw.line(points, fill=WHITE, width=width, joint="curve")
    r = width / 2  # round caps, as in the SVG
    for x, y in (points[0], points[-1]):
        draw.ellipse([x - r, y - r, x + r, y + r], fill=WHITE)
    return img.resize((size, size), Image.LANCZOS)


OUT.mkdir(parents=True, exist_ok=True)
icon(192, False).save(OUT / "icon-192.png", optimize=True)
icon(512, False).save(OUT / "icon-512.png", optimize=True)
icon(512, True).save(OUT / "icon-maskable-512.png", optimize=True)
# iOS ignores the manifest icons and does its own rounding, so it gets the full-bleed version.
icon(180, True).convert("RGB").save(OUT / "apple-touch-icon.png", optimize=True)
