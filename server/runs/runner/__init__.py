"""Run engine: scheduling, bot adapter (HTTP/SSE), SQL extraction, judging, event hub."""
