"use client";

import { Loader2Icon, XIcon } from "lucide-react";
import { HistoryDrawer } from "@/components/saved/history-drawer";
import { TemplatesDrawer } from "@/components/saved/templates-drawer";
import { Button } from "@/components/ui/button";
import type { SavedSession } from "@/hooks/use-saved-session";
import type { ClientConfig } from "@/lib/api-client";

/** The header's "History" and "Templates" buttons (each opens its drawer). */
export function SavedNav({ session, config }: { session: SavedSession; config: ClientConfig }) {
  return (
    <>
      <HistoryDrawer
        config={config}
        currentId={session.conversationId}
        onOpen={session.openConversation}
        onDeletedCurrent={session.newChat}
      />
      <TemplatesDrawer
        config={config}
        currentId={session.templateId}
        onOpen={session.openTemplate}
        onCurrentChanged={session.templateChanged}
      />
    </>
  );
}

/** Opening a saved conversation or template: progress, or why it could not be opened. */
export function SessionNotice({ session }: { session: SavedSession }) {
  const n = session.notice;
  if (!n) return null;
  return (
    <div
      role={n.kind === "error" ? "alert" : "status"}
      className={`fixed top-14 left-1/2 z-30 flex max-w-[calc(100%-1.5rem)] -translate-x-1/2 items-center gap-2 rounded-lg border px-3 py-2 text-sm shadow-md ${
        n.kind === "error" ? "border-destructive/40 bg-background text-destructive" : "bg-background"
      }`}
    >
      {n.kind === "loading" ? <Loader2Icon className="size-4 animate-spin" /> : null}
      <span>{n.text}</span>
      {n.kind === "error" ? (
        <Button variant="ghost" size="icon-sm" aria-label="Dismiss" onClick={session.dismissNotice}>
          <XIcon />
        </Button>
      ) : null}
    </div>
  );
}
