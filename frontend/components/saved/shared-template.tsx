"use client";

import { AlertTriangleIcon, EyeIcon, Loader2Icon, MessageSquarePlusIcon } from "lucide-react";
import { useEffect, useMemo, useState } from "react";
import { SqlBlock } from "@/components/chat/sql-block";
import { ParamControls } from "@/components/params/param-controls";
import { SandboxFrame } from "@/components/sandbox/sandbox-frame";
import { savedAt } from "@/components/saved/saved-item";
import { ThemeToggle } from "@/components/theme-toggle";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { useRenderParams } from "@/hooks/use-render-params";
import { ApiError, type ClientConfig } from "@/lib/api-client";
import { loadData } from "@/lib/data-loader";
import type { ParamValues } from "@/lib/sandbox-protocol";
import { getTemplate, type TemplateData, type TemplatePublic, templateData } from "@/lib/saved-api";
import { templateArtifact } from "@/lib/saved-turns";
import type { Artifact, LoadedData } from "@/lib/types";

type Loaded = { template: TemplatePublic; artifact: Artifact; note: string | null };
type State = { kind: "loading" } | { kind: "error"; message: string } | ({ kind: "ready" } & Loaded);

async function load(config: ClientConfig, id: string, signal: AbortSignal): Promise<Loaded> {
  const template = await getTemplate(config, id, signal);
  let data: TemplateData | null = null;
  let note: string | null = null;
  if (template.generated_sql || template.data_url) {
    try {
      data = await templateData(config, id, signal);
      note = data.note ?? null;
    } catch (err) {
      if (!(err instanceof ApiError) || err.status >= 500) throw err;
      note = `The chart's data could not be loaded: ${err.message}`;
    }
  }
  return { template, artifact: templateArtifact(template, data), note };
}

/**
 * `/t/{id}`: a template read-only. Its parameter controls change the chart here only; nothing is saved.
 * "Continue in a conversation" opens it in the workspace, where a question continues from it.
 */
