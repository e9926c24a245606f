"use client";

import { BarChart3Icon, Code2Icon, DatabaseIcon, Loader2Icon, TableIcon } from "lucide-react";
import { useMemo, useRef, useState } from "react";
import { CodeView } from "@/components/artifact/code-view";
import { DataTable } from "@/components/artifact/data-table";
import { DownloadMenu } from "@/components/artifact/download-menu";
import { SqlEditor } from "@/components/artifact/sql-editor";
import { ParamControls } from "@/components/params/param-controls";
import { type RenderTiming, SandboxFrame, type SandboxFrameHandle } from "@/components/sandbox/sandbox-frame";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import type { ChatApi } from "@/hooks/use-chat";
import { useDebouncedValue } from "@/hooks/use-debounced-value";
import { useTheme } from "@/hooks/use-theme";
import type { ClientConfig } from "@/lib/api-client";
import { activeTurn, chartReady } from "@/lib/chat-reducer";
import { completeParams } from "@/lib/param-controls";

/** Params reach the chart 300 ms after the last change (DESIGN: debounce, then re-render with params only). */
export const PARAM_DEBOUNCE_MS = 300;

function Placeholder({ children }: { children: React.ReactNode }) {
  return (
    <div className="flex h-full min-h-48 flex-col items-center justify-center gap-2 rounded-lg border border-dashed p-8 text-center text-sm text-muted-foreground">
      {children}
    </div>
  );
}

/** The right pane: the active turn's artifact in four tabs, with its parameter controls and downloads. */
export function ArtifactPanel({ chat, config }: { chat: ChatApi; config: ClientConfig }) {
  const { state } = chat;
  const turn = activeTurn(state);
  const a = turn?.artifact;
  const [tab, setTab] = useState("chart");
  const [timing, setTiming] = useState<RenderTiming | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const frame = useRef<SandboxFrameHandle>(null);

  const ready = turn ? chartReady(turn) : false;
  const schema = a?.paramSchema;
  const current = a?.currentParams;
  const params = useMemo(() => (schema && current ? completeParams(schema, current) : {}), [schema, current]);
  const epoch = useMemo(() => ({ turn: turn?.id, defaults: a?.defaultParams }), [turn?.id, a?.defaultParams]);
  const debounced = useDebouncedValue(params, PARAM_DEBOUNCE_MS, epoch);
  const theme = useTheme();
  // The chart follows the page theme through a host-provided `theme` param (not a user control).
  const renderParams = useMemo(() => ({ ...debounced, theme }), [debounced, theme]);
  const title = typeof params.title === "string" && params.title ? params.title : (turn?.prompt ?? "Chart");
  const waiting = turn?.status === "streaming" && !ready;

  const turnId = turn?.id;
  const onRendered = (t: RenderTiming) => {
    setTiming(t);
    if (turnId) chat.rendered(turnId);
  };
  const onError = (message: string, stack?: string) => {
    if (turnId) chat.renderError(turnId, message, stack);
  };

  return (
    <section aria-label="Artifact" className="flex min-h-0 flex-1 flex-col">
      <Tabs value={tab} onValueChange={setTab} className="min-h-0 flex-1 p-4">
        <div className="flex flex-wrap items-center gap-2">
          <TabsList aria-label="Artifact views">
            <TabsTrigger value="chart">
              <BarChart3Icon />
              Chart
            </TabsTrigger>
            <TabsTrigger value="data">
              <TableIcon />
              Data
            </TabsTrigger>
            <TabsTrigger value="sql">
              <DatabaseIcon />
              SQL
            </TabsTrigger>
            <TabsTrigger value="code">
              <Code2Icon />
              Code
            </TabsTrigger>
          </TabsList>
          <div className="ml-auto flex items-center gap-3">
            {timing && ready ? (
              <span
                className="text-xs text-muted-foreground tabular-nums"
                data-testid="render-timing"
                data-kind={timing.kind}
                data-round-trip-ms={timing.roundTripMs.toFixed(1)}
                data-frame-ms={timing.frameMs.toFixed(1)}
              >
                {timing.kind === "params" ? "Re-rendered" : "Rendered"} in {Math.round(timing.roundTripMs)} ms
              </span>
            ) : null}
            {notice ? (
              <span role="alert" className="text-xs text-destructive">
                {notice}
              </span>
            ) : null}
            <DownloadMenu
              config={config}
              dataId={a?.dataId ?? null}
              title={title}
              chartReady={ready}
              frame={frame}
              onError={(m) => {
                setNotice(m);
                setTimeout(() => setNotice(null), 4000);
              }}
            />
          </div>
        </div>

        <TabsContent value="chart" forceMount className="data-[state=inactive]:hidden">
          <div className="flex flex-col gap-4 xl:flex-row">
            <div className="relative min-w-0 flex-1">
              <div
                className={`overflow-hidden rounded-lg border bg-white shadow-xs dark:bg-slate-900 ${ready ? "" : "invisible"}`}
                aria-busy={waiting}
              >
                <SandboxFrame
                  ref={frame}
                  code={ready && a ? a.generatedCode : null}
                  data={ready && a ? (a.loaded?.rows ?? null) : null}
                  params={renderParams}
                  onRendered={onRendered}
                  onError={onError}
                />
              </div>
              {!ready ? (
                <div className="absolute inset-0">
                  <Placeholder>
                    {waiting ? (
                      <>
                        <Loader2Icon className="size-6 animate-spin" />
                        Generating the chart…
                      </>
                    ) : a?.dataError ? (
                      <span className="text-destructive">Could not load the data: {a.dataError}</span>
                    ) : turn && turn.status !== "done" && turn.status !== "streaming" ? (
                      <>
                        <BarChart3Icon className="size-8" />
                        The answer was interrupted before its chart arrived.
                      </>
                    ) : (
                      <>
                        <BarChart3Icon className="size-8" />
                        Ask a question: the chart appears here.
                      </>
                    )}
                  </Placeholder>
                </div>
              ) : null}
            </div>
            {a && ready && a.paramSchema.length > 0 ? (
              <aside
                className="w-full shrink-0 rounded-lg border bg-card p-3 xl:w-64"
                aria-label="Chart parameters"
              >
                <ParamControls
                  schema={a.paramSchema}
                  values={params}
                  disabled={state.isGenerating}
                  onChange={(name, value) => turn && chat.setParam(turn.id, name, value)}
                  onReset={() => turn && chat.resetParams(turn.id)}
                />
              </aside>
            ) : null}
          </div>
        </TabsContent>

        <TabsContent value="data" className="flex flex-col">
          {a?.loaded ? (
            <DataTable data={a.loaded} />
          ) : (
            <Placeholder>{waiting ? "Waiting for the data…" : "No data yet."}</Placeholder>
          )}
        </TabsContent>

        <TabsContent value="sql">
          {a?.sql && turn ? (
            <SqlEditor
              sql={a.sql.query}
              engine={a.sql.engine}
              query={turn.query}
              disabled={state.isGenerating}
              onRun={(sql, limit) => chat.runQuery(turn.id, sql, limit)}
            />
          ) : (
            <Placeholder>No SQL yet.</Placeholder>
          )}
        </TabsContent>

        <TabsContent value="code" className="flex flex-col">
          {a?.generatedCode ? <CodeView code={a.generatedCode} /> : <Placeholder>No code yet.</Placeholder>}
        </TabsContent>
      </Tabs>
    </section>
  );
}
