"""``kill -9`` in the middle of ``storylens add``: no half-written article, nothing committed lost, the next add resumes.

The child process is the real command line; the test only makes it pause at a chosen point (inside one
article's transaction, or inside the story's transaction) so the kill lands exactly there.
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys

import pytest
from sqlalchemy import func, select

import storylens
from storylens.errors import StoreError
from storylens.store import tables as t
from storylens.store.read import load_report
from storylens.store.store import Store
from storylens.store.write import add

from conftest import REPO
from store_fixtures import store_db  # noqa: F401  (fixture)

TEXTS = [
    "The ministry said on Tuesday that the first of four plants will open in 2027, minister Anna Petrosyan said.",
    "Officials expect the programme to cost about one billion dollars over five years, the ministry said.",
    "Министерство во вторник сообщило, что первый из четырёх заводов откроется в 2027 году.",
    "Программа обойдётся примерно в миллиард долларов за пять лет, сказала министр Анна Петросян.",
    "Critics say the plan is too ambitious; a similar project in Gyumri was delayed twice, an engineer said.",
    "The regional parliament will discuss the budget on 12 March, a spokesperson for the ministry said.",
]

CHILD = """
import sys, time
from storylens.store import story, write
mode, db, *inputs = sys.argv[1:]
if mode == "in-article":
    original, seen = write._insert_version, []
    def pausing(*args, **kwargs):
        version = original(*args, **kwargs)
        seen.append(version)
        if len(seen) == 4:  # the 4th article's rows are written, its transaction still open
            print("inside article 4", flush=True)
            time.sleep(120)
        return version
    write._insert_version = pausing
else:
    original = story.write_story
    def pausing(*args, **kwargs):
        original(*args, **kwargs)  # every story record written, the transaction still open
        print("inside story transaction", flush=True)
        time.sleep(120)
    story.write_story = pausing
from storylens.cli import main
sys.exit(main(["add", *inputs, "--db", db, "--no-progress"]))
"""


def kill_when(mode: str, db: str, inputs: list[str], marker: str) -> None:
    env = dict(os.environ, PYTHONPATH=str(REPO))
    child = subprocess.Popen([sys.executable, "-c", CHILD, mode, db, *inputs], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True, env=env, cwd=REPO)
    try:
        line = child.stdout.readline()
        assert marker in line, f"child ended before the kill point: {line!r} {child.stderr.read()[-2000:]}"
        os.kill(child.pid, signal.SIGKILL)
        assert child.wait(timeout=30) == -signal.SIGKILL
    finally:
        if child.poll() is None:
            child.kill()
        child.stdout.close()
        child.stderr.close()


def counts(store: Store) -> dict:
    with store.engine.connect() as conn:
        n = {name: conn.execute(select(func.count()).select_from(table)).scalar_one()
             for name, table in (("stories", t.stories), ("articles", t.articles), ("versions", t.article_versions),
                                 ("entities", t.entities), ("claims", t.claims))}
        n["current"] = conn.execute(select(func.count()).select_from(t.article_versions)
                                    .where(t.article_versions.c.current)).scalar_one()
        n["runs"] = [r for r in conn.execute(select(t.runs.c.status).order_by(t.runs.c.id)).scalars()]
        n["stale"] = conn.execute(select(func.count()).select_from(t.stories)
                                  .where(t.stories.c.analysed_revision.is_(None))).scalar_one()
    return n


def test_kill_9_inside_an_article_then_inside_the_story_then_resume(store_db, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    inputs = []
    for i, text in enumerate(TEXTS):
        path = folder / f"a{i}.txt"
        path.write_text(text, encoding="utf-8")
        inputs.append(str(path))
    Store.open(store_db).close()  # migrate first, so the kill never lands in a migration

    kill_when("in-article", store_db, inputs, "inside article 4")
    with Store.open(store_db) as store:
        after = counts(store)
        # three articles committed whole; the fourth, killed inside its transaction, left nothing behind
        assert (after["stories"], after["articles"], after["versions"], after["current"]) == (1, 3, 3, 3)
        assert after["runs"] == ["running"] and after["stale"] == 1 and after["entities"] == 0
        with store.engine.connect() as conn:
            texts = conn.execute(select(t.article_versions.c.text).order_by(t.article_versions.c.id)).scalars().all()
        assert texts == TEXTS[:3]

    kill_when("in-story", store_db, inputs, "inside story transaction")
    with Store.open(store_db) as store:
        after = counts(store)
        # the resumed add joined the same story and committed the other three articles; the story's
        # records, killed before their commit, are not there: the story is still stale, never half-written
        assert (after["stories"], after["articles"], after["versions"], after["current"]) == (1, 6, 6, 6)
        assert after["runs"] == ["interrupted", "running"] and after["stale"] == 1
        assert after["entities"] == 0 and after["claims"] == 0
        with pytest.raises(StoreError, match="not analysed yet"):
            load_report(store, 1)

        result = add(store, inputs)
        assert result.count("unchanged") == 6 and result.story == 1 and result.analysed == [1]
        after = counts(store)
        assert after["runs"] == ["interrupted", "interrupted", "done"] and after["stale"] == 0
        assert (after["stories"], after["articles"], after["versions"]) == (1, 6, 6)
        assert load_report(store, 1).to_json() == storylens.analyze([folder]).to_json()
