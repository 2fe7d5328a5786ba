"""The qasync test loop itself: coroutines run on Qt's loop and leave nothing behind."""

import asyncio

import pytest

from fixtures.qt import run

# What the previous test left for the next one to inspect after the fixture's teardown has run.
_left_behind: dict = {}


def test_coroutine_runs_on_the_qt_loop(qtbot, qloop):
    async def work():
        await asyncio.sleep(0.01)
        return asyncio.get_running_loop()

    assert run(qtbot, work()) is qloop


def test_a_test_may_leave_a_task_running(qtbot, qloop):
    cleaned_up = []

    async def forever():
        try:
            await asyncio.sleep(3600)
        finally:
            cleaned_up.append(True)  # runs only if the task is cancelled and then given a turn

    task = asyncio.ensure_future(forever())
    qtbot.wait(10)
    assert not task.done()
    _left_behind.update(task=task, loop=qloop, cleaned_up=cleaned_up)


def test_the_fixture_cancelled_that_task_let_it_clean_up_and_closed_its_loop():
    if not _left_behind:
        pytest.skip("runs after test_a_test_may_leave_a_task_running, which was not run")
    assert _left_behind["task"].cancelled()
    assert _left_behind["cleaned_up"] == [True]
    assert _left_behind["loop"].is_closed()
    with pytest.raises(RuntimeError):
        asyncio.get_running_loop()
