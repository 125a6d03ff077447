"""Colours and line styles of the map, chosen to stay distinct for colour-blind viewers (Okabe–Ito)."""

ZONE_COLOURS = {
    "metro": "#D55E00",
    "coastal": "#0072B2",
    "liaoxi": "#E69F00",
    "liaodong": "#009E73",
}
DUAL_CORE_COLOUR = "#1B1B1B"
BORDER_COLOUR = "#4D4D4D"
FADED_FILL = "#D9D9D9"
SELECTION_COLOUR = "#111111"
MAP_BACKGROUND = "#EEF3F7"
FONT_STACK = '"Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei","PingFang SC","SimHei",sans-serif'
