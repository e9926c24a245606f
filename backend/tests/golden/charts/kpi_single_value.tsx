import { ChartShell, KpiView, TableView, useChart } from "@viz/ui";
import type { Chart, ChartConfig, ChartParams } from "@viz/ui";

// What this chart draws; the field pickers (params x, y, series) may point it at other columns.
const chartConfig: ChartConfig = {
  chart: "kpi",
  x: null,
  y: ["total_revenue_usd"],
  series: null,
  xKind: "other",
  labels: {"total_revenue_usd": "Total revenue (USD)"},
};

export default function Viz({ data, params }: { data: Record<string, unknown>[]; params: ChartParams }) {
  const chart = useChart(data, params, chartConfig);
  return (
    <ChartShell chart={chart}>
      {chart.kind === "table" ? (
        <TableView chart={chart} />
      ) : <KpiView chart={chart} />}
    </ChartShell>
  );
}
