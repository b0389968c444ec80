"""The map's symbols stay apart for readers with the common colour-vision deficiencies.

Colours are simulated for protanopia, deuteranopia and tritanopia with the Machado et al. (2009)
matrices at full severity, in linear RGB, then compared by Euclidean distance in sRGB (0-255).
Every state also differs by more than colour (fill or none, outline, '?' or 'disputed' written on
it): this test checks the colour part does not collapse.
"""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from opsatlas.maps import style

MACHADO = {
    "protanopia": [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]],
    "deuteranopia": [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.011820, 0.042940, 0.968881]],
    "tritanopia": [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.303900]],
}


def _linear(c):
    c = np.asarray(c[:3], dtype=float) / 255
    return np.where(c <= 0.04045, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)


def _srgb(c):
    c = np.clip(c, 0, 1)
    return 255 * np.where(c <= 0.0031308, 12.92 * c, 1.055 * c ** (1 / 2.4) - 0.055)


def _over(fill, under):
    a = fill[3] / 255 if len(fill) == 4 else 1.0
    return [f * a + u * (1 - a) for f, u in zip(fill[:3], under[:3])]


SYMBOLS = {
    "land": style.LAND,
    "counted (lightest)": _over((*style.BLUES[0], 230), style.LAND),
    "counted (darkest)": _over((*style.BLUES[-1], 230), style.LAND),
    "named without a count": _over(style.NAMED_FILL, style.LAND),
    "disputed outline": style.DISPUTED_LINE,
    "arc": _over(style.ARC, style.LAND),
    "ocean": (0xEE, 0xF4, 0xF8),
}


@pytest.mark.parametrize("vision", ["normal", *MACHADO])
def test_symbols_stay_apart(vision):
    simulated = {}
    for name, colour in SYMBOLS.items():
        lin = _linear(colour)
        if vision != "normal":
            lin = np.asarray(MACHADO[vision]) @ lin
        simulated[name] = _srgb(lin)
    for (a, ca), (b, cb) in itertools.combinations(simulated.items(), 2):
        distance = float(np.linalg.norm(ca - cb))
        assert distance > 18, f"{vision}: '{a}' and '{b}' are only {distance:.0f} apart"


def test_blue_ramp_gets_darker():
    lightness = [sum(c) for c in style.BLUES]
    assert lightness == sorted(lightness, reverse=True)
