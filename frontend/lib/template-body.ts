/** What "Save as template" stores for the artifact on screen. */
import type { TemplateCreate, VizSpec } from "@/lib/api/types.gen";
import type { Turn } from "@/lib/types";

/** The backend's pattern for an engine name; anything else is saved under the default engine. */
const ENGINE_NAME = /^[a-z][a-z0-9-]{0,31}$/;

/** A template turn's client id (see `templateState`): the artifact is the opened template itself. */
export function isTemplateTurn(turn: Turn): boolean {
  return turn.id.startsWith("template-");
}

/** True when the artifact can be saved: a finished turn with a chart component and stored rows. */
export function canSaveTemplate(turn: Turn | undefined): turn is Turn {
  if (!turn || turn.status === "streaming") return false;
  const a = turn.artifact;
  return a.codeComplete && a.generatedCode.length > 0 && a.dataId !== null;
}

/** The template fields of `turn`'s artifact as shown now (current parameters, edited SQL included). */
export function templateContent(
  turn: Turn,
  options: { title: string; conversationId: string | null; spec: VizSpec | null },
): TemplateCreate {
  const a = turn.artifact;
  const engine = a.engine && ENGINE_NAME.test(a.engine) ? a.engine : "duckdb";
  return {
    title: options.title.trim().slice(0, 200),
    prompt: turn.prompt.slice(0, 4000),
    generated_sql: a.sql?.query ?? null,
    ui_code: a.generatedCode || null,
    parameters: { ...a.currentParams },
    param_schema: a.paramSchema,
    data_source: engine,
    data_url: a.dataId ? `/api/data/${a.dataId}` : null,
    conversation_id: options.conversationId,
    spec: options.spec,
  };
}

/** The title a new template gets: the chart's own title, else the question. */
export function suggestedTemplateTitle(turn: Turn): string {
  const t = turn.artifact.currentParams.title;
  return (typeof t === "string" && t.trim() ? t : turn.prompt).trim().slice(0, 200);
}
