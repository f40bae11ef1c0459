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


def test_import_dry_run_prints_what_would_change_and_writes_nothing(tmp_path):
    first = tmp_path / "survey.csv"
    first.write_text(survey(SEOUL), encoding="utf-8")
    assert jointclass(tmp_path, "import", str(first)).returncode == 0
    second = tmp_path / "again.csv"
    second.write_text(survey(SEOUL.replace(",2,", ",3,"), OSAKA), encoding="utf-8")
    dry = jointclass(tmp_path, "import", str(second), "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert dry.stdout.splitlines() == [
        f"Dry run, nothing written: importing {second} into Default program would give "
        "1 new, 1 updated, 0 unchanged, 0 moved.",
        "  updated KR-001: quota 2 → 3",
        "  new JP-001: Sakura Junior High",
    ]
    real = jointclass(tmp_path, "import", str(second))
    assert real.stdout.splitlines()[0] == (
        f"Imported {second} into Default program: 1 new, 1 updated, 0 unchanged, 0 moved."
    )


def test_import_into_another_program_is_refused_until_the_move_is_asked_for(tmp_path):
    path = tmp_path / "survey.csv"
    path.write_text(survey(SEOUL, OSAKA), encoding="utf-8")
    jointclass(tmp_path, "import", str(path))
    typo = jointclass(tmp_path, "import", str(path), "--program", "Busan 2027")
    assert typo.returncode == 1 and "There is no program 'Busan 2027'" in typo.stderr
    refused = jointclass(
        tmp_path, "import", str(path), "--program", "Busan 2027", "--create-program"
    )
    assert refused.returncode == 1
    assert "belong to another program: KR-001 (Default program), JP-001" in refused.stderr
    moved = jointclass(
        tmp_path,
        "import",
        str(path),
        "--program",
        "Busan 2027",
        "--create-program",
        "--move-from",
        "Default program",
    )
    assert moved.returncode == 0, moved.stderr
    assert "0 new, 0 updated, 0 unchanged, 2 moved" in moved.stdout
    assert "  moved KR-001 from Default program" in moved.stdout.splitlines()


def test_import_writes_claim_codes_only_its_owner_can_read(tmp_path):
    path, codes = tmp_path / "survey.csv", tmp_path / "codes.csv"
    path.write_text(survey(SEOUL, OSAKA), encoding="utf-8")
    result = jointclass(tmp_path, "import", str(path), "--codes", str(codes))
    assert result.returncode == 0, result.stderr
    assert f"Wrote 2 claim code(s) to {codes}" in result.stdout
    assert oct(codes.stat().st_mode & 0o777) == "0o600"
    header, *rows = codes.read_text(encoding="utf-8-sig").splitlines()
    assert header == "school_id,name,code,expires_at_utc"
    assert [row.split(",")[0] for row in rows] == ["KR-001", "JP-001"]
    code = rows[0].split(",")[2]
    claimed = jointclass(tmp_path, "console", stdin=f"@kim /exchange school claim {code}\n")
    assert "You are now a teacher of Hanbit Middle School (KR-001)" in claimed.stdout
