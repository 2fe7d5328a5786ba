"""Command line: `klarna-console [--sandbox] ...` opens the window; `klarna-console sandbox` serves the sandbox."""

from __future__ import annotations

import argparse
import gc
import os
import sys
from collections.abc import Mapping, Sequence

from . import __version__

LANGUAGE_CODES = ("sv", "de", "nb", "da", "fi", "nl", "en")  # as ui/i18n.py's LANGUAGES (no Qt import here)
TABS = ("lines", "captures", "refunds", "shipping", "customer", "history", "raw")

# Qt platforms that need no display server.
HEADLESS_PLATFORMS = ("offscreen", "minimal", "vnc", "linuxfb", "eglfs", "vkkhrdisplay")


def no_display_reason(environ: Mapping[str, str], platform: str = sys.platform) -> str | None:
    """Why the window cannot open here, in a plain sentence; None when a display (or a headless Qt) is there.

    Without it Qt aborts with "could not connect to display" and a list of plugins, which reads like
    a broken installation. Printed on the terminal before any window exists, like the help.
    """
    if not platform.startswith("linux"):
        return None
    chosen = environ.get("QT_QPA_PLATFORM", "").split(":")[0].strip()
    if chosen in HEADLESS_PLATFORMS or environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"):
        return None
    return ("Klarna Order Console needs a graphical desktop, and none was found (neither DISPLAY nor "
            "WAYLAND_DISPLAY is set). Start it from a desktop session, or over SSH with X forwarding "
            "(ssh -X). To render screenshots without a display, set QT_QPA_PLATFORM=offscreen. "
            "The sandbox server alone needs no display: klarna-console sandbox.")


def window_size(text: str) -> tuple[int, int]:
    """--size as (width, height), at least 640x480; argparse reports a malformed one."""
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"must look like 1400x860, not {text!r}") from None
    return max(width, 640), max(height, 480)


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The argument parser of the whole program; for `argv` without a command, of the window's options only.

    Each command's parser costs argparse ~2 ms to build (it sizes a help formatter for every option),
    ~15 ms of every start for the window, whose command line names no command: they are built only
    when `argv` names one or asks for help, and always when `argv` is None.
    """
    parser = argparse.ArgumentParser(
        prog="klarna-console",
        description="Manage Klarna orders after the purchase: capture, refund, cancel, extend and more.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--basedir", metavar="DIR",
                        help="keep all settings, data and logs under DIR (also $KLARNA_CONSOLE_HOME)")
    parser.add_argument("--sandbox", action="store_true",
                        help="open the built-in Sandbox profile: demo orders, no account, no network")
    parser.add_argument("--profile", metavar="NAME", help="open this profile instead of the last used one")
    parser.add_argument("--screenshot", metavar="PATH",
                        help="render the window to a PNG once the data has loaded, then exit")
    parser.add_argument("--order", metavar="ID", help="with --screenshot: the order to show")
    parser.add_argument("--tab", choices=TABS, help="with --screenshot: the tab to show")
    parser.add_argument("--dialog", metavar="NAME", help="with --screenshot: render this action dialog instead")
    parser.add_argument("--payouts", action="store_true", help="with --screenshot: render the payouts window")
    parser.add_argument("--size", metavar="WxH", type=window_size, default="1400x860",
                        help="with --screenshot: window size")
    parser.add_argument("--lang", choices=LANGUAGE_CODES,
                        help="show the window in this language (overrides the setting and the system)")
    parser.add_argument("--debug", action="store_true", help="log debug messages")
    parser.set_defaults(command=None)
    if argv is None or _names_command(parser, argv):
        _add_commands(parser)
    return parser


def _names_command(parser: argparse.ArgumentParser, argv: Sequence[str]) -> bool:
    """Whether `argv` asks for help or holds a word that is no option nor an option's value (a command's name)."""
    takes_value = {name for name, action in parser._option_string_actions.items() if action.nargs != 0}
    previous = ""
    for token in argv:
        if token in ("-h", "--help") or (not token.startswith("-") and previous not in takes_value):
            return True
        previous = token
    return False


def _add_commands(parser: argparse.ArgumentParser) -> None:
    """The commands that run without the window: the sandbox server, and those of commands.py."""
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    sandbox = commands.add_parser("sandbox", help="serve the Klarna Order Management sandbox over loopback HTTP")
    sandbox.add_argument("--host", default="127.0.0.1")
    sandbox.add_argument("--port", type=int, default=8787)
    sandbox.add_argument("--orders", type=int, default=200, help="number of demo orders to create")
    sandbox.add_argument("--seed", type=int, default=1, help="seed of the demo order generator")
    sandbox.add_argument("--state", metavar="PATH", help="keep the sandbox's state in this file")
    sandbox.add_argument("--username", default="sandbox", help="API username the sandbox accepts")
    sandbox.add_argument("--password", default=None, help="API password the sandbox accepts (default: random)")
    from .commands import add_commands

    add_commands(commands)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the program; returns the process exit status."""
    # Start-up builds tens of thousands of objects that all live on, and Python's cyclic collector walked
    # them ~50 times before the window showed (~12 ms). It is off while the modules load: the window's
    # own collector takes over once the QApplication exists (ui/runtime.py, on the GUI thread), and the
    # commands without a window get it back as they were as soon as the command line is read.
    collecting = gc.isenabled()
    gc.disable()
    try:
        words = sys.argv[1:] if argv is None else argv
        args = build_parser(words).parse_args(words)
    finally:
        if collecting:
            gc.enable()
    if args.command == "sandbox":
        from .sandbox.server import serve_cli

        return serve_cli(args)
    if args.command in ("team", "profile", "import"):
        from .commands import run_command

        return run_command(args)
    reason = no_display_reason(os.environ)
    if reason is not None:
        print(reason, file=sys.stderr)
        return 2
    gc.disable()  # see above
    from .app import run

    return run(args)


if __name__ == "__main__":
    sys.exit(main())
