"""The user's profiles, kept in `profiles.json` in the config directory (human-readable, written atomically)."""

from __future__ import annotations

import logging
import threading

import msgspec

from ..paths import Paths
from ..reasons import Code, Reason, Value, nest, reason
from .files import CorruptFileError, keep_aside, write_atomic
from .model import (
    SANDBOX_ID,
    SANDBOX_PROFILE,
    Profile,
    ProfileProblem,
    ProfileValidationError,
    normalized,
    slugify,
    validate_profile,
)

log = logging.getLogger(__name__)

FILE_NAME = "profiles.json"
FORMAT = 1


class _File(msgspec.Struct, kw_only=True):
    """The file's layout: {"format": 1, "last_used": id, "profiles": [...]}; unknown keys are ignored."""

    format: int = FORMAT
    last_used: str | None = None
    profiles: list[Profile] = msgspec.field(default_factory=list)


class _RawFile(msgspec.Struct, kw_only=True):
    """The same layout, each profile left undecoded so that one bad entry spoils only itself."""

    format: int = FORMAT
    last_used: str | None = None
    profiles: list[msgspec.Raw] = msgspec.field(default_factory=list)


class ProfileStore:
    """The profiles, with the built-in Sandbox one always first and never stored or removable.

    A damaged or hand-edited file does not stop the program: what can be read is loaded, the file as it
    was is kept beside it (`profiles.json.corrupt-<time>`), and `load_error` says what happened, for
    the window to show.

    Attributes:
        path: the profiles file.
        load_error: the problem found when the file was read, or None.
    """

    def __init__(self, paths: Paths) -> None:
        paths.ensure()
        self.path = paths.config / FILE_NAME
        self.load_error: CorruptFileError | None = None
        self._lock = threading.Lock()
        self._profiles: dict[str, Profile] = {}
        self._last_used: str | None = None
        self._load()

    def __repr__(self) -> str:
        return f"<ProfileStore {self.path} ({len(self._profiles)} profiles)>"

    # --- reading ---------------------------------------------------------------------------------

    def list(self) -> list[Profile]:
        """Every profile: the Sandbox first, then the user's by name."""
        with self._lock:
            mine = sorted(self._profiles.values(), key=lambda p: (p.name.casefold(), p.id))
        return [SANDBOX_PROFILE, *mine]

    def get(self, profile_id: str) -> Profile | None:
        """The profile with this id, or None."""
        if profile_id == SANDBOX_ID:
            return SANDBOX_PROFILE
        with self._lock:
            return self._profiles.get(profile_id)

    @property
    def last_used(self) -> Profile | None:
        """The profile the user worked with last (None before the first choice, or once it is removed)."""
        return self.get(self._last_used) if self._last_used else None

    # --- changing --------------------------------------------------------------------------------

    def add(self, profile: Profile) -> Profile:
        """Store a new profile; its id is made from its name (any id given is ignored). Returns it as stored."""
        with self._lock:
            candidate = normalized(profile)
            candidate = msgspec.structs.replace(candidate, id=slugify(candidate.name, self._profiles))
            self._check(candidate)
            self._profiles[candidate.id] = candidate
            self._save()
        log.info("profile %s added (%s)", candidate.id, candidate.environment_label)
        return candidate

    def update(self, profile: Profile) -> Profile:
        """Replace a stored profile (same id); returns it as stored."""
        if profile.id == SANDBOX_ID:
            raise ProfileValidationError([ProfileProblem("id", reason(Code.SANDBOX_NOT_CHANGED))])
        with self._lock:
            if profile.id not in self._profiles:
                raise KeyError(f"no profile {profile.id!r}")
            candidate = normalized(profile)
            self._check(candidate)
            self._profiles[candidate.id] = candidate
            self._save()
        log.info("profile %s updated", candidate.id)
        return candidate

    def remove(self, profile_id: str) -> None:
        """Forget a profile (its password and its order database are separate: see CredentialStore, Store)."""
        if profile_id == SANDBOX_ID:
            raise ProfileValidationError([ProfileProblem("id", reason(Code.SANDBOX_NOT_REMOVED))])
        with self._lock:
            if profile_id not in self._profiles:
                raise KeyError(f"no profile {profile_id!r}")
            del self._profiles[profile_id]
            if self._last_used == profile_id:
                self._last_used = None
            self._save()
        log.info("profile %s removed", profile_id)

    def set_last_used(self, profile_id: str) -> None:
        """Remember the profile in use, to open it on the next start."""
        if self.get(profile_id) is None:
            raise KeyError(f"no profile {profile_id!r}")
        with self._lock:
            if self._last_used != profile_id:
                self._last_used = profile_id
                self._save()

    def _check(self, candidate: Profile) -> None:
        others = [p for p in self._profiles.values() if p.id != candidate.id]
        problems = validate_profile(candidate, [SANDBOX_PROFILE, *others])
        if problems:
            raise ProfileValidationError(problems)

    # --- the file --------------------------------------------------------------------------------

    def _save(self) -> None:
        document = _File(
            last_used=self._last_used,
            profiles=sorted(self._profiles.values(), key=lambda p: p.id),
        )
        write_atomic(self.path, msgspec.json.format(msgspec.json.encode(document), indent=2) + b"\n")

    def _load(self) -> None:
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return
        try:
            document = msgspec.json.decode(raw.removeprefix(b"\xef\xbb\xbf"), type=_RawFile)
        except msgspec.ValidationError as exc:
            self._give_up(reason(Code.FILE_NOT_READ, detail=str(exc)))
            return
        except msgspec.DecodeError as exc:
            self._give_up(reason(Code.FILE_NOT_JSON, detail=str(exc)))
            return
        if document.format > FORMAT:
            self._give_up(reason(Code.FILE_TOO_NEW, format=document.format))
            return
        problems: list[Reason] = []
        for number, entry in enumerate(document.profiles, start=1):
            try:
                profile = msgspec.json.decode(entry, type=Profile)
            except (msgspec.DecodeError, msgspec.ValidationError) as exc:
                problems.append(reason(Code.PROFILE_NOT_READ, number=number, detail=str(exc)))
                continue
            if profile.id in self._profiles or profile.id == SANDBOX_ID:
                problems.append(reason(Code.PROFILE_ID_TWICE, number=number, name=profile.name, id=profile.id))
                continue
            found = validate_profile(profile, [SANDBOX_PROFILE, *self._profiles.values()])
            if found:
                values: dict[str, Value] = {"number": number, "name": profile.name, "problems": len(found)}
                for n, problem in enumerate(found, start=1):
                    values.update({f"p{n}.field": problem.field, **nest(f"p{n}.", problem.reason)})
                problems.append(Reason(Code.PROFILE_INVALID, values))
                continue
            self._profiles[profile.id] = profile
        if document.last_used and self.get(document.last_used) is not None:
            self._last_used = document.last_used
        if problems:
            # Keep the file as the user left it, and write back what could be read, so the next
            # save cannot quietly drop what was left out.
            kept = keep_aside(self.path, copy=True)
            self.load_error = CorruptFileError(self.path, kept, problems, "profiles_left_out")
            self._save()
            log.warning("%s is damaged (kept as %s): %s", self.path, kept.name, self.load_error.reason)

    def _give_up(self, problem: Reason) -> None:
        kept = keep_aside(self.path)
        self.load_error = CorruptFileError(self.path, kept, [problem], "no_profile_read")
        log.warning("%s is damaged (kept as %s): %s", self.path, kept.name, self.load_error.reason)

