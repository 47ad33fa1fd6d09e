"""Routes of the runs domain (filled in by its issue)."""

from fastapi import APIRouter

router = APIRouter()
