"""Query parameters of the sandbox's routes, refused as Klarna refuses them (400 BAD_VALUE naming the parameter)."""

from __future__ import annotations

from starlette.requests import Request

from .errors import bad_value


def query_int(request: Request, name: str, default: int, low: int, high: int) -> int:
    """A whole-number query parameter between `low` and `high` (`default` when absent or empty)."""
    raw = request.query_params.get(name, "").strip()
    if not raw:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise bad_value(f"{name}: must be a whole number, not {raw[:20]!r}") from None
    if not low <= value <= high:
        raise bad_value(f"{name}: must be between {low} and {high} (got {value})")
    return value
