"""The PySide6 GUI: models, views, controllers. The only layer (with app/) that imports Qt."""
