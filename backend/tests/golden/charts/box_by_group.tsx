import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { ChartShell, TableView, BOX_NAMES, boxAt, boxFigures, boxRange, boxSummary, boxValueTitle, useChart } from "@viz/ui";
import type { Chart, ChartConfig, ChartParams, Row } from "@viz/ui";

// What this chart draws; the field pickers (params x, y, series) may point it at other columns.
const chartConfig: ChartConfig = {
  chart: "box",
  x: "region",
  y: ["min_price_usd", "q1_price_usd", "median_price_usd", "q3_price_usd", "max_price_usd"],
  series: null,
  xKind: "text",
  labels: {"region": "Region", "min_price_usd": "Minimum price (USD)", "q1_price_usd": "Q1 price (USD)", "median_price_usd": "Median price (USD)", "q3_price_usd": "Q3 price (USD)", "max_price_usd": "Maximum price (USD)"},
};

/** Box plots: per category a box from the first to the third quartile, the median across it, whiskers to the minimum and maximum. */
function BoxView({ chart }: { chart: Chart }) {
  const { ink, tick, crowded } = chart;
  const keys = chart.y;
  const valueTitle = boxValueTitle(chart.label(keys[2] ?? ""));
  // One box over all the rows has no category of its own: it is named after its measure.
  const xKey = chart.x ?? "all";
  const rows = chart.x ? chart.table : chart.table.map((r) => ({ ...r, all: valueTitle }));
  const color = chart.colors[0] ?? ink.ink;
  const exact = (v: number) => chart.tooltip.formatter(v, keys[2] ?? "")[0];
  const Box = (props: { x?: number | string; y?: number | string; width?: number | string; height?: number | string; payload?: Row }) => {
    const f = props.payload ? boxFigures(props.payload, keys) : null;
    const [x, y, w, h] = [props.x, props.y, props.width, props.height].map(Number) as [number, number, number, number];
    if (!f || [x, y, w, h].some(Number.isNaN)) return <g />;
    const at = boxAt(Math.min(y, y + h), Math.abs(h), f);
    const width = Math.min(w, 72);
    const left = x + (w - width) / 2;
    const mid = x + w / 2;
    const cap = width / 2;
    return (
      <g role="img" aria-label={boxSummary(chart.formatX(props.payload?.[xKey]), f, exact)}>
        <line x1={mid} x2={mid} y1={at.max} y2={at.q3} stroke={ink.ink} strokeWidth={1.5} />
        <line x1={mid} x2={mid} y1={at.q1} y2={at.min} stroke={ink.ink} strokeWidth={1.5} />
        <line x1={mid - cap / 2} x2={mid + cap / 2} y1={at.max} y2={at.max} stroke={ink.ink} strokeWidth={1.5} />
        <line x1={mid - cap / 2} x2={mid + cap / 2} y1={at.min} y2={at.min} stroke={ink.ink} strokeWidth={1.5} />
        <rect x={left} y={at.q3} width={width} height={Math.max(1, at.q1 - at.q3)} fill={color} fillOpacity={0.3} stroke={color} strokeWidth={1.5} />
        <line x1={left} x2={left + width} y1={at.median} y2={at.median} stroke={color} strokeWidth={3} />
      </g>
    );
  };
  const Tip = ({ active, payload }: { active?: boolean; payload?: ReadonlyArray<{ payload?: Row }> }) => {
    const row = payload?.[0]?.payload;
    const f = active && row ? boxFigures(row, keys) : null;
    if (!row || !f) return null;
    return (
      <div style={{ ...chart.tooltip.contentStyle, padding: "8px 10px", fontSize: 13 }}>
        <div style={{ fontWeight: 600, marginBottom: 4 }}>{chart.formatX(row[xKey])}</div>
        {(["max", "q3", "median", "q1", "min"] as const).map((p) => (
          <div key={p}>{BOX_NAMES[p]}: {exact(f[p])}</div>
        ))}
        {f.count === null ? null : <div style={{ color: ink.muted }}>{f.count.toLocaleString("en-US")} values</div>}
      </div>
    );
  };
  return (
    <ResponsiveContainer width="100%" height={chart.height}>
      <BarChart data={rows} barCategoryGap="25%" margin={{ top: 16, right: 16, bottom: 16, left: crowded.on ? 32 : 16 }}>
        {chart.showGrid ? <CartesianGrid strokeDasharray="3 3" stroke={ink.grid} /> : null}
        <XAxis tick={tick} stroke={ink.rule} dataKey={xKey} tickFormatter={chart.formatX}
          ticks={crowded.ticks} interval={crowded.on ? 0 : "preserveStartEnd"} minTickGap={crowded.on ? 0 : 8}
          angle={crowded.on ? -40 : 0} textAnchor={crowded.on ? "end" : "middle"} height={crowded.height}
          label={chart.x ? { value: chart.xTitle, position: "insideBottom", offset: -2, style: chart.axisTitle } : undefined} />
        <YAxis tick={tick} stroke={ink.rule} tickFormatter={chart.formatValue} width={72} domain={["auto", "auto"]}
          label={{ value: valueTitle, angle: -90, position: "insideLeft", offset: 4, style: { ...chart.axisTitle, textAnchor: "middle" } }} />
        <Tooltip cursor={{ fill: ink.faint }} content={Tip} />
        {chart.showLegend ? <Legend {...chart.legend} formatter={() => valueTitle} /> : null}
        <Bar dataKey={boxRange(keys)} name={valueTitle} fill={color} shape={Box} isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}

export default function Viz({ data, params }: { data: Record<string, unknown>[]; params: ChartParams }) {
  const chart = useChart(data, params, chartConfig);
  return (
    <ChartShell chart={chart}>
      {chart.kind === "table" ? (
        <TableView chart={chart} />
      ) : <BoxView chart={chart} />}
    </ChartShell>
  );
}
