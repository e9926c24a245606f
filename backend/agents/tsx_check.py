"""Checks a model-written chart component before it is final: parses as TSX, default-exports `Viz`,
imports only what the sandbox provides (tree-sitter, in-process, well under a millisecond for a chart)."""

from __future__ import annotations

from functools import cache

import tree_sitter_typescript
from tree_sitter import Language, Node, Parser

# What the sandbox runner resolves (frontend/sandbox-src/runner.tsx); anything else fails there anyway.
ALLOWED_IMPORTS = ("react", "recharts", "@viz/ui")
MAX_CODE_CHARS = 60_000


@cache
def _parser() -> Parser:
    return Parser(Language(tree_sitter_typescript.language_tsx()))


def _first_error(node: Node) -> Node | None:
    """The first ERROR or missing node, depth first (where the syntax goes wrong)."""
    if node.type == "ERROR" or node.is_missing:
        return node
    for child in node.children:
        if child.has_error or child.is_missing or child.type == "ERROR":
            found = _first_error(child)
            if found is not None:
                return found
    return None


def _where(node: Node) -> str:
    row, column = node.start_point
    return f"line {row + 1}, column {column + 1}"


def _string_value(node: Node) -> str:
    text = (node.text or b"").decode("utf-8", "replace")
    return text[1:-1] if len(text) >= 2 and text[0] in "'\"`" else text


def _exports_viz(root: Node) -> bool:
    """`export default function Viz…`, or `export default Viz` naming a top-level declaration."""
    declared: set[str] = set()
    default: str | None = None
    for stmt in root.named_children:
        target = stmt
        if stmt.type == "export_statement":
            is_default = any(c.type == "default" for c in stmt.children)
            decl = stmt.child_by_field_name("declaration")
            value = stmt.child_by_field_name("value")
            if is_default and decl is not None and decl.type == "function_declaration":
                name = decl.child_by_field_name("name")
                default = (name.text or b"").decode() if name is not None else None
            elif is_default and value is not None and value.type == "identifier":
                default = "=" + (value.text or b"").decode()  # a name declared elsewhere in the module
            elif is_default:
                fn = next((c for c in stmt.named_children if c.type == "function_declaration"), None)
                name = fn.child_by_field_name("name") if fn is not None else None
                default = (name.text or b"").decode() if name is not None else None
            target = decl or stmt
        if target.type in ("function_declaration", "class_declaration"):
            name = target.child_by_field_name("name")
            if name is not None:
                declared.add((name.text or b"").decode())
        elif target.type in ("lexical_declaration", "variable_declaration"):
            for d in target.named_children:
                name = d.child_by_field_name("name")
                if d.type == "variable_declarator" and name is not None:
                    declared.add((name.text or b"").decode())
    return default == "Viz" or (default == "=Viz" and "Viz" in declared)


def _imports(node: Node, problems: list[str]) -> None:
    """Static imports from allowed modules only; no `require`, dynamic `import()` or re-exports."""
    if node.type in ("import_statement", "export_statement"):
        source = node.child_by_field_name("source")
        if source is not None:
            module = _string_value(source)
            if module not in ALLOWED_IMPORTS:
                allowed = ", ".join(ALLOWED_IMPORTS)
                problems.append(f"{_where(node)}: import from {module!r} is not allowed (only {allowed})")
    elif node.type == "call_expression":
        fn = node.child_by_field_name("function")
        if fn is not None and (fn.type == "import" or (fn.type == "identifier" and fn.text == b"require")):
            problems.append(f"{_where(node)}: dynamic imports and require() are not allowed; use static imports")
    for child in node.named_children:
        _imports(child, problems)


def check_tsx(code: str) -> list[str]:
    """What is wrong with a chart component (empty when it may be shown)."""
    if not code.strip():
        return ["the component is empty"]
    if len(code) > MAX_CODE_CHARS:
        return [f"the component is {len(code):,} characters; keep it under {MAX_CODE_CHARS:,}"]
    tree = _parser().parse(code.encode("utf-8"))
    root = tree.root_node
    if root.has_error:
        bad = _first_error(root)
        if bad is not None and bad.is_missing:
            return [f"{_where(bad)}: syntax error, missing {bad.type!r}"]
        near = (bad.text or b"").decode("utf-8", "replace").strip().splitlines() if bad is not None else []
        snippet = f" near {near[0][:60]!r}" if near else ""
        return [f"{_where(bad) if bad is not None else 'somewhere'}: syntax error{snippet}"]
    problems: list[str] = []
    _imports(root, problems)
    if not _exports_viz(root):
        problems.append("the module must `export default function Viz({ data, params })`")
    return problems
