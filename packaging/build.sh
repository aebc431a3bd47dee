#!/usr/bin/env bash
# Build a distributable folder with PyInstaller into dist/ (Linux/macOS).
set -euo pipefail
cd "$(dirname "$0")/.."
python3 dev.py test -q -m "not slow"
.venv/bin/python -m pip install -q "pyinstaller>=6"
.venv/bin/pyinstaller --noconfirm packaging/timeline-app.spec
echo "built: $(ls -d dist/timeline-app-*)"
