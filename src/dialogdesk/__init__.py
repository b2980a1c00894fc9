"""DialogDesk: run a structured staff dialogue in a meeting room."""

__version__ = "0.1.0"
