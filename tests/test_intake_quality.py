"""The intake finds the figures a careful reader records (bench/intake_quality.py, docs/intake.md)."""

from __future__ import annotations

import pytest

from bench.intake_quality import fixture_scores, shipped_scores, total


@pytest.fixture(scope="module")
def shipped():
    return shipped_scores()


@pytest.fixture(scope="module")
def fixtures():
    return fixture_scores()


def test_both_benches_have_documents(shipped, fixtures):
    assert {score.name for score in shipped} == {"reply_2024", "plan_explainer_2023"}
    expected = {
        "reply.txt",
        "page.html",
        "note.docx",
        "note.pdf",
        "summary.txt",
        "release.html",
        "progress.txt",
    }
    assert {score.name for score in fixtures} == expected


def test_the_curated_metrics_of_the_shipped_documents_are_found(shipped):
    assert all(score.recall >= 0.95 for score in shipped), shipped
    assert total(shipped).recall >= 0.95


def test_few_proposals_on_the_shipped_documents_are_not_curated_metrics(shipped):
    assert total(shipped).precision >= 0.9
    assert total(shipped).excluded == 0  # no number that data/number_exclusions.csv rules out


def test_the_test_documents_are_read_as_expected(fixtures):
    overall = total(fixtures)
    assert overall.recall >= 0.95
    assert overall.precision >= 0.9
    assert overall.entity_accuracy >= 0.9
    assert all(score.recall >= 0.9 for score in fixtures), fixtures


def test_a_place_named_after_a_figure_belongs_to_the_later_clause(fixtures):
    """progress.txt: “都市圈地区生产总值突破1.5万亿元，营口港集装箱吞吐量……” — the first figure is the
    metropolitan area's (the title's), only the second is 营口's."""
    (score,) = [score for score in fixtures if score.name == "progress.txt"]
    assert (score.found, score.entity_right) == (score.expected, score.expected)
