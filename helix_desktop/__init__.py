"""Helix Desktop: the Qt client, with its backend bundled."""
