"use client";

import { ChevronRightIcon, DatabaseIcon, FileSpreadsheetIcon, RefreshCwIcon, Trash2Icon } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import type { Source } from "@/lib/sources-client";

type Table = NonNullable<Source["tables"]>[number];

const KIND_LABEL: Record<Source["kind"], string> = {
  duckdb: "Demo",
  postgres: "Postgres",
  mysql: "MySQL",
  sqlite: "SQLite",
  file: "File",
};

function sample(values: readonly unknown[]): string {
  return values
    .slice(0, 3)
    .map((v) => (v === null ? "∅" : String(v)))
    .join(", ");
}

function TableNode({ table }: { table: Table }) {
  const rows = `${table.row_count_estimated ? "~" : ""}${table.row_count.toLocaleString()} rows`;
  return (
    <details className="group/table">
      <summary className="flex cursor-pointer list-none items-center gap-1.5 rounded px-1 py-0.5 text-sm hover:bg-accent">
        <ChevronRightIcon
          className="size-3.5 shrink-0 transition-transform group-open/table:rotate-90"
          aria-hidden
        />
        <span className="truncate font-mono">{table.name}</span>
        <span className="ml-auto shrink-0 text-xs text-muted-foreground">{rows}</span>
      </summary>
      <ul
        className="mt-0.5 mb-1 ml-5 flex flex-col gap-0.5 border-l pl-2"
        aria-label={`Columns of ${table.name}`}
      >
        {table.columns.map((c) => (
          <li key={c.name} className="grid grid-cols-[minmax(0,1fr)_auto] gap-x-2 text-xs">
            <span className="truncate font-mono">{c.name}</span>
            <span className="text-muted-foreground">{c.type}</span>
            {c.samples && c.samples.length > 0 ? (
              <span className="col-span-2 truncate text-muted-foreground" title={sample(c.samples)}>
                e.g. {sample(c.samples)}
              </span>
            ) : null}
          </li>
        ))}
      </ul>
    </details>
  );
}

/** Sources → tables → columns with types and sample values; refresh and remove per user source. */
export function SchemaBrowser({
  sources,
  onRefresh,
  onRemove,
}: {
  sources: Source[];
  onRefresh?: (name: string) => Promise<void>;
  onRemove?: (name: string) => Promise<void>;
}) {
  const [busy, setBusy] = useState<string | null>(null);
  const act = async (name: string, work: (n: string) => Promise<void>) => {
    setBusy(name);
    try {
      await work(name);
    } finally {
      setBusy(null);
    }
  };
  return (
    <ul className="flex flex-col gap-3" aria-label="Data sources">
      {sources.map((s) => (
        <li key={s.name} className="rounded-md border p-2">
          <div className="flex items-center gap-2">
            {s.kind === "file" ? (
              <FileSpreadsheetIcon className="size-4 text-muted-foreground" aria-hidden />
            ) : (
              <DatabaseIcon className="size-4 text-muted-foreground" aria-hidden />
            )}
            <span className="font-medium">{s.name}</span>
            <span className="text-xs text-muted-foreground">
              {KIND_LABEL[s.kind]}
              {s.file_name ? ` · ${s.file_name}` : ""}
            </span>
            {!s.builtin && onRefresh && onRemove ? (
              <span className="ml-auto flex gap-0.5">
                <Button
                  size="icon-sm"
                  variant="ghost"
                  aria-label={`Refresh ${s.name}`}
                  title="Read the schema again"
                  disabled={busy !== null}
                  onClick={() => void act(s.name, onRefresh)}
                >
                  <RefreshCwIcon className={busy === s.name ? "animate-spin" : undefined} />
                </Button>
                <Button
                  size="icon-sm"
                  variant="ghost"
                  aria-label={`Remove ${s.name}`}
                  title="Remove this source"
                  disabled={busy !== null}
                  onClick={() => void act(s.name, onRemove)}
                >
                  <Trash2Icon />
                </Button>
              </span>
            ) : null}
          </div>
          {s.dsn ? <p className="mt-1 truncate font-mono text-xs text-muted-foreground">{s.dsn}</p> : null}
          {s.status !== "ok" ? (
            <p role="alert" className="mt-1 text-xs text-destructive">
              {s.status}
            </p>
          ) : null}
          <div className="mt-1 flex flex-col">
            {(s.tables ?? []).map((t) => (
              <TableNode key={t.name} table={t} />
            ))}
          </div>
        </li>
      ))}
    </ul>
  );
}
