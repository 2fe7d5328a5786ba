"""Start-up: process start to a shown window populated with sandbox orders, against a bare PySide6 window.

Each program is started as its own process, offscreen, renders its window to a PNG once it is ready
and exits. The time is from the process's start (the kernel's record, so the interpreter's own
start-up counts) to the window on screen: for the app, the sandbox's orders listed and an order
shown (it logs that moment). The peak resident memory is the kernel's rusage of that child. The
median of several runs is compared in one run of this script. The app is measured as a returning user starts
it (the sandbox's state and the cache on disk), with a store of 100,000 cached orders, and on a first
start ever (nothing on disk: the demo orders are generated and indexed). For reference, a mock-up of the
window's widgets holding ready-made strings (MOCKUP) is timed too: what PySide6 alone asks for such a window.

With --instructions, each program also runs once under valgrind's callgrind, stopped at that same
moment, and the instructions its process executed are compared: a figure that does not move with the
machine's load, for telling whether a change to the code made the start cheaper (the times above move by
a tenth from one run to the next on a shared machine).

Targets (DESIGN.md, issue 17): start-up <= 1.5x the bare window, a first start <= 2.0x; memory <= bare + 150 MB.
The last line printed is one JSON object.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

BARE = """
import os, sys, time
from PySide6 import QtWidgets
app = QtWidgets.QApplication(sys.argv[:1])
window = QtWidgets.QMainWindow()
window.setCentralWidget(QtWidgets.QLabel("bare"))
window.resize(1400, 860)
window.show()
app.processEvents()
with open("/proc/self/stat", "rb") as stat:
    ticks = int(stat.read().rsplit(b")", 1)[1].split()[19])
age = time.clock_gettime(time.CLOCK_BOOTTIME) - ticks / os.sysconf("SC_CLK_TCK")
print(f"shown {age * 1000:.0f}")
if sys.argv[2:] == ["--exit-when-shown"]:  # counting instructions: stop where the time is taken
    os._exit(0)
window.grab().save(sys.argv[1], "PNG")
"""

# The same kinds of widgets as the console's populated window (menus, a tool bar, the search fields, a
# results table of 200 rows and 7 columns from a Python model, the order's header and tabs with a lines
# table), holding ready-made strings: no store, no formatting, no translations, no logging. What a
# window like this costs PySide6 before any of the console's own work; reported for reference only.
MOCKUP = """
import os, sys, time
from PySide6 import QtCore, QtWidgets
from PySide6.QtCore import Qt

class Model(QtCore.QAbstractTableModel):
    def __init__(self, rows, titles):
        super().__init__()
        self.rows, self.titles = rows, titles
    def rowCount(self, parent=QtCore.QModelIndex()):
        return 0 if parent.isValid() else len(self.rows)
    def columnCount(self, parent=QtCore.QModelIndex()):
        return 0 if parent.isValid() else len(self.titles)
    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        return self.rows[index.row()][index.column()] if role == Qt.ItemDataRole.DisplayRole else None
    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.titles[section]
        return None

def table(rows, titles):
    view = QtWidgets.QTableView()
    view.setModel(Model(rows, titles))
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    return view

app = QtWidgets.QApplication(sys.argv[:1])
window = QtWidgets.QMainWindow()
for name in ("File", "View", "Order", "Bulk", "Payouts", "Help"):
    menu = window.menuBar().addMenu(name)
    for action in range(6):
        menu.addAction(f"{name} action {action}")
bar = window.addToolBar("Profile")
profile = QtWidgets.QComboBox()
profile.addItems(["Sandbox", "Shop"])
bar.addWidget(profile)
for name in ("Capture", "Refund", "Cancel order", "Extend authorization time", "More actions"):
    bar.addAction(name)
left = QtWidgets.QWidget()
column = QtWidgets.QVBoxLayout(left)
column.addWidget(QtWidgets.QLineEdit(placeholderText="Search name, e-mail, phone, reference or order id"))
filters = QtWidgets.QHBoxLayout()
for items in (["Status: any", "Authorized"], ["Any currency", "SEK", "EUR"]):
    combo = QtWidgets.QComboBox()
    combo.addItems(items)
    filters.addWidget(combo)
