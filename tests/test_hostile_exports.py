"""Hostile text in the data reaches the deck and the Excel file as text: no hyperlink, no formula."""

from __future__ import annotations

import io

import openpyxl
import pytest
from hostile_data import MARK, make_hostile_copy
from pptx import Presentation

from liaoning_atlas.data import paths
from liaoning_atlas.data.dataset import load_dataset
from liaoning_atlas.render.deck import build_deck
from liaoning_atlas.render.exports import to_xlsx_bytes


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    data = tmp_path_factory.mktemp("hostile") / "data"
    make_hostile_copy(paths.ROOT / "tests" / "fixtures" / "mini", data)
    return load_dataset(data)


def test_the_deck_shows_hostile_names_as_plain_text(hostile, shapes):
    deck = Presentation(io.BytesIO(build_deck(hostile, shapes, cities=("dalian",), lang="zh")))
    runs = [
        run
        for slide in deck.slides
        for shape in slide.shapes
        if shape.has_text_frame
        for paragraph in shape.text_frame.paragraphs
        for run in paragraph.runs
    ]
    assert any(MARK in run.text for run in runs), "the payload is there, as text"
    assert all(run.hyperlink.address is None for run in runs), "no text became a link"


def test_the_excel_file_keeps_hostile_text_and_a_leading_equals_as_text(hostile):
    tasks = hostile.tasks.assign(task_zh='=HYPERLINK("http://127.0.0.1:9")' + hostile.tasks["task_zh"])
    sheet = openpyxl.load_workbook(io.BytesIO(to_xlsx_bytes({"任务": tasks})))["任务"]
    cells = [cell for row in sheet.iter_rows() for cell in row if isinstance(cell.value, str)]
    assert any(MARK in cell.value for cell in cells)
    assert all(cell.data_type != "f" for cell in cells), "nothing is stored as a formula"
    assert any(cell.value.startswith("=HYPERLINK") and cell.data_type == "s" for cell in cells)
