"""Reading request bodies: JSON in, unknown fields dropped, the spec's limits checked by `api.validation`."""

from __future__ import annotations

import functools
from typing import Any, TypeVar

import msgspec
from msgspec import inspect

from ..api.errors import RequestValidationError
from ..api.requests import Body
from ..api.validation import validate
from ..reasons import Code
from . import klarna_errors
from .errors import bad_value, unprocessable, unsupported_media_type

B = TypeVar("B", bound=Body)

# Deeper than any request of the spec (order lines hold objects in lists in objects: depth 4 or so).
MAX_DEPTH = 32
# A value outside the spec's limits (a size or a range, not a wrong kind) is 422 (Klarna's "unprocessable"); any other bad value 400.
_LIMITS = {Code.TEXT_TOO_LONG, Code.TEXT_TOO_SHORT, Code.TOO_MANY_ITEMS, Code.TOO_FEW_ITEMS,
           Code.NUMBER_TOO_SMALL, Code.NUMBER_TOO_LARGE}


def decode_json(raw: bytes) -> dict[str, Any]:
    """The body as a JSON object; an empty body is an empty object (the model then names what is missing)."""
    if not raw.strip():
        return {}
    raw = raw.removeprefix(b"\xef\xbb\xbf")
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        raise unsupported_media_type("text that is not UTF-8") from None
    try:
        data = msgspec.json.decode(raw)
    except msgspec.DecodeError as exc:
        raise bad_value(f"request body is not valid JSON: {exc}") from None
    except RecursionError:
        raise bad_value(f"request body: nested deeper than {MAX_DEPTH} levels") from None
    if _depth(data) > MAX_DEPTH:
        raise bad_value(f"request body: nested deeper than {MAX_DEPTH} levels")
    if not isinstance(data, dict):
        raise bad_value(f"request body: must be a JSON object, not {type(data).__name__}")
    return data


def _depth(data: Any) -> int:
    """How deeply lists and objects nest in decoded JSON (walked without recursion)."""
    deepest, todo = 0, [(data, 1)]
    while todo:
        node, level = todo.pop()
        if isinstance(node, (dict, list)):
            deepest = max(deepest, level)
            if level <= MAX_DEPTH:
                todo.extend((child, level + 1) for child in (node.values() if isinstance(node, dict) else node))
    return deepest


def parse(body_type: type[B], raw: bytes) -> B:
    """Decode and check an Order Management body; fields the spec does not define are ignored.

    The spec leaves `additionalProperties` open, so an extra field is not an error for Klarna's
    routes; our request models forbid them (to catch the app's own typos), hence the pruning.
    """
    return check(body_type, prune(body_type, decode_json(raw)))


def check(body_type: type[B], data: dict[str, Any]) -> B:
    """Check plain data against a request model, naming the field: a broken limit is 422, the rest 400."""
    try:
        return validate(body_type, data)
    except RequestValidationError as exc:
        message = klarna_errors.validation_message(exc.reason)
        if exc.reason.code in _LIMITS:
            raise unprocessable(message) from None
        raise bad_value(message) from None


def prune(body_type: type[Body], data: dict[str, Any]) -> dict[str, Any]:
    """A copy of `data` without the keys `body_type` (and the models inside it) does not define."""
    return _prune(_info(body_type), data)  # type: ignore[no-any-return]


@functools.cache
def _info(body_type: type[Body]) -> inspect.Type:
    return inspect.type_info(body_type)


def _prune(info: inspect.Type, value: Any) -> Any:
    if isinstance(info, inspect.StructType) and isinstance(value, dict):
        fields = {f.encode_name: f.type for f in info.fields}
        return {k: _prune(fields[k], v) for k, v in value.items() if k in fields}
    if isinstance(info, (inspect.ListType, inspect.SetType, inspect.VarTupleType)) and isinstance(value, list):
        return [_prune(info.item_type, item) for item in value]
    if isinstance(info, inspect.UnionType):
        for member in info.types:
            if isinstance(member, inspect.StructType) and isinstance(value, dict):
                return _prune(member, value)
            if isinstance(member, inspect.ListType) and isinstance(value, list):
                return _prune(member, value)
    return value
