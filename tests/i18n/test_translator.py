"""Rendering messages for a reader: arguments, plurals, fallbacks counted, both languages."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bot.i18n.languages import ENGLISH, LANGUAGES, Language
from bot.i18n.messages import Joined, Message
from bot.i18n.translator import CatalogError, Translator

KOREAN, JAPANESE = LANGUAGES[2], LANGUAGES[3]
EN_US = LANGUAGES[1]

CATALOGS = {
    "en": """
greeting = Hello, { $name }!
invites = { $count ->
    [one] { $count } invite
   *[other] { $count } invites
}
only-in-english = Nobody translated this yet
form = Register
    .placeholder = Your school's name
wrapper = Note: { $inner }
""",
    "ko": """
greeting = 안녕하세요, { $name }님!
invites = 초대 { $count }건
form = 등록
    .placeholder = 학교 이름
wrapper = 알림: { $inner }
""",
}


@pytest.fixture
def small(tmp_path: Path) -> Translator:
    for folder, text in CATALOGS.items():
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "test.ftl").write_text(text, encoding="utf-8")
    return Translator.load(tmp_path, (ENGLISH, EN_US, KOREAN))


def test_a_message_reads_in_the_readers_language_with_its_arguments(small: Translator) -> None:
    assert small.render(Message("greeting", name="Mina"), KOREAN) == "안녕하세요, Mina님!"
    assert small.render(Message("greeting", name="Mina"), ENGLISH) == "Hello, Mina!"


def test_arguments_are_not_wrapped_in_invisible_isolation_marks(small: Translator) -> None:
    text = small.render(Message("greeting", name="Mina"), ENGLISH)
    assert "\u2068" not in text and "\u2069" not in text


def test_english_chooses_singular_or_plural_and_korean_needs_neither(small: Translator) -> None:
    assert small.render(Message("invites", count=1), ENGLISH) == "1 invite"
    assert small.render(Message("invites", count=1200), ENGLISH) == "1,200 invites"
    assert small.render(Message("invites", count=1), KOREAN) == "초대 1건"


def test_a_missing_translation_shows_english_and_is_counted(small: Translator) -> None:
    assert small.render(Message("only-in-english"), KOREAN) == "Nobody translated this yet"
    small.render(Message("only-in-english"), KOREAN)
    assert small.fallbacks == {("ko", "only-in-english"): 2}


def test_english_readers_never_count_as_fallbacks(small: Translator) -> None:
    small.render(Message("only-in-english"), ENGLISH)
    small.render(Message("only-in-english"), EN_US)
    assert small.fallbacks == {}


def test_a_key_no_catalog_has_is_a_bug_not_a_fallback(small: Translator) -> None:
    with pytest.raises(CatalogError, match="no-such-key"):
        small.render(Message("no-such-key"), KOREAN)


def test_a_message_missing_an_argument_is_a_bug(small: Translator) -> None:
    with pytest.raises(CatalogError, match="name"):
        small.render(Message("greeting"), ENGLISH)


def test_an_attribute_is_addressed_after_a_dot(small: Translator) -> None:
    assert small.render(Message("form.placeholder"), KOREAN) == "학교 이름"
    assert small.render(Message("form"), KOREAN) == "등록"


def test_a_message_inside_a_message_reads_in_the_same_language(small: Translator) -> None:
    wrapped = Message("wrapper", inner=Message("greeting", name="Mina"))
    assert small.render(wrapped, KOREAN) == "알림: 안녕하세요, Mina님!"


class Shouted:
    def localized(self, language: Language, translator: Translator) -> str:
        return language.tag.upper()


def test_an_argument_can_write_itself_in_each_language(small: Translator) -> None:
    assert small.render(Message("greeting", name=Shouted()), KOREAN) == "안녕하세요, KO님!"


def test_dates_and_other_values_must_be_formatted_first() -> None:
    with pytest.raises(TypeError, match="day"):
        Message("greeting", day=date(2027, 3, 9))  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="flag"):
        Message("greeting", flag=True)


def test_a_post_for_both_classes_carries_the_home_language_first(small: Translator) -> None:
    both = small.in_both(Message("greeting", name="Mina"), KOREAN, ENGLISH)
    assert both == ("안녕하세요, Mina님!", "Hello, Mina!")


def test_a_post_reads_once_when_both_schools_read_the_same(small: Translator) -> None:
    assert small.in_both(Message("greeting", name="Mina"), KOREAN, KOREAN) == (
        "안녕하세요, Mina님!",
    )
    assert small.in_both(Message("greeting", name="Mina"), ENGLISH, EN_US) == ("Hello, Mina!",)


def test_a_catalog_with_a_syntax_error_is_refused_naming_its_file(tmp_path: Path) -> None:
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "broken.ftl").write_text("greeting = { $name\n", encoding="utf-8")
    with pytest.raises(CatalogError, match=r"broken\.ftl"):
        Translator.load(tmp_path, (ENGLISH,))


def test_a_message_holding_a_nested_fallback_counts_it_every_time(small: Translator) -> None:
    outer = Message("wrapper", inner=Message("only-in-english"))
    for _ in range(3):
        assert small.render(outer, KOREAN) == "알림: Nobody translated this yet"
    assert small.fallbacks == {("ko", "only-in-english"): 3}


def test_an_argument_that_changes_is_written_anew_not_remembered(small: Translator) -> None:
    """Messages are remembered once written; what holds a list (or a database row) is not a
    value, and a second rendering must show what it holds now."""
    names = [Message("greeting", name="Mina")]
    listed = Message("wrapper", inner=Joined(names))
    assert small.render(listed, KOREAN) == "알림: 안녕하세요, Mina님!"
    names.append(Message("greeting", name="Sora"))
    assert small.render(listed, KOREAN) == "알림: 안녕하세요, Mina님!\n안녕하세요, Sora님!"


def test_equal_messages_built_apart_read_alike(small: Translator) -> None:
    first = small.render(Message("wrapper", inner=Message("greeting", name="Mina")), KOREAN)
    again = Message("wrapper", inner=Message("greeting", name="Mina"))
    assert small.render(again, KOREAN) == first
    assert small.render(again, ENGLISH) == "Note: Hello, Mina!"
    assert small.render(Message("wrapper", inner="Sora"), KOREAN) == "알림: Sora"
