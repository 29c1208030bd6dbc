import codecs

import pytest

from storylens.decode import decode
from storylens.errors import InputRejected

RU = "Казахстан приступает к реализации масштабного национального проекта, в рамках которого будут построены заводы."
EN = "The first plant is expected to become operational in 2027, with the rest to follow."


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1251", "koi8-r"])
def test_russian_text_in_common_encodings_is_detected(encoding):
    data = RU.encode(encoding)
    if encoding == "utf-16-le" or encoding == "utf-16-be":
        data = (RU * 3).encode(encoding)  # no BOM: detected from the NUL pattern
        assert decode("x", data) == RU * 3
    else:
        assert decode("x", data) == RU


def test_utf8_bom_is_stripped():
    assert decode("x", codecs.BOM_UTF8 + EN.encode()) == EN


@pytest.mark.parametrize("data,reason", [
    (b"", "empty"),
    (b"   \n\n", "empty"),
    (bytes(range(256)) * 20, "binary"),
])
def test_non_text_is_rejected_with_reason(data, reason):
    with pytest.raises(InputRejected) as exc:
        decode("some/file.txt", data)
    assert reason in exc.value.reason
    assert "some/file.txt" in str(exc.value)


def test_random_bytes_are_rejected():
    import random

    rnd = random.Random(7)
    data = bytes(rnd.randrange(256) for _ in range(4000))
    with pytest.raises(InputRejected):
        decode("r.bin", data)
