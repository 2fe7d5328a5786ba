"""The qasync test loop itself: coroutines run on Qt's loop and leave nothing behind."""

import asyncio

from fixtures.qt import run


def test_coroutine_runs_on_the_qt_loop(qtbot, qloop):
    async def work():
        await asyncio.sleep(0.01)
        return asyncio.get_running_loop()

    assert run(qtbot, work()) is qloop


def test_unfinished_tasks_are_cancelled_at_teardown(qtbot, qloop):
    task = asyncio.ensure_future(asyncio.sleep(3600))
    qtbot.wait(10)
    assert not task.done()
