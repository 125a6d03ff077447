"""“随时间的变化”: each measure a place has several numbers of, as a small chart, the table of its points
with their sources, and the latest achievement against the target."""

from __future__ import annotations

import altair as alt
import pandas as pd
import streamlit as st

from ..data.dataset import Dataset
from ..i18n import labelled, parenthesised, text
from ..model.measures import MeasureSeries
from ..model.search import place_names
from ..render.markdown_text import literal
from ..render.words import document_labels

CHART_HEIGHT = 200


def _chart(one: MeasureSeries, lang: str, key: str) -> None:
    """One line per kind over the years the points give, spaced as the years are (2022, never 2,022);
    points without a year are only in the table."""
    dated = [point for point in one.points if point.year is not None]
    if len(dated) < 2:
        return
    frame = pd.DataFrame(
        {
            "year": [point.year for point in dated],
            "value": [float(point.exact) for point in dated],
            "written": [point.written(lang) for point in dated],
            "kind": [text(f"kind_{point.kind}", lang) for point in dated],
        }
    )
    chart = (
        alt.Chart(frame)
        .mark_line(point=True)
        .encode(
            x=alt.X(
                "year:Q",
                title=text("year", lang),
                scale=alt.Scale(zero=False, padding=16),
                axis=alt.Axis(format="d", tickMinStep=1),
            ),
            y=alt.Y("value:Q", title=one.unit(lang)),
            color=alt.Color("kind:N", title=text("filter_kind", lang)),
            tooltip=[
                alt.Tooltip("year:Q", title=text("year", lang), format="d"),
                alt.Tooltip("written:N", title=text("column_metrics_value_text", lang)),
            ],
        )
        .properties(height=CHART_HEIGHT)
    )
    st.altair_chart(chart, key=f"{key}-chart")


def _points(dataset: Dataset, one: MeasureSeries, lang: str, key: str) -> None:
    """Every point with its year, value as written, kind, document and quote."""
    documents = document_labels(dataset, lang)
    rows = pd.DataFrame(
        {
            "year": pd.array([point.year for point in one.points], dtype="Int64"),
            "value": [point.written(lang) for point in one.points],
            "kind": [text(f"kind_{point.kind}", lang) for point in one.points],
            "document": [documents[point.document] for point in one.points],
            "quote": [point.quote for point in one.points],
        }
    )
    st.dataframe(
        rows,
        hide_index=True,
        key=f"{key}-points",
        column_config={
            "year": st.column_config.NumberColumn(text("column_metrics_year", lang), format="%d"),
            "value": st.column_config.TextColumn(text("column_metrics_value_text", lang)),
            "kind": st.column_config.TextColumn(text("column_metrics_kind", lang)),
            "document": st.column_config.TextColumn(text("column_metrics_document", lang), width="medium"),
            "quote": st.column_config.TextColumn(text("column_metrics_quote", lang), width="large"),
        },
    )


def progress_text(one: MeasureSeries, lang: str) -> str | None:
    """“最新成效 2.5万人次 / 目标 30000人次（83%）”, or ``None`` without both."""
    if one.progress is None:
        return None
    return text(
        "latest_progress",
        lang,
        achieved=one.progress.achievement.written(lang),
        target=one.progress.target.written(lang),
        share=parenthesised(f"{one.progress.share:.0%}", lang),
    )


def over_time(
    dataset: Dataset, found: tuple[MeasureSeries, ...], lang: str, key: str, named: bool = False
) -> None:
    """The “随时间的变化” section, nothing at all without a series; ``named`` puts the place before each
    label (on a page about several places)."""
    if not found:
        return
    st.subheader(text("over_time", lang))
    names = place_names(dataset, lang)
    for one in found:
        label = labelled(names[one.entity], one.label(lang), lang) if named else one.label(lang)
        one_key = f"{key}-{one.entity}-{one.measure}-{one.unit_zh}"
        st.markdown(f"**{literal(label)}**")
        _chart(one, lang, one_key)
        _points(dataset, one, lang, one_key)
        said = progress_text(one, lang)
        if said:
            st.markdown(literal(said))
