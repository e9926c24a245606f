// recharts: Area, AreaChart, CartesianGrid, LabelList, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis
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
