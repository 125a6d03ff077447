"""Guided tour: 一圈 → 一带 → 辽西 → 辽东 → 双核, the map zoomed to each; ←/→ keys step through it."""

from liaoning_atlas.ui import resources, state, tour_view

lang = state.language()
dataset = resources.dataset(lang)
tour_view.tour_page(dataset, lang)
