"use client";

import { ChevronUpIcon, Loader2Icon } from "lucide-react";
import { useState } from "react";
import { flushSync } from "react-dom";
import { Button } from "@/components/ui/button";
import type { ChatApi } from "@/hooks/use-chat";
import { loadEarlierTurns } from "@/lib/saved-turns";

/**
 * A long saved conversation opens at its last page of turns: this loads the page before, on demand,
 * keeping the question the reader was looking at where it was on screen.
 */
export function EarlierTurns({
  chat,
  scroller,
}: {
  chat: ChatApi;
  scroller: React.RefObject<HTMLElement | null>;
}) {
  const { conversationId, earlierTurns = 0 } = chat.state;
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!conversationId || earlierTurns <= 0) return null;

  const load = async () => {
    setLoading(true);
    setError(null);
    try {
      const page = await loadEarlierTurns(chat.config, conversationId, earlierTurns);
      const el = scroller.current;
      const fromBottom = el ? el.scrollHeight - el.scrollTop : 0;
      // Drawn now, so the view can be put back where it was before the turns above push it down.
      flushSync(() => chat.applySaved({ type: "earlier", conversationId, ...page }));
      if (el) el.scrollTop = el.scrollHeight - fromBottom;
    } catch (err) {
      setError(`Could not load the earlier questions: ${err instanceof Error ? err.message : String(err)}`);
    } finally {
      setLoading(false);
    }
  };

  return (
    <div className="flex flex-col items-center gap-1">
      <Button variant="outline" size="sm" onClick={() => void load()} disabled={loading}>
        {loading ? <Loader2Icon className="animate-spin" /> : <ChevronUpIcon />}
        Show earlier questions ({earlierTurns})
      </Button>
      {error ? (
        <p role="alert" className="text-xs text-destructive">
          {error}
        </p>
      ) : null}
    </div>
  );
}
