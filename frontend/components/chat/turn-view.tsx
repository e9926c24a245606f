"use client";

import {
  AlertTriangleIcon,
  BarChart3Icon,
  BrainIcon,
  ChevronRightIcon,
  Loader2Icon,
  WandSparklesIcon,
} from "lucide-react";
import { useState } from "react";
import { SqlBlock } from "@/components/chat/sql-block";
import { QueryProgress } from "@/components/engines/query-progress";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Collapsible, CollapsibleContent, CollapsibleTrigger } from "@/components/ui/collapsible";
import { chartReady } from "@/lib/chat-reducer";
import { cn } from "@/lib/cn";
import { shownThoughts } from "@/lib/thoughts";
import type { Turn } from "@/lib/types";

type Props = {
  turn: Turn;
  active: boolean;
  canAct: boolean;
  onSelect: () => void;
  /** Sends the render error back to the analyst; absent when this turn cannot be repaired. */
  onFix?: () => void;
};

const fmt = new Intl.NumberFormat("en-US");

function Thoughts({ thoughts, streaming }: { thoughts: string[]; streaming: boolean }) {
  const [open, setOpen] = useState<boolean | null>(null);
  if (thoughts.length === 0) return null;
  const isOpen = open ?? streaming;
  return (
    <Collapsible open={isOpen} onOpenChange={setOpen}>
      <CollapsibleTrigger className="group flex items-center gap-1.5 rounded text-xs font-medium text-muted-foreground outline-none hover:text-foreground focus-visible:ring-2 focus-visible:ring-ring/50">
        <ChevronRightIcon className="size-3.5 transition-transform group-data-[state=open]:rotate-90" />
        <BrainIcon className="size-3.5" />
        Thoughts ({thoughts.length})
        {!isOpen ? <span className="ml-1 line-clamp-1 max-w-64 font-normal">— {thoughts.at(-1)}</span> : null}
      </CollapsibleTrigger>
      <CollapsibleContent>
        <ol className="mt-2 flex flex-col gap-1.5 border-l-2 pl-3 text-sm text-muted-foreground">
          {thoughts.map((t, i) => (
            <li key={i}>{t}</li>
          ))}
        </ol>
      </CollapsibleContent>
    </Collapsible>
  );
}

function DataSummary({ turn }: { turn: Turn }) {
  const a = turn.artifact;
  if (!turn.own.data || !a.data) return null;
  const d = a.data;
  const parts = [
    `${fmt.format(d.row_count)} ${d.row_count === 1 ? "row" : "rows"}`,
    `${d.columns.length} ${d.columns.length === 1 ? "column" : "columns"}`,
    d.engine,
    d.elapsed_ms != null
      ? `${d.elapsed_ms < 10 ? d.elapsed_ms.toFixed(1) : Math.round(d.elapsed_ms)} ms`
      : null,
  ].filter(Boolean);
  return (
    <div
      className="flex flex-wrap items-center gap-2 text-xs text-muted-foreground"
      data-testid="data-summary"
    >
      <span>{parts.join(" · ")}</span>
      {d.truncated ? <Badge variant="outline">truncated</Badge> : null}
      {d.size === "large" ? <Badge variant="outline">large result</Badge> : null}
      {a.dataError ? <span className="text-destructive">Could not load the rows: {a.dataError}</span> : null}
    </div>
  );
}

/** One question and everything its answer streamed: thoughts, SQL, data summary, errors, status. */
export function TurnView({ turn, active, canAct, onSelect, onFix }: Props) {
  const a = turn.artifact;
  const streaming = turn.status === "streaming";
  const hasChart = chartReady(turn) && (turn.own.code || turn.own.params || turn.own.data);
  // Errors, clarifications and stops are answers too: they show in the preview, said once.
  const outcome =
    turn.errors.length > 0
      ? "Could not answer"
      : turn.clarification
        ? "Needs more detail"
        : turn.status === "stopped"
          ? "Stopped"
          : turn.status === "disconnected"
            ? "Connection lost"
            : null;
  const hasArtifact = hasChart || outcome !== null;
  const firstChart = turn.firstChartAt && !turn.saved ? (turn.firstChartAt - turn.startedAt) / 1000 : null;

  return (
    <article className="flex flex-col gap-3" aria-label={`Question: ${turn.prompt}`}>
      <div className="ml-auto max-w-[85%] rounded-2xl rounded-br-sm bg-primary px-4 py-2 text-sm text-primary-foreground">
        {turn.prompt}
      </div>
      <div
        className={cn(
          "flex flex-col gap-3 rounded-xl border bg-card p-3 shadow-xs transition-colors",
          active && hasArtifact && "border-primary/40 ring-1 ring-primary/20",
        )}
      >
        <Thoughts thoughts={shownThoughts(turn)} streaming={streaming} />
        {a.sql && turn.own.sql ? (
          <SqlBlock sql={a.sql.query} engine={a.sql.engine} tool={a.sql.tool} />
        ) : null}
        {turn.progress ? <QueryProgress progress={turn.progress} /> : null}
        <DataSummary turn={turn} />
        {active && a.renderError ? (
          <div
            role="alert"
            className="flex flex-col gap-2 rounded-lg border border-amber-500/40 bg-amber-500/5 p-3 text-sm"
          >
            <div className="flex items-start gap-2">
              <AlertTriangleIcon className="mt-0.5 size-4 shrink-0 text-amber-600" />
              <div className="min-w-0">
                <div className="font-medium">The chart failed to render</div>
                <div className="break-words font-mono text-xs text-muted-foreground">
                  {a.renderError.message}
                </div>
              </div>
            </div>
            {onFix ? (
              <Button size="sm" variant="outline" className="self-start" onClick={onFix} disabled={!canAct}>
                <WandSparklesIcon />
                Fix it
              </Button>
            ) : null}
          </div>
        ) : null}
        {streaming ? (
          <div className="flex items-center gap-2 text-sm text-muted-foreground" role="status">
            <Loader2Icon className="size-4 animate-spin" />
            Generating…
          </div>
        ) : null}
        {!streaming && hasArtifact ? (
          <div className="flex items-center gap-2 text-xs text-muted-foreground">
            {outcome ? <span className="font-medium text-foreground">{outcome}</span> : null}
            {active ? (
              <span className="flex items-center gap-1.5 text-primary">
                <BarChart3Icon className="size-3.5" />
                Shown in the preview
              </span>
            ) : (
              <Button size="sm" variant="outline" onClick={onSelect}>
                <BarChart3Icon />
                {hasChart ? "View this chart" : "View this answer"}
              </Button>
            )}
            {firstChart !== null ? (
              <span className="ml-auto">first chart in {firstChart.toFixed(2)} s</span>
            ) : null}
          </div>
        ) : null}
      </div>
    </article>
  );
}
