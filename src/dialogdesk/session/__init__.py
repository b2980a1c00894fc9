"""The running dialogue: one Qt-free session state, changed only by intents.

``Session`` (engine.py) is the entry point: it applies intents with the reducer in
state.py, logs them, saves atomically (store.py) and tells its observers.
"""
