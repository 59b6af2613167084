"""Hypothesis profiles: small by default, a few thousand examples per property in CI.

Select one with ``HYPOTHESIS_PROFILE=ci`` (``.ci/run`` does). Tests that set their own
``max_examples`` keep it; the profile sizes the whole-parser property tests that do not.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

settings.register_profile("default", max_examples=100, deadline=None)
settings.register_profile(
    "ci",
    max_examples=2000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    print_blob=True,  # a failure prints the @reproduce_failure blob to replay it locally
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))
