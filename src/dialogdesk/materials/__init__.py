"""Dialogue materials: the pydantic models, the safe YAML loader and the content checks.

Nothing in this package imports Qt.
"""
