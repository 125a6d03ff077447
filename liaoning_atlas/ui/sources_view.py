"""The Sources page: document metadata, full text with highlighted quotes, the facts each backs."""

from __future__ import annotations

import streamlit as st

from ..data.dataset import Dataset
from ..i18n import labelled, text
from ..render.markdown_text import code, literal
from ..render.sources_html import citations, facts_for, highlighted_source
from . import state

META_FIELDS = ("publisher", "date_signed", "date_published", "url")
SCROLL_TO_FOCUS = (
    "<script>document.getElementById('atlas-focus')?.scrollIntoView({block: 'center'});</script>"
)


DOCUMENT_KEY = "source_document"


def _document_picker(dataset: Dataset, lang: str) -> str:
    """The shipped document this page shows (``?doc=``); the page's view, not a filter."""
    shipped = dataset.documents[dataset.documents["file"].notna()]
    ids = list(shipped["id"])
    state.seed(dataset, DOCUMENT_KEY, "document", lang, ids, default=ids[0])
    titles = {doc: literal(title) for doc, title in zip(shipped["id"], shipped["title"], strict=True)}
    picked = st.radio(
        text("filter_document", lang), ids, key=DOCUMENT_KEY, persist_state="session", format_func=titles.get
    )
    state.show_in_url(dataset, "document", picked)
    return picked


def _metadata(document, lang: str) -> None:
    lines = [
        f"- {labelled('**' + text('meta_kind', lang) + '**', text('doc_kind_' + document['kind'], lang), lang)}"
    ]
    for field in META_FIELDS:
        if document[field]:
            lines.append(
                f"- {labelled('**' + text('meta_' + field, lang) + '**', literal(document[field]), lang)}"
            )
    st.markdown("\n".join(lines))


def sources_page(dataset: Dataset, lang: str) -> None:
    picked = _document_picker(dataset, lang)
    document = dataset.documents.set_index("id").loc[picked]
    _metadata(document, lang)
    found = citations(dataset, picked, lang)
    focus = st.query_params.get("q")
    if focus and focus not in dataset.texts[picked]:
        st.warning(text("quote_not_found", lang, value=code(focus[:200])), icon=":material/search_off:")
        focus = None
    if focus:
        st.markdown(labelled(f"**{text('quoted_passage', lang)}**", f"“{literal(focus)}”", lang))
        st.dataframe(
            facts_for(found, focus),
            hide_index=True,
            column_config={"fact": text("fact", lang), "quote": text("source", lang)},
        )
    st.caption(text("highlight_hint", lang, count=len(found)))
    st.html(highlighted_source(picked, dataset.texts[picked], found, focus))
    if focus:
        st.html(SCROLL_TO_FOCUS, unsafe_allow_javascript=True)
    cited = dataset.documents[dataset.documents["file"].isna()]
    with st.expander(text("cited_sources", lang)):
        st.dataframe(
            cited,
            hide_index=True,
            column_order=["title", "publisher", "date_published", "url", "note"],
            column_config={"url": st.column_config.LinkColumn()},
        )
