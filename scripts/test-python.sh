#!/usr/bin/env bash
# Python binding: build and install ./bindings-python into a fresh venv (target/pyenv)
# together with the test tools, then run its pytest suite (API, pickling, char offsets,
# stubtest, the Dask example). Needs Python >= 3.9 with pip and Rust; all else from PyPI.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON="${PYTHON:-python3}"
VENV=target/pyenv

"$PYTHON" -m venv --clear "$VENV"
# One pip call: the extension (built by maturin, release profile) and the test tools.
"$VENV/bin/python" -m pip install --quiet --disable-pip-version-check \
    "./bindings-python[pandas]" pytest mypy pandas-stubs "dask[distributed]"
"$VENV/bin/python" -m pytest -q -p no:cacheprovider bindings-python/tests "$@"
