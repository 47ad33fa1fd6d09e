"""Widgets of the Cases page: table model, delegate, detail pane, import dialog."""
