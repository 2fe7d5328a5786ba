"""Profiles (who the user is connected as) and their credentials."""

from .connection import ConnectionCheck, ConnectionOutcome, test_connection
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

__all__ = [
    "KUSTOM_PLAYGROUND", "KUSTOM_PRODUCTION", "SANDBOX_BASE_URL", "SANDBOX_ID", "SANDBOX_PROFILE",
    "ConnectionCheck", "ConnectionOutcome", "CorruptFileError", "CredentialError", "CredentialStore", "Profile",
    "ProfileProblem", "ProfileStore", "ProfileValidationError", "keep_aside", "slugify", "test_connection",
    "usable_keyring", "validate_profile", "write_atomic",
]
