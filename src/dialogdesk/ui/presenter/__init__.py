"""The presenter view's parts: header, script, agreement, the room column, the controls."""
