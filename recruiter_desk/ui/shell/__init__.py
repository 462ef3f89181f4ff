"""The main window: the sidebar of areas, the menus and the banner; it lays out built areas."""
