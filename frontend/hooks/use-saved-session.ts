"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { ChatApi } from "@/hooks/use-chat";
import { ApiError, type ClientConfig } from "@/lib/api-client";
import type { TemplatePublic } from "@/lib/saved-api";
import { loadConversationState, loadTemplateState, openTemplate } from "@/lib/saved-turns";

/** What the page's URL asks to open: `/c/{id}` or `/?template={id}`. */
export type InitialSession = { conversationId?: string; templateId?: string };

export type SessionNotice = { kind: "loading" | "error"; text: string };

/** The URL of what is on screen: `/c/{id}` once the backend named the conversation. */
export function sessionPath(conversationId: string | null, templateId: string | null): string {
  if (conversationId) return `/c/${encodeURIComponent(conversationId)}`;
  if (templateId) return `/?template=${encodeURIComponent(templateId)}`;
  return "/";
}

function replaceUrl(path: string): void {
  if (`${window.location.pathname}${window.location.search}` !== path)
    window.history.replaceState(null, "", path);
}

function failure(what: string, err: unknown): string {
  if (err instanceof ApiError && err.status === 404)
    return `This ${what} does not exist (it may have been deleted).`;
  return `Could not open the ${what}: ${err instanceof Error ? err.message : String(err)}`;
}

/** Opens saved conversations and templates in the workspace and keeps the URL naming what is shown. */
export function useSavedSession(chat: ChatApi, config: ClientConfig, initial: InitialSession) {
  const [notice, setNotice] = useState<SessionNotice | null>(null);
  const abort = useRef<AbortController | null>(null);
  const { applySaved, newConversation } = chat;
  const { conversationId, template } = chat.state;

  const load = useCallback(
    async (what: string, run: (signal: AbortSignal) => Promise<Parameters<typeof applySaved>[0]>) => {
      abort.current?.abort();
      const controller = new AbortController();
      abort.current = controller;
      setNotice({ kind: "loading", text: `Opening the ${what}…` });
      try {
        applySaved(await run(controller.signal));
        setNotice(null);
      } catch (err) {
        if (err instanceof DOMException && err.name === "AbortError") return;
        setNotice({ kind: "error", text: failure(what, err) });
      }
    },
    [applySaved],
  );

  const openConversation = useCallback(
    (id: string) => {
      replaceUrl(sessionPath(id, null));
      void load("conversation", async (signal) => ({
        type: "load",
        state: await loadConversationState(config, id, signal),
      }));
    },
    [config, load],
  );

  const openTemplateById = useCallback(
    (id: string) => {
      replaceUrl(sessionPath(null, id));
      void load("template", async (signal) => ({
        type: "load",
        state: await loadTemplateState(config, id, signal),
      }));
    },
    [config, load],
  );

  const newChat = useCallback(() => {
    abort.current?.abort();
    setNotice(null);
    newConversation();
    replaceUrl("/");
  }, [newConversation]);

  /** The template on screen was renamed or restored elsewhere (null: deleted). */
  const templateChanged = useCallback(
    (t: TemplatePublic | null) => {
      if (t) applySaved({ type: "template-saved", template: openTemplate(t) });
      else if (!conversationId) newChat();
    },
    [applySaved, conversationId, newChat],
  );

  // Opened once, from the URL the page was loaded with.
  const opened = useRef(false);
  useEffect(() => {
    if (opened.current) return;
    opened.current = true;
    if (initial.conversationId) openConversation(initial.conversationId);
    else if (initial.templateId) openTemplateById(initial.templateId);
  }, [initial.conversationId, initial.templateId, openConversation, openTemplateById]);

  // A new conversation gets its URL when the backend names it (the `done` event), so a reload finds it.
  useEffect(() => {
    if (conversationId) replaceUrl(sessionPath(conversationId, null));
  }, [conversationId]);

  useEffect(() => () => abort.current?.abort(), []);

  return {
    notice,
    dismissNotice: () => setNotice(null),
    openConversation,
    openTemplate: openTemplateById,
    newChat,
    templateChanged,
    conversationId,
    templateId: template?.id ?? null,
  };
}

export type SavedSession = ReturnType<typeof useSavedSession>;
