"""The byline line scorer's weights: data written by ``tools/fit_byline_weights.py``.

Do not edit by hand; rerun the tool (it prints the cross-source figures it was judged by).
"""

from __future__ import annotations

__all__ = ["FEATURES", "WEIGHTS"]

FEATURES: tuple[str, ...] = (
    "bias", "label", "photo_label", "name_shape", "given_name", "agency", "desk_tag", "contact",
    "sentence_end", "function_words", "lower_share", "capital_share", "mentioned",
    "length", "top_zone", "parenthesised", "closing_initials", "role", "name_then_stamp",
)  # fmt: skip
"""The evidence :func:`.byline_score.line_evidence` reads, in order."""

WEIGHTS: tuple[float, ...] = (
    -4.0, 3.0, 3.0, 1.5, 1.0, 1.5, 1.5, 2.0, -2.0, -2.0, -3.0, 1.0, -2.0, -1.5, 0.0, 0.5, 7.0, 2.0, 3.0,
)  # fmt: skip
"""One weight per feature (the logistic model's coefficients)."""
