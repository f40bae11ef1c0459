"""`jointclass match` as a coordinator runs it: JSON for scripts, a table for people, --apply."""

import csv
import io
import json

import pytest

from bot.cli.main import main
from tests.schools.test_survey_import import DENVER, OSAKA, SEOUL, survey


@pytest.fixture
def program(tmp_path, monkeypatch):
    monkeypatch.setenv("JOINTCLASS_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("JOINTCLASS_PROGRAM", "Seoul IJC 2027")
    monkeypatch.setenv("LOG_LEVEL", "WARNING")
    monkeypatch.delenv("DATABASE_URL", raising=False)
    csv = tmp_path / "survey.csv"
    csv.write_text(survey(SEOUL, OSAKA, DENVER), encoding="utf-8")
    assert main(["import", str(csv)]) == 0


def test_json_lists_pairs_and_unmatched_schools_with_reasons(program, capsys):
    capsys.readouterr()
    assert main(["match", "--week-of", "2027-03-15", "--json"]) == 0
    out, err = capsys.readouterr()
    document = json.loads(out)
    assert document["pairs"] == [
        {
            "home": "KR-001",
            "partner": "JP-001",
            "overlap_minutes": 390,
            "language": "en",
            "score": 390,
            "continuing": False,
        }
    ]
    assert [set(u) for u in document["unmatched"]] == [
        {"school_id", "remaining_quota", "reason"}
    ] * 2
    denver = next(u for u in document["unmatched"] if u["school_id"] == "US-001")
    assert denver["reason"].startswith(
        "no time overlap >= 60 min with any of the 1 middle-level schools sharing a language"
    )
    assert "feasible pairs" in err and "Nothing created" in err


def test_apply_creates_the_partnerships_once(program, capsys):
    assert main(["match", "--week-of", "2027-03-15", "--apply"]) == 0
    first = capsys.readouterr().out
    assert ["KR-001", "JP-001", "390", "min", "en", "390"] in [
        line.split() for line in first.splitlines()
    ]
    assert "Created 1 partnership(s)" in first
    assert main(["match", "--week-of", "2027-03-15"]) == 0
    second = capsys.readouterr().out
    assert "0 pairs (the most possible)" in second


def test_bad_options_are_refused_with_the_chat_command_s_words(program, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["match", "--duration", "5"])
    assert exit_info.value.code == 2
    assert "duration: 5 is out of range; it must be from 15 to 240" in capsys.readouterr().err
    assert main(["match", "--program", "Nowhere"]) == 1
    assert "no program named 'Nowhere'. Programs: Seoul IJC 2027." in capsys.readouterr().err
    assert main(["match", "--continuing-from", "Seoul IJC 2026"]) == 1
    assert (
        "match --continuing-from: no program named 'Seoul IJC 2026'. Programs: Seoul IJC 2027."
        in capsys.readouterr().err
    )
    with pytest.raises(SystemExit):
        main(["match", "--continuing", "always"])
    assert "continuing: " in capsys.readouterr().err


def test_csv_writes_every_pair_and_open_school_with_names_times_and_reasons(
    program, tmp_path, capsys
):
    target = tmp_path / "tieup.csv"
    assert main(["match", "--week-of", "2027-03-15", "--csv", str(target)]) == 0
    out, err = capsys.readouterr()
    assert "KR-001" in out and f"Wrote every pair and school with open places to {target}" in err
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8-sig"))))
    assert [(r["record"], r["home_name"], r["partner_name"]) for r in rows] == [
        ("pair", "Hanbit Middle School", "Sakura Junior High"),
        ("open", "Hanbit Middle School", ""),
        ("open", "", "Lincoln Middle"),
    ]
    assert rows[0]["home_local_times"] == "Mon–Fri 09:00–15:30 KST"
    assert rows[2]["reason"].startswith("no time overlap >= 60 min")


def test_csv_into_a_missing_folder_is_refused_before_anything_runs(program, tmp_path, capsys):
    capsys.readouterr()
    assert main(["match", "--csv", str(tmp_path / "nowhere" / "tieup.csv"), "--apply"]) == 1
    assert "--csv: no folder" in capsys.readouterr().err
    assert main(["match", "--week-of", "2027-03-15"]) == 0
    assert "1 pairs (the most possible)" in capsys.readouterr().out  # --apply created nothing
