"""Write docs/model.md from the data model's source: every class, every field, its docstring.

Run ``python tools/gen_model_doc.py`` after changing ``src/newsparse/_model.py``;
``tests/test_docs.py`` fails while the page is out of date.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MODEL = ROOT / "src" / "newsparse" / "_model.py"
PAGE = ROOT / "docs" / "model.md"
PIPE, ESCAPED_PIPE = "|", "\\|"  # a "|" inside a Markdown table cell must be escaped

INTRO = """\
# The data model

Everything newsparse returns is importable from `newsparse` (`from newsparse import Quote`).
All classes are frozen, slotted `attrs` classes: compare them with `==`,
hash them, copy them with `attrs.evolve`, never mutate them.

Every item's first field is `span`, a `Span` into the ORIGINAL input. Fields typed `Span`
show what was written; plain fields (`str`, `date`, tuples of names) hold normalised values.
**Structural** items claim their text (later rules skip it, `Article.body` leaves it out);
`Quote` is an annotation.

```python
>>> from newsparse import Span
>>> Span.of("Read more: Tides", 11, 16)
Span(11, 16, 'Tides')

```

This page is generated from the source by `tools/gen_model_doc.py`.
"""


def _annotation(node: ast.expr | None) -> str:
    return "" if node is None else ast.unparse(node)


def _field_rows(cls: ast.ClassDef) -> list[tuple[str, str, str]]:
    rows: list[tuple[str, str, str]] = []
    body = cls.body
    for i, stmt in enumerate(body):
        if isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name):
            if "ClassVar" in _annotation(stmt.annotation):
                continue
            doc = ""
            nxt = body[i + 1] if i + 1 < len(body) else None
            if (
                isinstance(nxt, ast.Expr)
                and isinstance(nxt.value, ast.Constant)
                and isinstance(nxt.value.value, str)
            ):
                doc = " ".join(nxt.value.value.split())
            rows.append((stmt.target.id, _annotation(stmt.annotation), doc))
    return rows


def _properties(cls: ast.ClassDef) -> list[tuple[str, str]]:
    props: list[tuple[str, str]] = []
    for stmt in cls.body:
        if isinstance(stmt, ast.FunctionDef) and not stmt.name.startswith("_"):
            decorators = {ast.unparse(d) for d in stmt.decorator_list}
            if decorators & {"property", "functools.cached_property"}:
                doc = ast.get_docstring(stmt) or ""
                props.append((stmt.name, doc.split("\n\n")[0].replace("\n", " ")))
    return props


def render() -> str:
    tree = ast.parse(MODEL.read_text(encoding="utf-8"))
    parts = [INTRO]
    for node in tree.body:
        if not isinstance(node, ast.ClassDef) or node.name.startswith("_") or node.name == "Item":
            continue
        doc = (ast.get_docstring(node) or "").split("\n\n")[0].replace("\n", " ")
        structural = any(
            isinstance(s, ast.AnnAssign)
            and isinstance(s.target, ast.Name)
            and s.target.id == "structural"
            and isinstance(s.value, ast.Constant)
            and s.value.value is True
            for s in node.body
        )
        parts.append(f"## `{node.name}`" + (" (structural)" if structural else "") + f"\n\n{doc}\n")
        rows = _field_rows(node)
        if rows:
            parts.append("| field | type | meaning |\n|---|---|---|")
            parts.extend(
                f"| `{n}` | `{t.replace(PIPE, ESCAPED_PIPE)}` | {d.replace(PIPE, ESCAPED_PIPE)} |"
                for n, t, d in rows
            )
            parts.append("")
        props = _properties(node)
        if props:
            parts.append("Properties: " + "; ".join(f"`{n}` — {d}" for n, d in props) + "\n")
    return "\n".join(parts).rstrip() + "\n"


def main() -> int:
    PAGE.write_text(render(), encoding="utf-8")
    print(f"wrote {PAGE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
