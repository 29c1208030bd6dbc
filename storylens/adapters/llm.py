"""An OpenAI-compatible chat client for structured answers: schema-checked JSON, timeouts, retries, disk cache.

Any server speaking ``POST {base_url}/chat/completions`` works (OpenAI, vLLM,
llama.cpp's server, Ollama's ``/v1``). The client asks for JSON matching a
schema (``response_format`` of type ``json_schema``; a server that refuses it
with 400 is asked again with ``json_object`` and the schema in the prompt),
checks the answer against the schema, retries transient failures with
exponential backoff, and caches valid answers on disk keyed by a hash of
(model, prompt, content, schema), so a re-run costs nothing. Every failure
becomes a ``ProviderError`` with a message saying what went wrong.
"""
from __future__ import annotations

import hashlib
import json
import os
import time
from pathlib import Path
from typing import Any, Callable

import httpx

from ..errors import ProviderError

RETRY_STATUS = {408, 409, 425, 429, 500, 502, 503, 504}
MAX_RETRY_AFTER = 30.0


class LLMClient:
    """Structured JSON answers from one model behind an OpenAI-compatible endpoint."""

    def __init__(self, base_url: str, model: str, *, api_key: str | None = None, timeout: float = 60.0,
                 cache_dir: str | Path | None = None, retries: int = 2, backoff: float = 0.5,
                 sleep: Callable[[float], None] = time.sleep):
        self.url = base_url.rstrip("/") + "/chat/completions"
        self.model = model
        self.api_key = api_key
        self.timeout = timeout
        self.cache_dir = Path(cache_dir) if cache_dir else None
        self.retries = retries
        self.backoff = backoff
        self.sleep = sleep
        self.json_schema_supported = True  # set to False once the server refuses json_schema
        self.unreachable = False           # set when the server could not be reached at all
        self.requests = 0                  # HTTP requests sent, for tests and benchmarks

    @classmethod
    def from_settings(cls, settings: Any) -> "LLMClient | None":
        """A client for the configured endpoint, or None when no endpoint or model is set."""
        if not settings.llm_base_url or not settings.llm_model:
            return None
        cache = Path(settings.cache_dir or Path.home() / ".cache" / "storylens") / "llm"
        key = os.environ.get(settings.llm_api_key_env) if settings.llm_api_key_env else None
        return cls(settings.llm_base_url, settings.llm_model, api_key=key, timeout=float(settings.llm_timeout),
                   cache_dir=cache)

    def complete_json(self, system: str, user: str, schema: dict, name: str = "answer") -> tuple[dict, bool]:
        """(answer, from_cache): a JSON object valid against ``schema``; raises ProviderError."""
        key = cache_key(self.model, system, user, schema)
        cached = self._cache_read(key)
        if cached is not None and not validate(cached, schema):
            return cached, True
        last = "no attempt made"
        for attempt in range(self.retries + 1):
            if attempt:
                self.sleep(self.backoff * 2 ** (attempt - 1))
            try:
                content = self._chat(system, user, schema, name)
            except _Retryable as exc:
                last = str(exc)
                if exc.wait:
                    self.sleep(min(exc.wait, MAX_RETRY_AFTER))
                continue
            try:
                answer = parse_json(content)
            except ValueError as exc:
                last = f"answer is not JSON: {exc}"
                continue
            errors = validate(answer, schema)
            if errors:
                last = "answer does not match the schema: " + "; ".join(errors[:3])
                continue
            self._cache_write(key, answer)
            return answer, False
        raise ProviderError(f"LLM {self.model} at {self.url}: {last} (after {self.retries + 1} attempts)")

    def _chat(self, system: str, user: str, schema: dict, name: str) -> str:
        messages = [{"role": "system", "content": system}, {"role": "user", "content": user}]
        if self.json_schema_supported:
            fmt: dict = {"type": "json_schema", "json_schema": {"name": name, "schema": schema, "strict": True}}
        else:
            messages[0]["content"] += "\nAnswer with one JSON object matching this JSON schema:\n" + json.dumps(schema)
            fmt = {"type": "json_object"}
        body = {"model": self.model, "messages": messages, "temperature": 0, "response_format": fmt}
        headers = {"Authorization": f"Bearer {self.api_key}"} if self.api_key else {}
        self.requests += 1
        try:
            resp = httpx.post(self.url, json=body, headers=headers, timeout=self.timeout)
        except httpx.TimeoutException as exc:
            raise _Retryable(f"no answer within {self.timeout:g} s ({type(exc).__name__})") from exc
        except httpx.TransportError as exc:
            self.unreachable = True
            raise _Retryable(f"cannot reach the server: {exc}") from exc
        self.unreachable = False
        if resp.status_code == 400 and self.json_schema_supported:
            # Older servers reject json_schema; ask again at once with json_object.
            self.json_schema_supported = False
            return self._chat(system, user, schema, name)
        if resp.status_code in RETRY_STATUS:
            raise _Retryable(f"HTTP {resp.status_code}", _retry_after(resp))
        if resp.status_code >= 400:
            raise ProviderError(f"LLM {self.model} at {self.url}: HTTP {resp.status_code}: {resp.text[:200]}")
        try:
            return resp.json()["choices"][0]["message"]["content"] or ""
        except (ValueError, KeyError, IndexError, TypeError) as exc:
            raise _Retryable(f"malformed chat completion: {resp.text[:200]}") from exc

    def _cache_path(self, key: str) -> Path | None:
        return self.cache_dir / f"{key}.json" if self.cache_dir else None

    def _cache_read(self, key: str) -> dict | None:
        path = self._cache_path(key)
        if path is None or not path.is_file():
            return None
        try:
            return json.loads(path.read_text(encoding="utf-8"))["answer"]
        except (OSError, ValueError, KeyError):
            return None  # a damaged entry is simply asked again

    def _cache_write(self, key: str, answer: dict) -> None:
        path = self._cache_path(key)
        if path is None:
            return
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(f".{os.getpid()}.tmp")
            tmp.write_text(json.dumps({"model": self.model, "answer": answer}, ensure_ascii=False), encoding="utf-8")
            os.replace(tmp, path)  # atomic: parallel runs never read half an entry
        except OSError:
            pass  # a cache that cannot be written only costs a repeated request