filters.addWidget(QtWidgets.QPushButton("More filters"))
column.addLayout(filters)
checks = QtWidgets.QHBoxLayout()
for name in ("Expiring soon", "Fraud pending", "Not paid out"):
    checks.addWidget(QtWidgets.QCheckBox(name))
column.addLayout(checks)
rows = [(f"Customer {i}", f"SEK {i},50", "Authorized", "01/12/2026", "29/12/2026", f"REF{i:05d}", "SE")
        for i in range(200)]
column.addWidget(table(rows, ["Customer", "Amount", "Status", "Created", "Expires", "Klarna ref", "Country"]))
column.addWidget(QtWidgets.QLabel("200 orders"))
right = QtWidgets.QWidget()
order = QtWidgets.QVBoxLayout(right)
order.addWidget(QtWidgets.QLabel("<b>Order SPN4EMS</b>"))
amounts = QtWidgets.QGridLayout()
for i, name in enumerate(("Order amount", "Captured", "Refunded", "Remaining to capture")):
    amounts.addWidget(QtWidgets.QLabel(name), 0, i)
    amounts.addWidget(QtWidgets.QLabel("<b>US$164.66</b>"), 1, i)
order.addLayout(amounts)
facts = QtWidgets.QFormLayout()
for name in ("Expires", "Payment", "Merchant refs", "Order id", "Read from Klarna"):
    facts.addRow(name, QtWidgets.QLabel("29/12/2026, 14:03"))
order.addLayout(facts)
tabs = QtWidgets.QTabWidget()
lines = [(f"KT-{i}", "Cast-iron skillet", "physical", "1 pcs", "US$58.95", "0%", "US$0.00", "US$58.95", "US$0.00")
         for i in range(5)]
tabs.addTab(table(lines, ["Reference", "Name", "Type", "Qty", "Unit price", "Tax rate", "Discount", "Total", "Tax"]),
            "Lines")
for name in ("Captures", "Refunds", "Shipping", "Customer", "History", "Raw"):
    tabs.addTab(QtWidgets.QWidget(), name)
order.addWidget(tabs)
split = QtWidgets.QSplitter()
split.addWidget(left)
split.addWidget(right)
window.setCentralWidget(split)
window.statusBar().showMessage("Syncing")
window.resize(1400, 860)
window.show()
app.processEvents()
with open("/proc/self/stat", "rb") as stat:
    ticks = int(stat.read().rsplit(b")", 1)[1].split()[19])
age = time.clock_gettime(time.CLOCK_BOOTTIME) - ticks / os.sysconf("SC_CLK_TCK")
print(f"shown {age * 1000:.0f}")
if sys.argv[2:] == ["--exit-when-shown"]:  # counting instructions: stop where the time is taken
    os._exit(0)
window.grab().save(sys.argv[1], "PNG")
"""


POPULATED = re.compile(r"window populated (\d+) ms after the process started")

# The app, stopped the moment it logs its window populated: where its time is taken (--instructions).
APP_UNTIL_POPULATED = """
import os, sys
import klarna_console.app as app
app.startup.note_populated = lambda: os._exit(0)
from klarna_console.__main__ import main
sys.exit(main(sys.argv[1:]))
"""
INSTRUCTIONS = re.compile(r"^==(\d+)== I\s+refs:\s+([\d,]+)$", re.M)


def instructions(command: list[str], env: dict[str, str]) -> int:
    """Instructions the program's own process executes (callgrind), from its start to where it stops.

    Unlike time, this does not move with the machine's load: the figure for comparing two versions of
    the code on a shared machine (a fixed hash seed makes it repeat to 0.01%). A first start's child,
    which makes the demo orders on the other core, is not counted: the window does not wait for it.
    """
    counted = subprocess.Popen(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *command],
                               env={**env, "PYTHONHASHSEED": "0"}, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                               text=True)
    _, stderr = counted.communicate()
    if counted.returncode != 0:
        raise SystemExit(f"{command[:4]} failed under valgrind:\n{stderr[-2000:]}")
    for pid, refs in INSTRUCTIONS.findall(stderr):
        if int(pid) == counted.pid:
            return int(refs.replace(",", ""))
    raise SystemExit(f"no instruction count from valgrind for {command[:4]}")


def measure(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Seconds from process start to the window on screen (populated, for the app), and peak RSS (MB).

    Both programs report their own age when ready (the kernel's start time of the process, so Python's
    own start-up counts); the bare one prints it, the app logs it.
    """
    child = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(child.pid, 0)
    stdout = child.stdout.read().decode() if child.stdout else ""
    stderr = child.stderr.read().decode() if child.stderr else ""
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{command[:4]} failed:\n{stderr}")
    shown = re.search(r"^shown (\d+)$", stdout, re.M)
    if shown is None:
        home = Path(command[command.index("--basedir") + 1])
        found = POPULATED.findall((home / "logs" / "klarna-console.log").read_text())
        shown_ms = float(found[-1])
    else:
        shown_ms = float(shown.group(1))
    return shown_ms / 1000, usage.ru_maxrss / 1024  # Linux reports KiB


