"""mkdocs hooks: show the ``>>>`` examples of docstrings as Python console code blocks.

Our docstrings hold doctests as bare ``>>>`` lines (pytest runs them). Markdown would read
their output (``['Rail fares rise']``) as reference links and run the lines together, so this
hook adds a Markdown preprocessor that fences every run of ``>>>`` lines and their output that
is not already inside a fence. It runs before mkdocstrings reads the Markdown extensions, so the
API reference gets it too.
"""

from __future__ import annotations

import re
from typing import Any

from markdown import Markdown
from markdown.extensions import Extension
from markdown.preprocessors import Preprocessor
from mkdocs.plugins import event_priority

# ``:class:`Span``` and friends: reST roles our docstrings use, shown as inline code.
_ROLE = re.compile(r":(?:func|class|data|meth|attr|mod|exc|obj):`~?([^`\n]{1,200})`")


class DoctestFences(Preprocessor):
    """Fence bare doctest blocks (``>>>`` up to the next blank line) as ``pycon``; reST roles as code."""

    def run(self, lines: list[str]) -> list[str]:
        out: list[str] = []
        fence: str | None = None  # the opening fence we are inside, if any
        in_doctest = False
        indent = ""
        for line in lines:
            stripped = line.lstrip()
            if fence is None and not in_doctest and stripped.startswith(("```", "~~~")):
                fence = stripped[:3]
            elif fence is not None and stripped.startswith(fence):
                fence = None
            elif fence is None and not in_doctest and stripped.startswith(">>>"):
                indent = line[: len(line) - len(stripped)]
                out.append(f"{indent}```pycon")
                in_doctest = True
            elif in_doctest and not stripped:
                out.append(f"{indent}```")
                in_doctest = False
            out.append(line if fence or in_doctest else _ROLE.sub(r"`\1`", line))
        if in_doctest:
            out.append(f"{indent}```")
        return out


class DoctestFencesExtension(Extension):
    """The Markdown extension that registers :class:`DoctestFences`."""

    def extendMarkdown(self, md: Markdown) -> None:
        # Above the fenced-code preprocessors (priority 25-35), so our fences are parsed as code.
        md.preprocessors.register(DoctestFences(md), "doctest_fences", 40)


@event_priority(100)  # before mkdocstrings copies the extension list in its own on_config
def on_config(config: Any) -> Any:
    """Add the doctest-fencing extension to the site's Markdown extensions."""
    config.markdown_extensions.append(DoctestFencesExtension())
    return config


# A notebook is rendered by nbconvert, not by Markdown, so its links to sibling pages keep
# their ``.md`` form (right on GitHub, wrong on the site): point them at the built pages.
_MD_LINK = re.compile(r'href="([A-Za-z0-9_-]{1,80})\.md(#[^"]{0,200})?"')


def on_post_page(output: str, page: Any, config: Any) -> str:
    """Rewrite ``href="rules.md"`` in pages built from notebooks to the site's ``../rules/``."""
    if not page.file.src_uri.endswith(".ipynb"):
        return output
    return _MD_LINK.sub(lambda m: f'href="../{m.group(1)}/{m.group(2) or ""}"', output)
