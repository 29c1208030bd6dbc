"""The per-article time budget: a pathological article becomes a named error instead of a hang.

The budget is CPU time, not wall-clock time: on a loaded machine (a batch
sharing its cores, a busy server) a cheap article takes longer by the clock
but not in CPU, and must not be named as pathological for it.

Two mechanisms, because neither covers every case alone:

* on the main thread a CPU-time timer (``signal.setitimer`` with
  ``ITIMER_PROF``: the process's CPU time, model threads included) raises
  ``OverBudget`` wherever the article's analysis is when the budget runs out:
  inside any stage and any loop, with no cooperation from stage code. Python
  runs signal handlers between bytecodes, so a long call into C (one model
  call) finishes first; the per-article phase is made of many short calls.
* elsewhere (worker threads of a web server, where signals cannot be used)
  the budget is checked cooperatively against the thread's own CPU time:
  between stages, and by ``check()``, which long loops in stage code may call
  (it costs one clock read).

``OverBudget`` derives from ``BaseException`` so that a stage's broad
``except Exception`` (a fallback around an optional library, say) cannot
swallow it and run on.
"""
from __future__ import annotations

import signal
import threading
import time
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Iterator

_DEADLINE: ContextVar[float | None] = ContextVar("storylens_deadline", default=None)
_BUDGET: ContextVar[float] = ContextVar("storylens_budget", default=0.0)


class OverBudget(BaseException):
    """The article's analysis ran past its time budget."""

    def __init__(self, seconds: float):
        super().__init__(f"over the CPU time budget of {seconds:g} s per article (setting article_seconds)")
        self.seconds = seconds


def check() -> None:
    """Raise ``OverBudget`` when the current article's budget is spent (no-op outside a budget)."""
    deadline = _DEADLINE.get()
    if deadline is not None and time.thread_time() > deadline:
        raise OverBudget(_BUDGET.get())


@contextmanager
def budget(seconds: float) -> Iterator[None]:
    """Run the block under a budget of ``seconds`` of CPU time (0 or less: no budget)."""
    if seconds <= 0:
        yield
        return
    tokens = (_DEADLINE.set(time.thread_time() + seconds), _BUDGET.set(seconds))
    timer = _can_signal()
    if timer:
        def expire(signum, frame):
            raise OverBudget(seconds)

        previous = signal.signal(signal.SIGPROF, expire)
        signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield
    finally:
        if timer:
            signal.setitimer(signal.ITIMER_PROF, 0)
            signal.signal(signal.SIGPROF, previous)
        _DEADLINE.reset(tokens[0])
        _BUDGET.reset(tokens[1])


def _can_signal() -> bool:
    """A timer signal is ours to use: main thread, a platform with SIGPROF, and no timer already running."""
    if not hasattr(signal, "setitimer") or not hasattr(signal, "SIGPROF") or threading.current_thread() is not threading.main_thread():
        return False
    if signal.getitimer(signal.ITIMER_PROF)[0] > 0:
        return False  # someone else's timer (an outer budget, a test harness): leave it alone, check cooperatively
    return signal.getsignal(signal.SIGPROF) in (signal.SIG_DFL, signal.SIG_IGN, None)