export function SharedTemplate({ config, templateId }: { config: ClientConfig; templateId: string }) {
  const [state, setState] = useState<State>({ kind: "loading" });
  const [rows, setRows] = useState<LoadedData | null>(null);
  const [rowsError, setRowsError] = useState<string | null>(null);
  const [values, setValues] = useState<ParamValues>({});
  const [renderError, setRenderError] = useState<string | null>(null);

  useEffect(() => {
    const abort = new AbortController();
    load(config, templateId, abort.signal)
      .then((loaded) => {
        setState({ kind: "ready", ...loaded });
        setValues(loaded.artifact.currentParams);
        const data = loaded.artifact.data;
        if (data) {
          loadData(config, data, abort.signal)
            .then(setRows)
            .catch((err: unknown) => {
              if (!abort.signal.aborted) setRowsError(err instanceof Error ? err.message : String(err));
            });
        }
      })
      .catch((err: unknown) => {
        if (abort.signal.aborted) return;
        const missing = err instanceof ApiError && err.status === 404;
        const message = err instanceof Error ? err.message : String(err);
        setState({
          kind: "error",
          message: missing ? "This template does not exist (it may have been deleted)." : message,
        });
      });
    return () => abort.abort();
  }, [config, templateId]);

  const artifact = state.kind === "ready" ? state.artifact : null;
  const schema = artifact?.paramSchema ?? [];
  const epoch = useMemo(() => ({ artifact }), [artifact]);
  const { params, renderParams } = useRenderParams(schema, values, epoch);
  const title = state.kind === "ready" ? state.template.title : "Shared template";

  return (
    <div className="flex min-h-dvh flex-col">
      <header className="flex items-center gap-3 border-b px-4 py-2">
        <a
          href="/"
          className="flex items-center gap-2 rounded outline-none focus-visible:ring-2 focus-visible:ring-ring/50"
        >
          <div
            aria-hidden
            className="grid size-7 place-items-center rounded-md bg-primary text-primary-foreground"
          >
            <svg viewBox="0 0 16 16" className="size-4" fill="currentColor">
              <rect x="2" y="8" width="3" height="6" rx="0.5" />
              <rect x="6.5" y="4" width="3" height="10" rx="0.5" />
              <rect x="11" y="2" width="3" height="12" rx="0.5" />
            </svg>
          </div>
          <span className="text-sm font-semibold">Viz Orchestrator</span>
        </a>
        <div className="ml-auto flex items-center gap-1">
          {state.kind === "ready" ? (
            <Button asChild size="sm" variant="outline">
              <a href={`/?template=${encodeURIComponent(templateId)}`}>
                <MessageSquarePlusIcon />
                <span className="max-sm:sr-only">Continue in a conversation</span>
              </a>
            </Button>
          ) : null}
          <ThemeToggle />
        </div>
      </header>
      <main className="mx-auto flex w-full max-w-6xl flex-1 flex-col gap-4 p-3 sm:p-6">
        {state.kind === "loading" ? (
          <div role="status" className="flex items-center gap-2 text-sm text-muted-foreground">
            <Loader2Icon className="size-4 animate-spin" /> Loading the template…
          </div>
        ) : state.kind === "error" ? (
          <div role="alert" className="rounded-lg border border-destructive/40 p-4 text-sm text-destructive">
            {state.message}
          </div>
        ) : (
          <>
            <div className="flex flex-col gap-1">
              <div className="flex flex-wrap items-center gap-2">
                <h1 className="text-xl font-semibold">{title}</h1>
                <Badge variant="secondary">
                  <EyeIcon />
                  Read-only
                </Badge>
              </div>
              <p className="text-xs text-muted-foreground">
                Shared template · version {state.template.version} · saved{" "}
                {savedAt(state.template.updated_at)} · {state.template.data_source}
              </p>
              {state.template.prompt ? (
                <p className="text-sm text-muted-foreground">“{state.template.prompt}”</p>
              ) : null}
              {state.note ? <p className="text-sm text-amber-700 dark:text-amber-400">{state.note}</p> : null}
            </div>
            <div className="flex flex-col gap-4 lg:flex-row">
              <div className="relative min-w-0 flex-1">
                <div className="overflow-hidden rounded-lg border bg-white shadow-xs dark:bg-slate-900">
                  <SandboxFrame
                    code={state.artifact.generatedCode || null}
                    data={rows?.rows ?? null}
                    params={renderParams}
                    onRendered={() => setRenderError(null)}
                    onError={(message) => setRenderError(message)}
                  />
                </div>
                {!rows ? (
                  <div className="absolute inset-0 grid place-items-center rounded-lg border border-dashed bg-background text-sm text-muted-foreground">
                    {rowsError ? (
                      <span className="text-destructive">Could not load the data: {rowsError}</span>
                    ) : state.artifact.data ? (
                      <span className="flex items-center gap-2" role="status">
                        <Loader2Icon className="size-4 animate-spin" /> Loading the data…
                      </span>
                    ) : (
                      "This template has no data."
                    )}
                  </div>
                ) : null}
                {renderError ? (
                  <div role="alert" className="mt-2 flex items-center gap-2 text-sm text-destructive">
                    <AlertTriangleIcon className="size-4" /> The chart failed to render: {renderError}
                  </div>
                ) : null}
              </div>
              {schema.length > 0 ? (
                <aside
                  aria-label="Chart parameters"
                  className="flex w-full shrink-0 flex-col gap-3 rounded-lg border bg-card p-3 lg:w-64"
                >
                  <p className="text-xs text-muted-foreground">Try other settings here; nothing is saved.</p>
                  <ParamControls
                    schema={schema}
                    values={params}
                    disabled={false}
                    onChange={(name, value) => setValues((v) => ({ ...v, [name]: value }))}
                    onReset={() => setValues(state.artifact.defaultParams)}
                  />
                </aside>
              ) : null}
            </div>
            {state.artifact.sql ? (
              <SqlBlock sql={state.artifact.sql.query} engine={state.artifact.sql.engine} tool="saved SQL" />
            ) : null}
          </>
        )}
      </main>
    </div>
  );
}
