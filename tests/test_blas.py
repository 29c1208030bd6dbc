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
    assert np.array_equal(inside, product)
