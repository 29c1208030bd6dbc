import pytest

from storylens.errors import ConfigError, StageError, StorylensError
from storylens.pipeline import FunctionStage, Report, check_order, run
from storylens.resources import Context
from storylens.settings import Settings


def test_settings_order_defaults_file_env_overrides(tmp_path):
    cfg = tmp_path / "s.toml"
    cfg.write_text("[storylens]\nmax_bytes = 100\nreport_language = 'ru'\n")
    s = Settings.load(cfg, env={"STORYLENS_MAX_BYTES": "200"}, report_language=None)
    assert s.max_bytes == 200 and s.report_language == "ru"
    assert Settings.load(cfg, env={}, max_bytes=300).max_bytes == 300


def test_bad_settings_are_explained(tmp_path):
    with pytest.raises(ConfigError, match="unknown setting"):
        Settings.load(None, env={}, colour="red")
    with pytest.raises(ConfigError, match="max_bytes"):
        Settings.load(None, env={"STORYLENS_MAX_BYTES": "lots"})
    with pytest.raises(ConfigError, match="does not exist"):
        Settings.load(tmp_path / "missing.toml", env={})


def test_every_setting_has_help():
    for name, typ, default, help_ in Settings.describe():
        assert help_ and name


def test_runner_checks_order_and_names_the_failing_stage():
    a = FunctionStage("a", lambda r, c: r, needs=("x",), adds=())
    with pytest.raises(StorylensError, match="'a' needs x"):
        check_order([a])

    def boom(r, c):
        raise ValueError("bad")

    with pytest.raises(StageError, match="stage 'b' failed: ValueError: bad"):
        run([FunctionStage("b", boom)], Report(), Context())


def test_runner_records_timings():
    out = run([FunctionStage("noop", lambda r, c: r)], Report(), Context())
    assert "noop" in out.timings
