/** Typed calls to the History (`/api/conversations`) and Templates (`/api/templates`) routes. */
import { z } from "zod";
import type { TemplateCreate, TemplateUpdate } from "@/lib/api/types.gen";
import {
  zConversationPage,
  zConversationPublic,
  zConversationSummary,
  zTemplateData,
  zTemplateExport,
  zTemplatePage,
  zTemplatePublic,
  zTemplateVersionPublic,
} from "@/lib/api/zod.gen";
import { ApiError, apiFetch, type ClientConfig } from "@/lib/api-client";

export type ConversationPage = z.output<typeof zConversationPage>;
export type ConversationSummary = z.output<typeof zConversationSummary>;
export type ConversationPublic = z.output<typeof zConversationPublic>;
export type TurnPublic = ConversationPublic["turns"][number];
export type TemplatePage = z.output<typeof zTemplatePage>;
export type TemplateSummary = TemplatePage["items"][number];
export type TemplatePublic = z.output<typeof zTemplatePublic>;
export type TemplateExport = z.output<typeof zTemplateExport>;
export type TemplateData = z.output<typeof zTemplateData>;
export type TemplateVersion = z.output<typeof zTemplateVersionPublic>;
export type { TemplateCreate, TemplateUpdate };

const PAGE = 30;

async function parsed<S extends z.ZodType>(res: Response, schema: S): Promise<z.output<S>> {
  const out = schema.safeParse(await res.json());
  if (!out.success) {
    const issue = out.error.issues[0];
    throw new ApiError(
      `Unexpected response: ${issue?.path.join(".") || "body"} ${issue?.message ?? ""}`,
      res.status,
      "bad_response",
    );
  }
  return out.data;
}

function send(config: ClientConfig, path: string, method: string, body?: unknown): Promise<Response> {
  return apiFetch(config, path, {
    method,
    headers: body === undefined ? undefined : { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
    cache: "no-store",
  });
}

function listQuery(q: string, offset: number): string {
  const params = new URLSearchParams({ offset: String(offset), limit: String(PAGE) });
  if (q.trim()) params.set("q", q.trim());
  return params.toString();
}

const id = (value: string) => encodeURIComponent(value);

/** History: conversations, most recently used first. */
export async function listConversations(
  config: ClientConfig,
  q = "",
  offset = 0,
  signal?: AbortSignal,
): Promise<ConversationPage> {
  const res = await apiFetch(config, `/api/conversations?${listQuery(q, offset)}`, {
    signal,
    cache: "no-store",
  });
  return parsed(res, zConversationPage);
}

/** A conversation with its most recent page of turns, or the page `page` names (`offset` from 0). */
export async function getConversation(
  config: ClientConfig,
  conversationId: string,
  signal?: AbortSignal,
  page?: { offset: number; limit: number },
): Promise<ConversationPublic> {
  const query = page ? `?offset=${page.offset}&limit=${page.limit}` : "";
  const res = await apiFetch(config, `/api/conversations/${id(conversationId)}${query}`, {
    signal,
    cache: "no-store",
  });
  return parsed(res, zConversationPublic);
}

export async function renameConversation(
  config: ClientConfig,
  conversationId: string,
  title: string,
): Promise<ConversationSummary> {
  return parsed(
    await send(config, `/api/conversations/${id(conversationId)}`, "PATCH", { title }),
    zConversationSummary,
  );
}

export async function deleteConversation(config: ClientConfig, conversationId: string): Promise<void> {
  await send(config, `/api/conversations/${id(conversationId)}`, "DELETE");
}

/** Templates, most recently saved first. */
export async function listTemplates(
  config: ClientConfig,
  q = "",
  offset = 0,
  signal?: AbortSignal,
): Promise<TemplatePage> {
  const res = await apiFetch(config, `/api/templates?${listQuery(q, offset)}`, { signal, cache: "no-store" });
  return parsed(res, zTemplatePage);
}

export async function getTemplate(
  config: ClientConfig,
  templateId: string,
  signal?: AbortSignal,
): Promise<TemplatePublic> {
  const res = await apiFetch(config, `/api/templates/${id(templateId)}`, { signal, cache: "no-store" });
  return parsed(res, zTemplatePublic);
}

export async function createTemplate(config: ClientConfig, body: TemplateCreate): Promise<TemplatePublic> {
  return parsed(await send(config, "/api/templates", "POST", body), zTemplatePublic);
}

/** A new version; a stale `version` is an ApiError with status 409 and `detail.current_version`. */
export async function updateTemplate(
  config: ClientConfig,
  templateId: string,
  body: TemplateUpdate,
): Promise<TemplatePublic> {
  return parsed(await send(config, `/api/templates/${id(templateId)}`, "PUT", body), zTemplatePublic);
}

export async function renameTemplate(
  config: ClientConfig,
  templateId: string,
  title: string,
  version?: number,
): Promise<TemplatePublic> {
  return parsed(
    await send(config, `/api/templates/${id(templateId)}`, "PATCH", { title, version }),
    zTemplatePublic,
  );
}

export async function deleteTemplate(config: ClientConfig, templateId: string): Promise<void> {
  await send(config, `/api/templates/${id(templateId)}`, "DELETE");
}

export async function listVersions(config: ClientConfig, templateId: string): Promise<TemplateVersion[]> {
  const res = await apiFetch(config, `/api/templates/${id(templateId)}/versions`, { cache: "no-store" });
  return parsed(res, z.array(zTemplateVersionPublic));
}

export async function restoreVersion(
  config: ClientConfig,
  templateId: string,
  version: number,
): Promise<TemplatePublic> {
  const path = `/api/templates/${id(templateId)}/versions/${version}/restore`;
  return parsed(await send(config, path, "POST"), zTemplatePublic);
}

export async function exportTemplate(config: ClientConfig, templateId: string): Promise<TemplateExport> {
  const res = await apiFetch(config, `/api/templates/${id(templateId)}/export`, { cache: "no-store" });
  return parsed(res, zTemplateExport);
}

export async function importTemplate(config: ClientConfig, file: TemplateExport): Promise<TemplatePublic> {
  return parsed(await send(config, "/api/templates/import", "POST", file), zTemplatePublic);
}

/** Where the chart's rows are (re-run from the saved SQL when the saved result is gone). */
export async function templateData(
  config: ClientConfig,
  templateId: string,
  signal?: AbortSignal,
): Promise<TemplateData> {
  const res = await apiFetch(config, `/api/templates/${id(templateId)}/data`, { signal, cache: "no-store" });
  return parsed(res, zTemplateData);
}

/** Re-runs the saved SQL on current data through the guard (no model). */
export async function refreshTemplate(config: ClientConfig, templateId: string): Promise<TemplateData> {
  return parsed(await send(config, `/api/templates/${id(templateId)}/refresh`, "POST"), zTemplateData);
}

/** The version the server holds, from a 409's detail. */
export function conflictVersion(err: unknown): number | null {
  if (!(err instanceof ApiError) || err.status !== 409) return null;
  const detail = err.detail as { current_version?: unknown } | null | undefined;
  return typeof detail?.current_version === "number" ? detail.current_version : null;
}
