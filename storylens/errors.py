"""The exceptions storylens raises.

    StorylensError
    ├── InputRejected      one input could not be analysed (the run goes on)
    │   └── FetchError     a URL could not be fetched safely: too big, too slow, HTTP error, robots.txt...
    │       └── AddressRefused   its host resolves to an address storylens never connects to
    ├── ConfigError        a setting or alias file is wrong
    ├── StageError         a pipeline stage failed; names the stage
    ├── StoreError         a store cannot be opened, migrated or holds no such record
    ├── FormatError        a stored report or analysis cannot be read back
    └── ProviderError      an optional provider (LLM endpoint...) failed
"""
from __future__ import annotations


class StorylensError(Exception):
    """Base class of every error storylens raises on purpose."""


class InputRejected(StorylensError):
    """An input that is skipped, with the reason recorded in the report's ``errors``."""

    def __init__(self, source: str, reason: str):
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class FetchError(InputRejected):
    """A URL, feed or sitemap that was refused or could not be fetched; ``source`` names the URL or host."""


class AddressRefused(FetchError):
    """A loopback, private, link-local... address, refused before any connection is made."""


class ConfigError(StorylensError):
    """A setting, alias file or option has a value storylens cannot use."""


class StageError(StorylensError):
    """A stage raised; the message names the stage so the failure can be located."""

    def __init__(self, stage: str, cause: BaseException):
        super().__init__(f"stage {stage!r} failed: {type(cause).__name__}: {cause}")
        self.stage = stage
        self.__cause__ = cause


class StoreError(StorylensError):
    """The store cannot be opened or migrated, or holds no record with the id asked for."""


class FormatError(StorylensError):
    """A stored record (a report's or an article analysis' JSON) is not in a format this version reads."""


class ProviderError(StorylensError):
    """An optional provider (for example an LLM endpoint) failed or answered badly."""
