"""The ``threshold`` command line: headless commands over the Qt-free core."""
