"""Countries by code or English name, with suggestions for near misses."""

import pycountry
import pytest

from bot.core.value_types import ValueProblem
from bot.times.country_names import parse_country


@pytest.mark.parametrize(
    ("written", "code"),
    [
        ("jp", "JP"),
        ("JPN", "JP"),
        ("Japan", "JP"),
        ("france", "FR"),
        ("South Korea", "KR"),
        ("Republic of Korea", "KR"),
        ("Korea", "KR"),
        ("UK", "GB"),
        ("United Kingdom", "GB"),
        ("USA", "US"),
        ("the United States", "US"),
        ("United States of America", "US"),
        ("Vietnam", "VN"),
        ("Viet Nam", "VN"),
        ("Russia", "RU"),
        ("Taiwan", "TW"),
        ("Cote d'Ivoire", "CI"),
        ("St. Lucia", "LC"),
        ("Democratic Republic of the Congo", "CD"),
        ("Czech Republic", "CZ"),
        ("Türkiye", "TR"),
        ("Turkey", "TR"),
        ("Burma", "MM"),
        ("  New Zealand ", "NZ"),
    ],
)
def test_a_country_reads_by_its_code_its_names_and_everyday_aliases(written, code):
    assert parse_country(written) == code


def test_every_country_reads_by_its_short_official_and_common_english_name():
    for country in pycountry.countries:
        for field in ("name", "official_name", "common_name"):
            if name := getattr(country, field, None):
                assert parse_country(name) == country.alpha_2, name


def test_a_near_miss_suggests_the_country_it_resembles():
    with pytest.raises(ValueProblem, match=r"did you mean France \(FR\)"):
        parse_country("Frnace")
    with pytest.raises(ValueProblem, match=r"did you mean Japan \(JP\)"):
        parse_country("Japn")


def test_a_name_that_fits_several_countries_lists_them():
    with pytest.raises(ValueProblem, match=r"could be .* \(VG\) or .* \(VI\); write the code"):
        parse_country("Virgin Islands")


def test_something_that_is_no_country_says_what_is_accepted():
    with pytest.raises(ValueProblem, match="is not a country; write a country's name or ISO 3166"):
        parse_country("Atlantis")
