"""A school's time zone: given, the only one, named by the city, or the country's main zone."""

import pytest

from bot.core.value_types import ValueProblem
from bot.i18n.messages import Message
from bot.times.country_names import CountryName
from bot.times.school_zones import country_zones, main_zone, zone_for_school


def test_a_single_zone_country_needs_no_zone_and_says_nothing_about_it():
    choice = zone_for_school("KR", None, "Seoul")
    assert (choice.zone, choice.note) == ("Asia/Seoul", None)


def test_a_given_zone_must_belong_to_the_country():
    assert zone_for_school("US", "America/Denver").zone == "America/Denver"
    with pytest.raises(ValueProblem, match="not a time zone of KR"):
        zone_for_school("KR", "Asia/Tokyo")


@pytest.mark.parametrize(
    ("country", "city", "zone"),
    [
        ("US", "New York", "America/New_York"),
        ("US", "chicago", "America/Chicago"),
        ("US", "Los Angeles", "America/Los_Angeles"),
        ("AU", "Melbourne", "Australia/Melbourne"),
        ("NZ", "Auckland", "Pacific/Auckland"),
        ("CA", "St. John's", "America/St_Johns"),
        ("UA", "Kyiv", "Europe/Kyiv"),
    ],
)
def test_a_city_that_names_a_zone_of_the_country_gives_that_zone_and_says_so(country, city, zone):
    choice = zone_for_school(country, None, city)
    assert choice.zone == zone
    assert choice.note == Message("school-zone-of-city", zone=zone, city=city)


@pytest.mark.parametrize(
    ("country", "zone"),
    [("DE", "Europe/Berlin"), ("CN", "Asia/Shanghai"), ("NZ", "Pacific/Auckland")],
)
def test_a_country_whose_other_zones_are_marginal_gets_its_main_zone_and_says_so(country, zone):
    choice = zone_for_school(country, None, "Somewhere Else")
    assert choice.zone == zone
    assert choice.note is not None and choice.note.key == "school-zone-main"
    assert (choice.note.arguments["zone"], choice.note.arguments["country"]) == (
        zone,
        CountryName(country),
    )


def test_marginal_means_the_tz_table_says_one_zone_covers_most_or_the_mainland_of_the_country():
    mains = {
        country: main_zone(country)
        for country in ("DE", "NZ", "ES", "PT", "EC", "MY", "CL", "UA", "KZ", "MN", "CN")
    }
    assert mains == {
        "DE": "Europe/Berlin",  # most of Germany
        "NZ": "Pacific/Auckland",  # most of New Zealand
        "ES": "Europe/Madrid",  # Spain (mainland)
        "PT": "Europe/Lisbon",  # Portugal (mainland)
        "EC": "America/Guayaquil",  # Ecuador (mainland)
        "MY": "Asia/Kuala_Lumpur",  # Malaysia (peninsula)
        "CL": "America/Santiago",  # most of Chile
        "UA": "Europe/Kyiv",  # most of Ukraine, though listed second
        "KZ": "Asia/Almaty",  # most of Kazakhstan
        "MN": "Asia/Ulaanbaatar",  # most of Mongolia
        "CN": "Asia/Shanghai",  # one legal time
    }


@pytest.mark.parametrize("country", ["US", "AU", "RU", "CA", "BR", "MX", "ID"])
def test_countries_with_several_real_zones_have_no_main_zone(country):
    assert len(country_zones(country)) > 1
    assert main_zone(country) is None


def test_several_real_zones_and_an_unknown_city_still_ask_with_the_zones_listed():
    with pytest.raises(ValueProblem) as asked:
        zone_for_school("US", None, "Brooklyn")
    text = str(asked.value)
    assert "United States has 29 time zones and the city 'Brooklyn' names none of them" in text
    assert "America/New_York" in text and 'city="New York"' in text
