"""The JSON Schema shipped in the package: valid draft 2020-12, true of every golden article, in step with the model."""

from __future__ import annotations

import json
from importlib import resources

import attrs
import pytest

import newsparse
from _golden import EXAMPLES_DIR, load_cases
from newsparse._serialize import _BUILTIN_TYPES, _LIST_KEYS
from test_serialize import full_article, price_article

jsonschema = pytest.importorskip("jsonschema", reason="jsonschema is a test extra: pip install -e '.[tests]'")

CASES = load_cases()
EXAMPLES = sorted(EXAMPLES_DIR.glob("*.txt"))


@pytest.fixture(scope="module")
def validator() -> object:
    schema = newsparse.json_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())


def errors(validator: object, data: object) -> list[str]:
    found = validator.iter_errors(data)  # type: ignore[attr-defined]
    return [f"{list(e.absolute_path)}: {e.message[:200]}" for e in found]


def test_shipped_as_package_data() -> None:
    text = resources.files("newsparse").joinpath("schema/article.schema.json").read_text(encoding="utf-8")
    assert json.loads(text) == newsparse.json_schema()
    assert newsparse.json_schema() is not newsparse.json_schema()  # callers may change their copy


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_every_golden_article_validates(validator: object, case: object) -> None:
    d = newsparse.to_dict(newsparse.parse(case.text))  # type: ignore[attr-defined]
    assert errors(validator, d) == []
    assert d["schema_version"] == newsparse.SCHEMA_VERSION


@pytest.mark.parametrize("path", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_every_example_validates(validator: object, path: object) -> None:
    text = path.read_bytes().decode("utf-8")  # type: ignore[attr-defined]
    assert errors(validator, newsparse.to_dict(newsparse.parse(text))) == []


def test_every_item_type_and_field_validates(validator: object) -> None:
    # full_article() holds one item of every built-in type, with optional fields set.
    assert errors(validator, newsparse.to_dict(full_article())) == []


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (["schema_version"], "2.0"),
        (["bylines", 0, "names"], "Mira Lund"),
        (["boilerplate", 0, "kind"], "footer"),
        (["tweets", 0, "date"], "21 Nov 2025"),
        (["also_read", 0, "span"], [3]),
        (["quotes", 0, "surprise"], 1),
    ],
    ids=["version", "names-not-list", "unknown-kind", "date-not-iso", "short-span", "unknown-field"],
)
def test_schema_rejects_wrong_shapes(validator: object, path: list[object], value: object) -> None:
    d = newsparse.to_dict(full_article())
    target: object = d
    for key in path[:-1]:
        target = target[key]  # type: ignore[index]
    target[path[-1]] = value  # type: ignore[index]
    assert errors(validator, d)


@pytest.mark.parametrize("name", sorted(_BUILTIN_TYPES))
def test_schema_names_every_model_field(name: str) -> None:
    # A field added to the model without a schema entry fails here, not in a user's pipeline.
    cls = _BUILTIN_TYPES[name]
    props = newsparse.json_schema()["$defs"][name]["properties"]
    fields = {f.name for f in attrs.fields(cls) if f.name != "span"}
    assert fields <= set(props)
    assert set(props) - fields <= {"type", "text", "span", "offsets"}


def test_schema_lists_every_article_key() -> None:
    top = newsparse.json_schema()["properties"]
    assert set(top) == set(newsparse.to_dict(newsparse.parse("")))
    assert set(_LIST_KEYS) < set(top)


def test_user_extras_validate(validator: object) -> None:
    assert errors(validator, newsparse.to_dict(price_article())) == []
