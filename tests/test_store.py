"""The store on SQLite and PostgreSQL: stories, no duplicates, versions, reports equal to ``analyze``."""
from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select

import storylens
from storylens.errors import StoreError
from storylens.store import tables as t
from storylens.store.read import list_stories, load_report, search
from storylens.store.store import Store
from storylens.store.write import add

from conftest import REPO
from store_fixtures import store_db  # noqa: F401  (fixture)

DEMO = REPO / "demo" / "corpus"


def count(store: Store, table) -> int:
    with store.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(table)).scalar_one()


def test_seeds_then_demo_then_seeds_again(store_db, seeds_dir, seeds_report):
    demo_report = storylens.analyze([DEMO])
    with Store.open(store_db) as store:
        first = add(store, [seeds_dir])
        second = add(store, [DEMO])
        again = add(store, [seeds_dir])
        assert (first.count("added"), second.count("added")) == (3, 3)
        assert first.story != second.story and first.analysed == [first.story] and second.analysed == [second.story]
        assert again.count("added") == 0 and again.count("unchanged") == 3
        assert again.story is None and again.analysed == []  # nothing new: no story made, nothing re-run
        stories = {s["id"]: s for s in list_stories(store)}
        assert sorted(stories) == sorted([first.story, second.story])
        assert [s["article_count"] for s in stories.values()] == [3, 3]
        assert count(store, t.articles) == 6 and count(store, t.article_versions) == 6
        assert stories[second.story]["conflicts"] == sum(g.status == "conflicting" for g in demo_report.comparison)
        assert {a["language"] for a in stories[second.story]["articles"]} == {"en", "ru"}
        for story, expected in ((first.story, seeds_report), (second.story, demo_report)):
            stored = load_report(store, story)
            assert stored.to_json() == expected.to_json()
            assert stored == expected
        assert count(store, t.entities) == len(seeds_report.entities) + len(demo_report.entities)
        assert count(store, t.claims) == len(seeds_report.claims) + len(demo_report.claims)


def _jsonl(path, records):
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", encoding="utf-8")
    return path


WIRE = ("The ministry said on Tuesday that the first of four plants will open in 2027. Officials expect the "
        "programme to cost about one billion dollars over five years, the minister Anna Petrosyan said.")
WIRE2 = ("The ministry said on Tuesday that the first of six plants will open in 2028. Officials expect the "
         "programme to cost about two billion dollars over five years, the minister Anna Petrosyan said.")
RU = ("Министерство во вторник сообщило, что первый из четырёх заводов откроется в 2027 году. Программа "
      "обойдётся примерно в миллиард долларов за пять лет, сказала министр Анна Петросян.")


def test_same_url_with_new_text_is_a_new_version_and_its_story_is_compared_again(store_db, tmp_path):
    v1 = _jsonl(tmp_path / "v1.jsonl", [{"url": "https://example.org/wire", "text": WIRE},
                                        {"url": "https://example.org/ru", "text": RU}])
    v2 = _jsonl(tmp_path / "v2.jsonl", [{"url": "https://example.org/wire", "text": WIRE2}])
    with Store.open(store_db) as store:
        first = add(store, [v1])
        before = load_report(store, first.story)
        assert count(store, t.article_versions) == 2
        changed = add(store, [v2])
        assert changed.count("new_version") == 1 and changed.analysed == [first.story] and changed.story is None
        assert count(store, t.articles) == 2 and count(store, t.article_versions) == 3
        with store.engine.connect() as conn:
            history = conn.execute(select(t.article_versions.c.version, t.article_versions.c.current,
                                          t.article_versions.c.text).order_by(t.article_versions.c.id)).all()
        assert [(v, c) for v, c, _ in history] == [(1, False), (1, True), (2, True)]
        assert "four plants" in history[0].text  # the old text is kept
        after = load_report(store, first.story)
        assert [a.id for a in after.articles] == [a.id for a in before.articles]
        assert "six plants" in after.articles[0].text
        (tmp_path / "now").mkdir()  # the same inputs as the story now holds, under the first file's name
        now = _jsonl(tmp_path / "now" / "v1.jsonl", [{"url": "https://example.org/wire", "text": WIRE2},
                                                     {"url": "https://example.org/ru", "text": RU}])
        assert after.to_json() == storylens.analyze([now]).to_json()
        assert add(store, [v2]).count("unchanged") == 1  # the same new text again: nothing to do


