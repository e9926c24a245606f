"use client";

import { BarChart3Icon, Code2Icon, DatabaseIcon, Loader2Icon, TableIcon } from "lucide-react";
import { useEffect, useMemo, useRef, useState } from "react";
import { AnswerCard } from "@/components/artifact/answer-card";
import { CodeView } from "@/components/artifact/code-view";
import { DataTable } from "@/components/artifact/data-table";
import { DownloadMenu } from "@/components/artifact/download-menu";
import { SqlEditor } from "@/components/artifact/sql-editor";
import { FieldPickers } from "@/components/params/field-pickers";
import { ParamControls } from "@/components/params/param-controls";
import { type RenderTiming, SandboxFrame, type SandboxFrameHandle } from "@/components/sandbox/sandbox-frame";
import { SaveTemplate } from "@/components/saved/save-template";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import type { ChatApi } from "@/hooks/use-chat";
import { useRenderParams } from "@/hooks/use-render-params";
import type { ClientConfig } from "@/lib/api-client";
import { type Fields, hasChartFields, readFields, suggestTitle, writeFields } from "@/lib/chart-fields";
import { activeTurn, chartReady } from "@/lib/chat-reducer";
import { chartableRows } from "@/lib/data-loader";
import type { ParamValues } from "@/lib/sandbox-protocol";
import type { ParamSpec } from "@/lib/schemas";

const NO_SCHEMA: ParamSpec[] = [];
const NO_PARAMS: ParamValues = {};

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
  const epoch = useMemo(() => ({ turn: turn?.id, defaults: a?.defaultParams }), [turn?.id, a?.defaultParams]);
  const { params, renderParams } = useRenderParams(schema ?? NO_SCHEMA, current ?? NO_PARAMS, epoch);
  const fields = useMemo(() => readFields(params), [params]);
  const loaded = a?.loaded;
  // NaN and ±infinity (JSON strings) cannot be drawn: null for the chart, shown as they are in the Data tab.
  const chartData = useMemo(() => (loaded ? chartableRows(loaded.columns, loaded.rows) : null), [loaded]);
  const chartTop = useRef<HTMLDivElement>(null);
  const answered = turn && turn.status !== "streaming" ? turn.id : null;
  // Each new answer brings its chart into view (on a phone the pane may be scrolled to the settings).
  useEffect(() => {
    if (answered) chartTop.current?.scrollIntoView({ block: "start" });
  }, [answered]);
  const onFields = (next: Fields) => {
    if (!turn) return;
    const values = writeFields(next);
    // A title nobody edited follows the fields; a typed one stays.
    const before = fields ? suggestTitle(fields.y, fields.x, fields.series) : null;
    if (params.title === a?.defaultParams.title || params.title === before) {
      values.title = suggestTitle(next.y, next.x, next.series);
    }
    // A chart that now has several series needs its legend.
    const many = next.series !== null || next.y.length > 1;
    const had = fields !== null && (fields.series !== null || fields.y.length > 1);
    if (many && !had && "show_legend" in params) values.show_legend = true;
    chat.setParams(turn.id, values);
  };
  const title = typeof params.title === "string" && params.title ? params.title : (turn?.prompt ?? "Chart");
  const waiting = turn?.status === "streaming" && !ready;
  // A clarification or an error is the answer (the card above says it): no empty chart box under it.
  const answeredWithoutChart =
    !!turn &&
    turn.status !== "streaming" &&
    !ready &&
    (turn.clarification !== null || turn.errors.length > 0);

  const turnId = turn?.id;
  const onRendered = (t: RenderTiming) => {
    // When the repaint was seen (e2e measures click → repaint against it).
    document.documentElement.dataset.chartPaintedAt = String(t.paintedAt);
    setTiming(t);
    if (turnId) chat.rendered(turnId);
  };
  const onError = (message: string, stack?: string) => {
    if (turnId) chat.renderError(turnId, message, stack);
  };

  return (
    <section aria-label="Artifact" className="flex min-h-0 flex-1 flex-col">
      <div ref={chartTop} className="scroll-mt-2" />
      <Tabs value={tab} onValueChange={setTab} className="min-h-0 flex-1 p-3 sm:p-4">
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
            <SaveTemplate chat={chat} config={config} />
            <DownloadMenu
              config={config}
              dataId={a?.dataId ?? null}
              title={title}
              chartReady={ready}
              busy={state.isGenerating}
              frame={frame}
              onError={(m) => {
                setNotice(m);
                setTimeout(() => setNotice(null), 4000);
              }}
            />
          </div>
        </div>

        <TabsContent value="chart" forceMount className="flex flex-col gap-3 data-[state=inactive]:hidden">
          {turn && turn.status !== "streaming" ? (
            <AnswerCard
              turn={turn}
              fields={fields}
              chartType={typeof params.chart_type === "string" ? params.chart_type : null}
              canAct={!state.isGenerating}
              onAsk={chat.send}
              onRetry={() => chat.retry(turn.id)}
            />
          ) : null}
          <div className="flex flex-col gap-4 xl:flex-row">
            <div className="relative min-w-0 flex-1">
              <div
                className={`overflow-hidden rounded-lg border bg-white shadow-xs dark:bg-slate-900 ${ready ? "" : turn && !answeredWithoutChart ? "invisible" : "h-0 border-0"}`}
                aria-busy={waiting}
              >
                <SandboxFrame
                  ref={frame}
                  code={ready && a ? a.generatedCode : null}
                  data={ready ? chartData : null}
                  params={renderParams}
                  label={`Chart: ${title}`}
                  onRendered={onRendered}
                  onError={onError}
                />
              </div>
              {!ready && !answeredWithoutChart ? (
                <div className={turn ? "absolute inset-0" : ""}>
                  <Placeholder>
                    {waiting ? (
                      <>
                        <Loader2Icon className="size-6 animate-spin" />
                        Generating the chart…
                      </>
                    ) : a?.dataError ? (
                      <span className="text-destructive">Could not load the data: {a.dataError}</span>
                    ) : turn ? (
                      <>
                        <BarChart3Icon className="size-8" />
                        No chart for this question.
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
                className="flex w-full shrink-0 flex-col gap-4 rounded-lg border bg-card p-3 xl:w-64"
                aria-label="Chart parameters"
              >
                {fields && a.loaded && hasChartFields(a.loaded.columns, a.loaded.rows) ? (
                  <FieldPickers
                    fields={fields}
                    columns={a.loaded.columns}
                    rows={a.loaded.rows}
                    disabled={state.isGenerating}
                    onChange={onFields}
                  />
                ) : null}
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
