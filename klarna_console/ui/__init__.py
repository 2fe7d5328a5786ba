"""The PySide6 window: the only place (with app.py) that imports Qt."""