def test_story_option_joins_a_story_and_reanalyses_only_that_one(store_db, tmp_path, monkeypatch):
    from storylens import phases

    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "wire.txt").write_text(WIRE, encoding="utf-8")
    (tmp_path / "b" / "other.txt").write_text(WIRE2, encoding="utf-8")
    (tmp_path / "ru.txt").write_text(RU, encoding="utf-8")
    with Store.open(store_db) as store:
        a = add(store, [tmp_path / "a"])
        b = add(store, [tmp_path / "b"])
        with store.engine.connect() as conn:
            b_entities = conn.execute(select(t.entities.c.id).where(t.entities.c.story_id == b.story)).scalars().all()
        analysed = []
        original = phases.analyse_article
        monkeypatch.setattr(phases, "analyse_article", lambda item, ctx, **kw: analysed.append(item.id) or
                            original(item, ctx, **kw))
        joined = add(store, [tmp_path / "ru.txt", tmp_path / "a"], story=a.story)
        assert joined.story == a.story and joined.analysed == [a.story]
        assert analysed == ["ru"]  # only the new article: the story phase starts from the stored records
        with store.engine.connect() as conn:
            assert conn.execute(select(t.entities.c.id).where(t.entities.c.story_id == b.story)).scalars().all() \
                == b_entities  # the other story's records were not rewritten
        report = load_report(store, a.story)
        assert [x.id for x in report.articles] == ["wire", "ru"]
        assert report.to_json() == storylens.analyze([tmp_path / "a" / "wire.txt", tmp_path / "ru.txt"]).to_json()
        person = next(e for e in report.entities if "Анна Петросян" in e.names)
        assert "Anna Petrosyan" in person.names
        with pytest.raises(StoreError, match="no story 99"):
            add(store, [tmp_path / "ru.txt"], story=99)


def test_a_version_stored_without_its_record_is_analysed_once_by_its_story(store_db, tmp_path):
    """Stores written before schema 0003 hold no per-article record: the story phase makes and keeps it."""
    from sqlalchemy import update

    (tmp_path / "wire.txt").write_text(WIRE, encoding="utf-8")
    (tmp_path / "ru.txt").write_text(RU, encoding="utf-8")
    with Store.open(store_db) as store:
        first = add(store, [tmp_path])
        expected = load_report(store, first.story)
        with store.engine.begin() as conn:
            conn.execute(update(t.article_versions).values(analysis=None))
            conn.execute(update(t.stories).values(revision=t.stories.c.revision + 1))
        assert add(store, [tmp_path]).analysed == [first.story]
        with store.engine.connect() as conn:
            records = conn.execute(select(t.article_versions.c.analysis)).scalars().all()
        assert all(r and r["schema"] == "storylens.article/1" for r in records)
        assert load_report(store, first.story) == expected


def test_unreadable_inputs_are_stored_as_run_errors(store_db, tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "good.txt").write_text(WIRE, encoding="utf-8")
    (inputs / "empty.txt").write_bytes(b"")
    (inputs / "binary.bin").write_bytes(bytes(range(256)) * 20)
    with Store.open(store_db) as store:
        result = add(store, [inputs, inputs / "missing.txt"])
        assert result.count("added") == 1
        with store.engine.connect() as conn:
            errors = dict(conn.execute(select(t.run_errors.c.name, t.run_errors.c.error)).all())
        names = {k.rsplit("/", 1)[-1]: v for k, v in errors.items()}
        assert set(names) == {"empty.txt", "binary.bin", "missing.txt"}
        assert "no such file" in names["missing.txt"]
        assert {e.source for e in load_report(store, result.story).errors} == set(errors)


def test_the_store_file_is_never_read_as_an_input(tmp_path):
    (tmp_path / "wire.txt").write_text(WIRE, encoding="utf-8")
    with Store.open(tmp_path / "here.db") as store:
        result = add(store, [tmp_path])  # the folder holds the store itself, its WAL and shared-memory files
        assert result.outcomes == {str(tmp_path / "wire.txt"): "added"} and result.errors == []


def test_full_text_search_in_any_script(store_db, tmp_path):
    (tmp_path / "wire.txt").write_text(WIRE, encoding="utf-8")
    (tmp_path / "ru.txt").write_text(RU, encoding="utf-8")
    with Store.open(store_db) as store:
        add(store, [tmp_path])
        with store.engine.connect() as conn:
            texts = dict(conn.execute(select(t.article_versions.c.id, t.article_versions.c.text)).all())
            names = dict(conn.execute(select(t.entity_names.c.id, t.entity_names.c.entity_id)).all())
        assert [texts[i][:12] for i in search(store, "миллиард")] == [RU[:12]]
        assert [texts[i][:12] for i in search(store, "BILLION dollars")] == [WIRE[:12]]
        assert search(store, "billion zzzz") == []
        hits = {names[i] for i in search(store, "Петросян", "names")}
        latin = {names[i] for i in search(store, "Petrosyan", "names")}
        assert hits and hits == latin  # one entity, found by either script
        assert search(store, 'ministry " OR (') == []  # user text is words, never query syntax
        with pytest.raises(StoreError):
            search(store, "x", "nothing")


