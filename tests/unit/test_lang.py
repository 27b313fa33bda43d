"""Language detection by the share of Han characters against Latin words."""

from __future__ import annotations

import pytest

from argmap.nlp.lang import detect_language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Smythe argues that audiences work for advertisers.", "en"),
        ("数字劳动理论认为用户创造了价值。", "zh"),
        # Chinese prose with English citations and terms stays Chinese.
        ("斯麦兹（Smythe, 1977）提出受众商品（audience commodity）概念，福克斯进一步发展了这一理论。", "zh"),
        # An English sentence naming a Chinese author stays English.
        ("Wang Ning (王宁) argues that platform users are not exploited in the Marxian sense at all.", "en"),
        ("Users work for advertisers and platforms profit. 用户为广告商劳动，平台从中获利。", "mixed"),
        ("", "en"),
        ("12, 13 — 2014.", "en"),
    ],
)
def test_detect_language(text: str, expected: str) -> None:
    assert detect_language(text) == expected
