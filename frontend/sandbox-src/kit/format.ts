/**
 * Labels and numbers for charts, tables and written answers. Shared by the host page and the sandbox
 * kit (`@viz/ui`), so a column reads the same in the chart, its tooltip, the Data tab and the answer.
 */

/** Trailing name tokens that are units: `body_mass_g` → "g". Generic units only, no dataset vocabulary. */
const UNITS: Record<string, string> = {
  g: "g",
  kg: "kg",
  mg: "mg",
  lb: "lb",
  lbs: "lb",
  mm: "mm",
  cm: "cm",
  km: "km",
  mi: "mi",
  ms: "ms",
  sec: "s",
  secs: "s",
  seconds: "s",
  min: "min",
  mins: "min",
  minutes: "min",
  hrs: "h",
  hours: "h",
  usd: "USD",
  eur: "EUR",
  gbp: "GBP",
  pct: "%",
  percent: "%",
  mph: "mph",
  kmh: "km/h",
  kwh: "kWh",
  mw: "MW",
  gwh: "GWh",
  ppm: "ppm",
};

/** Leading aggregate abbreviations the analyst (or a person) puts in column aliases. */
const PREFIXES: Record<string, string> = {
  avg: "Average",
  mean: "Average",
  sum: "Total",
  total: "Total",
  min: "Minimum",
  max: "Maximum",
  med: "Median",
  median: "Median",
  cnt: "Number of",
  num: "Number of",
  n: "Number of",
  count: "Number of",
  pct: "Share of",
  stddev: "Std. dev. of",
  std: "Std. dev. of",
};

const ACRONYMS = new Set(["id", "usd", "eur", "gbp", "us", "uk", "eu", "co2", "gdp", "url", "ip", "kpi"]);

function words(column: string): string[] {
  return column
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .split(/[^A-Za-z0-9%]+/)
    .filter(Boolean)
    .map((w) => w.toLowerCase());
}

/** The unit a column name ends with (`amount_usd` → "USD"), or null. */
export function unitOf(column: string): string | null {
  const parts = words(column);
  if (parts.length < 2) return null;
  return UNITS[parts.at(-1) ?? ""] ?? null;
}

/** A readable label for a column name: `avg_body_mass_g` → "Average body mass (g)". */
export function humanize(column: string): string {
  const parts = words(column);
  if (parts.length === 0) return column;
  const unit = parts.length > 1 ? (UNITS[parts.at(-1) ?? ""] ?? null) : null;
  if (unit) parts.pop();
  let lead = "";
  const prefix = PREFIXES[parts[0] ?? ""];
  if (prefix && parts.length > 1) {
    lead = prefix;
    parts.shift();
  }
  const body = parts.map((w) => (ACRONYMS.has(w) ? w.toUpperCase() : w)).join(" ");
  let text = lead ? `${lead} ${body}` : body;
  text = text.charAt(0).toUpperCase() + text.slice(1);
  return unit ? `${text} (${unit})` : text;
}

/** `Average body mass (g)` by `species` → "Average body mass (g) by species". */
export function suggestTitle(y: readonly string[], x: string | null, series: string | null): string {
  const measures = y.map(humanize);
  const what = measures.length > 2 ? `${measures.slice(0, 2).join(", ")} and more` : measures.join(" and ");
  const by = [x, series].filter((c): c is string => Boolean(c)).map((c) => humanize(c).toLowerCase());
  if (!what) return by.length ? `Rows by ${by.join(" and ")}` : "Query result";
  return by.length ? `${what} by ${by.join(" and ")}` : what;
}

const grouped = new Intl.NumberFormat("en-US", { maximumFractionDigits: 20 });
const compactFmt = new Intl.NumberFormat("en-US", { notation: "compact", maximumFractionDigits: 1 });
const axisFmt = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });

/** Drops binary floating-point noise: 173.29999999999998 → 173.3 (15 significant digits round-trip). */
export function clean(n: number): number {
  return Number.isFinite(n) ? Number(n.toPrecision(15)) : n;
}

/** A number as a string: finite numbers as their shortest exact form (no float noise), else "". */
export function exactString(n: number): string {
  if (!Number.isFinite(n)) return "";
  return String(clean(n));
}

