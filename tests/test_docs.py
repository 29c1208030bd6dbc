"""The README documents every setting and every command-line option."""
import re

from storylens.cli import build_parser
from storylens.settings import Settings

from conftest import REPO

README = (REPO / "README.md").read_text(encoding="utf-8")


def test_every_setting_is_in_the_readme_table():
    for name, _type, default, _help in Settings.describe():
        assert re.search(rf"^\| `{name}` \|", README, re.M), f"setting {name} is not documented in README.md"


def test_every_analyze_and_watch_option_is_in_the_readme():
    parser = build_parser()
    for command in ("analyze", "watch"):
        sub = next(a for a in parser._actions if a.dest == "command").choices[command]
        for action in sub._actions:
            for opt in action.option_strings:
                if opt.startswith("--") and opt not in ("--help", "--no-progress"):
                    assert opt in README, f"option {opt} of {command} is not documented in README.md"


def test_two_setup_commands_are_documented():
    assert "make demo" in README and "make test" in README
