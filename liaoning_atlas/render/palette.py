"""Colours and line styles of the map.

The zone colours stay distinct for protanopic, deuteranopic and tritanopic viewers and on a washed-out
projector; ``tests/test_palette.py`` checks this by simulation. Blue for the coast, green for the green
economy zone.
"""

ZONE_COLOURS = {
    "metro": "#D55E00",
    "coastal": "#0072B2",
    "liaoxi": "#F0E442",
    "liaodong": "#9BC53D",
}
DUAL_CORE_COLOUR = "#1B1B1B"
BORDER_COLOUR = "#4D4D4D"
FADED_FILL = "#D9D9D9"
SELECTION_COLOUR = "#111111"
MAP_BACKGROUND = "#EEF3F7"
FONT_STACK = '"Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei","PingFang SC","SimHei",sans-serif'
