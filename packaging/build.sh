#!/usr/bin/env bash
# Build a distributable folder with PyInstaller into dist/ (Linux/macOS).
set -euo pipefail
cd "$(dirname "$0")/.."
python3 dev.py test -q -m "not slow"
.venv/bin/python -m pip install -q "pyinstaller>=6"
.venv/bin/pyinstaller --noconfirm packaging/timeline-app.spec
built="$(ls -d dist/timeline-app-*)"
# Smoke test of the frozen app: extraction with the bundled model, and a store created by the migrations.
"$built/timeline-app" extract tests/fixtures/rome-talks-2022-03-15.txt > /dev/null
smoke_db="$(mktemp -d)/smoke.db"
"$built/timeline-app" import tests/fixtures/rome-talks-2022-03-15.txt --db "sqlite:///$smoke_db"
echo "built: $built"
