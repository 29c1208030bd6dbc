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


TAIL = "С уважением, редакция газеты «Новости»"


@pytest.mark.parametrize("encoding", ["cp1251", "koi8-r"])
def test_utf8_with_a_short_single_byte_tail_is_repaired_and_described(encoding):
    notes = []
    tail = TAIL.replace("«", "").replace("»", "")  # koi8-r has no guillemets
    text = decode("x", (RU * 4).encode("utf-8") + b"\n" + tail.encode(encoding), notes)
    assert text == RU * 4 + "\n" + tail
    assert len(notes) == 1 and notes[0][0].startswith("С уважением")
    assert f"read as {encoding.replace('-', '_')}" in notes[0][1] and "not UTF-8" in notes[0][1]


def test_a_character_cut_in_half_becomes_a_replacement_mark():
    notes = []
    text = decode("x", (RU * 3).encode("utf-8") + "ж".encode("utf-8")[:1], notes)
    assert text == RU * 3 + "\ufffd" and "replaced by U+FFFD" in notes[0][1]


def test_utf8_byte_order_mark_with_a_broken_tail_is_repaired_not_rejected():
    notes = []
    text = decode("x", codecs.BOM_UTF8 + (RU * 3).encode("utf-8") + TAIL.encode("cp1251"), notes)
    assert text.endswith(TAIL) and notes


def test_a_whole_single_byte_file_is_decoded_without_a_repair_note():
    notes = []
    assert decode("x", (RU * 3).encode("cp1251"), notes) == RU * 3
    assert notes == []


def test_a_short_article_with_one_long_number_is_text():
    text = "Reference " + "1234567890" * 40 + " was given."
    assert decode("x", text.encode("utf-8")) == text
