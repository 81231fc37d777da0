"""The desktop app (PySide6): the only package of Provider Wizard that imports Qt.

Data flows one way: a widget asks a worker (workers.py) to call the core, the worker's result
comes back by signal, the widget shows it. No network, keychain or disk wait on the UI thread.
"""
