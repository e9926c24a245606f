/** The Engine select's options and the progress bar's view of a `progress` event (pure, unit-tested). */
import type { EngineInfo, ProgressPayload } from "@/lib/schemas";

export type EngineOption = { value: string; label: string };

/** The choice that sends no `engine`: the backend routes by the size of the tables a query reads. */
export const AUTO: EngineOption = { value: "", label: "Auto" };

/** Auto first, then every configured engine under its label (DuckDB, Remote DuckDB, Spark, …). */
export function engineOptions(engines: readonly EngineInfo[]): EngineOption[] {
  return [AUTO, ...engines.map((e) => ({ value: e.name, label: e.label }))];
}

/** A stored choice that is no longer configured falls back to Auto. */
export function validEngine(choice: string | null, engines: readonly EngineInfo[]): string | null {
  return choice && engines.some((e) => e.name === choice) ? choice : null;
}

export type ProgressView = {
  /** What runs, e.g. "Stage 3: 5/8 tasks". */
  label: string;
  /** 0–100 when the engine reports done/total, else null (an indeterminate bar). */
  percent: number | null;
  /** "5 of 8" for screen readers, when counted. */
  valueText: string | null;
};

export function progressView(p: ProgressPayload): ProgressView {
  const counted = typeof p.total === "number" && p.total > 0;
  const done = Math.max(0, Math.min(p.done ?? 0, p.total ?? 0));
  const percent = counted ? Math.round((100 * done) / (p.total as number)) : null;
  const message = p.message.trim() || p.stage;
  return {
    label: counted && !message.includes(`${done}/${p.total}`) ? `${message} (${done}/${p.total})` : message,
    percent,
    valueText: counted ? `${done} of ${p.total}` : null,
  };
}
