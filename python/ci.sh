#!/usr/bin/env bash
# The Python package's CI step, for .ci/run: builds the `pressa` command and the abi3 wheel,
# installs the wheel into a virtual environment under target/, and runs the pytest suite, which
# compares the package's analyses with the command's JSON. Run from the repository root:
#
#     bash python/ci.sh
set -euo pipefail
cd "$(dirname "$0")/.."

# A fresh virtual environment every time: the wheel must install into a clean one.
venv=target/pyenv
echo "== python3 -m venv $venv (fresh)"
rm -rf "$venv"
python3 -m venv "$venv"
echo "== pip install maturin pytest"
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check "maturin>=1.9.4,<2" pytest

echo "== cargo build --release -p pressa-cli"
cargo build --release -p pressa-cli

echo "== maturin build --release -m python/Cargo.toml -o target/wheels"
rm -rf target/wheels
"$venv/bin/maturin" build --release -m python/Cargo.toml -o target/wheels -i "$venv/bin/python"
wheels=(target/wheels/pressa-*.whl)
if [ "${#wheels[@]}" -ne 1 ] || [ ! -f "${wheels[0]}" ]; then
  echo "expected one wheel in target/wheels, found: ${wheels[*]}" >&2
  exit 1
fi
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check --force-reinstall --no-deps "${wheels[0]}"

echo "== PRESSA_BIN=target/release/pressa pytest -q python/tests"
PYTHONDONTWRITEBYTECODE=1 PRESSA_BIN=target/release/pressa "$venv/bin/python" -m pytest -q -p no:cacheprovider python/tests
