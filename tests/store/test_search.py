"""Search over the order cache: what an agent types finds the orders they mean, filtered, sorted and paged."""

from __future__ import annotations

import datetime as dt

import pytest
from klarna_console.store import SORT_COLUMNS, SearchQuery, Store
from klarna_console.store.sqlite import orders as orders_module

from fixtures.store import NOW, MakeOrder

DAY = dt.timedelta(days=1)
ANNA_ID = "3f1a2b4c-5d6e-4f70-8a9b-0c1d2e3f4a5b"


@pytest.fixture
def shop(store: Store, make_order: MakeOrder) -> Store:
    """A handful of customers across markets, statuses and dates."""
    store.orders.upsert_orders([
        make_order(order_id=ANNA_ID, given="Anna", family="Söderberg", email="anna.soderberg@example.se",
                   phone="+46 70 123 45 67", postal_code="113 50", klarna_reference="K4MADNY",
                   merchant_reference1="WEB-1001", order_amount=12_000, created_at=NOW - 30 * DAY,
                   expires_at=NOW + 3 * DAY, purchase_currency="sek"),
        make_order(order_id="order-svensson", given="Anna", family="Svensson", email="anna.svensson@example.se",
                   phone="070-555 12 12", postal_code="411 01", klarna_reference="K9ZZQ1X", status="CANCELLED",
                   merchant_reference1="WEB-1002", order_amount=5_000, created_at=NOW - 10 * DAY),
        make_order(order_id="order-mueller", given="Jürgen", family="Müller", email="juergen.mueller@example.de",
                   phone="+49 30 1234567", postal_code="10115", klarna_reference="B7MULLR", status="CAPTURED",
                   purchase_currency="EUR", order_amount=99_900, created_at=NOW - 2 * DAY,
                   merchant_reference1="WEB-1003", merchant_reference2="ERP-77"),
        make_order(order_id="order-jorgensen", given="Søren", family="Jørgensen", email="soren@example.dk",
                   klarna_reference="DK55JRG", status="PART_CAPTURED", purchase_currency="DKK",
                   order_amount=45_000, created_at=NOW - 5 * DAY, expires_at=NOW + 10 * DAY,
                   fraud_status="PENDING"),
        # A newer order whose references quote Anna's id and Klarna reference (a replacement order).
        make_order(order_id="order-replacement", given="Lars", family="Berg", email="lars.berg@example.se",
                   klarna_reference="R3PLACE", merchant_reference1="K4MADNY-RETURN", merchant_reference2=ANNA_ID,
                   order_amount=12_000, created_at=NOW - 1 * DAY, expires_at=NOW + 20 * DAY),
    ], fetched_at=NOW)
    return store


def ids(store: Store, query: SearchQuery | str, offset: int = 0, limit: int = 200) -> list[str]:
    return [row.order_id for row in store.orders.search(query, offset, limit)]


@pytest.mark.parametrize(("text", "expected"), [
    ("sode", {ANNA_ID}),                          # prefix, accent typed without
    ("SÖDE", {ANNA_ID}),                          # case and accent typed with
    ("muller", {"order-mueller"}),                # ü folds to u
    ("jorgensen", {"order-jorgensen"}),           # ø is folded too, though Unicode does not decompose it
    ("jørg", {"order-jorgensen"}),
    ("anna", {ANNA_ID, "order-svensson"}),
    ("anna sv", {"order-svensson"}),              # every word must match, in any field
    ("anna.s", {ANNA_ID, "order-svensson"}),      # an e-mail fragment
    ("anna.so", {ANNA_ID}),
    ("example.de", {"order-mueller"}),
    ("070 123 45 67", {ANNA_ID}),                 # the phone as read out, stored as +46 70 123 45 67
    ("+46701234567", {ANNA_ID}),
    ("0705551212", {"order-svensson"}),
    ("11350", {ANNA_ID}),                         # postal code with or without its space
    ("113 50", {ANNA_ID}),
    ("web-1003", {"order-mueller"}),              # merchant references
    ("erp-77", {"order-mueller"}),
    ("3f1a2b4c", {ANNA_ID, "order-replacement"}), # a piece of an order id (also quoted by the replacement)
    ("dk55", {"order-jorgensen"}),                # Klarna reference prefix, any case
    ("nobody", set()),
])
def test_text_matches_prefixes_of_words_in_any_searched_field(shop: Store, text: str, expected: set[str]) -> None:
    assert set(ids(shop, text)) == expected
    assert shop.orders.count(text) == len(expected)


def test_an_exact_order_id_comes_first_even_when_newer_orders_quote_it(shop: Store) -> None:
    # Newest first would put the replacement order first; the exact id wins.
    assert ids(shop, ANNA_ID) == [ANNA_ID, "order-replacement"]
    assert ids(shop, ANNA_ID.upper())[0] == ANNA_ID


def test_an_exact_klarna_reference_comes_first_in_any_case(shop: Store) -> None:
    assert ids(shop, "k4madny") == [ANNA_ID, "order-replacement"]
    assert shop.orders.count("k4madny") == 2


