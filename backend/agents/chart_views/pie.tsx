// recharts: Cell, Legend, Pie, PieChart, ResponsiveContainer, Tooltip
/** Parts of a whole: a slice per category (at most 12, the rest as "Other"), always named. */
function PieView({ chart }: { chart: Chart }) {
  const value = chart.keys[0];
  // A pie always names its slices: with a legend, or with labels when the legend is off.
  const legend = chart.showLegend !== false;
  const labelled = chart.showLabels || !legend;
  return (
    <ResponsiveContainer width="100%" height={chart.height}>
      <PieChart>
        <Pie data={chart.table} dataKey={value} nameKey={chart.x ?? undefined} innerRadius="45%" outerRadius="80%" isAnimationActive={false}
          label={labelled ? (e: { name?: unknown; percent?: number }) => `${chart.formatX(e.name)} ${((e.percent ?? 0) * 100).toFixed(0)}%` : false}>
          {chart.table.map((row, i) => <Cell key={String(row[chart.x ?? ""])} fill={chart.colors[i % chart.colors.length]} />)}
        </Pie>
        <Tooltip contentStyle={chart.tooltip.contentStyle} formatter={(v: unknown, name: unknown) => [chart.tooltip.formatter(v, value ?? "")[0], chart.formatX(name)]} />
        {legend ? <Legend {...chart.legend} formatter={(v: unknown) => chart.formatX(v)} /> : null}
      </PieChart>
    </ResponsiveContainer>
  );
}
