import json

from storylens.ingest import Document, read_inputs
from storylens.model import InputError
from storylens.settings import Settings

TEXT = "Kazakhstan plans four ammunition plants. The first is expected in 2027, officials said on Monday."


def _run(paths, **kw):
    return list(read_inputs([str(p) for p in paths], Settings(**kw)))


def test_directory_is_read_recursively_in_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "b" / "c.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text(TEXT, encoding="utf-8")
    out = _run([tmp_path])
    docs = [d for d in out if isinstance(d, Document)]
    assert [d.id for d in docs] == ["a", "c"] and all(d.text == TEXT for d in docs)
    skipped = [e for e in out if isinstance(e, InputError)]
    assert [(e.source, e.error) for e in skipped] == [(str(tmp_path / ".hidden.txt"), "hidden file or directory: skipped")]


def test_every_path_a_walk_skips_is_named_link_loops_included(tmp_path):
    import os

    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "sub" / "up").symlink_to(tmp_path)           # a loop back to the top
    (tmp_path / "twice").symlink_to(tmp_path / "sub")        # the same folder by a second path
    (tmp_path / "gone.txt").symlink_to(tmp_path / "missing")  # a broken link
    os.mkfifo(tmp_path / "pipe")
    out = _run([tmp_path])
    assert [d.id for d in out if isinstance(d, Document)] == ["a"]
    named = {e.source: e.error for e in out if isinstance(e, InputError)}
    assert set(named) == {str(tmp_path / n) for n in ("sub/up", "twice", "gone.txt", "pipe")}
    assert "symbolic link loop" in named[str(tmp_path / "sub/up")] and "read already" in named[str(tmp_path / "twice")]
    assert "broken symbolic link" in named[str(tmp_path / "gone.txt")]
    assert "not a regular file" in named[str(tmp_path / "pipe")]


def test_duplicate_stems_get_unique_ids(tmp_path):
    (tmp_path / "x").mkdir()
    (tmp_path / "y").mkdir()
    (tmp_path / "x" / "story.txt").write_text(TEXT)
    (tmp_path / "y" / "story.txt").write_text(TEXT)
    assert [d.id for d in _run([tmp_path])] == ["story", "story-2"]


def test_jsonl_records_carry_metadata_and_bad_lines_are_named(tmp_path):
    p = tmp_path / "feed.jsonl"
    p.write_text("\n".join([
        json.dumps({"text": TEXT, "url": "https://example.org/a", "title": "Plants", "published": "2025-12-18",
                    "outlet": "Example", "author": "Jane Roe"}),
        "{not json",
        json.dumps({"title": "no body"}),
        json.dumps({"html": "<html><body><p>" + TEXT + "</p></body></html>"}),
    ]), encoding="utf-8")
    out = _run([p])
    docs = [d for d in out if isinstance(d, Document)]
    errs = [e for e in out if isinstance(e, InputError)]
    assert len(docs) == 2
    assert docs[0].meta == {"url": "https://example.org/a", "title": "Plants", "published": "2025-12-18",
                            "outlet": "Example", "author": "Jane Roe"}
    assert docs[0].source == "https://example.org/a"
    assert docs[1].html and docs[1].text is None
    assert [e.source for e in errs] == [f"{p}:2", f"{p}:3"]
    assert "not valid JSON" in errs[0].error and "no 'text'" in errs[1].error


def test_oversized_file_is_rejected_without_reading(tmp_path):
    p = tmp_path / "big.txt"
    p.write_text(TEXT * 100)
    (err,) = _run([p], max_bytes=1000)
    assert isinstance(err, InputError) and "over the" in err.error and err.source == str(p)


def test_missing_path_and_refused_url_are_reported(tmp_path):
    out = _run([tmp_path / "nope.txt", "http://127.0.0.1:9/x"])  # refused before any connection is made
    assert all(isinstance(e, InputError) for e in out)
    assert "no such file" in out[0].error
    assert out[1].source == "http://127.0.0.1:9/x" and "loopback" in out[1].error


def test_html_suffix_is_read_as_html(tmp_path):
    p = tmp_path / "page.html"
    p.write_text("<html><body><p>" + TEXT + "</p></body></html>")
    (doc,) = _run([p])
    assert doc.html and doc.text is None


def test_a_file_with_a_broken_encoding_tail_becomes_an_article_flagged_encoding_repaired(tmp_path):
    from storylens.clean import clean

    ru = "Казахстан приступает к реализации проекта: будут построены четыре завода, сообщил министр. "
    (tmp_path / "mixed.txt").write_bytes((ru * 4).encode("utf-8") + "\nС уважением, редакция".encode("cp1251"))
    (doc,) = _run([tmp_path / "mixed.txt"])
    article = clean(doc)
    assert article.text.endswith("С уважением, редакция")
    (flag,) = [f for f in article.flags if f.kind == "encoding_repaired"]
    assert flag.text == "С уважением, редакция" and "read as cp1251" in flag.detail


def test_a_jsonl_record_holding_the_repaired_bytes_is_the_one_flagged(tmp_path):
    good = json.dumps({"text": "Первая статья о заводах и планах правительства на будущий год."}, ensure_ascii=False)
    bad = '{"text": "Вторая статья: ' + "\u00a0"  # the record whose text ends in cp1251
    data = (good + "\n").encode("utf-8") + bad.encode("utf-8") + "подпись редакции".encode("cp1251") + b'"}\n'
    (tmp_path / "feed.jsonl").write_bytes(data)
    docs = [d for d in _run([tmp_path / "feed.jsonl"]) if isinstance(d, Document)]
    assert len(docs) == 2
    assert "encoding_repaired" not in docs[0].meta and docs[1].meta["encoding_repaired"][0].startswith("подпись")
