"""Use cases the window calls: load, search, import, act on and bulk-process orders; Qt-free."""
