"""The Tasks and Metrics pages: filtered tables with their sources, comparisons, and downloads."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from ..data.dataset import Dataset
from ..data.metric_format import exact_value, metric_value
from ..i18n import column, joined, labelled, parenthesised, text
from ..model.filters import Filters, filter_metrics, filter_tasks
from ..model.measures import comparable_measures, progress_pairs, series
from ..model.search import place_names
from ..render.exports import export_frame, file_name, header, sheet_name, to_csv_bytes, to_xlsx_bytes
from ..render.words import active_filters
from . import series_view

XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
TASK_COLUMNS = ("places", "task", "status", "topic", "quote", "document", "plan_section")
METRIC_COLUMNS = ("value_text", "label", "places", "year", "topic", "quote", "document")


def _config(table: str, lang: str) -> dict:
    """Long text wide (the quote widest)."""
    wide = ("quote", "task") if table == "tasks" else ("quote", "label")
    return {
        header(table, key, lang): st.column_config.TextColumn(width="large" if key == "quote" else "medium")
        for key in wide
    }


def _year_as_read(rows: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The year column as people read it: ``2023``, and blank (not “None”) where the source gives none."""
    year = header("metrics", "year", lang)
    return rows.assign(**{year: ["" if pd.isna(value) else str(value) for value in rows[year]]})


def _shown(table: str, keys: tuple[str, ...], lang: str) -> list[str]:
    return [header(table, key, lang) for key in keys]


def downloads(dataset: Dataset, chosen: Filters, table: str, lang: str) -> None:
    """CSV of this page's table and Excel of both filtered tables, every row with its source."""
    frames = {
        "metrics": export_frame(dataset, filter_metrics(dataset, chosen), "metrics", lang),
        "tasks": export_frame(dataset, filter_tasks(dataset, chosen), "tasks", lang),
    }
    scope = active_filters(dataset, chosen, lang)
    left, right = st.columns(2)
    left.download_button(
        text("download_csv", lang),
        to_csv_bytes(frames[table], scope, lang),
        file_name=file_name(sheet_name(table, lang), scope, "csv"),
        mime="text/csv",
        icon=":material/download:",
    )
    right.download_button(
        text("download_xlsx", lang),
        to_xlsx_bytes({sheet_name(name, lang): frame for name, frame in frames.items()}, lang, scope),
        file_name=file_name(text("xlsx_file_name", lang), scope, "xlsx"),
        mime=XLSX_MIME,
        icon=":material/download:",
    )


def _ignored_filters(chosen: Filters, names: tuple[str, ...], lang: str) -> None:
    """Say so when a filter that does not apply to this table is set."""
    ignored = [text(f"filter_{name}", lang) for name in names if getattr(chosen, name) is not None]
    if ignored:
        st.caption(text("filters_ignored", lang, names=joined(ignored, lang)))


def tasks_table(dataset: Dataset, chosen: Filters, lang: str) -> None:
    frame = export_frame(dataset, filter_tasks(dataset, chosen), "tasks", lang)
    st.caption(text("rows_shown", lang, count=len(frame), total=len(dataset.tasks)))
    _ignored_filters(chosen, ("kind", "year"), lang)
    st.dataframe(
        frame,
        hide_index=True,
        column_order=_shown("tasks", TASK_COLUMNS, lang),
        column_config=_config("tasks", lang),
        height=560,
    )
    downloads(dataset, chosen, "tasks", lang)


def _kind_table(dataset: Dataset, frame: pd.DataFrame, kind: str, lang: str) -> None:
    rows = _year_as_read(export_frame(dataset, frame[frame["kind"] == kind], "metrics", lang), lang)
    st.subheader(text(f"kind_{kind}", lang) + parenthesised(str(len(rows)), lang))
    st.dataframe(
        rows,
        hide_index=True,
        column_order=_shown("metrics", METRIC_COLUMNS, lang),
        column_config=_config("metrics", lang),
    )


def _progress(dataset: Dataset, frame: pd.DataFrame, lang: str) -> None:
    """Achieved ÷ target for each place that has both for one measure."""
    st.subheader(text("progress", lang))
    pairs = progress_pairs(frame, dataset.documents)
    if pairs.empty:
        st.info(text("no_progress", lang))
        return
    by_id = {row.id: row for row in frame.itertuples()}
    table = pd.DataFrame(
        {
            "place": pairs["entity"].map(place_names(dataset, lang)),
            "label": [getattr(by_id[target], column("label", lang)) for target in pairs["target"]],
            "achieved": [metric_value(by_id[i], lang) for i in pairs["achievement"]],
            "target": [metric_value(by_id[i], lang) for i in pairs["target"]],
            "share": pairs["share"],
        }
    )
    st.dataframe(
        table,
        hide_index=True,
        column_config={
            "place": text("place", lang),
            "label": text("kind_metric", lang),
            "achieved": text("kind_achievement", lang),
            "target": text("kind_target", lang),
            "share": st.column_config.ProgressColumn(
                text("progress", lang), min_value=0, max_value=1, format="percent"
            ),
        },
    )


def _comparison(dataset: Dataset, frame: pd.DataFrame, lang: str) -> None:
    """Places side by side on one measure, in the unit the source uses."""
    measures = comparable_measures(frame)
    if not measures:
        return
    st.subheader(text("compare", lang))
    labels = frame.drop_duplicates("measure").set_index("measure")[column("label", lang)]
    measure = st.selectbox(text("compare_measure", lang), measures, format_func=labels.get)
    rows = frame[frame["measure"] == measure]
    names = place_names(dataset, lang)
    chart = pd.DataFrame(
        {
            "place": [
                labelled(names[row.entity], metric_value(row, lang), lang) for row in rows.itertuples()
            ],
            "value": [float(row.value if lang == "zh" else exact_value(row)) for row in rows.itertuples()],
        }
    )
    unit = rows[column("unit", lang)].iloc[0] if lang == "en" else rows["unit"].iloc[0]
    st.bar_chart(chart, x="place", y="value", x_label=unit or "", y_label="", horizontal=True)


def metrics_tables(dataset: Dataset, chosen: Filters, lang: str) -> None:
    """Achievements, targets and the plan's own counts, each a full-width table (every column in view);
    progress where one measure has both; each measure of a place over time; a comparison chart."""
    frame = filter_metrics(dataset, chosen)
    for kind in ("achievement", "target", "plan"):
        _kind_table(dataset, frame, kind, lang)
    _progress(dataset, frame, lang)
    series_view.over_time(dataset, series(frame, dataset.documents), lang, key="metrics", named=True)
    _comparison(dataset, frame, lang)
    downloads(dataset, chosen, "metrics", lang)
