"""Exact quantiles in Spark SQL: DuckDB's QUANTILE_CONT(x, q) is Spark's PERCENTILE(x, q). sqlglot writes it as
PERCENTILE_CONT(x, q), which Spark reads only as PERCENTILE_CONT(q) WITHIN GROUP (ORDER BY x), and turns the
WITHIN GROUP form into the approximate PERCENTILE_APPROX."""

from __future__ import annotations

from sqlglot import exp

SPARK_DIALECTS = frozenset({"spark", "spark2", "databricks"})


def spark_quantiles(tree: exp.Expr) -> exp.Expr:
    """The tree with every two-argument continuous quantile written as the exact quantile Spark knows."""

    def swap(node: exp.Expr) -> exp.Expr:
        if isinstance(node, exp.PercentileCont) and node.args.get("expression") is not None:
            return exp.Quantile(this=node.this, quantile=node.expression)
        return node

    return tree.transform(swap)
