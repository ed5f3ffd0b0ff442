"""Hypothesis profiles: `ci` (default, bounded for a 2-core machine) and `thorough`. Without
hypothesis (an optional test dependency) the property-test modules skip themselves."""

import importlib.util
import os

if importlib.util.find_spec("hypothesis") is not None:
    from hypothesis import HealthCheck, settings

    settings.register_profile(
        "ci",
        max_examples=300,
        deadline=None,
        derandomize=True,
        suppress_health_check=[HealthCheck.too_slow],
    )
    settings.register_profile("thorough", max_examples=20_000, deadline=None)
    settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
