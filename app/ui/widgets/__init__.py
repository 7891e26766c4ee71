"""Threshold's own widget kit: the pieces every screen is built from.

One look across the app comes from the theme's style sheet (app.ui.widgets.theme) and from
these few builders and the one icon set in ``resources/icons/ui``; screens never set
styles of their own.
"""