def test_an_exact_hit_is_not_repeated_on_later_pages(shop: Store) -> None:
    pages = [ids(shop, "k4madny", offset, 1) for offset in range(3)]
    assert pages == [[ANNA_ID], ["order-replacement"], []]


def test_an_exact_hit_still_obeys_the_filters(shop: Store) -> None:
    assert ids(shop, SearchQuery(text="K4MADNY", statuses={"CANCELLED"})) == []


def test_typed_search_syntax_is_taken_as_words_not_as_fts_operators(shop: Store) -> None:
    for text in ['"anna', "anna*", "(müller", "NEAR(anna", "müller OR anna", "-anna", "^anna", "col:anna"]:
        shop.orders.search(text)  # must not raise
    assert ids(shop, '"müller"') == ["order-mueller"]
    assert ids(shop, "müller OR anna") == []  # three words, and no order has all of them


def test_text_without_letters_or_digits_does_not_narrow_the_results(shop: Store) -> None:
    # Typing "+" before a phone number must not flash an empty table.
    assert shop.orders.count("+") == 5
    assert shop.orders.count("") == 5


def test_no_text_lists_every_order_newest_first(shop: Store) -> None:
    assert ids(shop, SearchQuery()) == [
        "order-replacement", "order-mueller", "order-jorgensen", "order-svensson", ANNA_ID,
    ]


def test_status_filter_takes_a_set(shop: Store) -> None:
    query = SearchQuery(statuses={"cancelled", "CAPTURED"})
    assert ids(shop, query) == ["order-mueller", "order-svensson"]
    assert shop.orders.count(query) == 2


def test_created_range_with_dates_includes_both_whole_days(shop: Store) -> None:
    query = SearchQuery(created_from=(NOW - 10 * DAY).date(), created_to=(NOW - 2 * DAY).date())
    assert set(ids(shop, query)) == {"order-svensson", "order-jorgensen", "order-mueller"}


def test_created_range_with_datetimes_is_from_inclusive_to_exclusive(shop: Store) -> None:
    query = SearchQuery(created_from=NOW - 10 * DAY, created_to=NOW - 2 * DAY)
    assert set(ids(shop, query)) == {"order-svensson", "order-jorgensen"}


def test_amount_range_is_inclusive_in_minor_units(shop: Store) -> None:
    assert set(ids(shop, SearchQuery(amount_min=12_000, amount_max=45_000))) == {
        ANNA_ID, "order-replacement", "order-jorgensen",
    }
    assert ids(shop, SearchQuery(amount_min=99_901)) == []


def test_currency_filter_ignores_case_of_klarna_and_of_the_user(shop: Store) -> None:
    # Klarna's own samples send lower-case currencies.
    assert set(ids(shop, SearchQuery(currency="sek"))) == {ANNA_ID, "order-svensson", "order-replacement"}
    assert ids(shop, SearchQuery(currency="Eur")) == ["order-mueller"]


def test_expires_within_days_keeps_open_orders_expiring_in_the_window(shop: Store) -> None:
    assert ids(shop, SearchQuery(expires_within_days=7, now=NOW)) == [ANNA_ID]
    assert set(ids(shop, SearchQuery(expires_within_days=14, now=NOW))) == {ANNA_ID, "order-jorgensen"}
    # Already expired is not "expires soon".
    assert ids(shop, SearchQuery(expires_within_days=14, now=NOW + 4 * DAY)) == ["order-jorgensen"]


def test_fraud_pending_filter(shop: Store) -> None:
    assert ids(shop, SearchQuery(fraud_pending=True)) == ["order-jorgensen"]


def test_text_and_filters_combine(shop: Store) -> None:
    assert ids(shop, SearchQuery(text="anna", statuses={"AUTHORIZED"})) == [ANNA_ID]
    assert shop.orders.count(SearchQuery(text="anna", statuses={"AUTHORIZED"})) == 1


@pytest.mark.parametrize(("sort", "descending", "expected"), [
    ("order_amount", False, ["order-svensson", ANNA_ID, "order-replacement", "order-jorgensen", "order-mueller"]),
    # Without case, by code point: "ö" after "v" (as in the Nordic alphabets, where it follows "z").
    ("customer_name", False, ["order-svensson", ANNA_ID, "order-mueller", "order-replacement", "order-jorgensen"]),
    # Orders without an expiry come last; ties keep the order they were cached in (reversed here).
    ("expires_at", True, ["order-replacement", "order-jorgensen", ANNA_ID, "order-mueller", "order-svensson"]),
    ("klarna_reference", False, ["order-mueller", "order-jorgensen", ANNA_ID, "order-svensson", "order-replacement"]),
    ("email", True, ["order-jorgensen", "order-replacement", "order-mueller", "order-svensson", ANNA_ID]),
])
def test_sort_by_a_column(shop: Store, sort: str, descending: bool, expected: list[str]) -> None:
    assert ids(shop, SearchQuery(sort=sort, descending=descending)) == expected


