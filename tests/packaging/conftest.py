"""Loading the scripts in packaging/ (not a Python package) for the tests that need no build."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
RESOURCES = ROOT / "resources"


def load(name: str) -> ModuleType:
    """Import packaging/<name>.py under a private module name (plain `build` is a PyPI package)."""
    key = f"_kc_packaging_{name}"
    if key in sys.modules:
        return sys.modules[key]
    if str(PACKAGING) not in sys.path:
        sys.path.insert(0, str(PACKAGING))  # the scripts import each other by plain name
    spec = importlib.util.spec_from_file_location(key, PACKAGING / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[key] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def rules() -> ModuleType:
    """packaging/bundle_rules.py."""
    return load("bundle_rules")


@pytest.fixture(scope="session")
def icons() -> ModuleType:
    """packaging/make_icons.py."""
    return load("make_icons")


@pytest.fixture(scope="session")
def smoke() -> ModuleType:
    """packaging/smoke_test.py."""
    return load("smoke_test")
