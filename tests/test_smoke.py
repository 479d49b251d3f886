"""The package imports and exposes its documented top level."""

import shpolicy


def test_public_names() -> None:
    assert set(shpolicy.__all__) >= {"parse", "Notice", "ShpolicyError", "__version__"}
    assert shpolicy.SCHEMA_VERSION.count(".") == 2
