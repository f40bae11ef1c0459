"""Long-running coroutines side by side: when the first one ends, the others are stopped.

Services of `jointclass run` and the leader's work (`bot.core.leadership`) behave alike: they are
meant to run until cancelled, so one ending, by failure or not, means the group is done.
"""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine
from typing import Any


async def run_side_by_side(work: dict[str, Coroutine[Any, Any, Any]]) -> None:
    """Run until the first coroutine ends and re-raise its exception; cancelled (or done),
    the rest are cancelled and awaited, so nothing outlives the call."""
    tasks = {asyncio.create_task(job, name=name) for name, job in work.items()}
    try:
        done, _ = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
        for task in done:
            if not task.cancelled() and task.exception() is not None:
                raise task.exception()  # type: ignore[misc]
    finally:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
