"""The tests' fixtures: the CLI built from this checkout, the UN documents."""

import os
import subprocess
from pathlib import Path

import pytest
from support import ROOT, UN, need_data, un_documents


@pytest.fixture(scope="session")
def cli():
    """The `bayan` command-line tool built from this checkout
    (`cargo build --release`, which scripts/build.sh runs); BAYAN_CLI
    names another."""
    path = Path(os.environ.get("BAYAN_CLI", ROOT / "target" / "release" / "bayan"))
    if not path.exists():
        pytest.fail(f"{path} is missing: build it with `cargo build --release --bin bayan`")

    def run(*args, input=None):
        done = subprocess.run([str(path), *args], input=input, capture_output=True, check=False)
        assert done.returncode == 0, done.stderr.decode()
        return done.stdout

    return run


@pytest.fixture(scope="session")
def un_docs():
    return un_documents(need_data(UN))
