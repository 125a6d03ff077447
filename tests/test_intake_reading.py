"""Each format of a new document reads to its plain text; a file that cannot be read says so, by name."""

from __future__ import annotations

from pathlib import Path

import pytest

from liaoning_atlas.data.intake.reading import UnreadableDocument, read_document, rejoin_wrapped_lines
from tests.fixtures.intake import make_fixtures as made

FIXTURES = Path(made.__file__).parent


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("reply.txt", made.REPLY),
        ("page.html", "\n".join([made.PAGE_TITLE, *made.PAGE_PARAGRAPHS]) + "\n"),
        (
            "note.docx",
            "\n".join([*made.NOTE_PARAGRAPHS, *("，".join(row) for row in made.NOTE_TABLE)]) + "\n",
        ),
        ("note.pdf", "\n\n".join(made.PDF_PARAGRAPHS) + "\n"),
    ],
)
def test_each_format_reads_to_its_text(name, expected):
    assert read_document(FIXTURES / name) == expected


def test_a_page_without_its_title_in_the_body_starts_with_the_title(tmp_path):
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>锦州港通报</title></head><body><article><p>锦州港新开航线3条，"
        "覆盖环渤海主要港口，进一步提升了港口服务能力和辐射范围。</p></article></body></html>",
        encoding="utf-8",
    )
    assert read_document(page).startswith("锦州港通报\n锦州港新开航线3条")


def test_figures_in_full_width_are_read_as_ordinary_figures(tmp_path):
    path = tmp_path / "wide.txt"
    path.write_text("营业收入增长１２．５％，新增企业３６家。\n", encoding="utf-8")
    assert read_document(path) == "营业收入增长12.5%，新增企业36家。\n"


def test_text_in_gb18030_is_read(tmp_path):
    path = tmp_path / "old.txt"
    path.write_bytes("朝阳市新建农村公路86公里。\n".encode("gb18030"))
    assert read_document(path) == "朝阳市新建农村公路86公里。\n"


@pytest.mark.parametrize(
    ("printed", "text"),
    [
        ("培育海洋经济重点企\n业36家", "培育海洋经济重点企业36家"),
        ("重点企业\n36家", "重点企业36家"),
        ("达到415\n亿元", "达到415亿元"),
        ("持续增强。\n二、重点项目", "持续增强。\n二、重点项目"),
        ("一、总体情况\n\n2024年", "一、总体情况\n\n2024年"),
        ("增⻓6.5%，⼀批⻔店", "增长6.5%，一批门店"),
    ],
)
def test_pdf_line_wrapping_and_radicals_are_undone(printed, text):
    assert rejoin_wrapped_lines(printed) == text


@pytest.mark.parametrize(
    ("name", "why"),
    [
        ("blank.pdf", "没有文字层"),
        ("damaged.pdf", "已损坏"),
        ("damaged.docx", "不是有效的 Word"),
        ("note.doc", "不支持的文件类型"),
        ("missing.txt", "文件不存在"),
    ],
)
def test_an_unreadable_file_is_named_with_the_reason(name, why):
    with pytest.raises(UnreadableDocument) as error:
        read_document(FIXTURES / name)
    assert name in str(error.value)
    assert why in str(error.value)
