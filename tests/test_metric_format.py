"""Metric numbers: Chinese exactly as the source writes them, English converted exactly (2.5万人次 → 25,000)."""

from __future__ import annotations

import re
from decimal import Decimal
from types import SimpleNamespace

import pytest

from liaoning_atlas.data.metric_format import comparator_text, english_number, metric_value, with_unit

CHINESE = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]")
ENGLISH_NUMBER = re.compile(r"(\d[\d,]*(?:\.\d+)?)(?: (million|billion|trillion))?")
WORDS = {None: 0, "million": 6, "billion": 9, "trillion": 12}
POWERS = {"万亿": 12, "亿": 8, "万": 4}

# (metric id, Chinese as the source writes it, English)
SAMPLES = [
    ("shenyang-fushun-light-rail-ridership", "2.5万人次", "25,000 riders/day"),
    ("dalian-new-business-entities", "13.89万户", "138,900 entities"),
    ("dalian-airport-throughput", "1613万人次", "16,130,000 passengers"),
    ("metro-5g-new", "1.1万个", "11,000 base stations"),
    ("shenyang-sea-rail-containers-2024", "4.6万标箱", "46,000 TEU"),
    ("lnsec-tech-service-contracts", "6亿元", "600 million yuan"),
    ("dalian-port-throughput-target", "4亿吨", "400 million tonnes"),
    ("dalian-container-routes-total", "195条", "195 routes"),
    ("fushun-xilutian-greening", "5857.9亩", "5,857.9 mu"),
    ("dalian-new-business-entities-growth", "16.68%", "16.68%"),
    ("shenyang-china-europe-rank-target", "5名", "top 5"),
    ("dalian-finance-value-added-target", "千亿元", "100 billion yuan"),
    ("dalian-petrochemical-cluster-target", "万亿级", "1 trillion scale"),
    ("metro-100bn-clusters-target", "超千亿", "over 100 billion"),
]


@pytest.fixture(scope="module")
def metrics(dataset) -> dict:
    return {row.id: row for row in dataset.metrics.itertuples()}


@pytest.mark.parametrize(("metric_id", "zh", "en"), SAMPLES, ids=[sample[0] for sample in SAMPLES])
def test_sample_rows_read_exactly_in_both_languages(metrics, metric_id, zh, en):
    metric = metrics[metric_id]
    assert metric_value(metric, "zh") == zh
    assert metric_value(metric) == zh
    assert metric_value(metric, "en") == en


def plain(value: float) -> str:
    return format(Decimal(str(value)).normalize(), "f")


def test_chinese_is_the_value_and_unit_as_written(dataset):
    for row in dataset.metrics.itertuples():
        written = row.value_as_written or f"{plain(row.value)}{row.unit}"
        assert metric_value(row, "zh") == written, row.id


def test_every_row_reads_in_english_without_chinese(dataset):
    for row in dataset.metrics.itertuples():
        english = metric_value(row, "en")
        assert english and not CHINESE.search(english), (row.id, english)
        comparator = comparator_text(row, "en")
        assert (comparator is None) == (row.comparator is None), row.id
        assert comparator is None or not CHINESE.search(comparator), (row.id, comparator)


def read_english_number(text: str) -> Decimal:
    """The first number in an English rendering, with its million/billion/trillion applied."""
    digits, word = ENGLISH_NUMBER.search(text).groups()
    return Decimal(digits.replace(",", "")).scaleb(WORDS[word])


def magnitude(unit: str) -> int:
    return next((power for word, power in POWERS.items() if unit.startswith(word)), 0)


def test_english_number_is_the_value_times_the_unit_magnitude(dataset):
    for row in dataset.metrics[dataset.metrics["value"].notna()].itertuples():
        expected = Decimal(str(row.value)).scaleb(magnitude(row.unit))
        assert read_english_number(metric_value(row, "en")) == expected, row.id


@pytest.mark.parametrize(
    ("value", "unit", "unit_en", "english"),
    [
        (0.07, "万人", "people", "700 people"),
        (1.5, "万亿元", "yuan", "1,500 billion yuan"),
        (2.5, "亿元", "yuan", "250 million yuan"),
        (1613.5, "万人次", "passengers", "16,135,000 passengers"),
        (300, "万吨", "tonnes", "3 million tonnes"),
        (12, "个百分点", "percentage points", "12 percentage points"),
    ],
)
def test_float_values_convert_without_binary_noise(value, unit, unit_en, english):
    metric = SimpleNamespace(value=value, unit=unit, unit_en=unit_en, value_as_written=None)
    assert metric_value(metric, "en") == english


@pytest.mark.parametrize(
    ("number", "words"),
    [
        ("25000", "25,000"),
        ("999999", "999,999"),
        ("1000000", "1 million"),
        ("16130000", "16,130,000"),
        ("1E+11", "100 billion"),
        ("1E+12", "1 trillion"),
        ("5857.9", "5,857.9"),
        ("0.5", "0.5"),
    ],
)
def test_english_number_uses_words_only_for_whole_millions(number, words):
    assert english_number(Decimal(number)) == words


@pytest.mark.parametrize(
    ("unit_en", "text"),
    [("riders/day", "7 riders/day"), ("%", "7%"), ("top {n}", "top 7"), (None, "7")],
)
def test_number_is_placed_in_its_english_unit(unit_en, text):
    assert with_unit("7", unit_en) == text


def test_comparator_in_each_language(metrics):
    rank = metrics["shenyang-china-europe-rank-target"]
    assert comparator_text(rank, "zh") == "力争进入"
    assert comparator_text(rank, "en") == "aim to enter"
    assert comparator_text(metrics["metro-special-plans"], "en") is None
