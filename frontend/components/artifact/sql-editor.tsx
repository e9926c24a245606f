"use client";

import { AlertTriangleIcon, Loader2Icon, PlayIcon, RotateCcwIcon } from "lucide-react";
import { type KeyboardEvent, useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Tokens } from "@/components/ui/code-block";
import { describeError } from "@/lib/error-text";
import { highlightSql } from "@/lib/highlight";
import type { QueryState } from "@/lib/types";

type Props = {
  sql: string;
  engine: string | null;
  query: QueryState;
  disabled: boolean;
  onRun: (sql: string, limit: number) => void;
};

export const DEFAULT_ROW_LIMIT = 1000;
const MAX_ROW_LIMIT = 100_000;

const shared = "m-0 p-3 font-mono text-xs leading-relaxed whitespace-pre-wrap break-words";

/** Editable SQL with live highlighting (a transparent textarea over the coloured text); Ctrl+Enter runs it. */
export function SqlEditor({ sql, engine, query, disabled, onRun }: Props) {
  const [text, setText] = useState(sql);
  const [limit, setLimit] = useState(DEFAULT_ROW_LIMIT);
  const pre = useRef<HTMLPreElement>(null);
  useEffect(() => setText(sql), [sql]);
  const running = query.status === "running";

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      if (!disabled && !running && text.trim()) onRun(text, limit);
    }
  };

  return (
    <div className="flex flex-col gap-3">
      <div className="relative overflow-hidden rounded-lg border bg-card focus-within:ring-[3px] focus-within:ring-ring/50">
        <pre ref={pre} aria-hidden className={`${shared} pointer-events-none min-h-40`}>
          <Tokens tokens={highlightSql(text)} />
          {"\n"}
        </pre>
        <textarea
          aria-label="SQL query"
          spellCheck={false}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={onKeyDown}
          onScroll={(e) => {
            if (pre.current) pre.current.scrollTop = e.currentTarget.scrollTop;
          }}
          className={`${shared} absolute inset-0 h-full w-full resize-none bg-transparent text-transparent caret-foreground outline-none selection:bg-primary/25`}
        />
      </div>
      <div className="flex flex-wrap items-center gap-2">
        <Button size="sm" onClick={() => onRun(text, limit)} disabled={disabled || running || !text.trim()}>
          {running ? <Loader2Icon className="animate-spin" /> : <PlayIcon />}
          Run query
        </Button>
        <Button size="sm" variant="ghost" onClick={() => setText(sql)} disabled={text === sql}>
          <RotateCcwIcon />
          Revert
        </Button>
        <label className="flex items-center gap-1.5 text-xs text-muted-foreground">
          Row limit
          <input
            type="number"
            min={1}
            max={MAX_ROW_LIMIT}
            value={limit}
            onChange={(e) => {
              const n = e.target.valueAsNumber;
              if (Number.isFinite(n)) setLimit(Math.min(MAX_ROW_LIMIT, Math.max(1, Math.round(n))));
            }}
            className="h-8 w-24 rounded-md border border-input bg-card px-2 text-xs text-foreground outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50"
          />
        </label>
        <span className="text-xs text-muted-foreground">
          Ctrl+Enter runs · guarded like the analyst's SQL{engine ? ` · ${engine}` : ""}
        </span>
      </div>
      {query.status === "error" ? (
        <div role="alert" className="rounded-lg border border-destructive/30 bg-destructive/5 p-3 text-sm">
          <div className="flex items-start gap-2 text-destructive">
            <AlertTriangleIcon className="mt-0.5 size-4 shrink-0" />
            <div>
              <div className="font-medium">{describeError(query).title}</div>
            </div>
          </div>
          <pre className="mt-2 overflow-auto rounded bg-muted/60 p-2 font-mono text-xs whitespace-pre-wrap">
            <Tokens tokens={highlightSql(query.sql)} />
          </pre>
        </div>
      ) : null}
    </div>
  );
}
