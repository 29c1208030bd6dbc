"""The LLM client against a real local HTTP server speaking the chat-completions protocol."""
import json

import pytest

from storylens.adapters.llm import LLMClient, cache_key, parse_json, validate
from storylens.errors import ProviderError
from storylens.settings import Settings

from llm_server import ChatServer, free_port_url

SCHEMA = {"type": "object", "additionalProperties": False, "required": ["label", "score"],
          "properties": {"label": {"type": "string", "enum": ["a", "b"]},
                         "score": {"type": "number", "minimum": 0, "maximum": 1}}}
GOOD = json.dumps({"label": "a", "score": 0.5})


def client(url, tmp_path, **kw):
    kw.setdefault("backoff", 0.0)
    return LLMClient(url, "test-model", cache_dir=tmp_path / "cache", **kw)


def test_structured_request_and_valid_answer(tmp_path):
    with ChatServer(lambda body: (200, GOOD)) as srv:
        answer, cached = client(srv.base_url, tmp_path).complete_json("sys", "user text", SCHEMA, name="t")
    assert answer == {"label": "a", "score": 0.5} and not cached
    body, _ = srv.requests[0]
    assert body["model"] == "test-model"
    assert body["messages"][1] == {"role": "user", "content": "user text"}
    assert body["response_format"]["type"] == "json_schema"
    assert body["response_format"]["json_schema"]["schema"] == SCHEMA


def test_answers_are_cached_on_disk_by_model_and_content(tmp_path):
    with ChatServer(lambda body: (200, GOOD)) as srv:
        c = client(srv.base_url, tmp_path)
        c.complete_json("sys", "same", SCHEMA)
        again, cached = client(srv.base_url, tmp_path).complete_json("sys", "same", SCHEMA)  # a new client: disk cache
        assert cached and again["label"] == "a"
        assert len(srv.requests) == 1
        c.complete_json("sys", "other content", SCHEMA)
        LLMClient(srv.base_url, "other-model", cache_dir=tmp_path / "cache").complete_json("sys", "same", SCHEMA)
        assert len(srv.requests) == 3
    assert cache_key("m", "s", "u", SCHEMA) != cache_key("m2", "s", "u", SCHEMA)


def test_transient_errors_are_retried_with_backoff(tmp_path):
    replies = iter([(503, "busy"), (500, "oops"), (200, GOOD)])
    waits = []
    with ChatServer(lambda body: next(replies)) as srv:
        c = client(srv.base_url, tmp_path, retries=2, backoff=0.1, sleep=waits.append)
        answer, _ = c.complete_json("s", "u", SCHEMA)
    assert answer["score"] == 0.5
    assert len(srv.requests) == 3
    assert waits == [0.1, 0.2]


def test_invalid_answers_are_retried_then_reported(tmp_path):
    replies = iter([(200, "not json at all"), (200, json.dumps({"label": "zzz", "score": 3})), (200, "{}")])
    with ChatServer(lambda body: next(replies)) as srv:
        with pytest.raises(ProviderError, match="schema"):
            client(srv.base_url, tmp_path, retries=2).complete_json("s", "u", SCHEMA)
    assert len(srv.requests) == 3


def test_client_errors_are_not_retried(tmp_path):
    with ChatServer(lambda body: (404, "no such model")) as srv:
        with pytest.raises(ProviderError, match="404"):
            client(srv.base_url, tmp_path, retries=3).complete_json("s", "u", SCHEMA)
    assert len(srv.requests) == 1


def test_server_without_json_schema_gets_json_object(tmp_path):
    def reply(body):
        if body["response_format"]["type"] == "json_schema":
            return 400, "response_format json_schema not supported"
        return 200, "```json\n" + GOOD + "\n```"
    with ChatServer(reply) as srv:
        answer, _ = client(srv.base_url, tmp_path).complete_json("s", "u", SCHEMA)
    assert answer["label"] == "a"
    last, _ = srv.requests[-1]
    assert last["response_format"] == {"type": "json_object"}
    assert '"enum"' in last["messages"][0]["content"]  # the schema travels in the prompt instead


def test_timeout_becomes_a_provider_error(tmp_path):
    with ChatServer(lambda body: (200, GOOD), delay=1.0) as srv:
        with pytest.raises(ProviderError, match="no answer within"):
            client(srv.base_url, tmp_path, timeout=0.2, retries=1).complete_json("s", "u", SCHEMA)


def test_unreachable_server(tmp_path):
    c = client(free_port_url(), tmp_path, retries=1)
    with pytest.raises(ProviderError, match="cannot reach"):
        c.complete_json("s", "u", SCHEMA)
    assert c.unreachable


def test_api_key_comes_from_the_named_environment_variable(tmp_path, monkeypatch):
    monkeypatch.setenv("MY_TEST_KEY", "sekret")
    with ChatServer(lambda body: (200, GOOD)) as srv:
        s = Settings(llm_base_url=srv.base_url, llm_model="m", llm_api_key_env="MY_TEST_KEY", cache_dir=str(tmp_path))
        c = LLMClient.from_settings(s)
        c.complete_json("s", "u", SCHEMA)
    _, headers = srv.requests[0]
    assert {k.lower(): v for k, v in headers.items()}["authorization"] == "Bearer sekret"
    assert LLMClient.from_settings(Settings()) is None


def test_parse_json_and_validate():
    assert parse_json('Sure! {"a": 1} hope that helps') == {"a": 1}
    with pytest.raises(ValueError):
        parse_json("nothing here")
    assert validate({"label": "a", "score": 1}, SCHEMA) == []
    errs = validate({"label": "c", "score": -1, "x": 1}, SCHEMA)
    assert len(errs) == 3
    assert validate({"score": True}, SCHEMA)  # booleans are not numbers, label missing
