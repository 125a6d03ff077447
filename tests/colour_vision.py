"""How colours look to colour-blind viewers and on a washed-out projector, for checking the palette.

Colour-vision deficiency: Machado, Oliveira & Fernandes (2009), severity 1.0, applied in linear RGB.
Distance: CIE76 ΔE in CIELAB (D65).
"""

from __future__ import annotations

import math

MACHADO = {
    "protanopia": (
        (0.152286, 1.052583, -0.204868),
        (0.114503, 0.786281, 0.099216),
        (-0.003882, -0.048116, 1.051998),
    ),
    "deuteranopia": (
        (0.367322, 0.860646, -0.227968),
        (0.280085, 0.672501, 0.047413),
        (-0.011820, 0.042940, 0.968881),
    ),
    "tritanopia": (
        (1.255528, -0.076749, -0.178779),
        (-0.078411, 0.930809, 0.147602),
        (0.004733, 0.691367, 0.303900),
    ),
}


def _linear(channel: float) -> float:
    return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4


def rgb(hex_colour: str) -> tuple[float, float, float]:
    value = hex_colour.lstrip("#")
    return tuple(_linear(int(value[i : i + 2], 16) / 255) for i in (0, 2, 4))


def simulate(linear_rgb, kind: str):
    matrix = MACHADO[kind]
    return tuple(
        min(1.0, max(0.0, sum(m * c for m, c in zip(row, linear_rgb, strict=True)))) for row in matrix
    )


def washed_out(linear_rgb, white: float = 0.4):
    """A projector in a lit room: every colour mixed with ``white`` of white light."""
    return tuple(c * (1 - white) + white for c in linear_rgb)


def lab(linear_rgb) -> tuple[float, float, float]:
    r, g, b = linear_rgb
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 216 / 24389 else (24389 / 27 * t + 16) / 116

    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


def delta_e(first, second) -> float:
    return math.dist(lab(first), lab(second))
