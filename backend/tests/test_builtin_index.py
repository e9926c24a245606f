"""The built-in analyst's catalog index is built once per catalog by the model factory the app wires in its
lifespan, not kept in module caches keyed by object identity."""

from __future__ import annotations

import ast
from pathlib import Path

from backend.agents.builtin.models import Intent
from backend.agents.builtin_model import BuiltinAnalyst
from backend.agents.models import ModelFactory
from backend.core.catalog import build_catalog
from backend.core.value_index import ValueIndex
from backend.settings import Settings
from backend.tests.analysis_catalogs import hr_warehouse

BUILTIN = Path(__file__).resolve().parents[1] / "agents" / "builtin"


def test_the_factory_builds_one_index_per_catalog_and_a_new_one_when_it_is_replaced(tmp_path: Path) -> None:
    values = ValueIndex()
    factory = ModelFactory(Settings(results_dir=tmp_path), lambda: values)
    catalog = build_catalog(hr_warehouse())
    first = factory.index(catalog)
    factory.warm_up(catalog)
    assert factory.index(catalog) is first and first.spelling is not None  # warmed once, reused by every turn
    analyst = BuiltinAnalyst(catalog, lookup=ValueIndex().lookup, index=first)
    assert analyst.index is first
    replaced = catalog.model_copy(update={"synonyms": {"pay": "sal amt"}})
    assert factory.index(replaced) is not first and factory.index(replaced).catalog is replaced


def test_parser_modules_keep_no_caches_keyed_by_object_identity() -> None:
    """A per-catalog cache belongs to the index; a module dict keyed by id() outlives (or mistakes) its catalog."""
    for path in BUILTIN.glob("*.py"):
        tree = ast.parse(path.read_text())
        module_names = {
            t.id
            for node in tree.body
            if isinstance(node, ast.Assign | ast.AnnAssign)
            for t in (node.targets if isinstance(node, ast.Assign) else [node.target])
            if isinstance(t, ast.Name)
        }
        for node in ast.walk(tree):
            if isinstance(node, ast.Subscript):
                owner, key = node.value, node.slice
            elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.args:
                owner, key = node.func.value, node.args[0]
            else:
                continue
            is_id = isinstance(key, ast.Call) and isinstance(key.func, ast.Name) and key.func.id == "id"
            is_module = isinstance(owner, ast.Name) and owner.id in module_names
            assert not (is_id and is_module), f"{path.name}:{node.lineno}: a module-level cache keyed by id()"


def test_intent_is_an_enum_that_reads_as_its_name() -> None:
    assert Intent("rows") is Intent.ROWS and Intent.SCATTER == "scatter"
