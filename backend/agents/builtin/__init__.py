"""Built-in offline analyst: a deterministic semantic parser from questions to SQL over any catalog."""

from backend.agents.builtin.charts import CHART_TYPES, choose_chart
from backend.agents.builtin.models import (
    AnalysisPlan,
    ChartChoice,
    Clarification,
    PresentationDecision,
    QueryDecision,
    ValueLookup,
)
from backend.agents.builtin.understand import understand

__all__ = [
    "CHART_TYPES",
    "AnalysisPlan",
    "ChartChoice",
    "Clarification",
    "PresentationDecision",
    "QueryDecision",
    "ValueLookup",
    "choose_chart",
    "understand",
]
