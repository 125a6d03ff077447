"""The review page 资料导入 (only with the editor switch): a new document's proposed rows in editors, each
quote marked in its passage of the text, and the reviewed proposals folder to download for ``accept``."""

from __future__ import annotations

import hashlib

import pandas as pd
import streamlit as st

from ..data import paths
from ..data.intake.proposals import Intake
from ..data.intake.reading import UnreadableDocument
from ..data.intake.review import folder_name, propose, reviewed_zip
from ..data.review_columns import STATUSES
from ..i18n import text
from ..render.markdown_text import code, literal
from ..render.review_html import linked_metric, marked_passage
from . import resources

TABLES = ("metrics", "roles", "tasks")
FILE_TYPES = ("txt", "html", "htm", "docx", "pdf")
_RESULTS = "intake_results"
_HELD = "intake_held"
_LOCKED = ("id", "document", "file", "quote", "confidence", "reason", "links_to")
"""Columns the reviewer reads but does not edit (the quote stands in the text as proposed)."""


def _review_column(table: str) -> str:
    """The review status's key in a row: a task has a ``status`` of its own."""
    return "review_status" if table == "tasks" else "status"


def _proposals(upload, lang: str) -> tuple[str, Intake] | None:
    """The upload's proposals, made once per file (by name and content) and kept for the session; an
    unreadable file is reported by name."""
    content = upload.getvalue()
    digest = hashlib.sha256(upload.name.encode() + b"\0" + content).hexdigest()[:16]
    results = st.session_state.setdefault(_RESULTS, {})
    if digest not in results:
        try:
            results[digest] = propose(upload.name, content, paths.DATA_DIR)
        except UnreadableDocument as error:
            st.error(text("intake_unreadable", lang, file=literal(upload.name), message=literal(error)))
            return None
    return digest, results[digest]


def _editor(rows: list[dict[str, str]], table: str, key: str, lang: str) -> list[dict[str, str]]:
    """``rows`` in a data editor, the review status first (a choice of proposed / accepted / rejected,
    shown in words); the rows as edited."""
    review = _review_column(table)
    frame = pd.DataFrame(rows)
    frame = frame[[review, *(name for name in frame.columns if name != review)]]
    config = {
        review: st.column_config.SelectboxColumn(
            text("intake_review", lang),
            options=STATUSES,
            required=True,
            format_func=lambda status: text(f"intake_{status}", lang),
        )
    }
    if table == "tasks":
        config["status"] = text("column_tasks_status", lang)
    edited = st.data_editor(
        frame,
        key=key,
        hide_index=True,
        disabled=[name for name in frame.columns if name in _LOCKED],
        column_config=config,
    )
    return [
        {name: "" if pd.isna(value) else str(value) for name, value in row.items()}
        for row in edited.to_dict("records")
    ]


def _passage(found: Intake, rows: list[dict[str, str]], key: str, lang: str) -> None:
    """The quote of the row the reviewer picks, marked in its passage of the document."""
    number = st.number_input(text("intake_row", lang), min_value=1, max_value=len(rows), key=key)
    passage = marked_passage(found.text, rows[number - 1]["quote"])
    linked = linked_metric(resources.dataset(lang), rows[number - 1], lang)
    if linked:
        st.caption(literal(linked))
    if passage is None:
        st.warning(text("intake_quote_missing", lang, row=number))
    else:
        st.html(passage)


def _held(found: Intake, table: str, digest: str) -> dict:
    """The table's rows as the last bulk action left them, and the version of the editor showing them."""
    held = st.session_state.setdefault(_HELD, {})
    return held.setdefault(
        (digest, table), {"rows": [dict(row) for row in getattr(found, table)], "version": 0}
    )


def _set_all(held: dict, key: str, review: str, status: str) -> None:
    """全部接受 / 全部拒绝: the edits made so far kept, every row's status set, a fresh editor to show them."""
    for at, cells in st.session_state.get(key, {}).get("edited_rows", {}).items():
        held["rows"][int(at)].update(
            {name: "" if value is None else str(value) for name, value in cells.items()}
        )
    for row in held["rows"]:
        row[review] = status
    held["version"] += 1


def _table(found: Intake, table: str, digest: str, lang: str) -> list[dict[str, str]]:
    """One tab: the table's editor, review counts and bulk actions, beside the picked row's passage; the
    rows as edited."""
    held = _held(found, table, digest)
    if not held["rows"]:
        st.caption(text("intake_none", lang))
        return []
    left, right = st.columns([3, 2])
    key = f"intake_{table}_{digest}_{held['version']}"
    review = _review_column(table)
    with left:
        edited = _editor(held["rows"], table, key, lang)
        statuses = [row[review] for row in edited]
        st.caption(text("intake_counts", lang, **{status: statuses.count(status) for status in STATUSES}))
        with st.container(horizontal=True):
            for status in ("accepted", "rejected"):
                st.button(
                    text(f"intake_all_{status}", lang),
                    key=f"{key}_{status}",
                    on_click=_set_all,
                    args=(held, key, review, status),
                )
    with right:
        _passage(found, held["rows"], f"intake_{table}_row_{digest}", lang)
    return edited


def intake_page(lang: str) -> None:
    st.caption(text("intake_intro", lang))
    upload = st.file_uploader(text("intake_upload", lang), type=list(FILE_TYPES), key="intake_upload")
    if upload is None:
        return
    proposed = _proposals(upload, lang)
    if proposed is None:
        return
    digest, found = proposed
    st.subheader(text("intake_document", lang))
    document = _editor([found.document], "documents", f"intake_documents_{digest}", lang)[0]
    reviewed = {}
    for tab, table in zip(st.tabs([text(f"intake_{t}", lang) for t in TABLES]), TABLES, strict=True):
        with tab:
            reviewed[table] = _table(found, table, digest, lang)
    folder = folder_name(found)
    st.download_button(
        text("intake_download", lang),
        reviewed_zip(found, paths.DATA_DIR, document, **reviewed),
        file_name=f"{folder}.zip",
        mime="application/zip",
        on_click="ignore",
        icon=":material/download:",
    )
    st.caption(text("intake_accept_hint", lang, command=code(f"python -m liaoning_atlas accept {folder}")))
