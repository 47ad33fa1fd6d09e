"""Routes of the experiments domain (filled in by its issue)."""

from fastapi import APIRouter

router = APIRouter()
