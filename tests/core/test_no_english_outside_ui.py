"""No sentence for the user is built outside ui/: the core hands the window reasons as codes (issue 11).

Every module of the package outside ui/ is parsed with `ast`, and each string literal (f-strings
included, their placeholders counted as nothing) that holds three words in a row is a sentence.
Not counted, because no user reads them as the console's own words:
- docstrings and bare string statements (attribute docstrings);
- the arguments of logging calls (`log.info(...)`, `logger.warning(...)`, `logging.error(...)`);
- texts of exceptions that only a developer sees (a programming error): TypeError, RuntimeError,
  AssertionError, NotImplementedError, KeyError, AttributeError, IndexError, and `assert` messages;
- text matched rather than shown: patterns given to `re`, and strings compared with `in`/`==`
  (SQLite's own error words, for instance); SQL statements;
- a line marked `# english-ok: <why>` (a name such as the program's, a file a tool reads);
- the modules in ALLOWED below, each with why.
What is not converted yet is listed in STILL_ENGLISH with its count: a module may only go down (then
lower its number here), never up, and a module not listed may hold none.
"""

from __future__ import annotations

import ast
import dataclasses
import re
from collections.abc import Iterable
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "klarna_console"

# Modules whose English is not the console's to translate.
ALLOWED = {
    # Klarna's stand-in: its answers are Klarna's own English (error messages, demo data), whatever the
    # merchant's language; its words for the rules' reasons are in sandbox/klarna_errors.py.
    "sandbox/": "Klarna's own English",
    # The command line's help, beside option names that are English too, and what it prints before any
    # window exists (no display, a malformed --size); not part of the window.
    "__main__.py": "command-line help and messages",
    # The administration commands (team init, profile add, import): what they print for whoever runs them
    # in a terminal or a script, like the help; not part of the window.
    "commands.py": "command-line output",
}

# Sentences not yet turned into reasons: none are left (issue 11). A module listed here may only go down.
STILL_ENGLISH: dict[str, int] = {}

_LOG_METHODS = {"debug", "info", "warning", "error", "exception", "critical", "log"}
_LOGGERS = {"log", "logger", "logging", "_log", "LOG"}
_DEVELOPER_ERRORS = {"TypeError", "RuntimeError", "AssertionError", "NotImplementedError", "KeyError",
                     "AttributeError", "IndexError"}
_MARK = "# english-ok:"
_RE_FUNCTIONS = {"compile", "match", "search", "fullmatch", "sub", "subn", "findall", "finditer", "split"}
_SQL = re.compile(r"\b(SELECT\b.+\bFROM|INSERT INTO|CREATE (TABLE|INDEX|VIRTUAL TABLE|TRIGGER|FUNCTION)|UPDATE \w+ SET|"
                  r"DELETE FROM|ALTER TABLE|DROP (TABLE|INDEX))\b", re.S)
# A word a person reads: letters (an apostrophe or hyphen inside), perhaps punctuation after it.
_WORD = re.compile(r"^[(\"'‘“]?[A-Za-z][a-z]*(?:['’-][a-z]+)*[.,;:!?)\"'’”]*$")


@dataclasses.dataclass(frozen=True)
class Finding:
    """A string literal that reads as a sentence for a user."""

    module: str
    line: int
    text: str


def looks_like_a_sentence(text: str) -> bool:
    """Three words in a row ("Amount too large"), placeholders not counted as words."""
    run = 0
    for token in text.split():
        run = run + 1 if _WORD.match(token) else 0
        if run >= 3:
            return True
    return False


def _text(node: ast.AST) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value if isinstance(v, ast.Constant) and isinstance(v.value, str) else " {} "
                       for v in node.values)
    return None


def _excluded(tree: ast.AST) -> set[int]:
    """The ids of the nodes whose strings are not for users (see the module's docstring)."""
    skip: set[int] = set()

    def drop(node: ast.AST) -> None:
        skip.update(id(n) for n in ast.walk(node))

    for node in ast.walk(tree):
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant):
            drop(node)  # docstrings and bare strings
        elif isinstance(node, ast.JoinedStr):
            skip.update(id(n) for n in ast.walk(node) if n is not node)  # its parts are read as one
        elif isinstance(node, ast.Assert) and node.msg is not None:
            drop(node.msg)
        elif isinstance(node, ast.Compare):
            for operand in [node.left, *node.comparators]:
                drop(operand)
        elif isinstance(node, ast.Call):
            func = node.func
            logging_call = (isinstance(func, ast.Attribute) and func.attr in _LOG_METHODS
                            and isinstance(func.value, ast.Name) and func.value.id in _LOGGERS)
            developer_error = isinstance(func, ast.Name) and func.id in _DEVELOPER_ERRORS
            pattern = (isinstance(func, ast.Attribute) and func.attr in _RE_FUNCTIONS
                       and isinstance(func.value, ast.Name) and func.value.id == "re")
            if pattern and node.args:
                drop(node.args[0])
            if logging_call or developer_error:
                for arg in [*node.args, *(k.value for k in node.keywords)]:
                    drop(arg)
    return skip


