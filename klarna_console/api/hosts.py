"""Klarna's Order Management hosts, and which base URLs we are willing to send credentials to."""

from __future__ import annotations

import ipaddress
import urllib.parse
from typing import Literal

from ..reasons import Code, ReasonError, reason

Region = Literal["eu", "na", "oc"]
Environment = Literal["production", "playground"]

REGIONS: dict[str, str] = {"eu": "Europe", "na": "North America", "oc": "Oceania"}
ENVIRONMENTS: tuple[str, ...] = ("production", "playground")

_HOSTS: dict[tuple[str, str], str] = {
    ("eu", "production"): "https://api.klarna.com",
    ("eu", "playground"): "https://api.playground.klarna.com",
    ("na", "production"): "https://api-na.klarna.com",
    ("na", "playground"): "https://api-na.playground.klarna.com",
    ("oc", "production"): "https://api-oc.klarna.com",
    ("oc", "playground"): "https://api-oc.playground.klarna.com",
}


def base_url_for(region: str, environment: str) -> str:
    """The base URL of a region ("eu", "na", "oc") in an environment ("production", "playground")."""
    key = (region.lower(), environment.lower())
    if key not in _HOSTS:
        raise ReasonError(reason(Code.UNKNOWN_HOST, region=region, environment=environment,
                                 regions=",".join(REGIONS), environments=",".join(ENVIRONMENTS)))
    return _HOSTS[key]


def is_loopback(host: str) -> bool:
    """True for localhost and loopback addresses: traffic that never leaves the machine."""
    host = host.strip("[]").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_base_url(url: str) -> str:
    """Return the URL without a trailing slash, or refuse one that would send credentials in clear text."""
    parts = urllib.parse.urlsplit(url.strip())
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise ReasonError(reason(Code.BASE_URL_NOT_HTTP, url=url))
    if parts.scheme == "http" and not is_loopback(parts.hostname):
        raise ReasonError(reason(Code.BASE_URL_CLEAR_TEXT, url=url))
    if parts.username or parts.password:
        raise ReasonError(reason(Code.BASE_URL_HAS_CREDENTIALS))
    return url.strip().rstrip("/")
