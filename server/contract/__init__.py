"""Pydantic models of the wire contract: the only server code the desktop may import.

One module per domain; names follow ``XCreate / XUpdate / XResponse``.
"""
