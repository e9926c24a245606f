"use client";

import { ChevronRightIcon, SparklesIcon, TableIcon } from "lucide-react";
import { Collapsible, CollapsibleContent, CollapsibleTrigger } from "@/components/ui/collapsible";
import { exampleQuestions } from "@/lib/example-questions";
import type { Catalog } from "@/lib/schemas";

const fmt = new Intl.NumberFormat("en-US", { notation: "compact", maximumFractionDigits: 1 });

type Props = {
  catalog: Catalog | null;
  catalogError: string | null;
  onAsk: (question: string) => void;
  onReload: () => void;
};

/** What the user sees before the first question: example questions and the catalog. */
export function EmptyState({ catalog, catalogError, onAsk, onReload }: Props) {
  const examples = catalog ? exampleQuestions(catalog) : [];
  return (
    <div className="flex flex-col gap-6 py-2">
      <div>
        <h2 className="text-lg font-semibold">Ask your data</h2>
        <p className="text-sm text-muted-foreground">
          Ask in plain words; the answer streams in with its SQL, the data and a live chart you can tweak.
        </p>
      </div>
      {catalogError ? (
        <div role="alert" className="rounded-lg border border-destructive/30 bg-destructive/5 p-3 text-sm">
          <div className="font-medium text-destructive">Cannot load the catalog</div>
          <div className="text-muted-foreground">{catalogError}</div>
          <button type="button" className="mt-2 text-sm text-primary underline" onClick={onReload}>
            Try again
          </button>
        </div>
      ) : null}
      {examples.length > 0 ? (
        <section aria-labelledby="examples-heading" className="flex flex-col gap-2">
          <h3
            id="examples-heading"
            className="text-xs font-semibold tracking-wide text-muted-foreground uppercase"
          >
            Try
          </h3>
          <ul className="flex flex-col gap-2">
            {examples.map((q) => (
              <li key={q}>
                <button
                  type="button"
                  onClick={() => onAsk(q)}
                  className="flex w-full items-center gap-2 rounded-lg border bg-card px-3 py-2 text-left text-sm shadow-xs outline-none transition-colors hover:bg-accent focus-visible:ring-[3px] focus-visible:ring-ring/50"
                >
                  <SparklesIcon className="size-4 shrink-0 text-primary" />
                  {q}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {catalog ? (
        <section aria-labelledby="catalog-heading" className="flex flex-col gap-2">
          <h3
            id="catalog-heading"
            className="text-xs font-semibold tracking-wide text-muted-foreground uppercase"
          >
            Tables ({catalog.tables.length})
          </h3>
          <ul className="flex flex-col divide-y rounded-lg border bg-card">
            {catalog.tables.map((t) => (
              <li key={t.name}>
                <Collapsible>
                  <CollapsibleTrigger className="group flex w-full items-center gap-2 px-3 py-2 text-left text-sm outline-none hover:bg-accent/60 focus-visible:ring-[3px] focus-visible:ring-ring/50">
                    <ChevronRightIcon className="size-3.5 text-muted-foreground transition-transform group-data-[state=open]:rotate-90" />
                    <TableIcon className="size-3.5 text-muted-foreground" />
                    <span className="font-medium">{t.name}</span>
                    <span className="ml-auto text-xs text-muted-foreground">
                      {fmt.format(t.row_count)} rows · {t.columns.length} columns
                    </span>
                  </CollapsibleTrigger>
                  <CollapsibleContent>
                    <ul className="grid grid-cols-1 gap-x-4 gap-y-1 px-9 pb-3 text-xs sm:grid-cols-2">
                      {t.columns.map((c) => (
                        <li key={c.name} className="flex min-w-0 items-baseline gap-2">
                          <span className="truncate font-mono">{c.name}</span>
                          <span className="shrink-0 text-muted-foreground">{c.type.toLowerCase()}</span>
                        </li>
                      ))}
                    </ul>
                  </CollapsibleContent>
                </Collapsible>
              </li>
            ))}
          </ul>
        </section>
      ) : !catalogError ? (
        <p className="text-sm text-muted-foreground">Loading the catalog…</p>
      ) : null}
    </div>
  );
}
