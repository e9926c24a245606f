"use client";

import { useEffect, useRef } from "react";
import { Composer } from "@/components/chat/composer";
import { EarlierTurns } from "@/components/chat/earlier-turns";
import { EmptyState } from "@/components/chat/empty-state";
import { TurnView } from "@/components/chat/turn-view";
import { EngineSelect } from "@/components/engines/engine-select";
import type { ChatApi } from "@/hooks/use-chat";
import { activeTurn } from "@/lib/chat-reducer";
import { canRepair } from "@/lib/repair";
import type { Catalog } from "@/lib/schemas";

type Props = {
  chat: ChatApi;
  catalog: Catalog | null;
  catalogError: string | null;
  onReloadCatalog: () => void;
};

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
    <section aria-label="Chat" className="flex flex-1 flex-col lg:min-h-0">
      <div ref={scroller} className="flex-1 px-4 py-4 lg:min-h-0 lg:overflow-y-auto">
        {state.turns.length === 0 ? (
          <EmptyState
            catalog={catalog}
            catalogError={catalogError}
            onAsk={chat.send}
            onReload={onReloadCatalog}
          />
        ) : (
          <div className="flex flex-col gap-6" aria-live="polite" aria-busy={state.isGenerating}>
            <EarlierTurns chat={chat} scroller={scroller} />
            {state.turns.map((turn) => (
              <TurnView
                key={turn.id}
                turn={turn}
                active={turn.id === current?.id}
                canAct={!state.isGenerating}
                onSelect={() => chat.select(turn.id)}
                onFix={canRepair(turn, state) ? () => chat.repair(turn.id) : undefined}
              />
            ))}
          </div>
        )}
      </div>
      <div className="sticky bottom-0 z-10 flex flex-col gap-2 border-t bg-background p-3 lg:static lg:bg-background/80">
        <EngineSelect
          config={chat.config}
          value={chat.engine}
          onChange={chat.setEngine}
          disabled={state.isGenerating}
        />
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
