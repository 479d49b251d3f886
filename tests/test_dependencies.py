"""A plain install stays small: what the package no longer depends on stays out of it."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from conftest import ROOT, load_toml

import shpolicy

PACKAGE = Path(shpolicy.__file__).resolve().parent
# hanja brought a test toolchain with it (its readings are package data now);
# jieba was never imported and would cost 42 MB and most of a second to load.
DROPPED = ["hanja", "jieba"]


def _imported(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module.split(".")[0])
    return names


@pytest.mark.parametrize("name", DROPPED)
def test_no_module_imports_it(name: str) -> None:
    assert [p.name for p in PACKAGE.rglob("*.py") if name in _imported(p)] == []


@pytest.mark.parametrize("name", DROPPED)
def test_it_is_no_dependency(name: str) -> None:
    project = load_toml(ROOT / "pyproject.toml")["project"]
    assert [d for d in project["dependencies"] if d.lower().startswith(name)] == []