class _Retryable(Exception):
    def __init__(self, message: str, wait: float = 0.0):
        super().__init__(message)
        self.wait = wait


def _retry_after(resp: httpx.Response) -> float:
    try:
        return float(resp.headers.get("retry-after", 0))
    except ValueError:
        return 0.0


def cache_key(model: str, system: str, user: str, schema: dict) -> str:
    """Hex digest identifying one request: the same model, prompt, content and schema give the same answer."""
    raw = json.dumps([model, system, user, schema], ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()


def parse_json(content: str) -> Any:
    """The JSON object in a model's answer, tolerating code fences and text around it."""
    text = content.strip()
    try:
        return json.loads(text)
    except ValueError:
        pass
    start, end = text.find("{"), text.rfind("}")
    if start < 0 or end <= start:
        raise ValueError("no JSON object in the answer")
    return json.loads(text[start:end + 1])


_TYPES: dict[str, Callable[[Any], bool]] = {
    "object": lambda v: isinstance(v, dict),
    "array": lambda v: isinstance(v, list),
    "string": lambda v: isinstance(v, str),
    "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "number": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
    "boolean": lambda v: isinstance(v, bool),
    "null": lambda v: v is None,
}


def validate(value: Any, schema: dict, path: str = "$") -> list[str]:
    """Errors of ``value`` against the JSON-schema subset we use (type, enum, required, properties, items, bounds)."""
    types = schema.get("type")
    if types is not None:
        names = types if isinstance(types, list) else [types]
        if not any(_TYPES[t](value) for t in names):
            return [f"{path}: expected {'/'.join(names)}"]
    errors: list[str] = []
    if "enum" in schema and value not in schema["enum"]:
        errors.append(f"{path}: {value!r} is not one of the allowed values")
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if "minimum" in schema and value < schema["minimum"]:
            errors.append(f"{path}: below {schema['minimum']}")
        if "maximum" in schema and value > schema["maximum"]:
            errors.append(f"{path}: above {schema['maximum']}")
    if isinstance(value, dict):
        props = schema.get("properties", {})
        errors += [f"{path}: missing {k}" for k in schema.get("required", []) if k not in value]
        if schema.get("additionalProperties") is False:
            errors += [f"{path}: unexpected {k}" for k in value if k not in props]
        for k, v in value.items():
            if k in props:
                errors += validate(v, props[k], f"{path}.{k}")
    if isinstance(value, list):
        if "maxItems" in schema and len(value) > schema["maxItems"]:
            errors.append(f"{path}: more than {schema['maxItems']} items")
        if "items" in schema:
            for i, v in enumerate(value):
                errors += validate(v, schema["items"], f"{path}[{i}]")
    return errors
