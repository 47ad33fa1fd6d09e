"""Routes of the config domain (filled in by its issue)."""

from fastapi import APIRouter

router = APIRouter()