def test_reopening_is_a_no_op_and_the_schema_matches_the_tables(store_db):
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from storylens.store.engine import current_revision, head_revision, migrate

    with Store.open(store_db) as store:
        assert migrate(store.engine) == head_revision()
    with Store.open(store_db) as store, store.engine.connect() as conn:
        assert current_revision(conn) == head_revision()
        def declared_in_tables(obj, name, kind, reflected, compare_to) -> bool:
            # full-text search (FTS5 tables on SQLite, GIN indexes on PostgreSQL) is migration-only DDL
            return not (reflected and compare_to is None and (kind == "table" or name.endswith("_search")))

        ctx = MigrationContext.configure(conn, opts={"include_object": declared_in_tables})
        assert compare_metadata(ctx, t.metadata) == []
        views = {"matrix", "quotes_by_speaker"}
        from sqlalchemy import inspect

        assert views <= set(inspect(conn).get_view_names())


def test_every_model_field_has_a_column():
    """A field added to a record must reach the store (a migration), or stored reports would lose it."""
    import dataclasses

    from storylens.model import (Article, Claim, Entity, Framing, Group, InputError, Mention, Quote, Report, Sentence,
                                 Speaker)

    covered = {
        Article: set(t.article_versions.c.keys()) | {"id", "sentences"},
        Sentence: set(t.sentences.c.keys()) | {"index"},
        Entity: set(t.entities.c.keys()) | {"id", "mentions", "story"},  # story: the stories row's key
        Mention: set(t.mentions.c.keys()) | {"article", "text", "entity"},
        InputError: set(t.run_errors.c.keys()) & set(t.story_errors.c.keys()) | {"source"},
        Quote: set(t.quotes.c.keys()) | {"id", "article"},
        Speaker: {"text", "entity", "kind", "as_written"},
        Claim: set(t.claims.c.keys()) | {"id", "article"},
        Group: set(t.groups.c.keys()) | {"id", "topic", "claims", "story"},
        Framing: set(t.framing.c.keys()) | {"article"},
    }
    for cls, columns in covered.items():
        missing = {f.name for f in dataclasses.fields(cls)} - columns
        assert not missing, f"{cls.__name__} fields without a column: {missing}"
    assert {f.name for f in dataclasses.fields(Speaker)} == {"text", "entity", "kind", "as_written"}
    stored = {"articles", "stories", "entities", "quotes", "claims", "comparison", "framing", "errors",
              "mentions", "holds", "timings"}  # mentions: the entities' own; timings: not part of the record
    assert {f.name for f in dataclasses.fields(Report)} == stored


def test_the_fetchers_cache_lives_in_the_store(store_db):
    from storylens.fetch.cache import Validators
    from storylens.store.httpcache import StoreCache

    url = "https://example.org/feed.xml"
    with Store.open(store_db) as store:
        cache = StoreCache(store)
        assert cache.get(url) is None and len(cache) == 0
        cache.put(url, Validators('"v1"', "Tue, 03 Nov 2026 10:00:00 GMT", "abc"))
        cache.put("https://example.org/page", Validators(digest="def"))
        cache.put(url, Validators('"v2"', None, "abd"))  # a new response replaces what was known
    with Store.open(store_db) as store:  # and it outlives the process that wrote it
        cache = StoreCache(store)
        assert cache.get(url) == Validators('"v2"', None, "abd")
        assert cache.get("https://example.org/page") == Validators(None, None, "def") and len(cache) == 2


def test_processes_opening_a_new_store_at_once_migrate_it_once(store_db):
    import subprocess
    import sys

    from storylens.store.engine import head_revision

    code = "import sys; from storylens.store.store import Store; Store.open(sys.argv[1]).close()"
    children = [subprocess.Popen([sys.executable, "-c", code, store_db], stderr=subprocess.PIPE, text=True,
                                 cwd=REPO) for _ in range(3)]
    for child in children:
        _, err = child.communicate(timeout=120)
        assert child.returncode == 0, err[-2000:]
    with Store.open(store_db) as store, store.engine.connect() as conn:
        from sqlalchemy import text

        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all() == [head_revision()]


def test_a_cleaning_bug_on_one_input_is_a_run_error_and_the_rest_is_stored(tmp_path, monkeypatch):
    import storylens.api

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "bad.txt").write_text(WIRE2, encoding="utf-8")
    (tmp_path / "in" / "good.txt").write_text(WIRE, encoding="utf-8")
    original = storylens.api.clean

    def buggy(doc):
        if doc.id == "bad":
            raise RuntimeError("boom")
        return original(doc)

    monkeypatch.setattr(storylens.api, "clean", buggy)
    with Store.open(tmp_path / "s.db") as store:
        result = add(store, [tmp_path / "in"])
        assert result.outcomes == {str(tmp_path / "in" / "good.txt"): "added"}
        (err,) = result.errors
        assert err.source.endswith("bad.txt") and err.stage == "clean" and "boom" in err.error
        assert [e.stage for e in load_report(store, result.story).errors] == ["clean"]
