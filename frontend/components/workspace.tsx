"use client";

import { PlusIcon } from "lucide-react";
import { useCallback, useEffect, useState } from "react";
import { ArtifactPanel } from "@/components/artifact/artifact-panel";
import { ChatPanel } from "@/components/chat/chat-panel";
import { SavedNav, SessionNotice } from "@/components/saved/saved-nav";
import { SourcesBar } from "@/components/sources/sources-bar";
import { ThemeToggle } from "@/components/theme-toggle";
import { Button } from "@/components/ui/button";
import { useChat } from "@/hooks/use-chat";
import { type InitialSession, useSavedSession } from "@/hooks/use-saved-session";
import { type ClientConfig, getCatalog } from "@/lib/api-client";
import type { Catalog } from "@/lib/schemas";

/** The two-pane workspace: chat on the left, the live artifact on the right. */
export function Workspace({ config, initial = {} }: { config: ClientConfig; initial?: InitialSession }) {
  const chat = useChat(config);
  const session = useSavedSession(chat, config, initial);
  const [catalog, setCatalog] = useState<Catalog | null>(null);
  const [catalogError, setCatalogError] = useState<string | null>(null);

  const loadCatalog = useCallback(() => {
    const abort = new AbortController();
    setCatalogError(null);
    getCatalog(config, abort.signal)
      .then(setCatalog)
      .catch((err: unknown) => {
        if (err instanceof DOMException && err.name === "AbortError") return;
        setCatalogError(err instanceof Error ? err.message : String(err));
      });
    return () => abort.abort();
  }, [config]);

  useEffect(() => loadCatalog(), [loadCatalog]);

  return (
    <div className="grid h-dvh grid-rows-[auto_minmax(0,1fr)]">
      <header className="flex items-center gap-3 border-b px-4 py-2">
        <div className="flex items-center gap-2">
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
          <h1 className="text-sm font-semibold">Viz Orchestrator</h1>
        </div>
        {/* On a phone the buttons wrap onto a second row rather than widen the page. */}
        <div className="ml-auto flex flex-wrap items-center justify-end gap-1">
          <SavedNav session={session} config={config} />
          <Button
            variant="ghost"
            size="sm"
            onClick={session.newChat}
            disabled={chat.state.turns.length === 0}
          >
            <PlusIcon />
            New chat
          </Button>
          <SourcesBar config={config} onChanged={loadCatalog} />
          <ThemeToggle />
        </div>
      </header>
      <SessionNotice session={session} />
      {/* On a phone the chart comes first, full width, and the page scrolls; the composer stays at the bottom. */}
      <main className="flex min-h-0 flex-col overflow-y-auto lg:grid lg:grid-cols-[minmax(340px,2fr)_minmax(0,3fr)] lg:overflow-hidden">
        <div className="order-2 flex flex-col border-t lg:order-1 lg:min-h-0 lg:border-t-0 lg:border-r">
          <ChatPanel
            chat={chat}
            catalog={catalog}
            catalogError={catalogError}
            onReloadCatalog={loadCatalog}
          />
        </div>
        <div className="order-1 flex flex-col bg-muted/30 lg:order-2 lg:min-h-0 lg:overflow-y-auto">
          <ArtifactPanel chat={chat} config={config} />
        </div>
      </main>
    </div>
  );
}
