"""The byline line scorer's weights: data, read as a logistic model's coefficients.

Set by hand, one per feature of :data:`FEATURES`. ``tools/fit_byline_weights.py`` fits them
on opened annotated pages and prints cross-source figures for these and for the fitted ones:
rerun it when more pages are annotated, and write the fitted weights (``--write``) only when
they keep their precision on the held-out fold of outlets.
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
