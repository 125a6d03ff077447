"""Intake of a new document: its plain text, and proposed rows for the reviewer (docs/intake.md).

Part of the data layer: reads ``data/`` but never writes there; everything goes to the chosen folder.
"""
