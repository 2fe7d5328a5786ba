"""Idempotency keys: one fresh key per intended write, reused on every retry of it."""

from __future__ import annotations

import uuid


def new_idempotency_key() -> str:
    """A fresh Klarna-Idempotency-Key (UUID4, as the spec recommends)."""
    return str(uuid.uuid4())
