"""Tables named after an application and a model, as a web framework's migrations create them (`<app>_<model>`): several
apps each own several tables (shop_order, shop_product, people_customer, people_address), and a row is called by its
model alone. "how many orders", "product categories" name shop_order and shop_productcategory as fully as their whole
names do: the model part is a name of its table, read whole or written as one word ("product categories" ↔
productcategory)."""

from __future__ import annotations

from collections import defaultdict

from backend.agents.builtin import lexicon as lx
from backend.agents.builtin.naming import KIMBALL_WORDS
from backend.models.catalog import Catalog

MIN_APPS = 2  # apps owning several tables each, for the names to be read as app and model
APP_SHARE = 0.6  # … and that share of the tables at least belongs to such apps


def model_names(catalog: Catalog) -> dict[str, list[str]]:
    """The model part of each table's name, as one lower-case word (stemmed), → the tables it names; empty when the
    catalog's names do not follow the convention."""
    owned: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for t in catalog.tables:
        app, sep, model = t.name.partition("_")
        if not sep or not app.isalpha() or not model or t.name != t.name.lower():
            continue
        owned[app].append((t.name, model))
    if set(owned) & KIMBALL_WORDS:
        return {}  # a warehouse's kind words (dim_, fact_) say what a table is, not whose
    apps = {app: tables for app, tables in owned.items() if len(tables) >= 2}
    in_apps = sum(len(tables) for tables in apps.values())
    if len(apps) < MIN_APPS or in_apps < APP_SHARE * len(catalog.tables):
        return {}
    out: dict[str, list[str]] = {}
    for tables in owned.values():
        for name, model in tables:
            word = lx.stem(model.replace("_", ""))
            if word.isalpha():
                out.setdefault(word, []).append(name)
    return out
