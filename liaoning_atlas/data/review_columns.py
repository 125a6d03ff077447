"""The columns a proposals folder adds after each data table's own: what intake writes, the review page
edits and ``accept`` reads."""

STATUSES = ("proposed", "accepted", "rejected")
"""A proposal's review status: only ``accepted`` rows reach the data."""
REVIEW_COLUMNS = ("status", "confidence", "reason")
"""The columns after a table's own; only ``status`` is required."""
EXTRA_REVIEW_COLUMNS = {"metrics": ("links_to",)}
"""The existing metric a proposed one measures again."""
