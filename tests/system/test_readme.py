"""README promises that tests can hold it to."""

from pathlib import Path

from bot.commands import CATALOG
from bot.commands.reference import with_reference

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
