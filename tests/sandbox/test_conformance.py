"""Conformance to Klarna's spec: requests generated from it (schemathesis) against the running sandbox.

schemathesis generates the requests; the answers are judged by the same SpecConformance check that
watches every other test. schemathesis's own response checks are not used: the spec declares a JSON
string body on some 204 answers, which HTTP forbids and Klarna does not send, so they would fail a
correct server.
"""

from __future__ import annotations

import random
import uuid

import httpx
import pytest
from hypothesis import HealthCheck, Phase, given, settings

from fixtures.sandbox import PASSWORD, USERNAME, Exchange, SpecConformance

schemathesis = pytest.importorskip("schemathesis")
requests = pytest.importorskip("requests")

EXAMPLES_PER_OPERATION = 12


def test_generated_requests_get_no_server_error_and_conforming_answers(spec, om_conformance, sandbox, live):
    schema = schemathesis.openapi.from_dict(spec)
    orders = sandbox.order_ids
    captures = [(o, c.capture_id) for o in orders for c in sandbox.order(o).captures]
    refunds = [(o, r.refund_id) for o in orders for r in sandbox.order(o).refunds]
    pick = random.Random(7)
    seen: list[Exchange] = []
    session = requests.Session()
    session.auth = (USERNAME, PASSWORD)

    def aim(case) -> None:
        """Point most cases at real orders, captures and refunds; keep a few generated ids (404s)."""
        params = dict(case.path_parameters or {})
        if pick.random() < 0.9:
            if "refund_id" in params:
                params["order_id"], params["refund_id"] = pick.choice(refunds)
            elif "capture_id" in params:
                params["order_id"], params["capture_id"] = pick.choice(captures)
            else:
                params["order_id"] = pick.choice(orders)
        elif pick.random() < 0.5:
            # An order id that is a UUID but unknown (404); generated ones that are not UUIDs are 400.
            params["order_id"] = str(uuid.UUID(int=pick.getrandbits(128), version=4))
        case.path_parameters = params
        # A generated key may repeat across operations and replay another operation's answer (as Klarna
        # would); a fresh key per case keeps each answer the operation's own.
        case.headers = {**(case.headers or {}), "Klarna-Idempotency-Key": str(uuid.uuid4())}

    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) == 18
    for operation in operations:

        @settings(max_examples=EXAMPLES_PER_OPERATION, deadline=None, database=None, derandomize=True,
                  phases=[Phase.explicit, Phase.generate], suppress_health_check=list(HealthCheck))
        @given(case=operation.as_strategy())
        def exercise(case) -> None:
            aim(case)
            response = case.call(base_url=live.base_url, session=session)
            path = httpx.URL(response.request.url).raw_path.split(b"?")[0].decode("ascii")
            headers = httpx.Headers([(name, value) for name, values in response.headers.items() for value in values])
            seen.append(Exchange(case.method.upper(), path, response.status_code, headers, response.content))
            assert response.status_code < 500, f"{case.method} {path} -> {response.status_code}: {response.text}"

        exercise()
    session.close()
    problems = [p for exchange in seen for p in om_conformance.problems(exchange)]
    assert not problems, "\n".join(problems[:20])
    # The run reached the operations themselves, not only their error paths.
    assert {ex.status for ex in seen} >= {200, 201, 204, 400, 403, 404}


def test_the_spec_check_catches_answers_that_break_the_spec(spec, om_conformance):
    order = "/ordermanagement/v1/orders/5ef9a5b3-6c08-42e1-91a3-065dcae5c5dd"
    good = Exchange("POST", order + "/captures", 201,
                    httpx.Headers({"Capture-Id": "c1", "Location": "http://x" + order + "/captures/c1"}), b"")
    assert om_conformance.problems(good) == []
    no_header = Exchange("POST", order + "/captures", 201, httpx.Headers({"Location": "http://x" + order}), b"")
    assert om_conformance.problems(no_header) == [f"POST {order}/captures -> 201: missing header Capture-Id"]
    wrong_type = Exchange("GET", order, 200, httpx.Headers({"content-type": "application/json"}),
                          b'{"order_amount": "ten"}')
    assert "'ten' is not of type 'integer'" in om_conformance.problems(wrong_type)[0]
    bare_error = Exchange("GET", order, 404, httpx.Headers({"content-type": "application/json"}), b'{"error_code": 1}')
    assert len(om_conformance.problems(bare_error)) >= 3
    undocumented = Exchange("POST", order + "/cancel", 200, httpx.Headers({}), b"")
    assert om_conformance.problems(undocumented) == [
        f"POST {order}/cancel -> 200: status not documented for this operation"]


def test_the_spec_check_knows_all_18_operations(spec, om_conformance: SpecConformance):
    operations = [(m, t) for _, t in om_conformance.routes for m in om_conformance.spec["paths"][t]
                  if m in ("get", "post", "patch")]
    assert len(operations) == 18
