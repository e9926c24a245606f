// recharts: Bar, BarChart, CartesianGrid, LabelList, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis
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
