"""Presentation-only follow-ups ("make it a line chart", "green colours", "title it …") → param updates."""

from __future__ import annotations

import re

from backend.agents.builtin.lexicon import STOPWORDS, tokenize

CHART_WORDS = {"line": "line", "lines": "line", "bar": "bar", "bars": "bar", "column": "bar", "columns": "bar",
               "area": "area", "pie": "pie", "donut": "pie", "doughnut": "pie", "scatter": "scatter",
               "table": "table", "histogram": "histogram", "kpi": "kpi", "boxplot": "box", "boxplots": "box",
               "box": "box", "whisker": "box", "whiskers": "box"}  # fmt: skip
COLOR_WORDS = {"blue": "blues", "blues": "blues", "green": "greens", "greens": "greens", "orange": "oranges",
               "oranges": "oranges", "purple": "purples", "purples": "purples", "violet": "purples", "red": "warm",
               "warm": "warm", "cool": "cool", "cold": "cool", "vivid": "vivid", "bright": "vivid", "colorful": "vivid",
               "colourful": "vivid", "dark": "monochrome", "mono": "monochrome", "monochrome": "monochrome",
               "grey": "monochrome", "gray": "monochrome", "black": "monochrome", "default": "default"}  # fmt: skip
_TITLE_RE = re.compile(
    r"^\s*(?:please\s+|can\s+you\s+)?(?:(?:change|set|update|make|rename)\s+)?(?:the\s+)?(?:chart\s+)?title"
    r"\s*(?:to|:|=|as|into)\s*(.+)$"
    r"|^\s*(?:please\s+)?(?:title|call|name|rename)\s+(?:it|the\s+chart|this(?:\s+chart)?)\s*(?:to|as)?\s*(.+)$",
    re.IGNORECASE,
)
# Words that only talk about presentation; a follow-up made of these (and stop words) changes no data.
PRESENTATION_VOCAB = (
    frozenset(
        [
            "chart",
            "graph",
            "plot",
            "visual",
            "type",
            "style",
            "kind",
            "switch",
            "change",
            "turn",
            "use",
            "color",
            "colors",
            "colour",
            "colours",
            "scheme",
            "palette",
            "theme",
            "sort",
            "sorted",
            "order",
            "ordered",
            "ascending",
            "descending",
            "asc",
            "desc",
            "horizontal",
            "vertical",
            "horizontally",
            "vertically",
            "flip",
            "rotate",
            "stacked",
            "stack",
            "unstacked",
            "grouped",
            "side",
            "legend",
            "grid",
            "gridlines",
            "labels",
            "label",
            "hide",
            "show",
            "remove",
            "add",
            "without",
            "instead",
            "make",
            "into",
            "as",
            "it",
            "please",
            "rather",
            "see",
            "view",
            "now",
            "version",
            "same",
            "but",
            "with",
            "display",
            "want",
            "instead",
            "default",
            "values",
            "value",
            "numbers",
            "on",
            # Chat shorthand and courtesy around a restyle ("bar chart pls", "okay, as a pie thx"): no data words.
            "pls",
            "plz",
            "thanks",
            "thx",
            "ty",
            "okay",
            "cheers",
            "try",
            "draw",
            "redraw",
        ]
    )
    | frozenset(CHART_WORDS)
    | frozenset(COLOR_WORDS)
)


def presentation_updates(question: str) -> dict[str, str | float | int | bool] | None:
    """Param updates when the message only restyles the chart, else None."""
    m = _TITLE_RE.match(question.strip())
    if m:
        title = (m.group(1) or m.group(2) or "").strip().strip("\"'“”‘’").rstrip(".")
        if title:
            return {"title": title}
    words = [t.lower for t in tokenize(question)]
    if not words or any(w not in PRESENTATION_VOCAB and w not in STOPWORDS for w in words):
        return None
    ws = set(words)
    up: dict[str, str | float | int | bool] = {}
    for w in words:
        if w in CHART_WORDS and not (w in {"column", "columns", "table"} and len(ws & set(CHART_WORDS)) > 1):
            up["chart_type"] = CHART_WORDS[w]
    if ws & {"color", "colors", "colour", "colours", "scheme", "palette", "theme"} or (
        ws & set(COLOR_WORDS) - {"default"}
    ):
        scheme = next((COLOR_WORDS[w] for w in words if w in COLOR_WORDS), None)
        if scheme:
            up["color_scheme"] = scheme
    if ws & {"descending", "desc"} or (ws & {"sort", "sorted", "order"} and not ws & {"ascending", "asc"}):
        up["sort"] = "desc"
    if ws & {"ascending", "asc"}:
        up["sort"] = "asc"
    if ws & {"unsorted"} or (ws & {"sort", "sorting"} and ws & {"no", "remove", "without"}):
        up["sort"] = "none"
    if ws & {"horizontal", "horizontally", "flip", "rotate"}:
        up["orientation"] = "horizontal"
    if ws & {"vertical", "vertically"}:
        up["orientation"] = "vertical"
    if ws & {"stacked", "stack"}:
        up["stacked"] = not (ws & {"unstacked", "no", "not"})
    if ws & {"unstacked", "grouped", "side"}:
        up["stacked"] = False
    hide = bool(ws & {"hide", "remove", "no", "without", "off"})
    for word, param in (("legend", "show_legend"), ("grid", "show_grid"), ("gridlines", "show_grid"),
                        ("labels", "show_labels"), ("label", "show_labels")):  # fmt: skip
        if word in ws:
            up[param] = not hide
    if "values" in ws and ws & {"show", "add"} and "show_labels" not in up:
        up["show_labels"] = True
    return up or None
