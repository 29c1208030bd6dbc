"""The JSON report validates against the shared contract (shared/contract/report.schema.json)."""
from __future__ import annotations

import json

import jsonschema
import pytest

from report_fixture import analyzed_seeds, bridge_report, hostile_report
from storylens.report import render


@pytest.fixture(scope="module")
def validator(shared):
    schema = json.loads((shared / "contract" / "report.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def errors(validator, data) -> list[str]:
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(data)]


def test_real_analysis_of_the_seeds_validates(validator):
    report = analyzed_seeds()
    data = report.to_dict()
    assert errors(validator, data) == []
    assert len(data["articles"]) == 3
    # what the CLI writes is the same document
    assert json.loads(render(report, "json")) == json.loads(json.dumps(data, ensure_ascii=False))


@pytest.mark.parametrize("build", [bridge_report, hostile_report])
def test_hand_built_reports_with_every_section_validate(validator, build):
    data = build().to_dict()
    assert errors(validator, data) == []
    for part in ("entities", "quotes", "claims", "comparison"):
        assert data[part], f"the fixture should exercise {part}"


def test_the_validator_rejects_a_broken_report(validator):
    data = bridge_report().to_dict()
    data["comparison"][0]["status"] = "maybe"
    del data["articles"][0]["language"]
    found = errors(validator, data)
    assert any(e.startswith("comparison/0/status") for e in found)
    assert any("'language' is a required property" in e for e in found)