def test_equal_amounts_keep_a_stable_order_across_pages(shop: Store) -> None:
    query = SearchQuery(sort="order_amount")
    whole = ids(shop, query)
    assert [i for offset in range(5) for i in ids(shop, query, offset, 1)] == whole


def test_an_unknown_sort_column_is_refused_with_the_choices() -> None:
    with pytest.raises(ValueError, match="sort: 'name' is not one of .*customer_name"):
        SearchQuery(sort="name")


def test_rows_carry_the_columns_of_the_results_table(shop: Store) -> None:
    (row,) = shop.orders.search(SearchQuery(text="müller"))
    assert (row.customer_name, row.email, row.phone, row.postal_code) == (
        "Jürgen Müller", "juergen.mueller@example.de", "+49 30 1234567", "10115")
    assert (row.status, row.currency, row.order_amount, row.klarna_reference) == ("CAPTURED", "EUR", 99_900, "B7MULLR")
    assert row.created_at == NOW - 2 * DAY and row.fetched_at == NOW


@pytest.fixture
def crowd(store: Store, make_order: MakeOrder) -> Store:
    """600 orders: "a" starts a word in most of them, "q" in a few: both plans get used."""
    names = ["Anna Andersson", "Axel Ahlberg", "Alma Berg", "Quinn Quist", "Bo Nilsson", "Ada Lind"]
    orders = []
    for n in range(600):
        given, family = names[n % len(names)].split()
        orders.append(make_order(
            order_id=f"order-{n:04d}", given=given, family=family, email=f"{given.lower()}{n}@example.com",
            order_amount=1_000 + (n * 37) % 5_000, created_at=NOW - dt.timedelta(hours=n * 7 % 500),
            status=("AUTHORIZED", "CAPTURED", "CANCELLED")[n % 3], purchase_currency=("SEK", "EUR")[n % 2],
        ))
    store.orders.upsert_orders(orders, fetched_at=NOW)
    return store


@pytest.mark.parametrize("query", [
    SearchQuery(text="a"),
    SearchQuery(text="q"),
    SearchQuery(text="a", statuses={"CAPTURED"}, currency="EUR"),
    SearchQuery(text="an", sort="order_amount", descending=False),
    SearchQuery(text="a", sort="customer_name"),
])
def test_walking_the_sort_index_and_sorting_the_matches_give_the_same_pages(
    crowd: Store, query: SearchQuery, monkeypatch: pytest.MonkeyPatch
) -> None:
    pages = {}
    for walk in (True, False):
        monkeypatch.setattr(orders_module, "walk_sort_index", lambda *a, walk=walk, **k: walk)
        pages[walk] = [ids(crowd, query, offset, 50) for offset in (0, 50, 150, 400)]
    assert pages[True] == pages[False]
    assert any(pages[True])


def test_pages_tile_the_whole_result_and_count_matches(crowd: Store) -> None:
    query = SearchQuery(text="a", statuses={"AUTHORIZED", "CAPTURED"})
    whole = ids(crowd, query, 0, 10_000)
    paged = [i for offset in range(0, len(whole) + 200, 200) for i in ids(crowd, query, offset, 200)]
    assert paged == whole
    assert crowd.orders.count(query) == len(whole) == 200
    assert len(set(whole)) == len(whole)


def test_every_listed_column_can_be_sorted_by(crowd: Store) -> None:
    for column in SORT_COLUMNS:
        rows = crowd.orders.search(SearchQuery(sort=column, descending=False), 0, 600)
        keys = [getattr(row, column) for row in rows]
        if column in ("customer_name", "email", "klarna_reference", "merchant_reference1", "order_id"):
            keys = [k.lower() if k else k for k in keys]
        assert keys == sorted(keys, key=lambda k: (k is not None, k)), column


@pytest.mark.parametrize("text", ["", "a", "q"])
@pytest.mark.parametrize(("sort", "descending"), [
    ("created_at", True), ("created_at", False), ("order_amount", False), ("expires_at", True),
    ("customer_name", False),
])
def test_pages_past_the_middle_are_the_same_rows_as_read_from_the_start(
    crowd: Store, text: str, sort: str, descending: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Deep pages are read from the far end; the match count is estimated from a sample past 50 matches.
    monkeypatch.setattr(orders_module, "_EXACT_UP_TO", 50)
    monkeypatch.setattr(orders_module, "_SAMPLE", 100)
    query = SearchQuery(text=text, sort=sort, descending=descending)
    whole = ids(crowd, query, 0, 10_000)
    assert len(whole) == crowd.orders.count(query) > 50
    for offset, limit in ((len(whole) // 2 + 1, 30), (len(whole) * 3 // 4, 30), (len(whole) - 45, 30), (len(whole) - 10, 30),
                          (len(whole) - 1, 200), (len(whole), 10), (len(whole) + 5, 10)):
        assert ids(crowd, query, offset, limit) == whole[offset:offset + limit], (offset, limit)
