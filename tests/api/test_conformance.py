"""What the client sends validates against Klarna's spec, and Klarna's own samples parse."""

from __future__ import annotations

import json
from typing import Any

import jsonschema
import msgspec
import pytest
from klarna_console import api
from klarna_console.api.models import Capture, Order
from klarna_console.api.requests import (
    CaptureRequest,
    RefundRequest,
    ShippingInfoRequest,
    UpdateAuthorizationRequest,
    UpdateMerchantReferencesRequest,
)
from klarna_console.api.validation import validate
from klarna_console.sandbox.klarna_errors import validation_message as said

from .conftest import CAPTURE_ID, ORDER_ID, REFUND_ID
from .test_operations import OPERATIONS


def request_schema(spec: dict[str, Any], method: str, path: str) -> dict[str, Any] | None:
    """The JSON schema of an operation's request body, with the spec's components resolvable."""
    template = path.replace(ORDER_ID, "{order_id}").replace(CAPTURE_ID, "{capture_id}").replace(REFUND_ID, "{refund_id}")
    operation = spec["paths"][template][method.lower()]
    body = operation.get("requestBody")
    if body is None:
        return None
    schema = body["content"]["application/json"]["schema"]
    return {**schema, "components": spec["components"]}


def openapi_to_jsonschema(node: Any) -> Any:
    """OpenAPI 3.0 schemas are JSON Schema but for a few keywords; `pattern` there is a search, as in JSON Schema."""
    if isinstance(node, dict):
        return {k: openapi_to_jsonschema(v) for k, v in node.items() if k not in ("example", "style", "x-nullable")}
    if isinstance(node, list):
        return [openapi_to_jsonschema(v) for v in node]
    return node


@pytest.mark.parametrize("op", OPERATIONS, ids=lambda op: op.name)
async def test_request_bodies_validate_against_the_spec(spec, klarna, op):
    klarna.answer(op.answer)
    async with klarna.client() as client:
        await op.call(client)
    schema = request_schema(spec, op.method, klarna.last.url.path)
    if schema is None:
        assert klarna.last.content == b"", f"{op.name} has no body in the spec but sent one"
        return
    jsonschema.validate(json.loads(klarna.last.content), openapi_to_jsonschema(schema))


def test_every_request_schema_has_a_model(spec):
    bodies = {
        (method.upper(), path): op["requestBody"]["content"]["application/json"]["schema"]["$ref"].rsplit("/", 1)[-1]
        for path, ops in spec["paths"].items() for method, op in ops.items()
        if isinstance(op, dict) and "requestBody" in op
    }
    assert sorted(set(bodies.values())) == sorted([
        "CaptureObject", "ExtendDueDateRequest", "RefundObject", "UpdateAuthorization", "UpdateConsumer",
        "UpdateMerchantReferences", "UpdateShippingInfo",
    ])


@pytest.mark.parametrize("model, schema_name", [
    (CaptureRequest, "CaptureObject"),
    (RefundRequest, "RefundObject"),
    (UpdateAuthorizationRequest, "UpdateAuthorization"),
    (UpdateMerchantReferencesRequest, "UpdateMerchantReferences"),
    (ShippingInfoRequest, "UpdateShippingInfo"),
])
def test_models_carry_the_specs_string_limits(spec, model, schema_name):
    """Every maxLength / maxItems / maximum in the spec is enforced by our model."""
    schemas = spec["components"]["schemas"]

    def limits(schema: dict[str, Any], prefix: str = "") -> list[tuple[str, str, int]]:
        found = []
        for name, prop in schema.get("properties", {}).items():
            prop = schemas[prop["$ref"].rsplit("/", 1)[-1]] if "$ref" in prop else prop
            for key in ("maxLength", "maximum", "maxItems"):
                if key in prop:
                    found.append((prefix + name, key, prop[key]))
            items = prop.get("items", {})
            if "$ref" in items and prefix.count(".") < 1:
                found += limits(schemas[items["$ref"].rsplit("/", 1)[-1]], f"{prefix}{name}.")
        return found

    def body_with(path: str, value: Any) -> dict[str, Any]:
        first = {"captured_amount": 1, "refunded_amount": 1, "order_amount": 1}
        body: dict[str, Any] = {k: v for k, v in first.items() if k in model.__struct_fields__}
        if "shipping_info" in model.__struct_fields__ and model is ShippingInfoRequest:
            body["shipping_info"] = [{}]
        parts = path.split(".")
        if len(parts) == 1:
            body[parts[0]] = value
        else:
            item = {"name": "n", "quantity": 1, "unit_price": 1, "total_amount": 1} if parts[0] == "order_lines" else {}
            body[parts[0]] = [{**item, parts[1]: value}]
        return body

    checked = 0
    for path, key, limit in limits(schemas[schema_name]):
        over: Any = {"maxLength": "x" * (limit + 1), "maximum": limit + 1}.get(key)
        if key == "maxItems":
            item = {"name": "n", "quantity": 1, "unit_price": 1, "total_amount": 1} if "order_lines" in path else {}
            over = [item] * (limit + 1)
        with pytest.raises(api.RequestValidationError, match=path.replace(".", r"(\[0\])?\.")):
            validate(model, body_with(path, over))
        checked += 1
    assert checked >= 2


