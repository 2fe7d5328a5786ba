"""Checking request bodies against the spec's limits, with reasons naming the field, the limit and what was given."""

from __future__ import annotations

import re
from typing import Any, TypeVar

import msgspec

from ..reasons import Code, Reason, Value
from .errors import RequestValidationError
from .requests import LINE_TYPES, SHIPPING_METHODS, SUBSCRIPTION_INTERVALS, Body

B = TypeVar("B", bound=Body)

_ALLOWED = {"type": LINE_TYPES, "shipping_method": SHIPPING_METHODS, "interval": SUBSCRIPTION_INTERVALS}


# Klarna's order, capture and refund ids: UUIDs in their canonical 8-4-4-4-12 form.
_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")


def is_uuid(value: object) -> bool:
    """Whether `value` is a UUID as Klarna writes its ids."""
    return isinstance(value, str) and _UUID.fullmatch(value) is not None


def _refuse(code: Code, field: str, **values: Value) -> RequestValidationError:
    return RequestValidationError(Reason(code, {"field": field, **values}))


def check_id(field: str, value: object) -> str:
    """A Klarna id (order, capture or refund), refused with a reason naming the field if it is not a UUID."""
    if not isinstance(value, str):
        raise _refuse(Code.WRONG_KIND, field, expected="str", got=type(value).__name__)
    if not value:
        raise _refuse(Code.FIELD_EMPTY, field)
    if not is_uuid(value):
        raise _refuse(Code.NOT_A_KLARNA_ID, field, value=value[:60])
    return value


def check_reference(field: str, value: object) -> str:
    """An opaque reference (a payout's payment reference: Klarna never documented its form), refused with a
    reason naming the field if it could not be one: empty, "." or "..", a "/", space or control character,
    or over 255 characters."""
    if not isinstance(value, str):
        raise _refuse(Code.WRONG_KIND, field, expected="str", got=type(value).__name__)
    if not value:
        raise _refuse(Code.FIELD_EMPTY, field)
    if value in (".", "..") or len(value) > 255 or re.search(r"[\s/\\\x00-\x1f\x7f]", value):
        raise _refuse(Code.NOT_A_PAYMENT_REFERENCE, field, value=value[:60])
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
    """Turn msgspec's terse message into a reason naming the field path, the limit and what was given."""
    field, code, values = _explain(text)
    got = _value_at(body, field)
    if got is not None and code in _WITH_GOT:
        values["got"] = got
    return RequestValidationError(Reason(code, {"field": field, **values}))


_AT = re.compile(r"^(?P<what>.*?)(?: - at `\$(?P<path>[^`]*)`)?$", re.S)
# msgspec's own (English, developer) wording of a broken limit, and the reason it becomes.
_RULES: list[tuple[re.Pattern[str], Code, tuple[str, ...]]] = [
    (re.compile(r"Expected `str` of length <= (\d+)"), Code.TEXT_TOO_LONG, ("limit",)),
    (re.compile(r"Expected `str` of length >= (\d+)"), Code.TEXT_TOO_SHORT, ("limit",)),
    (re.compile(r"Expected `array` of length <= (\d+)"), Code.TOO_MANY_ITEMS, ("limit",)),
    (re.compile(r"Expected `array` of length >= (\d+)"), Code.TOO_FEW_ITEMS, ("limit",)),
    (re.compile(r"Expected `int` >= (-?\d+)"), Code.NUMBER_TOO_SMALL, ("limit",)),
    (re.compile(r"Expected `int` <= (-?\d+)"), Code.NUMBER_TOO_LARGE, ("limit",)),
    (re.compile(r"Expected `(\w+)`, got `(\w+)`"), Code.WRONG_KIND, ("expected", "got")),
    (re.compile(r"Expected `(\w+) \| null`, got `(\w+)`"), Code.WRONG_KIND, ("expected", "got")),
]
_WITH_GOT = {Code.TEXT_TOO_LONG, Code.TEXT_TOO_SHORT, Code.TOO_MANY_ITEMS, Code.TOO_FEW_ITEMS,
             Code.NUMBER_TOO_SMALL, Code.NUMBER_TOO_LARGE}


def _explain(text: str) -> tuple[str, Code, dict[str, Value]]:
    """Split msgspec's "<problem> - at `$.a[0].b`" into ("a[0].b", the reason's code, its values)."""
    match = _AT.match(text)
    what = match.group("what") if match else text
    field = ((match.group("path") or "") if match else "").lstrip(".")
    missing = re.match(r"Object missing required field `(\w+)`", what)
    if missing:
        return _join(field, missing.group(1)), Code.FIELD_REQUIRED, {}
    unknown = re.match(r"Object contains unknown field `(\w+)`", what)
    if unknown:
        return _join(field, unknown.group(1)), Code.FIELD_UNKNOWN, {}
    invalid = re.match(r"Invalid enum value (.+)", what)
    if invalid:
        allowed = _ALLOWED.get(field.rsplit(".", 1)[-1])
        return field, Code.VALUE_NOT_ALLOWED, {"value": invalid.group(1), "allowed": ",".join(allowed or ())}
    for pattern, code, names in _RULES:
        found = pattern.search(what)
        if found:
            values: dict[str, Value] = {}
            for name, group in zip(names, found.groups(), strict=True):
                values[name] = int(group) if name == "limit" else group
            return field, code, values
    return field, Code.FIELD_INVALID, {"detail": what}


def _join(parent: str, child: str) -> str:
    return f"{parent}.{child}" if parent else child


def _value_at(body: Any, field: str) -> int | None:
    """What was given at a dotted path, for "(got …)": a length, an item count or the number."""
    if not field:
        return None
    node: Any = body.to_dict() if isinstance(body, Body) else body
    for part in re.findall(r"[^.\[\]]+|\[\d+\]", field):
        try:
            node = node[int(part[1:-1])] if part.startswith("[") else node[part]
        except (KeyError, IndexError, TypeError, ValueError):
            return None
    if isinstance(node, str | list):
        return len(node)
    if isinstance(node, int) and not isinstance(node, bool):
        return node
    return None
