"""Widgets for films, podcasts and written cases: the room's view and the presenter's controls."""
