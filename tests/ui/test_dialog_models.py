"""The dialogs' own item models: Qt's model checks, and edits that a person makes (or mistypes)."""

from __future__ import annotations

from klarna_console.api.models import OrderLine
from klarna_console.domain.lines import line_tax
from klarna_console.ui.dialogs.lines_edit import EditableLinesModel
from klarna_console.ui.dialogs.pick_lines import LeftRole, PickLinesModel
from klarna_console.ui.qt import Qt

LINES = [
    OrderLine(type="physical", reference="SKU-1", name="Tent", quantity=3, unit_price=10000, total_amount=27000,
              total_discount_amount=3000, tax_rate=2500, total_tax_amount=5400),
    OrderLine(type="shipping_fee", reference="SHIP", name="Shipping", quantity=1, unit_price=4900,
              total_amount=4900, tax_rate=2500, total_tax_amount=980),
]


def test_pick_model_passes_qt_model_checks_and_clamps_quantities(qtmodeltester):
    model = PickLinesModel(lambda: "EUR", "en")
    model.set_lines(LINES, [2, 0])
    qtmodeltester.check(model, force_py=True)
    quantity = model.index(0, PickLinesModel.QUANTITY)
    assert model.data(quantity, LeftRole) == 2
    assert model.setData(quantity, 5) and model.rows[0].quantity == 2  # no more than is left
    assert not model.flags(model.index(1, PickLinesModel.QUANTITY)) & Qt.ItemFlag.ItemIsEditable
    assert model.data(model.index(0, PickLinesModel.LEFT)) == "2 of 3"
    # Two of three: the discount in proportion, the total by Klarna's formula, tax at the line's rate.
    part = model.parts()[0]
    assert (part["quantity"], part["total_discount_amount"], part["total_amount"]) == (2, 2000, 18000)
    assert part["total_tax_amount"] == line_tax(18000, 2500) == 3600
    assert model.data(model.index(0, PickLinesModel.AMOUNT)) == "€180.00"
    model.set_lines(LINES, [1, 1])  # re-read order: the pick is kept within what is left now
    assert model.rows[0].quantity == 1 and model.total() == 9000
    qtmodeltester.check(model, force_py=True)


def test_editable_lines_model_passes_qt_model_checks_and_recomputes(qtmodeltester):
    model = EditableLinesModel(lambda: "EUR", "en")
    model.set_lines(LINES)
    qtmodeltester.check(model, force_py=True)
    assert model.total() == 31900 and not model.edited
    assert model.setData(model.index(0, EditableLinesModel.QUANTITY), 4)
    assert model.lines[0].total == 37000 and model.total() == 41900 and model.edited
    assert model.data(model.index(0, EditableLinesModel.TAX)) == "€74.00"
    assert model.setData(model.index(0, EditableLinesModel.TAX_RATE), "12.5")
    assert model.lines[0].tax_rate == 1250
    problems: list[str] = []
    model.problem.connect(problems.append)
    assert not model.setData(model.index(1, EditableLinesModel.UNIT_PRICE), "4,9,0")
    assert not model.setData(model.index(1, EditableLinesModel.TYPE), "freebie")
    assert not model.setData(model.index(1, EditableLinesModel.QUANTITY), -1)
    # Each message names the line and the field; what was typed stays shown (in red) and blocks sending.
    assert [p.split(": ")[:2] for p in problems[:2]] == [["Line 2 (Shipping)", "unit price"],
                                                         ["Line 2 (Shipping)", "type"]]
    assert problems[2].startswith("Line 2 (Shipping): quantity must be a whole number from 0 to 1,000,000")
    assert model.lines[1].unit_price == 4900  # a refused edit changes nothing
    assert [field for field, _ in model.problems()] == ["order_lines[1].type", "order_lines[1].quantity",
                                                        "order_lines[1].unit_price"]
    assert model.data(model.index(1, EditableLinesModel.QUANTITY)) == "-1"  # shown as typed, not as 1
    assert model.setData(model.index(1, EditableLinesModel.TYPE), "shipping_fee")
    assert model.setData(model.index(1, EditableLinesModel.QUANTITY), "1")
    assert model.setData(model.index(1, EditableLinesModel.UNIT_PRICE), "-5.00")  # a discount line
    row = model.add_line()
    assert model.lines[row].tax_rate == 1250 and model.rowCount() == 3
    model.remove_line(row)
    assert not model.flags(model.index(0, EditableLinesModel.TOTAL)) & Qt.ItemFlag.ItemIsEditable
    body = model.bodies()[0]
    assert body == {"name": "Tent", "quantity": 4, "unit_price": 10000, "total_amount": 37000, "type": "physical",
                    "reference": "SKU-1", "total_discount_amount": 3000, "tax_rate": 1250,
                    "total_tax_amount": line_tax(37000, 1250)}
    qtmodeltester.check(model, force_py=True)


def test_picking_a_discounted_line_in_parts_adds_up_to_the_line_in_any_order():
    """89.99 for three: picked 1+1+1, 1+2, 2+1 or 3 across captures, the parts sum to the line (issue 13)."""
    jackets = OrderLine(type="physical", reference="JK-300", name="Rain jacket", quantity=3, unit_price=3000,
                        total_discount_amount=1, total_amount=8999, tax_rate=2500, total_tax_amount=1800)
    model = PickLinesModel(lambda: "EUR", "en")
    for sizes in ((1, 1, 1), (1, 2), (2, 1), (3,)):
        left, amounts, taxes = 3, [], []
        for size in sizes:
            model.set_lines([jackets], [left])  # the dialog as opened after the earlier captures
            model.setData(model.index(0, PickLinesModel.QUANTITY), size)
            amounts.append(model.total())
            taxes.append(model.parts()[0]["total_tax_amount"])
            left -= size
        assert sum(amounts) == 8999 and sum(taxes) == 1800, sizes