RESPONSE_SAMPLES = {
    "OrderManagementGetOrderResponse.json": Order,
    "OrderManagementGetOneCaptureResponse.json": Capture,
    "OrderManagementGetAllCapturesForOneOrderResponse.json": list[Capture],
}
REQUEST_SAMPLES = {
    "OrderManagementCreateCaptureRequest.json": CaptureRequest,
    "OrderManagementCreateRefundRequest.json": RefundRequest,
    "OrderManagementSetNewOrderAmountAndOrderLinesRequest.json": UpdateAuthorizationRequest,
    "OrderManagementUpdateMerchantReferencesRequest.json": UpdateMerchantReferencesRequest,
    "OrderManagementAddShippingInfoToCaptureRequest.json": ShippingInfoRequest,
}


def read_sample(samples_dir, name: str) -> bytes:
    # Klarna's files start with a UTF-8 BOM; the client tolerates it on the wire too.
    return (samples_dir / name).read_bytes()


@pytest.mark.parametrize("name", sorted(RESPONSE_SAMPLES))
def test_klarnas_response_samples_parse(samples_dir, name):
    raw = read_sample(samples_dir, name).removeprefix(b"\xef\xbb\xbf")
    parsed = msgspec.json.decode(raw, type=RESPONSE_SAMPLES[name])
    first = parsed[0] if isinstance(parsed, list) else parsed
    assert first.order_lines and first.order_lines[0].product_identifiers.brand == "Intel"


def test_order_sample_keeps_lowercase_currency_and_reads_dates(samples_dir):
    raw = read_sample(samples_dir, "OrderManagementGetOrderResponse.json").removeprefix(b"\xef\xbb\xbf")
    order = msgspec.json.decode(raw, type=Order)
    assert order.purchase_currency == "usd"
    assert order.created_at.tzinfo is not None
    assert order.captures[0].shipping_info[0].shipping_method == "Home"
    assert order.initial_payment_method.type == "INVOICE"


@pytest.mark.parametrize("name", sorted(REQUEST_SAMPLES))
def test_klarnas_request_samples_are_valid_requests(samples_dir, name):
    data = json.loads(read_sample(samples_dir, name).decode("utf-8-sig"))
    assert validate(REQUEST_SAMPLES[name], data).to_dict() == data


def test_the_old_billing_address_sample_is_refused_with_the_reason(samples_dir):
    """The 2020 sample updates the billing address, which Klarna no longer allows."""
    from klarna_console.api.requests import UpdateCustomerDetailsRequest

    data = json.loads(read_sample(samples_dir, "OrderManagementUpdateCustomerAddressesRequest.json").decode("utf-8-sig"))
    with pytest.raises(api.RequestValidationError) as caught:
        validate(UpdateCustomerDetailsRequest, data)
    assert said(caught.value.reason) == "billing_address: is not a field Klarna accepts here"
    del data["billing_address"]
    assert validate(UpdateCustomerDetailsRequest, data).to_dict() == data
