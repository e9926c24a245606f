"""Imports in backend/ form no cycle (type-only imports included) and follow the layering of docs/architecture.md."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

BACKEND = Path(__file__).resolve().parents[1]

# api → services → agents → core → models: a layer imports its own and the layers after it.
LAYERS = ("api", "services", "agents", "core", "models")
# repositories are used only by api and services; settings is a leaf anyone may read; main wires everything.
REPOSITORY_USERS = frozenset({"api", "services", "repositories", "main", "tests"})


def _module_name(path: Path) -> str:
    parts = path.relative_to(BACKEND.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _modules() -> dict[str, Path]:
    return {_module_name(p): p for p in BACKEND.rglob("*.py")}


def _imports(path: Path, name: str, known: set[str]) -> set[str]:
    """Backend modules a file imports anywhere in it, under `if TYPE_CHECKING:` and inside functions too.

    `from pkg import mod` is an edge to pkg.mod when mod is a module, otherwise to pkg.
    """
    is_pkg = path.name == "__init__.py"
    out: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            out |= {a.name for a in node.names if a.name.split(".")[0] == "backend"}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                pkg = name.split(".") if is_pkg else name.split(".")[:-1]
                pkg = pkg[: len(pkg) - node.level + 1]
                base = ".".join([*pkg, base] if base else pkg)
            if base.split(".")[0] != "backend":
                continue
            for a in node.names:
                sub = f"{base}.{a.name}"
                out.add(sub if sub in known else base)
    return out & known


def _graph() -> dict[str, set[str]]:
    mods = _modules()
    known = set(mods)
    return {n: _imports(p, n, known) - {n} for n, p in mods.items()}


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    out: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp: list[str] = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return out


def _layer(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "backend"


def _violation(src: str, dst: str) -> str | None:
    a, b = _layer(src), _layer(dst)
    if a == b or a in ("main", "tests", "backend"):
        return None
    if a == "settings":
        return "settings is a leaf and imports nothing from backend"
    if b == "settings":
        return None
    if b == "repositories":
        return None if a in REPOSITORY_USERS else "repositories are used only by api and services"
    if a == "repositories":
        return None if b in ("models", "core") else f"repositories may not import {b}"
    if a in LAYERS and b in LAYERS:
        return (
            None
            if LAYERS.index(b) > LAYERS.index(a)
            else f"{a} may not import {b} (api → services → agents → core → models)"
        )
    return f"{a} → {b} is outside the declared layers"


def test_backend_has_no_import_cycles_including_type_only_imports() -> None:
    assert _cycles(_graph()) == []


def test_imports_follow_the_layering() -> None:
    graph = _graph()
    bad = sorted(f"{s} → {d}: {why}" for s, ds in graph.items() for d in ds if (why := _violation(s, d)))
    assert bad == []


def test_the_checks_catch_a_type_only_cycle_and_an_upward_import(tmp_path: Path) -> None:
    """The checker itself sees imports under TYPE_CHECKING and an agents → services import."""
    code = "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from backend.agents.b import X\n"
    (tmp_path / "a.py").write_text(code)
    known = {"backend.agents.a", "backend.agents.b"}
    edges = _imports(tmp_path / "a.py", "backend.agents.a", known)
    assert edges == {"backend.agents.b"}
    assert _cycles({"backend.agents.a": edges, "backend.agents.b": {"backend.agents.a"}}) == [sorted(known)]
    assert _violation("backend.agents.x", "backend.services.chat") is not None
    assert _violation("backend.core.x", "backend.repositories.conversations") is not None
    assert _violation("backend.settings", "backend.models.chat") is not None


@pytest.mark.parametrize("module", ["backend.agents.builtin.reading", "backend.agents.builtin.roles"])
def test_the_parser_modules_are_in_the_graph(module: str) -> None:
    assert module in _graph()
