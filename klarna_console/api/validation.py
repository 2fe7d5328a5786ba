"""Checking request bodies against the spec's limits, with messages a merchant can act on."""

from __future__ import annotations

import re
from typing import Any, TypeVar

import msgspec

from .errors import RequestValidationError
from .requests import LINE_TYPES, SHIPPING_METHODS, SUBSCRIPTION_INTERVALS, Body

B = TypeVar("B", bound=Body)

_ALLOWED = {"type": LINE_TYPES, "shipping_method": SHIPPING_METHODS, "interval": SUBSCRIPTION_INTERVALS}


# Klarna's order, capture and refund ids: UUIDs in their canonical 8-4-4-4-12 form.
_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")


def is_uuid(value: object) -> bool:
    """Whether `value` is a UUID as Klarna writes its ids."""
    return isinstance(value, str) and _UUID.fullmatch(value) is not None


def check_id(field: str, value: object) -> str:
    """A Klarna id (order, capture or refund), refused with a message naming the field if it is not a UUID."""
    if not isinstance(value, str):
        raise RequestValidationError(f"{field}: must be text, not {type(value).__name__}", field=field)
    if not value:
        raise RequestValidationError(f"{field}: is empty", field=field)
    if not is_uuid(value):
        raise RequestValidationError(
            f"{field}: {value[:60]!r} is not a Klarna id (a UUID such as 0b1d9815-165e-42e2-8867-35bc03789e00)",
            field=field,
        )
    return value


def check_reference(field: str, value: object) -> str:
    """An opaque reference (a payout's payment reference: Klarna never documented its form), refused with a
    message naming the field if it could not be one: empty, "." or "..", a "/", space or control character,
    or over 255 characters."""
    if not isinstance(value, str):
        raise RequestValidationError(f"{field}: must be text, not {type(value).__name__}", field=field)
    if not value:
        raise RequestValidationError(f"{field}: is empty", field=field)
    if value in (".", "..") or len(value) > 255 or re.search(r"[\s/\\\x00-\x1f\x7f]", value):
        raise RequestValidationError(
            f"{field}: {value[:60]!r} is not a payment reference (up to 255 characters, no spaces or slashes)",
            field=field,
        )
    return value


def validate(body_type: type[B], body: B | dict[str, Any]) -> B:
    """Check a body (a model or a dict with the spec's field names) against the spec's limits.

    Constructing a Struct does not check its constraints, so a model is checked by a JSON round trip;
    either way a failure raises RequestValidationError naming the field path and the limit.
    """
    try:
        if isinstance(body, body_type):
            return msgspec.json.decode(msgspec.json.encode(body), type=body_type)
        if isinstance(body, dict):
            return msgspec.convert(body, body_type)
    except msgspec.ValidationError as exc:
        raise explain(str(exc), body) from None
    raise TypeError(f"expected {body_type.__name__} or dict, got {type(body).__name__}")


def explain(text: str, body: Any = None) -> RequestValidationError:
    """Turn msgspec's terse message into one naming the field path, the limit and what was given."""
    field, problem = _explain(text)
    got = _value_at(body, field)
    if got is not None and any(word in problem for word in ("characters", "at most", "at least")):
        problem += f" (got {got})"
    return RequestValidationError(f"{field or 'request'}: {problem}", field=field)


_AT = re.compile(r"^(?P<what>.*?)(?: - at `\$(?P<path>[^`]*)`)?$", re.S)
_RULES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"Expected `str` of length <= (\d+)"), "at most {0} characters"),
    (re.compile(r"Expected `str` of length >= (\d+)"), "at least {0} characters"),
    (re.compile(r"Expected `array` of length <= (\d+)"), "at most {0} items"),
    (re.compile(r"Expected `array` of length >= (\d+)"), "at least {0} item(s)"),
    (re.compile(r"Expected `int` >= (-?\d+)"), "must be at least {0}"),
    (re.compile(r"Expected `int` <= (-?\d+)"), "must be at most {0}"),
    (re.compile(r"Expected `(\w+)`, got `(\w+)`"), "must be {0}, not {1}"),
    (re.compile(r"Expected `(\w+) \| null`, got `(\w+)`"), "must be {0}, not {1}"),
]
_KIND = {"str": "text", "int": "a whole number", "array": "a list", "object": "an object",
         "bool": "true or false", "float": "a decimal number", "null": "empty"}


def _explain(text: str) -> tuple[str, str]:
    """Split msgspec's "<problem> - at `$.a[0].b`" into ("a[0].b", the problem in plain words)."""
    match = _AT.match(text)
    what = match.group("what") if match else text
    field = ((match.group("path") or "") if match else "").lstrip(".")
    missing = re.match(r"Object missing required field `(\w+)`", what)
    if missing:
        return _join(field, missing.group(1)), "is required"
    unknown = re.match(r"Object contains unknown field `(\w+)`", what)
    if unknown:
        return _join(field, unknown.group(1)), "is not a field Klarna accepts here"
    invalid = re.match(r"Invalid enum value (.+)", what)
    if invalid:
        allowed = _ALLOWED.get(field.rsplit(".", 1)[-1])
        tail = f"; use one of: {', '.join(allowed)}" if allowed else ""
        return field, f"{invalid.group(1)} is not allowed{tail}"
    for pattern, template in _RULES:
        found = pattern.search(what)
        if found:
            return field, template.format(*(_KIND.get(g, g) for g in found.groups()))
    return field, what


def _join(parent: str, child: str) -> str:
    return f"{parent}.{child}" if parent else child


def _value_at(body: Any, field: str) -> Any:
    """What was given at a dotted path, for "(got …)": a length, an item count or the number."""
    if not field:
        return None
    node: Any = body.to_dict() if isinstance(body, Body) else body
    for part in re.findall(r"[^.\[\]]+|\[\d+\]", field):
        try:
            node = node[int(part[1:-1])] if part.startswith("[") else node[part]
        except (KeyError, IndexError, TypeError, ValueError):
            return None
    if isinstance(node, str):
        return f"{len(node)} characters"
    if isinstance(node, list):
        return f"{len(node)} items"
    if isinstance(node, int) and not isinstance(node, bool):
        return node
    return None
