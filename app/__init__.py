"""Threshold: a private, encrypted journal for the way out.

The application id, name and version are defined here once; packaging files,
the keyring service name and the data folders all read them from this module.
"""

APP_ID = "io.github.thresholdjournal.Threshold"
APP_NAME = "Threshold"
__version__ = "0.1.0"
