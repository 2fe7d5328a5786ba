"""Where the app keeps its files: platformdirs locations, or one base directory for tests and portable use."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import msgspec
import platformdirs

from . import APP_NAME

ENV_HOME = "KLARNA_CONSOLE_HOME"


class Paths(msgspec.Struct, frozen=True):
    """The directories the app writes to; created on first use, owner-only."""

    config: Path
    data: Path
    logs: Path
    cache: Path  # what can be computed again if it is lost

    @classmethod
    def resolve(cls, basedir: str | os.PathLike[str] | None = None) -> Paths:
        """--basedir, else $KLARNA_CONSOLE_HOME, else the platform's user directories."""
        home = basedir or os.environ.get(ENV_HOME)
        if home:
            root = Path(home).expanduser().resolve()
            return cls(config=root / "config", data=root / "data", logs=root / "logs", cache=root / "cache")
        return cls(
            config=Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
            data=Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
            logs=Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)),
            cache=Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)),
        )

    def ensure(self) -> Paths:
        """Create the directories (0700: they hold order data and credentials)."""
        for directory in (self.config, self.data, self.logs, self.cache):
            directory.mkdir(parents=True, exist_ok=True)
            if os.name == "posix":
                os.chmod(directory, 0o700)
        return self


def private_file(path: Path) -> Path:
    """Create `path` empty and owner-only if it is not there, and make it owner-only if it is (POSIX).

    For files another library writes (Qt's settings): it keeps the mode of a file that exists.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600))
    if os.name == "posix" and path.stat().st_mode & 0o077:
        os.chmod(path, 0o600)
    return path


def resources_dir() -> Path:
    """The `resources/` folder, from a source checkout or from inside a frozen bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    """A file under `resources/` (it may not exist when running from a wheel without them)."""
    return resources_dir().joinpath(*parts)
