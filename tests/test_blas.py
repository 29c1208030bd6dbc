import threading

import numpy as np
from threadpoolctl import threadpool_info

from storylens.blas import one_thread


def _threads():
    return [i["num_threads"] for i in threadpool_info() if i.get("user_api") == "blas"]


def test_one_thread_inside_the_block_and_the_same_products():
    rng = np.random.default_rng(0)
    a, b = rng.standard_normal((40, 384)).astype(np.float32), rng.standard_normal((90, 384)).astype(np.float32)
    before, product = _threads(), a @ b.T
    with one_thread():
        assert set(_threads()) == {1}
        inside = a @ b.T
    assert _threads() == before
    # the same products up to float rounding: a BLAS on several threads may sum in another order
    # (a machine with more cores differed in the last digit of one entry)
    np.testing.assert_allclose(inside, product, rtol=1e-5, atol=1e-4)


def test_nested_and_overlapping_blocks_leave_the_process_setting_as_it_was():
    before = _threads()
    with one_thread():
        with one_thread():
            assert set(_threads()) == {1}
        assert set(_threads()) == {1}
    assert _threads() == before
    first_in, second_done = threading.Event(), threading.Event()

    def first():
        with one_thread():
            first_in.set()
            second_done.wait(5)

    def second():
        first_in.wait(5)
        with one_thread():  # another thread's block while the first runs
            pass
        second_done.set()

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(10)
    assert _threads() == before
    with one_thread():  # and a later block in this thread still limits
        assert set(_threads()) == {1}
    assert _threads() == before
