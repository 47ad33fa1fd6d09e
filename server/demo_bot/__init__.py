"""The demo ChatBI Q&A bot and its sample catalogue."""
