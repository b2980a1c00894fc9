"""The parts of the preparation page: checklist, the day's facts, screens and remote, saved ticks."""
