"""Translation glosses for evidence in other languages, from the optional LLM provider.

A gloss is a function ``(text, source_language) -> translation | None`` that the
HTML and Markdown writers call for evidence, quotes and snippets whose language
differs from the report's. Offline (no provider configured) there is none, and
the original stands alone.
"""
from __future__ import annotations

from typing import Any

from ..errors import ProviderError
from .view import Gloss

SCHEMA = {"type": "object", "additionalProperties": False, "required": ["translation"],
          "properties": {"translation": {"type": "string"}}}
SYSTEM = ("You translate news sentences for an analyst comparing sources. Translate the user's text from {src} "
          "into {dst} faithfully: keep names, numbers, hedges and attributions exactly as meant; add nothing. "
          'Answer as JSON: {{"translation": "..."}}.')


def llm_gloss(client: Any, into: str = "en") -> Gloss:
    """A gloss backed by an ``LLMClient``; gives up on the provider after its first failure to reach it."""
    state = {"down": False}

    def gloss(text: str, lang: str) -> str | None:
        if state["down"] or not text.strip():
            return None
        try:
            answer, _ = client.complete_json(SYSTEM.format(src=lang, dst=into), text, SCHEMA, name="translation")
        except ProviderError:
            state["down"] = bool(getattr(client, "unreachable", False))  # stop hammering a server that is not there
            return None
        out = answer.get("translation", "").strip()
        return out or None

    return gloss


def gloss_from_settings(settings: Any, into: str = "en") -> Gloss | None:
    """The configured provider's gloss, or None when no LLM endpoint is configured."""
    from ..adapters.llm import LLMClient

    client = LLMClient.from_settings(settings)
    return llm_gloss(client, into) if client is not None else None
