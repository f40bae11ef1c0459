"""The command line's tables line up in a terminal when cells hold Hangul, Kana or Han."""

from bot.cli.columns import aligned, display_width


def test_wide_characters_take_two_columns_and_combining_marks_none() -> None:
    assert display_width("KR-001") == 6
    assert display_width("국내 학교") == 9
    assert display_width("国内校") == 6
    assert display_width("Ｓ") == 2  # fullwidth
    assert display_width("e\u0301") == 1  # é as e and a combining acute


def test_columns_start_at_the_same_terminal_column_whatever_the_script() -> None:
    rows = [
        ["국내 학교", "상대 학교", "점수"],
        ["KR-001", "JP-001", "390"],
        ["한빛중학교", "さくら中学校", "7"],
    ]
    lines = aligned(rows, right={2})
    partner_starts = {
        display_width(line[: line.index(row[1])]) for line, row in zip(lines, rows, strict=True)
    }
    assert partner_starts == {len("한빛중학교") * 2 + 2}  # the widest first cell and the gap
    assert {display_width(line) for line in lines} == {display_width(lines[2])}  # right edge
    assert lines[1].endswith(" 390") and lines[2].endswith("   7")


def test_an_empty_last_cell_adds_no_trailing_spaces() -> None:
    lines = aligned([["HOME", "SCORE"], ["KR-001", "390", ""], ["KR-002", "12", "continuing"]])
    assert lines[1] == "KR-001  390"
    assert lines[2] == "KR-002  12     continuing"
