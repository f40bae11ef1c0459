"""The `/exchange` text grammar: words, quotes, options, and the errors people will hit."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.commands import CATALOG
from bot.core.errors import UserError
from bot.core.grammar import coerce, parse_line, quote, tokenize


def texts(line: str) -> list[str]:
    return [token.text for token in tokenize(line)]


def test_words_are_split_on_any_whitespace():
    assert texts("school   list\tcountry=JP") == ["school", "list", "JP"]


def test_double_quotes_group_words_and_can_hold_escaped_quotes():
    assert texts(r'register "Hanbit \"Hope\" School" x') == [
        "register",
        'Hanbit "Hope" School',
        "x",
    ]


def test_curly_quotes_from_phones_work_like_straight_ones():
    assert texts("register “Sakura Junior High” level=middle")[1] == "Sakura Junior High"


def test_apostrophes_are_ordinary_characters():
    assert texts("request JP-1 let's meet") == ["request", "JP-1", "let's", "meet"]


def test_option_values_may_be_quoted():
    token = tokenize('class_hours="Mon-Fri 09:00-16:00"')[0]
    assert (token.name, token.text) == ("class_hours", "Mon-Fri 09:00-16:00")


def test_an_unclosed_quote_says_where_it_opened():
    with pytest.raises(UserError, match="position 8 is never closed"):
        tokenize('school "Hanbit')


def test_options_bind_by_name_and_values_fill_positionals():
    invocation = parse_line(CATALOG, 'school register "Hanbit" country=KR level=middle')
    assert invocation.spec.name == "school register"
    assert invocation.raw == {"name": "Hanbit", "country": "KR", "level": "middle"}


def test_command_words_are_case_insensitive():
    assert parse_line(CATALOG, "School LIST").spec.name == "school list"


def test_option_names_accept_dashes_for_underscores():
    invocation = parse_line(CATALOG, 'school edit after-school-hours="Wed 15:00-17:00"')
    assert invocation.raw == {"after_school_hours": "Wed 15:00-17:00"}


def test_a_greedy_text_takes_the_rest_of_the_line():
    assert parse_line(CATALOG, "help school register").raw == {"command": "school register"}


def test_an_unquoted_name_takes_the_words_around_the_options():
    invocation = parse_line(CATALOG, "school register Hanbit Middle School country=KR level=middle")
    assert invocation.raw["name"] == "Hanbit Middle School"


def test_free_text_keeps_words_with_equals_signs_unless_they_look_like_a_misspelt_option():
    invocation = parse_line(CATALOG, "school register E=mc2 Academy country=KR")
    assert invocation.raw["name"] == "E=mc2 Academy"
    with pytest.raises(UserError, match="Did you mean 'country='"):
        parse_line(CATALOG, "school register Hanbit contry=KR")


def test_a_misspelt_command_gets_a_suggestion():
    with pytest.raises(UserError, match="Did you mean `school list`"):
        parse_line(CATALOG, "shcool list")


def test_a_group_without_its_subcommand_lists_the_subcommands():
    with pytest.raises(UserError, match="school join, school leave, school list"):
        parse_line(CATALOG, "school foo")


def test_a_misspelt_option_gets_a_suggestion_and_the_list_of_options():
    expected = r"Unknown option 'contry' for school list\. Did you mean 'country='"
    with pytest.raises(UserError, match=expected):
        parse_line(CATALOG, "school list contry=JP")


def test_an_option_given_twice_is_refused():
    with pytest.raises(UserError, match="given twice"):
        parse_line(CATALOG, "school list country=JP country=KR")


def test_a_value_with_nowhere_to_go_is_refused():
    with pytest.raises(UserError, match="Unexpected 'extra'"):
        parse_line(CATALOG, "school leave extra")


def test_missing_required_options_are_named_with_their_help():
    invocation = parse_line(CATALOG, 'school register "Hanbit"')
    with pytest.raises(UserError, match="needs country: the school's country, by name or ISO"):
        coerce(invocation.spec, invocation.raw)


@pytest.mark.parametrize("line", ["exchange find", "/exchange find language=en"])
def test_the_slash_command_typed_again_suggests_the_command_after_it(line):
    with pytest.raises(UserError, match="Did you mean `find`\\? `exchange` is the slash command"):
        parse_line(CATALOG, line)


def test_an_overlong_line_is_refused_before_parsing():
    with pytest.raises(UserError, match="limit is 4000"):
        tokenize("x" * 5000)


safe_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=40
)


@given(st.lists(safe_text, min_size=1, max_size=6))
def test_quoted_values_read_back_exactly(values):
    line = " ".join(quote(value) for value in values)
    assert texts(line) == values


@given(safe_text)
def test_a_quoted_option_value_reads_back_exactly(value):
    token = tokenize(f"topic={quote(value)}")[0]
    assert (token.name, token.text) == ("topic", value)


@given(st.text(max_size=200))
def test_any_line_parses_or_fails_with_a_user_error(line):
    try:
        invocation = parse_line(CATALOG, line)
        coerce(invocation.spec, invocation.raw)
    except UserError as error:
        assert error.text().strip()


def test_an_optional_positional_is_passed_over_by_a_value_only_a_later_one_reads():
    assert parse_line(CATALOG, "report 2027-1").raw == {"term": "2027-1"}
    assert parse_line(CATALOG, 'report "Seoul IJC 2027" 2027-1').raw == {
        "program": "Seoul IJC 2027",
        "term": "2027-1",
    }
    assert parse_line(CATALOG, "feedback summary JP-sakura").raw == {"partner": "JP-sakura"}
    assert parse_line(CATALOG, "feedback summary 12").raw == {"session": "12"}


def test_a_value_that_spans_words_takes_the_longest_run_it_reads():
    assert parse_line(CATALOG, "time Tue 15:00 JP-sakura").raw == {
        "when": "Tue 15:00",
        "partner": "JP-sakura",
    }
    assert parse_line(CATALOG, "time 15:00 Sakura Junior High").raw == {
        "when": "15:00",
        "partner": "Sakura Junior High",
    }
    assert parse_line(CATALOG, "time Tue 25:00").raw == {"when": "Tue 25:00"}
