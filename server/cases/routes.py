"""Routes of the cases domain (filled in by its issue)."""

from fastapi import APIRouter

router = APIRouter()