/** Full value with thousands separators and no float noise: 225143.7 → "225,143.7" (tooltips, answers). */
export function formatExact(value: unknown, unit?: string | null): string {
  const n = toNumber(value);
  if (n === null) return "–";
  return withUnit(grouped.format(clean(n)), unit);
}

/** Short value for axes and labels: 225143.7 → "225.1K", 12.345 → "12.35". */
export function formatCompact(value: unknown, unit?: string | null): string {
  const n = toNumber(value);
  if (n === null) return "–";
  return withUnit(Math.abs(n) >= 10000 ? compactFmt.format(n) : axisFmt.format(n), unit);
}

/** A number with `digits` decimals and separators (one precision per table column). */
export function formatFixed(n: number, digits: number): string {
  return n.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

function withUnit(text: string, unit?: string | null): string {
  if (!unit) return text;
  if (unit === "%") return `${text}%`;
  if (unit === "USD") return text.startsWith("-") ? `-$${text.slice(1)}` : `$${text}`;
  return `${text} ${unit}`;
}

/** A cell as a finite number, or null. */
export function toNumber(value: unknown): number | null {
  if (value === null || value === undefined || value === "" || typeof value === "boolean") return null;
  const n = typeof value === "number" ? value : Number(value);
  return Number.isFinite(n) ? n : null;
}

/** How many decimals a column needs so every value reads the same (capped; float noise ignored). */
export function decimalsFor(values: readonly unknown[], cap = 4): number {
  let digits = 0;
  for (const v of values.slice(0, 2000)) {
    const n = toNumber(v);
    if (n === null) continue;
    const s = String(Number(clean(n).toFixed(cap)));
    const dot = s.indexOf(".");
    if (dot >= 0 && !s.includes("e")) digits = Math.max(digits, s.length - dot - 1);
    if (digits >= cap) return cap;
  }
  return digits;
}

export type Grain = "year" | "quarter" | "month" | "day" | "time";

/** The coarsest calendar unit every date in `values` sits on (ISO strings). */
export function detectGrain(values: readonly unknown[]): Grain {
  const dates = [...new Set(values.filter((v): v is string => typeof v === "string").slice(0, 500))];
  // One distinct date says nothing about the grain.
  if (dates.length <= 1) return dates.some((d) => d.length > 10 && !/T00:00/.test(d)) ? "time" : "day";
  if (dates.some((d) => d.length > 10 && !/T00:00(:00)?(\.0+)?Z?$/.test(d))) return "time";
  if (dates.every((d) => d.slice(5, 10) === "01-01")) return dates.length > 1 ? "year" : "day";
  if (dates.every((d) => d.slice(8, 10) === "01" && ["01", "04", "07", "10"].includes(d.slice(5, 7)))) {
    return dates.length > 1 ? "quarter" : "month";
  }
  if (dates.every((d) => d.slice(8, 10) === "01")) return "month";
  return "day";
}

/** An ISO date or timestamp at a grain: "2001-01-05T00:00:00" → "Jan 5, 2001". */
export function formatDate(value: unknown, grain: Grain = "day"): string {
  if (typeof value !== "string") return value === null || value === undefined ? "–" : String(value);
  const d = new Date(
    value.length === 10 ? `${value}T00:00:00Z` : /Z|[+-]\d\d:?\d\d$/.test(value) ? value : `${value}Z`,
  );
  if (Number.isNaN(d.getTime())) return value;
  const year = d.getUTCFullYear();
  const month = d.toLocaleString("en-US", { month: "short", timeZone: "UTC" });
  switch (grain) {
    case "year":
      return String(year);
    case "quarter":
      return `Q${Math.floor(d.getUTCMonth() / 3) + 1} ${year}`;
    case "month":
      return `${month} ${year}`;
    case "time":
      return `${month} ${d.getUTCDate()}, ${year} ${d.toISOString().slice(11, 16)}`;
    default:
      return `${month} ${d.getUTCDate()}, ${year}`;
  }
}

/** True for an ISO date (`2024-01-31`) or timestamp string. */
export function isIsoDate(value: unknown): value is string {
  return (
    typeof value === "string" &&
    /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d\d:?\d\d)?)?$/.test(value)
  );
}
