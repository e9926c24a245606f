"use client";

import { progressView } from "@/lib/engines";
import type { ProgressPayload } from "@/lib/schemas";

/** The running query's progress as its engine reports it (Spark stages and tasks, DuckDB's scan). */
export function QueryProgress({ progress }: { progress: ProgressPayload }) {
  const view = progressView(progress);
  return (
    <div className="flex flex-col gap-1 text-xs text-muted-foreground">
      <span role="status">{view.label}</span>
      <div
        role="progressbar"
        aria-label="Query progress"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={view.percent ?? undefined}
        aria-valuetext={view.valueText ?? view.label}
        className="h-1.5 overflow-hidden rounded bg-muted"
      >
        <div
          className={
            view.percent === null
              ? "h-full w-1/3 animate-pulse bg-primary/60"
              : "h-full bg-primary transition-[width]"
          }
          style={view.percent === null ? undefined : { width: `${view.percent}%` }}
        />
      </div>
    </div>
  );
}
