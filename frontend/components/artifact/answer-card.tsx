"use client";

import {
  AlertTriangleIcon,
  MessageCircleQuestionIcon,
  RotateCwIcon,
  SquareIcon,
  WifiOffIcon,
} from "lucide-react";
import { useMemo } from "react";
import { Button } from "@/components/ui/button";
import { type ColumnKind, columnKind, type Fields } from "@/lib/chart-fields";
import { describeError } from "@/lib/error-text";
import type { Turn } from "@/lib/types";
import { emptyReason, writtenAnswer } from "@/lib/written-answer";

type Props = {
  turn: Turn;
  fields: Fields | null;
  chartType: string | null;
  canAct: boolean;
  onAsk: (question: string) => void;
  onRetry: () => void;
};

function Details({ rows }: { rows: [string, string | null | undefined][] }) {
  const shown = rows.filter((r): r is [string, string] => Boolean(r[1]));
  if (shown.length === 0) return null;
  return (
    <details className="text-xs text-muted-foreground">
      <summary className="w-fit cursor-pointer rounded select-none outline-none focus-visible:ring-2 focus-visible:ring-ring/50">
        Details
      </summary>
      <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5">
        {shown.map(([k, v]) => (
          <div key={k} className="contents">
            <dt>{k}</dt>
            <dd className="font-mono break-all">{v}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}

/**
 * The answer in words, first in the preview: the key number and one sentence from the result, a
 * clarification with suggestions to click, or what went wrong — each said once, in plain words.
 */
export function AnswerCard({ turn, fields, chartType, canAct, onAsk, onRetry }: Props) {
  const a = turn.artifact;
  const written = useMemo(() => {
    const loaded = a.loaded;
    if (!loaded || !fields || turn.clarification || turn.errors.length > 0) return null;
    const kinds: Record<string, ColumnKind> = {};
    for (const c of loaded.columns) kinds[c.name] = columnKind(c, loaded.rows);
    const additive = new Set(loaded.columns.filter((c) => c.additive).map((c) => c.name));
    const answer = writtenAnswer(loaded.rows, fields, kinds, additive, chartType);
    const why = loaded.rows.length === 0 ? emptyReason(turn.thoughts) : null;
    return answer && why ? { ...answer, sentence: why } : answer;
  }, [a.loaded, fields, chartType, turn.clarification, turn.errors.length, turn.thoughts]);

  const error = turn.errors[0];
  if (error) {
    const plain = describeError(error);
    return (
      <section
        aria-label="Answer"
        className="flex flex-col gap-2 rounded-lg border border-destructive/30 bg-destructive/5 p-4"
      >
        <div role="alert" className="flex flex-col gap-2">
          <div className="flex items-start gap-2 text-destructive">
            <AlertTriangleIcon className="mt-0.5 size-5 shrink-0" />
            <h2 className="text-base font-semibold">{plain.title}</h2>
          </div>
          {plain.hint ? <p className="text-sm text-muted-foreground">{plain.hint}</p> : null}
        </div>
        <Details
          rows={[
            ["Code", plain.code],
            ["Stage", plain.stage],
            ["Correlation id", error.correlation_id],
            ["Turn", turn.backendTurnId],
            ["SQL", error.sql ?? a.sql?.query],
          ]}
        />
      </section>
    );
  }

  if (turn.clarification) {
    const c = turn.clarification;
    const suggestions = (c.suggestions ?? []).slice(0, 4);
    return (
      <section aria-label="Answer" className="flex flex-col gap-3 rounded-lg border bg-card p-4 shadow-xs">
        <div className="flex items-start gap-2">
          <MessageCircleQuestionIcon className="mt-0.5 size-5 shrink-0 text-primary" />
          <h2 className="text-base font-semibold">I need a little more to answer that</h2>
        </div>
        <dl className="flex flex-col gap-2 text-sm">
          <div>
            <dt className="font-medium">What I understood</dt>
            <dd className="text-muted-foreground">{c.understood}</dd>
          </div>
          <div>
            <dt className="font-medium">What is missing</dt>
            <dd className="text-muted-foreground">{c.needs}</dd>
          </div>
        </dl>
        {suggestions.length > 0 ? (
          <div className="flex flex-col gap-1.5">
            <span className="text-xs font-medium text-muted-foreground" id={`suggest-${turn.id}`}>
              Try one of these
            </span>
            <ul className="flex flex-wrap gap-2" aria-labelledby={`suggest-${turn.id}`}>
              {suggestions.map((s) => (
                <li key={s}>
                  <Button
                    variant="outline"
                    size="sm"
                    className="h-auto min-h-8 whitespace-normal text-left"
                    disabled={!canAct}
                    onClick={() => onAsk(s)}
                  >
                    {s}
                  </Button>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </section>
    );
  }

  if (turn.status === "stopped" || turn.status === "disconnected") {
    const stopped = turn.status === "stopped";
    return (
      <section
        aria-label="Answer"
        className="flex items-center gap-3 rounded-lg border bg-card p-4 shadow-xs"
      >
        {stopped ? (
          <SquareIcon className="size-4 shrink-0 fill-current text-muted-foreground" />
        ) : (
          <WifiOffIcon className="size-5 shrink-0 text-amber-600" />
        )}
        <div className="min-w-0 flex-1">
          <h2 className="text-base font-semibold">{stopped ? "Stopped" : "Connection lost"}</h2>
          {!stopped && turn.endMessage ? (
            <p className="text-sm text-muted-foreground">{turn.endMessage}</p>
          ) : null}
        </div>
        <Button size="sm" variant="outline" onClick={onRetry} disabled={!canAct}>
          <RotateCwIcon />
          Retry
        </Button>
      </section>
    );
  }

  if (!written) return null;
  return (
    <section aria-label="Answer" className="flex flex-col gap-0.5 px-1" data-testid="written-answer">
      <p className="text-xs font-medium text-muted-foreground">{written.label}</p>
      <p className="text-2xl font-semibold tracking-tight tabular-nums">{written.figure}</p>
      <p className="text-sm text-muted-foreground">{written.sentence}</p>
    </section>
  );
}
