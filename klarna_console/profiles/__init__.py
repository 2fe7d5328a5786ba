"""Profiles (who the user is connected as) and their credentials."""

from typing import Any

from .credentials import CredentialError, CredentialStore, usable_keyring
from .files import CorruptFileError, keep_aside, write_atomic
from .model import (
    KUSTOM_PLAYGROUND,
    KUSTOM_PRODUCTION,
    SANDBOX_BASE_URL,
    SANDBOX_ID,
    SANDBOX_PROFILE,
    Profile,
    ProfileProblem,
    ProfileValidationError,
    slugify,
    validate_profile,
)
from .profile_store import ProfileStore

_FROM_CONNECTION = ("ConnectionCheck", "ConnectionOutcome", "test_connection")


def __getattr__(name: str) -> Any:
    # The connection check brings the HTTP client; loaded when first used, not at start-up.
    if name in _FROM_CONNECTION:
        from . import connection

        return getattr(connection, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

__all__ = [
    "KUSTOM_PLAYGROUND", "KUSTOM_PRODUCTION", "SANDBOX_BASE_URL", "SANDBOX_ID", "SANDBOX_PROFILE",
    "ConnectionCheck", "ConnectionOutcome", "CorruptFileError", "CredentialError", "CredentialStore", "Profile",
    "ProfileProblem", "ProfileStore", "ProfileValidationError", "keep_aside", "slugify", "test_connection",
    "usable_keyring", "validate_profile", "write_atomic",
]
