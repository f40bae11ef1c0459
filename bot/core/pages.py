"""Long lists a page at a time, so that no reply outgrows what Slack or Discord show in one
message: the reply lists one page and carries a "Next 20" button that runs the same command,
with the same options, for the page after it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from math import ceil
from typing import Generic, TypeVar

from bot.core.context import Context
from bot.core.errors import UserError
from bot.core.grammar import quote
from bot.core.reply import Action
from bot.core.spec import Param
from bot.core.value_types import INTEGER
from bot.i18n.messages import Message

T = TypeVar("T")

PAGE_PARAM = Param(
    "page", INTEGER, "which page of the list to show", default=1, minimum=1, maximum=10_000
)


@dataclass(frozen=True)
class Page(Generic[T]):
    items: Sequence[T]  # this page's
    number: int  # from 1
    size: int  # items on a full page
    total: int  # items on every page together

    @property
    def first(self) -> int:
        """The position of this page's first item in the whole list, from 1."""
        return (self.number - 1) * self.size + 1

    @property
    def last(self) -> int:
        return self.first + len(self.items) - 1

    @property
    def count(self) -> int:
        return max(1, ceil(self.total / self.size))

    @property
    def span(self) -> str:
        """`21–40 of 200`, or `all 12` when one page holds them all."""
        return (
            f"all {self.total}" if self.count == 1 else f"{self.first}–{self.last} of {self.total}"
        )


def page_of(items: Sequence[T], number: int, size: int) -> Page[T]:
    """Page `number` of `items`; a page past the end is a mistake worth saying."""
    page = Page(items[(number - 1) * size : number * size], number, size, len(items))
    if number > page.count:
        raise UserError(Message("page-past-the-end", pages=page.count, size=size))
    return page


def next_page(
    ctx: Context, path: str, options: Mapping[str, object | None], page: Page[T]
) -> tuple[Action, ...]:
    """The button that shows the page after `page`, by running `path` again with the same
    `options` (those that are None are left out) and the next page number; its label in the
    caller's language."""
    if page.number >= page.count:
        return ()
    given = " ".join(
        f"{name}={quote(str(value))}" for name, value in options.items() if value is not None
    )
    command = " ".join(part for part in (path, given, f"page={page.number + 1}") if part)
    coming = min(page.size, page.total - page.last)
    return (Action(ctx.say(Message("page-next", count=coming)), command),)
