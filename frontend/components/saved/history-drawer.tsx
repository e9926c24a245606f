"use client";

import { HistoryIcon, SearchIcon } from "lucide-react";
import { useCallback, useState } from "react";
import { ListFooter } from "@/components/saved/list-footer";
import { SavedItem, savedAt } from "@/components/saved/saved-item";
import { Button } from "@/components/ui/button";
import { Dialog, DialogTrigger, SheetContent } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { useSavedList } from "@/hooks/use-saved-list";
import type { ClientConfig } from "@/lib/api-client";
import {
  type ConversationSummary,
  deleteConversation,
  listConversations,
  renameConversation,
} from "@/lib/saved-api";

type Props = {
  config: ClientConfig;
  currentId: string | null;
  onOpen: (id: string) => void;
  /** The conversation on screen was deleted. */
  onDeletedCurrent: () => void;
};

/** "History": every conversation, newest first, searchable; open, rename, delete. A drawer on every screen. */
export function HistoryDrawer({ config, currentId, onOpen, onDeletedCurrent }: Props) {
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const fetchPage = useCallback(
    (q: string, offset: number, signal: AbortSignal) => listConversations(config, q, offset, signal),
    [config],
  );
  const list = useSavedList<ConversationSummary>(open, fetchPage);
  const { state } = list;

  const remove = async (item: ConversationSummary) => {
    setError(null);
    try {
      await deleteConversation(config, item.id);
      list.removed(item.id);
      if (item.id === currentId) onDeletedCurrent();
    } catch (err) {
      setError(`Could not delete “${item.title}”: ${err instanceof Error ? err.message : String(err)}`);
    }
  };

  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant="ghost" size="sm" className="max-sm:w-8 max-sm:px-0">
          <HistoryIcon />
          <span className="max-sm:sr-only">History</span>
        </Button>
      </DialogTrigger>
      <SheetContent title="History" description="Your conversations, most recent first" side="left">
        <section aria-label="History" className="flex min-h-0 flex-1 flex-col gap-3 p-3">
          <div className="relative">
            <SearchIcon className="pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2 text-muted-foreground" />
            <Input
              type="search"
              aria-label="Search conversations"
              placeholder="Search conversations"
              value={state.query}
              onChange={(e) => list.search(e.target.value)}
              className="pl-8"
            />
          </div>
          {error || state.error ? (
            <div
              role="alert"
              className="rounded-md border border-destructive/40 p-2 text-sm text-destructive"
            >
              {error ?? `Could not load the history: ${state.error}`}
            </div>
          ) : null}
          <ul className="flex min-h-0 flex-1 flex-col gap-2 overflow-y-auto" aria-label="Conversations">
            {state.items.map((item) => (
              <SavedItem
                key={item.id}
                kind="conversation"
                title={item.title}
                meta={`${item.turn_count} ${item.turn_count === 1 ? "question" : "questions"} · ${savedAt(item.updated_at)}`}
                href={`/c/${encodeURIComponent(item.id)}`}
                current={item.id === currentId}
                onOpen={() => {
                  setOpen(false);
                  onOpen(item.id);
                }}
                onRename={async (title) => list.updated(await renameConversation(config, item.id, title))}
                onDelete={() => void remove(item)}
              />
            ))}
            <ListFooter
              loading={state.pending !== null}
              empty={state.items.length === 0 && !state.error}
              emptyText={
                state.query
                  ? "No conversation matches."
                  : "No conversations yet: ask a question to start one."
              }
              more={list.hasMore ? state.total - state.items.length : null}
              onMore={list.more}
            />
          </ul>
        </section>
      </SheetContent>
    </Dialog>
  );
}
