"""README promises that tests can hold it to."""

import difflib
from pathlib import Path

import pytest

from bot.commands import CATALOG
from bot.commands.reference import with_reference
from tests.support.walk_through import WALK_THROUGHS, read_walk_through, run_walk_through

README = Path(__file__).parents[2] / "README.md"


def test_the_command_reference_in_the_readme_matches_the_declarations():
    text = README.read_text(encoding="utf-8")
    assert text == with_reference(text, CATALOG), "run: python -m bot.commands.reference README.md"


def test_the_quick_start_has_exactly_two_setup_commands_and_ci_runs_the_test_one():
    text = README.read_text(encoding="utf-8")
    quick_start = text.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    blocks = [b.split("```", 1)[0].strip() for b in quick_start.split("```bash\n")[1:]]
    setup = [b for b in blocks if b.startswith("python3 -m venv")]
    assert len(setup) == 2
    ci = (README.parent / ".ci" / "run").read_text()
    assert setup[1].split("&& ", 2)[2] in ci


@pytest.mark.parametrize("section", WALK_THROUGHS)
async def test_the_console_walk_through_prints_what_the_readme_shows(
    section, tmp_path, monkeypatch
):
    walk = read_walk_through(README.read_text(encoding="utf-8"), section)
    monkeypatch.chdir(README.parent)  # as a reader runs it: from the clone, for /import
    printed = await run_walk_through(walk, tmp_path)
    if not walk.matches(printed):
        diff = difflib.unified_diff(walk.transcript, printed.splitlines(), "README", "printed")
        pytest.fail(
            "the walk-through prints otherwise ('…' stands for any lines):\n" + "\n".join(diff)
        )


@pytest.mark.parametrize("section", WALK_THROUGHS)
def test_the_walk_through_s_transcript_is_held_line_by_line(section):
    walk = read_walk_through(README.read_text(encoding="utf-8"), section)
    assert len(walk.typed) >= 10 and walk.transcript[-1] != "…"
    assert not walk.matches("\n".join(walk.transcript[:-1]) + "\nsomething else\n")
