"""The /progress picture: a wordless chart (the words go in the caption, in the person's
language). Line and dots: how each day felt (1-5). Bars: the role's question (1-3).
A day without a check-in is a gap, never a zero."""

from __future__ import annotations

import io
from collections.abc import Sequence

WIDTH, HEIGHT = 960, 480
MARGIN_L, MARGIN_R, MARGIN_T, MARGIN_B = 48, 24, 24, 56
LINE = (66, 99, 160)
BARS = (214, 170, 110)
GRID = (225, 225, 225)
TEXT = (110, 110, 110)


def render_png(days: Sequence[str], feel: Sequence[int | None], met: Sequence[int | None]) -> bytes:
    from PIL import Image, ImageDraw, ImageFont  # imported here: only /progress needs it

    image = Image.new("RGB", (WIDTH, HEIGHT), (255, 255, 255))
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default()
    plot_w = WIDTH - MARGIN_L - MARGIN_R
    plot_h = HEIGHT - MARGIN_T - MARGIN_B
    n = max(1, len(days))
    step = plot_w / n

    def y_of(value: float, top: float) -> float:
        return MARGIN_T + plot_h - (value / top) * plot_h

    for level in range(1, 6):
        y = y_of(level, 5)
        draw.line([(MARGIN_L, y), (WIDTH - MARGIN_R, y)], fill=GRID, width=1)
        draw.text((MARGIN_L - 18, y - 6), str(level), fill=TEXT, font=font)
    for i, value in enumerate(met):
        if value is None:
            continue
        x0 = MARGIN_L + i * step + step * 0.25
        draw.rectangle([x0, y_of(value * 5 / 3, 5), x0 + step * 0.5, y_of(0, 5)], fill=BARS)
    previous: tuple[float, float] | None = None
    for i, value in enumerate(feel):
        if value is None:
            previous = None  # a gap, not a drop
            continue
        point = (MARGIN_L + i * step + step / 2, y_of(value, 5))
        if previous is not None:
            draw.line([previous, point], fill=LINE, width=4)
        draw.ellipse([point[0] - 6, point[1] - 6, point[0] + 6, point[1] + 6], fill=LINE)
        previous = point
    for i, day in enumerate(days):
        if i % 7 == 0 or i == n - 1:
            draw.text((MARGIN_L + i * step, HEIGHT - MARGIN_B + 12), day[5:], fill=TEXT, font=font)
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()
