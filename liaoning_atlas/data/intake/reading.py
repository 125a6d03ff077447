"""The plain text of a new document: .txt, .html saved from a site, .docx, or a .pdf with a text layer."""

from __future__ import annotations

import logging
import re
import unicodedata
import zipfile
from pathlib import Path

_CJK = "\u2e80-\u2fdf\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef"
_WRAPPED = re.compile(
    rf"(?<=[{_CJK}])(?<![。！？；：])[ \t]*\n[ \t]*(?=[{_CJK}\w%])|(?<=[\w.%])[ \t]*\n[ \t]*(?=[{_CJK}])"
)
"""A single line break inside a sentence: between CJK characters, or a CJK character and a figure (企业⏎36家);
never after the end of a sentence, where a paragraph may end."""
_FULLWIDTH_NUMBER = re.compile(r"[０-９]+(?:．[０-９]+)?％?")
"""Figures typed in full width (１２．５％), read as ordinary ones (12.5%)."""
_RADICALS = re.compile("[\u2e80-\u2fdf]")
_SUPPLEMENT_RADICALS = str.maketrans(
    "⺠⻄⻅⻆⻉⻋⻓⻔⻗⻘⻙⻚⻛⻜⻝⻢⻣⻤⻥⻦⻧⻨⻩⻪⻬⻮⻰⻁⻡⺝⺼⺮⺩⻊",
    "民西见角贝车长门雨青韦页风飞食马骨鬼鱼鸟卤麦黄黾齐齿龙虎首月月竹王足",
)
"""CJK Radicals Supplement code points (U+2E80–U+2EFF) that NFKC leaves alone, as the characters they draw.

Some PDF fonts map a glyph to the radical instead of the ordinary character (⻓ for 长)."""


class UnreadableDocument(Exception):
    """The file cannot be read as a document; the message (in Chinese) names the file and says why."""


def read_document(path: Path) -> str:
    """The document's plain text; raise :class:`UnreadableDocument` when there is none to read."""
    reader = _READERS.get(path.suffix.lower())
    if reader is None:
        known = "、".join(_READERS)
        raise UnreadableDocument(f"无法读取 {path.name}：不支持的文件类型（可用：{known}）")
    if not path.is_file():
        raise UnreadableDocument(f"无法读取 {path.name}：文件不存在")
    text = _FULLWIDTH_NUMBER.sub(lambda m: unicodedata.normalize("NFKC", m.group()), reader(path))
    if not text.strip():
        raise UnreadableDocument(f"无法读取 {path.name}：文件中没有可提取的文字")
    return text


def _read_txt(path: Path) -> str:
    raw = path.read_bytes()
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return raw.decode(encoding).replace("\r\n", "\n")
        except UnicodeDecodeError:
            continue
    raise UnreadableDocument(f"无法读取 {path.name}：既不是 UTF-8 也不是 GB18030 编码的文本")


def _read_html(path: Path) -> str:
    import trafilatura

    html = _read_txt(path)
    extracted = trafilatura.bare_extraction(html, favor_recall=True, include_tables=True, with_metadata=True)
    if extracted is None or not extracted.text:
        raise UnreadableDocument(f"无法读取 {path.name}：网页中找不到正文")
    text = _tidy(extracted.text)
    title = (extracted.title or "").strip()
    return text if not title or text.startswith(title) else f"{title}\n{text}"


def _read_docx(path: Path) -> str:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as error:
        raise UnreadableDocument(f"无法读取 {path.name}：不是有效的 Word（.docx）文件") from error
    lines = [paragraph.text for paragraph in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            cells = list(dict.fromkeys(cell.text.strip() for cell in row.cells))
            lines.append("，".join(cell for cell in cells if cell))
    return _tidy("\n".join(lines))


def _read_pdf(path: Path) -> str:
    from pdfminer.high_level import extract_text
    from pdfminer.psexceptions import PSException  # the base of every pdfminer parsing error

    logging.getLogger("pdfminer").setLevel(logging.ERROR)  # font warnings that say nothing to the reader
    try:
        text = extract_text(str(path))
    except (PSException, ValueError, TypeError, KeyError) as error:
        raise UnreadableDocument(f"无法读取 {path.name}：PDF 文件已损坏或无法解析") from error
    if not text.strip():
        raise UnreadableDocument(f"无法读取 {path.name}：PDF 没有文字层（可能是扫描件），请先做文字识别")
    return _tidy(rejoin_wrapped_lines(text))


def rejoin_wrapped_lines(text: str) -> str:
    """Undo a PDF's line wrapping and radical glyphs: a single line break between two CJK characters goes,
    and radicals (⼀, ⻓) become the ordinary characters (一, 长)."""
    text = _RADICALS.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text.replace("\f", "\n"))
    return _WRAPPED.sub("", text.translate(_SUPPLEMENT_RADICALS))


def _tidy(text: str) -> str:
    """One paragraph a line: no trailing spaces, no runs of blank lines."""
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"


_READERS = {
    ".txt": _read_txt,
    ".html": _read_html,
    ".htm": _read_html,
    ".docx": _read_docx,
    ".pdf": _read_pdf,
}
