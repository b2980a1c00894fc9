"""Qt views and controllers. Everything here observes the Qt-free core and sends it intents."""
