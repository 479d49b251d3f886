"""The package layout: every module imports the ordinary way, and layers point one way.

The layer order and the ban on import cycles are import-linter contracts in
pyproject.toml (``[tool.importlinter]``); this test runs them, so a change
that makes a lower layer import a higher one, or two modules import each other
(lazy imports inside functions count), fails the suite.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
from pathlib import Path

import pytest

import shpolicy

ROOT = Path(__file__).resolve().parent.parent
MODULES = sorted(
    info.name for info in pkgutil.walk_packages(shpolicy.__path__, prefix="shpolicy.")
)


def test_the_walk_finds_the_packages() -> None:
    assert {"shpolicy.alignment.render", "shpolicy.checking.formats", "shpolicy.cli"} <= set(MODULES)


@pytest.mark.parametrize("name", MODULES)
def test_module_imports_the_ordinary_way(name: str) -> None:
    # `import shpolicy.x.y as m` binds the attribute path; a verb of the same name
    # as a package would hide the module here.
    module = importlib.import_module(name)
    parent, _, leaf = name.rpartition(".")
    assert getattr(sys.modules[parent], leaf) is module


def test_the_verbs_are_functions_of_the_top_level() -> None:
    for verb in ("parse", "parse_text", "align", "check"):
        assert callable(getattr(shpolicy, verb)), verb
        assert f"shpolicy.{verb}" not in MODULES, f"a module shares the name of the verb {verb}"


def test_import_contracts_are_kept() -> None:
    pytest.importorskip("importlinter")
    from importlinter.cli import lint_imports

    status = lint_imports(config_filename=str(ROOT / "pyproject.toml"), no_cache=True)
    assert status == 0, "run `lint-imports` to see the broken contract"