def sentences_in(source: str, module: str) -> list[Finding]:
    """The sentences for users in one module's source."""
    tree = ast.parse(source)
    lines = source.splitlines()
    skip = _excluded(tree)
    found = []
    for node in ast.walk(tree):
        if id(node) in skip:
            continue
        text = _text(node)
        if text is None or _SQL.search(text) or not looks_like_a_sentence(text):
            continue
        start, end = node.lineno, getattr(node, "end_lineno", node.lineno) or node.lineno
        if any(_MARK in lines[i - 1] for i in range(start, end + 1)):
            continue
        found.append(Finding(module, start, text))
    return found


def modules() -> Iterable[tuple[str, str]]:
    """(name relative to the package, source) of every module outside ui/ and the allowed ones."""
    for path in sorted(PACKAGE.rglob("*.py")):
        name = path.relative_to(PACKAGE).as_posix()
        if name.startswith("ui/") or any(name.startswith(prefix) for prefix in ALLOWED):
            continue
        yield name, path.read_text(encoding="utf-8")


def problems(found: dict[str, list[Finding]], still: dict[str, int]) -> list[str]:
    """What breaks the rule: a module with more sentences than its allowance (0 unless listed)."""
    said = []
    for module, findings in sorted(found.items()):
        allowed = still.get(module, 0)
        if len(findings) > allowed:
            listed = "; ".join(f"line {f.line}: {f.text.strip()[:60]!r}" for f in findings)
            said.append(f"{module}: {len(findings)} sentence(s) for users, {allowed} allowed: {listed}. "
                        "Hand the window a Reason (klarna_console/reasons.py) and word it in ui/reason_text.py.")
    for module, allowed in sorted(still.items()):
        if len(found.get(module, [])) < allowed:
            said.append(f"{module}: now {len(found.get(module, []))} sentence(s); lower STILL_ENGLISH to match")
    return said


def scan() -> dict[str, list[Finding]]:
    found: dict[str, list[Finding]] = {}
    for name, source in modules():
        findings = sentences_in(source, name)
        if findings:
            found[name] = findings
    return found


def test_no_sentence_for_users_is_built_outside_ui():
    assert problems(scan(), STILL_ENGLISH) == []


# --- the check itself ------------------------------------------------------------------------------


def test_the_check_finds_an_english_refusal_added_to_domain():
    money = (PACKAGE / "domain" / "money.py").read_text(encoding="utf-8")
    assert sentences_in(money, "domain/money.py") == [], "the module as it is holds none"
    broken = money + '\n\ndef _check(minor: int) -> None:\n    if minor > 10**12:\n        raise AmountError("Amount too large")\n'
    found = {"domain/money.py": sentences_in(broken, "domain/money.py")}
    assert [f.text for f in found["domain/money.py"]] == ["Amount too large"]
    assert problems(found, STILL_ENGLISH) and "domain/money.py" in problems(found, STILL_ENGLISH)[0]


@pytest.mark.parametrize("snippet", [
    'raise AmountError("Amount too large")',
    'message = f"{currency} has no decimals; {text!r} has {n}"',
    'return _no("NOT_ALLOWED", "Order is cancelled. Capture not possible.")',
    'Verdict(False, "READ_ONLY", "This profile is read-only: it can look at orders but not change them.")',
    'raise ValueError(f"another profile is already called {name}")',
])
def test_the_check_finds_sentences(snippet):
    assert len(sentences_in(snippet, "x.py")) == 1


@pytest.mark.parametrize("snippet", [
    'def f():\n    """Amount as integers in minor units."""',
    'log.warning("the journal could not be written: %s", error)',
    'logger.info(f"sent {n} requests in {t} seconds")',
    'raise TypeError(f"amounts are int minor units, not {type(x).__name__}")',
    'assert x, "a refusal changes nothing"',
    'NAME = "Klarna Order Console"  # english-ok: the program\'s name',
    'QUERY = "SELECT id FROM orders WHERE state IN (?, ?)"',
    'AGENT = f"klarna-console/{version} Language/Python_{py} OS/{system}"',
    'if "database is locked" in str(exc): pass',
    'missing = re.match(r"Object missing required field `(\\w+)`", what)',
    'db.execute("INSERT INTO journal (order_id, action) VALUES (?, ?) ON CONFLICT DO NOTHING")',
    'raise RequestValidationError(reason(Code.FIELD_REQUIRED, field="end_date"))',
])
def test_the_check_leaves_what_no_user_reads(snippet):
    assert sentences_in(snippet, "x.py") == []


def test_a_module_below_its_allowance_asks_for_the_allowance_to_be_lowered():
    assert problems({}, {"store/errors.py": 2}) == ["store/errors.py: now 0 sentence(s); lower STILL_ENGLISH to match"]