def timed_runs(programs: dict[str, Callable[[int], list[str]]], env: dict[str, str], runs: int
               ) -> dict[str, list[tuple[float, float]]]:
    """Each program's (wall time, peak RSS) in each of `runs` turns; in a turn every program runs once.

    Each runs once unmeasured first (it warms the disk cache, and leaves behind what a start leaves).
    In turns, not one program's runs after another's: the machine's speed drifts over a minute (shared
    cores), and the bare window, the shortest, moved the ratios by a third when it ran in a slow stretch.
    """
    for command_for in programs.values():
        measure(command_for(0), env)
    samples: dict[str, list[tuple[float, float]]] = {name: [] for name in programs}
    for run in range(1, runs + 1):
        for name, command_for in programs.items():
            samples[name].append(measure(command_for(run), env))
    return samples


def paired_ratio(samples: dict[str, list[tuple[float, float]]], name: str) -> float:
    """The median over the turns of the program's time over the bare window's in the same turn.

    A turn's programs run within a second of each other, so a slow stretch of the machine slows the
    bare window with them; the ratio of the medians mixes turns and moves more from run to run.
    """
    return statistics.median(taken[0] / bare[0] for taken, bare in zip(samples[name], samples["bare"], strict=True))


FILL = """
import sys
sys.path.insert(0, sys.argv[3])
from search import synthetic_orders
from klarna_console.paths import Paths
from klarna_console.store import Store
with Store.open(Paths.resolve(sys.argv[1]).ensure(), "sandbox") as store:
    store.orders.upsert_orders(synthetic_orders(int(sys.argv[2]), seed=7))
"""


def fill_store(home: Path, orders: int) -> None:
    """Cache `orders` synthetic orders in the Sandbox profile's store under `home`.

    In a child process: this script must stay small, because a child's peak RSS counts the memory it
    shared with its parent before exec, and would be inflated by the orders built here.
    """
    here = str(Path(__file__).resolve().parent)
    subprocess.run([sys.executable, "-c", FILL, str(home), str(orders), here], check=True)


