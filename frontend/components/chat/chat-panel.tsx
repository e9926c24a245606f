"use client";

import { useEffect, useRef } from "react";
import { Composer } from "@/components/chat/composer";
import { EmptyState } from "@/components/chat/empty-state";
import { TurnView } from "@/components/chat/turn-view";
import type { ChatApi } from "@/hooks/use-chat";
import { activeTurn } from "@/lib/chat-reducer";
import type { Catalog } from "@/lib/schemas";

type Props = {
  chat: ChatApi;
  catalog: Catalog | null;
  catalogError: string | null;
  onReloadCatalog: () => void;
};

/** Fix-it prompt: the sandbox's error goes back to the analyst as a follow-up. */
export function fixItPrompt(message: string): string {
  return `The chart failed to render with this error: ${message}\nPlease fix the component.`;
}

/** The left pane: the conversation and the message box. */
export function ChatPanel({ chat, catalog, catalogError, onReloadCatalog }: Props) {
  const { state } = chat;
  const current = activeTurn(state);
  const scroller = useRef<HTMLDivElement>(null);
  const last = state.turns.at(-1);

  // Follow the newest answer while it streams.
  useEffect(() => {
    const el = scroller.current;
    if (el && last) el.scrollTop = el.scrollHeight;
  }, [last]);

  return (
    <section aria-label="Chat" className="flex min-h-0 flex-1 flex-col">
      <div ref={scroller} className="min-h-0 flex-1 overflow-y-auto px-4 py-4">
        {state.turns.length === 0 ? (
          <EmptyState
            catalog={catalog}
            catalogError={catalogError}
            onAsk={chat.send}
            onReload={onReloadCatalog}
          />
        ) : (
          <div className="flex flex-col gap-6" aria-live="polite" aria-busy={state.isGenerating}>
            {state.turns.map((turn) => (
              <TurnView
                key={turn.id}
                turn={turn}
                active={turn.id === current?.id}
                canAct={!state.isGenerating}
                onSelect={() => chat.select(turn.id)}
                onRetry={() => chat.retry(turn.id)}
                onFix={() =>
                  turn.artifact.renderError && chat.send(fixItPrompt(turn.artifact.renderError.message))
                }
              />
            ))}
          </div>
        )}
      </div>
      <div className="border-t bg-background/80 p-3">
        <Composer
          isGenerating={state.isGenerating}
          onSend={chat.send}
          onStop={chat.stop}
          placeholder={state.turns.length > 0 ? "Ask a follow-up…" : undefined}
        />
      </div>
    </section>
  );
}
