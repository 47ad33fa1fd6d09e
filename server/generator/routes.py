"""Routes of the generator domain (filled in by its issue)."""

from fastapi import APIRouter

router = APIRouter()
