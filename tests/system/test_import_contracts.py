"""The import contracts in pyproject.toml have teeth: an import they forbid, planted in a copy of
the code, makes `lint-imports` fail and name it (a mistyped contract would pass CI silently)."""

import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]
CONTRACT_NAMES = {
    contract["type"]: contract["name"]
    for contract in tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["importlinter"][
        "contracts"
    ]
}


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """A copy of the packages and the contracts, for `lint-imports` to read from its cwd."""
    for package in ("bot", "storage"):
        shutil.copytree(
            ROOT / package, tmp_path / package, ignore=shutil.ignore_patterns("__pycache__")
        )
    shutil.copy(ROOT / "pyproject.toml", tmp_path)
    return tmp_path


def lint_imports(tree: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [Path(sys.executable).with_name("lint-imports"), "--no-cache"],
        cwd=tree,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_the_copied_tree_keeps_every_contract(tree):
    run = lint_imports(tree)
    assert run.returncode == 0, run.stdout
    assert f"Contracts: {len(CONTRACT_NAMES)} kept, 0 broken." in run.stdout


@pytest.mark.parametrize(
    ("contract", "planted", "reported"),
    [
        pytest.param(
            "layers",
            {"bot/core/upward.py": "import bot.commands"},
            "bot.core.upward -> bot.commands",
            id="core imports commands",
        ),
        pytest.param(
            "layers",
            {"bot/matching/sideways.py": "import bot.sessions"},
            "bot.matching.sideways -> bot.sessions",
            id="matching imports its sibling sessions",
        ),
        pytest.param(
            "layers",
            {"bot/shortcuts.py": "import bot.core"},
            "- bot.shortcuts",
            id="a module of bot placed in no layer",
        ),
        pytest.param(
            "forbidden",
            {"storage/upward.py": "import bot.core"},
            "storage.upward -> bot.core",
            id="storage imports bot",
        ),
        pytest.param(
            "independence",
            {"bot/adapters/slack/crossing.py": "import bot.adapters.discord"},
            "bot.adapters.slack.crossing -> bot.adapters.discord",
            id="slack imports discord",
        ),
        pytest.param(
            "acyclic_siblings",
            {
                "bot/core/ping.py": "import bot.core.pong",
                "bot/core/pong.py": "import bot.core.ping",
            },
            "No cycles are allowed in bot.core.",
            id="two core modules import each other",
        ),
    ],
)
def test_a_planted_import_breaks_its_contract_and_is_named(tree, contract, planted, reported):
    for path, statement in planted.items():
        (tree / path).write_text(f'"""Planted by a test."""\n\n{statement}\n')
    run = lint_imports(tree)
    assert run.returncode == 1, run.stdout
    assert f"{CONTRACT_NAMES[contract]} BROKEN" in run.stdout
    assert reported in run.stdout
