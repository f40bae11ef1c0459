"""`jointclass` as a newcomer runs it: a real process, real stdin, a fresh data directory."""

import json
import os
import subprocess
import sys

from tests.conftest import OSAKA_MIDDLE, SEOUL_MIDDLE
from tests.schools.test_survey_import import OSAKA, SEOUL, survey


def jointclass(tmp_path, *args, stdin="", log_level="WARNING"):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "DISCORD_"))}
    env.update(JOINTCLASS_DATA_DIR=str(tmp_path / "data"), DATABASE_URL="", LOG_LEVEL=log_level)
    env.pop("DATABASE_URL")
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=120,
    )


def test_with_no_credentials_the_bot_runs_the_console_on_sqlite(tmp_path):
    lines = "\n".join(
        [
            f"@alice /exchange {SEOUL_MIDDLE}",
            f"@bob /exchange {OSAKA_MIDDLE}",
            "/exchange school show KR-hanbit-middle",
            "/exchange help",
            "/exchange school register Oops country=ZZ",
        ]
    )
    result = jointclass(tmp_path, stdin=lines)
    assert result.returncode == 0, result.stderr
    assert "Registered Hanbit Middle School" in result.stdout
    assert "Registered Sakura Junior High" in result.stdout
    assert "Asia/Seoul (KST, UTC+09:00)" in result.stdout
    assert "school register" in result.stdout and "Traceback" not in result.stdout + result.stderr
    assert "'ZZ' is not a country" in result.stdout
    assert (tmp_path / "data" / "jointclass.sqlite3").exists()


def test_the_console_shows_replies_only_and_writes_its_log_to_a_file(tmp_path):
    lines = f"@alice /exchange {SEOUL_MIDDLE}\n@bob /exchange {OSAKA_MIDDLE}\n"
    lines += "@alice /exchange request JP-sakura-junior-high\n@bob /exchange accept\n"
    result = jointclass(tmp_path, "console", stdin=lines, log_level="INFO")
    assert result.returncode == 0, result.stderr
    assert "are partners now" in result.stdout
    assert " INFO " not in result.stdout + result.stderr
    log = (tmp_path / "data" / "console.log").read_text(encoding="utf-8")
    assert "INFO storage.repositories.partnerships: partnership (request)" in log


def test_verbose_puts_the_consoles_log_on_standard_error(tmp_path):
    lines = f"@alice /exchange {SEOUL_MIDDLE}\n@bob /exchange {OSAKA_MIDDLE}\n"
    lines += "@alice /exchange request JP-sakura-junior-high\n@bob /exchange accept\n"
    result = jointclass(tmp_path, "console", "-v", stdin=lines, log_level="INFO")
    assert "INFO storage.repositories.partnerships: partnership (request)" in result.stderr
    assert " INFO " not in result.stdout


def test_console_json_prints_parseable_lines(tmp_path):
    result = jointclass(tmp_path, "console", "--json", stdin="/exchange whoami\n")
    record = json.loads(result.stdout.strip())
    assert record["command"] == "whoami" and record["ok"] is True


def test_import_reports_counts_and_is_all_or_nothing(tmp_path):
    good = tmp_path / "survey.csv"
    good.write_text(survey(SEOUL, OSAKA), encoding="utf-8")
    result = jointclass(tmp_path, "import", str(good))
    assert result.returncode == 0, result.stderr
    assert "2 new, 0 updated, 0 unchanged" in result.stdout
    bad = tmp_path / "bad.csv"
    bad.write_text(survey(SEOUL.replace("KR-001", "KR-002"), OSAKA.replace(",1,", ",x,")))
    failed = jointclass(tmp_path, "import", str(bad))
    assert failed.returncode == 1
    assert (
        "nothing imported" in failed.stderr
        and "line 3: quota: 'x' is not a whole number" in failed.stderr
    )
    listing = jointclass(tmp_path, "console", stdin="/exchange school list\n")
    assert "KR-001" in listing.stdout and "KR-002" not in listing.stdout


def test_import_of_a_missing_file_is_a_clear_error(tmp_path):
    result = jointclass(tmp_path, "import", "nope.csv")
    assert result.returncode == 1 and "cannot read nope.csv" in result.stderr


def test_a_bad_coordinator_setting_is_reported_not_raised(tmp_path):
    env_file = tmp_path / ".env"
    env_file.write_text("JOINTCLASS_COORDINATORS=alice\n")
    result = jointclass(tmp_path, "console", stdin="")
    assert result.returncode == 2 and "platform:workspace:user_id" in result.stderr
