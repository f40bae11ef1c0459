"""Fuzzing the demand-survey import: any file is imported whole or refused with the lines to
fix, never with a traceback, and a refused file writes nothing."""

from __future__ import annotations

import csv
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.schools.survey_import import (
    COLUMNS,
    MAX_SURVEY_BYTES,
    SurveyInvalid,
    decode_survey,
    import_survey,
    read_survey_file,
)
from tests.schools.test_survey_import import OSAKA, SEOUL, schools, survey
from tests.support.fuzz import FUZZ, HOSTILE_WORDS, hostile_text, snapshot
from tests.support.in_language import in_english

SEOUL_CELLS = next(csv.reader([SEOUL]))
FORMULAS = ("=cmd|' /C calc'!A0", "+1+1", "-2+3", "@SUM(A1)", '=HYPERLINK("https://evil")')
SPECIFIC = re.compile(r"line \d+: \S.*|the file \S.*", re.DOTALL)


def cell() -> st.SearchStrategy[str]:
    return st.one_of(st.sampled_from(FORMULAS), hostile_text, st.just(""))


def as_csv_cell(value: str) -> str:
    return '"' + value.replace('"', '""') + '"' if re.search(r'[",\r\n]', value) else value


@st.composite
def survey_rows(draw: st.DrawFn) -> list[list[str]]:
    """The valid Seoul row with some cells replaced, dropped or added."""
    rows = []
    for number in range(draw(st.integers(1, 3))):
        cells = [f"KR-{number:03}", *SEOUL_CELLS[1:]]
        for index in draw(st.lists(st.integers(0, len(cells) - 1), max_size=4)):
            cells[index] = draw(cell())
        if draw(st.integers(0, 5)) == 0:
            cells = cells[: draw(st.integers(0, len(cells)))]
        if draw(st.integers(0, 5)) == 0:
            cells += draw(st.lists(cell(), min_size=1, max_size=3))
        rows.append(cells)
    return rows


@st.composite
def survey_files(draw: st.DrawFn) -> bytes:
    """Headers right, shuffled, short or padded; quoted or raw cells; any line ending and
    encoding; now and then bytes that are not text at all."""
    if draw(st.integers(0, 9)) == 0:
        return draw(st.binary(max_size=2000))
    header = list(COLUMNS)
    if draw(st.booleans()):
        header = draw(st.permutations(header))
    if draw(st.integers(0, 4)) == 0:
        del header[draw(st.integers(0, len(header) - 1))]
    if draw(st.integers(0, 4)) == 0:
        header.append(draw(st.sampled_from(("contact", "", "name", *HOSTILE_WORDS))))
    quoting = draw(st.sampled_from((as_csv_cell, lambda value: value)))
    lines = [",".join(header)]
    for cells in draw(survey_rows()):
        by_name = dict(zip(COLUMNS, cells, strict=False))
        ordered = [by_name.get(name, "") for name in header] + cells[len(COLUMNS) :]
        lines.append(",".join(quoting(value) for value in ordered))
    text = draw(st.sampled_from(("\n", "\r\n", "\r"))).join(lines)
    encoding = draw(st.sampled_from(("utf-8", "utf-8-sig", "utf-16", "latin-1")))
    return text.encode(encoding, errors="replace")


async def refuses_cleanly(bot, content: bytes) -> SurveyInvalid | None:
    """Import `content`; on refusal, check its messages and that nothing was written."""
    before = await snapshot(bot.core.sessions)
    try:
        await import_survey(bot.core, decode_survey(content), None)
    except SurveyInvalid as invalid:
        assert invalid.errors, "a refusal names at least one problem"
        for error in in_english(invalid.errors):
            assert SPECIFIC.fullmatch(error), f"not specific: {error!r}"
        assert await snapshot(bot.core.sessions) == before, "a refused file wrote something"
        return invalid
    return None


@FUZZ
@given(content=survey_files())
async def test_any_file_is_imported_whole_or_refused_with_its_lines_and_nothing_written(
    bot, content
):
    refused = await refuses_cleanly(bot, content)
    if refused is None:
        assert await schools(bot), "an accepted file imported its schools"


async def test_formula_like_cells_are_kept_as_text(bot):
    name = "=cmd|' /C calc'!A0"
    await import_survey(bot.core, survey(SEOUL.replace("Hanbit Middle School", name)), None)
    assert (await schools(bot))["KR-001"].name == name


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (survey(SEOUL, '"KR-002,' + OSAKA), "line 3: a quoted value is never closed"),
        (survey(SEOUL.replace("Seoul", '"Seoul"x')), "line 2: text follows a closing quote"),
        (survey(SEOUL.replace("Seoul", "S" * 200_000)), "line 2: a value is longer than"),
        (survey(SEOUL + ",extra"), "line 2: 15 values, but the header has 14 columns"),
        (survey(SEOUL.replace("Seoul", "Se\roul")), "line 2: 5 values, but the header has 14"),
        (survey(SEOUL.replace("Seoul", "Se\x00oul")), "line 2: city contains the control"),
    ],
)
async def test_a_broken_file_names_the_line_to_fix_and_writes_nothing(bot, text, message):
    refused = await refuses_cleanly(bot, text.encode())
    assert refused is not None and in_english(refused.errors)[0].startswith(message)


async def test_a_file_in_another_encoding_is_refused_with_how_to_save_it(bot):
    refused = await refuses_cleanly(bot, survey(SEOUL.replace("Seoul", "Séoul")).encode("utf-16"))
    assert refused is not None and "save it as 'CSV UTF-8'" in in_english(refused.errors)[0]


def test_an_oversized_file_is_refused_by_its_size_before_it_is_read(tmp_path):
    path = tmp_path / "survey.csv"
    with path.open("wb") as file:
        file.truncate(MAX_SURVEY_BYTES + 1)  # sparse: nothing is written to disk
    with pytest.raises(SurveyInvalid) as raised:
        read_survey_file(path)
    assert in_english(raised.value.errors) == [
        "the file is 20.0 MB; at most 20 MB is accepted (about 100,000 schools). "
        "Split it and import the parts."
    ]
