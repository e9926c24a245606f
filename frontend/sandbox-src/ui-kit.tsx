/** The small UI kit generated components may import as "@viz/ui" (inline styles: no Tailwind in the frame). */
import type { CSSProperties, ReactNode } from "react";

export * from "./kit/box-plot";
export * from "./kit/chart-model";
export * from "./kit/chart-parts";
// Shared helpers: the same labels, numbers and "Other" grouping in the chart, the table and the answer.
export * from "./kit/format";
export * from "./kit/group-other";

export const palettes: Record<string, string[]> = {
  default: ["#2563eb", "#f97316", "#16a34a", "#dc2626", "#9333ea", "#0891b2", "#ca8a04", "#db2777"],
  blues: ["#1e3a8a", "#1d4ed8", "#3b82f6", "#60a5fa", "#93c5fd", "#bfdbfe"],
  greens: ["#14532d", "#15803d", "#22c55e", "#4ade80", "#86efac", "#bbf7d0"],
  vivid: ["#e11d48", "#2563eb", "#16a34a", "#f59e0b", "#9333ea", "#06b6d4", "#f97316", "#84cc16"],
};

/** Colours of a named scheme (falls back to the default one). */
export function palette(name?: string): string[] {
  return palettes[name ?? "default"] ?? (palettes.default as string[]);
}

const card: CSSProperties = {
  border: "1px solid #e2e8f0",
  borderRadius: 12,
  padding: 16,
  background: "#fff",
};

export function Card({ children, style }: { children?: ReactNode; style?: CSSProperties }) {
  return <div style={{ ...card, ...style }}>{children}</div>;
}

export function CardTitle({ children }: { children?: ReactNode }) {
  return <div style={{ fontSize: 16, fontWeight: 600, marginBottom: 8 }}>{children}</div>;
}

export function Stat({ label, value, color }: { label: ReactNode; value: ReactNode; color?: string }) {
  return (
    <div>
      <div style={{ fontSize: 40, fontWeight: 700, lineHeight: 1.1, color: color ?? "#0f172a" }}>{value}</div>
      <div style={{ color: "#64748b", marginTop: 4 }}>{label}</div>
    </div>
  );
}

export function Badge({ children, color }: { children?: ReactNode; color?: string }) {
  return (
    <span
      style={{
        display: "inline-block",
        padding: "2px 8px",
        borderRadius: 999,
        fontSize: 12,
        background: `${color ?? "#2563eb"}1a`,
        color: color ?? "#2563eb",
      }}
    >
      {children}
    </span>
  );
}

/** Title plus a fixed-height area for a ResponsiveContainer. */
export function ChartFrame({
  title,
  height = 360,
  children,
}: {
  title?: string;
  height?: number;
  children?: ReactNode;
}) {
  return (
    <div style={{ width: "100%" }}>
      {title ? <div style={{ fontSize: 16, fontWeight: 600, margin: "0 0 8px 4px" }}>{title}</div> : null}
      <div style={{ width: "100%", height }}>{children}</div>
    </div>
  );
}