def main(argv: list[str] | None = None) -> int:
    """Run the measurements and print the table and the JSON line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="timed runs of each program (default 3)")
    parser.add_argument("--cached", type=int, default=100_000, help="orders in the big store (default 100000)")
    parser.add_argument("--instructions", action="store_true",
                        help="also count each program's instructions to its window once, under valgrind (~3 min)")
    args = parser.parse_args(argv)

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    # An installed program has its .pyc files; without them every run would compile the sources.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    with tempfile.TemporaryDirectory(prefix="kc-startup-") as tmp:
        root = Path(tmp)
        bare_script, mockup_script = root / "bare.py", root / "mockup.py"
        bare_script.write_text(BARE)
        mockup_script.write_text(MOCKUP)

        def app(home: Path, fresh_copy: bool, until_populated: bool = False) -> Callable[[int], list[str]]:
            def command(run: int) -> list[str]:
                target = home
                if fresh_copy:  # a first start: nothing on disk yet
                    target = root / f"{home.name}-{run}"
                    subprocess.run(["cp", "-a", str(home), str(target)], check=True)
                start = ["-c", APP_UNTIL_POPULATED] if until_populated else ["-m", "klarna_console"]
                return [sys.executable, *start, "--basedir", str(target), "--sandbox",
                        "--screenshot", str(root / "app.png")]
            return command

        empty, returning, big = root / "empty", root / "returning", root / "big"
        empty.mkdir()
        returning.mkdir()
        print(f"caching {args.cached:,} orders for the big-store run…", flush=True)
        fill_store(big, args.cached)

        samples = timed_runs({
            "bare": lambda _run: [sys.executable, str(bare_script), str(root / "bare.png")],
            "mockup": lambda _run: [sys.executable, str(mockup_script), str(root / "mockup.png")],
            "first": app(empty, fresh_copy=True),
            "returning": app(returning, fresh_copy=False),
            "big": app(big, fresh_copy=False),
        }, env, args.runs)
        medians = {name: (statistics.median(s[0] for s in taken), statistics.median(s[1] for s in taken))
                   for name, taken in samples.items()}
        (bare_s, bare_mb), (mockup_s, mockup_mb), (first_s, first_mb), (app_s, app_mb), (big_s, big_mb) = (
            medians[name] for name in ("bare", "mockup", "first", "returning", "big"))
        counts: dict[str, int] = {}
        if args.instructions:
            if shutil.which("valgrind") is None:
                raise SystemExit("--instructions needs valgrind (apt-get install valgrind)")
            print("counting instructions under valgrind…", flush=True)
            # Alone: its child must finish on the other core before the window waits for it, as it does
            # outside valgrind (after 10 s the window would make the orders itself).
            counts["first"] = instructions(app(empty, fresh_copy=True, until_populated=True)(10_000), env)
            commands = {
                "bare": [sys.executable, str(bare_script), str(root / "bare.png"), "--exit-when-shown"],
                "mockup": [sys.executable, str(mockup_script), str(root / "mockup.png"), "--exit-when-shown"],
                "returning": app(returning, fresh_copy=False, until_populated=True)(0),
                "big": app(big, fresh_copy=False, until_populated=True)(0),
            }
            with ThreadPoolExecutor(max_workers=2) as pool:  # each is single-threaded under valgrind
                counted = {name: pool.submit(instructions, command, env) for name, command in commands.items()}
                counts.update((name, future.result()) for name, future in counted.items())

    rows = [("bare PySide6 window", "bare"), ("mock-up of the window, no app", "mockup"), ("console, sandbox", "returning"),
            (f"console, {args.cached:,} cached orders", "big"), ("console, first start ever", "first")]
    print(f"{'program':36} {'ready s':>8} {'min-max s':>11} {'ratio':>6} {'paired':>6} {'peak MB':>8} {'+MB':>6}")
    for title, name in rows:
        seconds, mb = medians[name]
        times = [taken[0] for taken in samples[name]]
        print(f"{title:36} {seconds:8.2f} {min(times):5.2f}-{max(times):<5.2f} {seconds / bare_s:6.2f} "
              f"{paired_ratio(samples, name):6.2f} {mb:8.1f} {mb - bare_mb:6.1f}")
    result = {
        "startup_ratio": round(app_s / bare_s, 2),
        "startup_ratio_100k": round(big_s / bare_s, 2),
        "startup_s": round(app_s, 3),
        "first_start_ratio": round(first_s / bare_s, 2),
        "startup_100k_s": round(big_s, 3),
        "bare_s": round(bare_s, 3),
        "mockup_ratio": round(mockup_s / bare_s, 2),
        "rss_mb": round(app_mb, 1),
        "rss_100k_mb": round(big_mb, 1),
        "bare_rss_mb": round(bare_mb, 1),
        "runs": args.runs,
        # The same ratios as the median of each turn's own ratio (see paired_ratio), for reference.
        "paired_ratios": {name: round(paired_ratio(samples, name), 2) for name in ("returning", "big", "first", "mockup")},
        **({"instructions_m": {name: round(count / 1e6, 1) for name, count in counts.items()},
            "instructions_ratio": round(counts["returning"] / counts["bare"], 3),
            "instructions_ratio_100k": round(counts["big"] / counts["bare"], 3),
            "first_start_instructions_ratio": round(counts["first"] / counts["bare"], 3),
            "mockup_instructions_ratio": round(counts["mockup"] / counts["bare"], 3)} if counts else {}),
        "ok": (app_s / bare_s <= 1.5 and big_s / bare_s <= 1.5 and first_s / bare_s <= 2.0
               and max(app_mb, big_mb) <= bare_mb + 150),
    }
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
