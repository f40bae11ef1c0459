"""How long a message lookup, a time in both zones and a typed value take per call, in each
language: the figures the reminder-burst and slot benchmarks will be compared against once the
bot's strings go through `bot.i18n`.

    python -m benchmarks.i18n [--calls 2000]

Each operation runs `--calls` times after one warm-up call; the table gives microseconds per
call. `bot.times.display` (today's English, no catalog) is the baseline for times. One-off
costs (loading catalogs, building the word and country-name tables) are timed separately.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from typing import Any

from benchmarks.tables import percentile, print_table
from bot.i18n.languages import LANGUAGES
from bot.i18n.messages import Message
from bot.i18n.time_text import TimeSpan, span
from bot.i18n.translator import Translator
from bot.i18n.typed_dates import date_in_iso
from bot.i18n.typed_days import weekly_hours_in_english
from bot.i18n.typed_names import country_code, country_names
from bot.i18n.typed_times import clock_time_in_english
from bot.i18n.vocabulary import vocabulary
from bot.times import display
from bot.times.display import Place

START = datetime(2027, 3, 9, 0, 0, tzinfo=UTC)
END = START + timedelta(hours=1)
PLACES = (Place("Asia/Seoul", "Seoul"), Place("Asia/Tokyo", "Osaka"))
TYPED = {
    "en": ("Mon-Fri 09:00-16:00", "15:00", "2027-03-02", "JP"),
    "ko": ("월-금 9시-16시", "오후 3시", "2027년 3월 2일", "일본"),
    "ja": ("月～金 9時～16時", "午後3時", "2027年3月2日", "日本"),
    "zh-Hant": ("週一至週五 上午9點至下午4點", "下午3點", "2027年3月2日", "日本"),
}


def per_call(operation: Callable[[], Any], calls: int) -> dict[str, float]:
    operation()
    samples = []
    for _ in range(calls):
        started = time.perf_counter()
        operation()
        samples.append((time.perf_counter() - started) * 1e6)
    return {
        "mean_us": sum(samples) / len(samples),
        "p50_us": percentile(samples, 50),
        "p99_us": percentile(samples, 99),
    }


def once(operation: Callable[[], Any]) -> float:
    started = time.perf_counter()
    operation()
    return (time.perf_counter() - started) * 1e3


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=2000)
    calls = parser.parse_args().calls

    one_off = [
        {"operation": "Translator.load (5 languages)", "ms": once(Translator.load)},
        {"operation": "input words (CLDR + input.toml)", "ms": once(vocabulary)},
        {"operation": "country names (every CLDR locale)", "ms": once(country_names)},
    ]
    print_table("One-off costs, first call in a process", one_off)

    translator = Translator.load()
    rows: list[dict[str, object]] = [
        {
            "operation": "display.span (today's English)",
            "language": "en",
            "calls": calls,
            **per_call(lambda: display.span(START, END, PLACES), calls),
        }
    ]
    refusal = Message("input-date-invalid", text="2027/02/30")
    booked = Message("input-date-invalid", text=TimeSpan(START, END, PLACES))
    for language in LANGUAGES:
        measured = {
            "render, one text argument": lambda lang=language: translator.render(refusal, lang),
            "render, a TimeSpan argument": lambda lang=language: translator.render(booked, lang),
            "span in two zones": lambda lang=language: span(START, END, PLACES, lang, translator),
        }
        for operation, call in measured.items():
            rows.append(
                {"operation": operation, "language": language.tag, "calls": calls}
                | per_call(call, calls)
            )
    print_table("Messages and times, per call", rows)

    typed_rows: list[dict[str, object]] = []
    korean = LANGUAGES[2]
    for tag, (hours, clock, day, country) in TYPED.items():
        measured = {
            "weekly hours": lambda raw=hours: weekly_hours_in_english(raw),
            "clock time": lambda raw=clock: clock_time_in_english(raw),
            "date": lambda raw=day: date_in_iso(raw, korean, today=date(2027, 1, 1)),
            "country": lambda raw=country: country_code(raw),
        }
        for operation, call in measured.items():
            typed_rows.append(
                {"operation": operation, "written in": tag, "calls": calls} | per_call(call, calls)
            )
    print_table("Typed input normalised, per call", typed_rows)
    if translator.fallbacks:
        raise SystemExit(f"fell back to English: {dict(translator.fallbacks)}")


if __name__ == "__main__":
    main()
