"""Widgets of the Generator page: source choice, preview, templates, generate."""
