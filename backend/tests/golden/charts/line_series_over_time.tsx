import { Area, AreaChart, Bar, BarChart, CartesianGrid, LabelList, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { ChartShell, TableView, useChart } from "@viz/ui";
import type { Chart, ChartConfig, ChartParams } from "@viz/ui";

// What this chart draws; the field pickers (params x, y, series) may point it at other columns.
const chartConfig: ChartConfig = {
  chart: "line",
  x: "month",
  y: ["revenue"],
  series: "region",
  xKind: "temporal",
  labels: {"month": "Month", "revenue": "Revenue", "region": "Region"},
};

/** Lines over x (or filled areas, stacked on request): one per measure or series. */
function LineView({ chart, area = false }: { chart: Chart; area?: boolean }) {
  const { ink, tick } = chart;
  const Plot = area ? AreaChart : LineChart;
  const labels = chart.showLabels ? <LabelList position="top" formatter={chart.formatValue} /> : null;
  return (
    <ResponsiveContainer width="100%" height={chart.height}>
      <Plot data={chart.table} margin={{ top: chart.showLabels ? 28 : 16, right: 24, bottom: 16, left: 16 }}>
        {chart.showGrid ? <CartesianGrid strokeDasharray="3 3" stroke={ink.grid} /> : null}
        <XAxis tick={tick} stroke={ink.rule} dataKey={chart.x ?? undefined} tickFormatter={chart.formatX} minTickGap={16} height={44}
          label={{ value: chart.xTitle, position: "insideBottom", offset: -2, style: chart.axisTitle }} />
        <YAxis tick={tick} stroke={ink.rule} tickFormatter={chart.formatValue} width={72}
          label={{ value: chart.yTitle, angle: -90, position: "insideLeft", offset: 4, style: { ...chart.axisTitle, textAnchor: "middle" } }} />
        <Tooltip {...chart.tooltip} />
        {chart.showLegend ? <Legend {...chart.legend} formatter={chart.keyName} /> : null}
        {chart.keys.map((key, i) => {
          const color = chart.colors[i % chart.colors.length];
          return area ? (
            <Area key={key} type="monotone" dataKey={key} name={key} stroke={color} fill={color} fillOpacity={0.25}
              stackId={chart.stacked ? "stack" : undefined} isAnimationActive={false}>{labels}</Area>
          ) : (
            <Line key={key} type="monotone" dataKey={key} name={key} stroke={color} strokeWidth={2}
              dot={chart.table.length <= 40} isAnimationActive={false}>{labels}</Line>
          );
        })}
      </Plot>
    </ResponsiveContainer>
  );
}

/** Bars: one per category or bin, a colour per measure or series; horizontal or stacked on request. */
function BarView({ chart, histogram = false }: { chart: Chart; histogram?: boolean }) {
  const { ink, tick, crowded } = chart;
  const valueTitle = { value: chart.yTitle, angle: -90, position: "insideLeft" as const, offset: 4, style: { ...chart.axisTitle, textAnchor: "middle" as const } };
  return (
    <ResponsiveContainer width="100%" height={chart.height}>
      <BarChart data={chart.table} layout={chart.horizontal ? "vertical" : "horizontal"} barCategoryGap={histogram ? 1 : "15%"}
        margin={{ top: 16, right: 16, bottom: 16, left: crowded.on ? 32 : 16 }}>
        {chart.showGrid ? <CartesianGrid strokeDasharray="3 3" stroke={ink.grid} /> : null}
        {chart.horizontal ? (
          <>
            <XAxis tick={tick} stroke={ink.rule} type="number" tickFormatter={chart.formatValue} height={44}
              label={{ ...valueTitle, angle: 0, position: "insideBottom", offset: -2 }} />
            <YAxis tick={tick} stroke={ink.rule} type="category" dataKey={chart.x ?? undefined} tickFormatter={chart.formatX}
              width={chart.categoryWidth} interval={0} />
          </>
        ) : (
          <>
            <XAxis tick={tick} stroke={ink.rule} dataKey={chart.x ?? undefined} tickFormatter={chart.formatX}
              ticks={crowded.ticks} interval={crowded.on ? 0 : "preserveStartEnd"} minTickGap={crowded.on ? 0 : 8}
              angle={crowded.on ? -40 : 0} textAnchor={crowded.on ? "end" : "middle"} height={crowded.height}
              label={{ value: chart.xTitle, position: "insideBottom", offset: -2, style: chart.axisTitle }} />
            <YAxis tick={tick} stroke={ink.rule} tickFormatter={chart.formatValue} width={72} label={valueTitle} />
          </>
        )}
        <Tooltip {...chart.tooltip} />
        {chart.showLegend ? <Legend {...chart.legend} formatter={chart.keyName} /> : null}
        {chart.keys.map((key, i) => (
          <Bar key={key} dataKey={key} name={key} fill={chart.colors[i % chart.colors.length]} stackId={chart.stacked ? "stack" : undefined}
            radius={chart.horizontal ? [0, 3, 3, 0] : [3, 3, 0, 0]} isAnimationActive={false}>
            {chart.showLabels ? <LabelList position="top" formatter={chart.formatValue} /> : null}
          </Bar>
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}

export default function Viz({ data, params }: { data: Record<string, unknown>[]; params: ChartParams }) {
  const chart = useChart(data, params, chartConfig);
  return (
    <ChartShell chart={chart}>
      {chart.kind === "area" ? (
        <LineView chart={chart} area />
      ) : chart.kind === "bar" ? (
        <BarView chart={chart} />
      ) : chart.kind === "table" ? (
        <TableView chart={chart} />
      ) : <LineView chart={chart} />}
    </ChartShell>
  );
}
