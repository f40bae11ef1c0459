"""What `jointclass` prints for people is in the program's language (`JOINTCLASS_LANGUAGE`):
with Korean, no English sentence of the catalogs reaches the coordinator, while `--json` and
the CSV files stay data."""

import csv
import io
import json

import pytest

from bot.cli.columns import display_width
from bot.cli.main import main
from bot.i18n.messages import Message
from tests.schools.test_survey_import import DENVER, OSAKA, SEOUL, survey
from tests.support.in_language import english_in, written_in

PROGRAM = "Seoul IJC 2027"


def korean(message: Message) -> str:
    return written_in("ko", message)


@pytest.fixture
def data(tmp_path, monkeypatch):
    monkeypatch.setenv("JOINTCLASS_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("JOINTCLASS_PROGRAM", PROGRAM)
    monkeypatch.setenv("JOINTCLASS_LANGUAGE", "ko")
    monkeypatch.setenv("LOG_LEVEL", "WARNING")
    monkeypatch.delenv("DATABASE_URL", raising=False)
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.fixture
def imported(data, capsys):
    file = data / "survey.csv"
    file.write_text(survey(SEOUL, OSAKA, DENVER), encoding="utf-8")
    assert main(["import", str(file)]) == 0
    capsys.readouterr()
    return data


def test_import_says_what_it_did_and_what_it_refuses_in_korean(data, capsys):
    file = data / "survey.csv"
    file.write_text(survey(SEOUL, OSAKA, DENVER), encoding="utf-8")
    assert main(["import", str(file), "--dry-run"]) == 0
    out = capsys.readouterr().out
    counts = Message("survey-counts", created=3, updated=0, unchanged=0, moved=0)
    rehearsed = Message("survey-dry-run", source=str(file), program=PROGRAM, counts=counts)
    assert korean(rehearsed) in out
    assert korean(Message("survey-new", school_id="KR-001", name="Hanbit Middle School")) in out
    assert english_in(out) == []

    assert main(["import", str(file), "--program", "Busan 2027"]) == 1
    err = capsys.readouterr().err
    refusal = Message("survey-no-program", name="Busan 2027", programs=f"'{PROGRAM}'")
    assert korean(Message("survey-refused", path=str(file), reason=refusal)) in err
    assert english_in(err) == []

    assert main(["import", str(data / "nowhere.csv")]) == 1
    assert "jointclass import: " in (err := capsys.readouterr().err) and english_in(err) == []
    assert main(["import", str(file), "--dry-run", "--codes", "codes.csv"]) == 2
    assert korean(Message("cli-import-codes-in-dry-run")) in capsys.readouterr().err


def test_an_invalid_file_lists_every_problem_in_korean(data, capsys):
    bad = data / "bad.csv"
    bad.write_text(survey(SEOUL, SEOUL, DENVER.replace("US-001", "US 001")), encoding="utf-8")
    assert main(["import", str(bad)]) == 1
    err = capsys.readouterr().err
    assert korean(Message("survey-nothing-imported", source=str(bad), count=2)) in err
    again = Message("survey-duplicate-id", school_id="KR-001", first="2")
    assert korean(Message("survey-on-line", line="3", problem=again)) in err
    school_id = Message("survey-bad-school-id", school_id="US 001")
    assert korean(Message("survey-on-line", line="4", problem=school_id)) in err
    assert english_in(err) == []


def test_match_prints_its_progress_table_and_notes_in_korean(imported, capsys):
    target = imported / "tieup.csv"
    assert main(["match", "--week-of", "2027-03-15", "--csv", str(target)]) == 0
    out, err = capsys.readouterr()
    assert korean(Message("cli-match-column-partner")) in out
    assert korean(Message("cli-match-nothing-created")) in out
    assert korean(Message("cli-match-done")) in err
    assert korean(Message("cli-match-wrote-csv", path=str(target))) in err
    assert english_in(out) == [] and english_in(err) == []
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8-sig"))))
    assert rows[2]["reason"].startswith("no time overlap >= 60 min")  # the CSV is data

    assert main(["match", "--week-of", "2027-03-15", "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["unmatched"][1]["reason"].startswith("no time overlap >= 60 min")

    assert main(["match", "--week-of", "2027-03-15", "--apply"]) == 0
    out = capsys.readouterr().out
    created = Message("cli-match-created", created=1, told=0, waiting=2)
    assert korean(created) in out and english_in(out) == []


def test_the_match_table_lines_up_with_korean_headings(imported, capsys):
    assert main(["match", "--week-of", "2027-03-15"]) == 0
    lines = capsys.readouterr().out.splitlines()
    home = korean(Message("cli-match-column-home"))
    headings, row = lines[next(i for i, line in enumerate(lines) if home in line) :][:2]
    partner = korean(Message("cli-match-column-partner"))
    before_partner = headings[: headings.index(partner)]
    assert display_width(before_partner) == display_width(row[: row.index("JP-001")])
    assert len(before_partner) != row.index("JP-001")  # counted in characters, it would not


def test_sessions_and_an_unknown_program_in_korean(imported, capsys):
    assert main(["sessions"]) == 0
    assert korean(Message("cli-sessions-none", program=PROGRAM)) in capsys.readouterr().out
    assert main(["sessions", "--status", "booked"]) == 0
    none = Message("cli-sessions-none-in-status", program=PROGRAM, status="booked")
    assert korean(none) in capsys.readouterr().out
    assert main(["sessions", "--program", "Nowhere"]) == 1
    unknown = Message("cli-no-program", job="sessions", name="Nowhere", programs=PROGRAM)
    assert korean(unknown) in capsys.readouterr().err
    assert main(["match", "--program", "Nowhere"]) == 1
    err = capsys.readouterr().err
    assert korean(Message("cli-no-program", job="match", name="Nowhere", programs=PROGRAM)) in err


def test_a_configuration_problem_is_named_in_korean(data, capsys, monkeypatch):
    monkeypatch.setenv("JOINTCLASS_COORDINATORS", "not-an-account")
    assert main(["sessions"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("jointclass: 설정에 문제가 있습니다.") and english_in(err) == []


def test_discord_sync_without_a_token_says_so_in_korean(data, capsys, monkeypatch):
    monkeypatch.delenv("DISCORD_TOKEN", raising=False)
    assert main(["discord-sync"]) == 2
    assert korean(Message("cli-discord-no-token")) in capsys.readouterr().err
