import { CartesianGrid, Legend, ResponsiveContainer, Scatter, ScatterChart, Tooltip, XAxis, YAxis, ZAxis } from "recharts";
import { ChartShell, TableView, useChart } from "@viz/ui";
import type { Chart, ChartConfig, ChartParams } from "@viz/ui";

// What this chart draws; the field pickers (params x, y, series) may point it at other columns.
const chartConfig: ChartConfig = {
  chart: "scatter",
  x: "weight_kg",
  y: ["price_usd"],
  series: null,
  size: "shelf_area",
  xKind: "numeric",
  labels: {"weight_kg": "Weight (kg)", "price_usd": "Price (USD)", "shelf_area": "Shelf area"},
};

/** One point per row: x against y, a colour per series value, and with a size column each point's area. */
function ScatterView({ chart }: { chart: Chart }) {
  const { ink, tick } = chart;
  const yKey = chart.y[0] ?? "";
  const split = chart.series;
  const size = chart.size;
  // Dates on x ("salary against hire date") are placed at their time and labelled as dates.
  const xKey = chart.x ?? "";
  const dated = chart.xKind === "temporal";
  const at = (v: unknown) => Date.parse(/^\d{4}-\d\d-\d\d$/.test(String(v)) ? `${v}T00:00:00Z` : String(v));
  const rows = dated ? chart.rows.map((r) => ({ ...r, [xKey]: at(r[xKey]) })) : chart.rows;
  const formatX = dated ? (v: unknown) => chart.formatX(new Date(Number(v)).toISOString()) : chart.formatValue;
  const groups = split
    ? [...new Set(rows.map((r) => String(r[split] ?? "(none)")))].map((name) => ({
        name,
        points: rows.filter((r) => String(r[split] ?? "(none)") === name),
      }))
    : [{ name: chart.label(yKey), points: rows }];
  return (
    <ResponsiveContainer width="100%" height={chart.height}>
      <ScatterChart margin={{ top: 8, right: 16, bottom: 24, left: 16 }}>
        {chart.showGrid ? <CartesianGrid strokeDasharray="3 3" stroke={ink.grid} /> : null}
        <XAxis tick={tick} stroke={ink.rule} type="number" dataKey={chart.x ?? undefined} name={chart.xTitle} tickFormatter={formatX}
          domain={["auto", "auto"]} label={{ value: chart.xTitle, position: "insideBottom", offset: -12, style: chart.axisTitle }} />
        <YAxis tick={tick} stroke={ink.rule} type="number" dataKey={yKey} name={chart.label(yKey)} tickFormatter={chart.formatValue}
          domain={["auto", "auto"]} width={72}
          label={{ value: chart.label(yKey), angle: -90, position: "insideLeft", offset: 4, style: { ...chart.axisTitle, textAnchor: "middle" } }} />
        {size ? <ZAxis type="number" dataKey={size} name={chart.label(size)} range={[24, 720]} /> : null}
        <Tooltip contentStyle={chart.tooltip.contentStyle} formatter={(v: unknown, name: unknown) => dated && String(name) === chart.xTitle ? formatX(v) : chart.tooltip.formatter(v, String(name))[0]} />
        {chart.showLegend || split ? <Legend {...chart.legend} /> : null}
        {groups.map((g, i) => (
          <Scatter key={g.name} name={g.name} data={g.points} fill={chart.colors[i % chart.colors.length]} fillOpacity={0.7} isAnimationActive={false} />
        ))}
      </ScatterChart>
    </ResponsiveContainer>
  );
}

export default function Viz({ data, params }: { data: Record<string, unknown>[]; params: ChartParams }) {
  const chart = useChart(data, params, chartConfig);
  return (
    <ChartShell chart={chart}>
      {chart.kind === "table" ? (
        <TableView chart={chart} />
      ) : <ScatterView chart={chart} />}
    </ChartShell>
  );
}
