"""natasha is called on batches of like-length texts: same spans as one text at a time, bounded batches."""
from storylens.adapters.natasha_ner import batches

TEXTS = [
    "Глава Минфина Антон Силуанов заявил об этом в Москве.",
    "В «Газпроме» отказались от комментариев.",
    "Пресс-секретарь Кремля Дмитрий Песков сообщил журналистам, что Владимир Путин встретится с "
    "Реджепом Тайипом Эрдоганом в Сочи на следующей неделе.",
    "Да.",
    "Министерство обороны России опровергло сообщения Reuters.",
]


def test_batches_cover_every_text_once_shortest_first():
    texts = ["a" * n for n in (5, 1, 30, 7, 7, 2)]
    got = batches(texts, size=2, padded=1000)
    flat = [i for b in got for i in b]
    assert sorted(flat) == list(range(len(texts)))
    assert [len(texts[i]) for i in flat] == sorted(len(t) for t in texts)
    assert all(len(b) <= 2 for b in got)


def test_batches_bound_the_padded_size():
    texts = ["x" * 100] * 10 + ["y" * 900]
    got = batches(texts, size=256, padded=1000)
    assert all(len(b) * max(len(texts[i]) for i in b) <= 1000 for b in got)
    assert [len(b) for b in got] == [10, 1]


def test_spans_in_batches_equal_spans_one_text_at_a_time():
    from storylens.adapters.natasha_ner import NatashaNER

    ner = NatashaNER()
    together = ner.spans(TEXTS * 3)
    alone = [ner.spans([t])[0] for t in TEXTS]
    assert together == alone * 3
    assert ("Песков" in TEXTS[2]) and any(t == "PER" for _a, _b, t in alone[2])
