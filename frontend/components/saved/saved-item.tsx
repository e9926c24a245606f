"use client";

import { CheckIcon, PencilIcon, Trash2Icon, XIcon } from "lucide-react";
import { type ReactNode, useState } from "react";
import { Button } from "@/components/ui/button";
import { Confirm } from "@/components/ui/confirm";
import { Input } from "@/components/ui/input";
import { cn } from "@/lib/cn";

const when = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short" });

/** "Nov 30, 2026, 5:04 PM" for an ISO timestamp. */
export function savedAt(iso: string): string {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? iso : when.format(t);
}

type Props = {
  title: string;
  meta: string;
  /** Opens the item (a link, so it also opens in a new tab). */
  href: string;
  onOpen: () => void;
  current?: boolean;
  kind: "conversation" | "template";
  onRename: (title: string) => Promise<void>;
  onDelete: () => void;
  /** More actions, shown after Rename. */
  extra?: ReactNode;
  /** Shown below the row (a template's versions). */
  children?: ReactNode;
};

/** One row of History or Templates: open, rename in place, delete after a confirmation. */
export function SavedItem({
  title,
  meta,
  href,
  onOpen,
  current,
  kind,
  onRename,
  onDelete,
  extra,
  children,
}: Props) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(title);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async () => {
    const next = draft.trim();
    if (!next || next === title) {
      setEditing(false);
      return;
    }
    setBusy(true);
    try {
      await onRename(next);
      setEditing(false);
      setError(null);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <li
      className={cn("flex flex-col gap-1.5 rounded-lg border bg-card p-2.5", current && "border-primary/50")}
      aria-current={current ? "true" : undefined}
    >
      {editing ? (
        <form
          className="flex items-center gap-1"
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <Input
            aria-label={`New name for ${title}`}
            value={draft}
            maxLength={200}
            autoFocus
            onChange={(e) => setDraft(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === "Escape") {
                e.stopPropagation();
                setEditing(false);
              }
            }}
            className="h-8"
          />
          <Button type="submit" size="icon-sm" variant="ghost" aria-label="Save name" disabled={busy}>
            <CheckIcon />
          </Button>
          <Button
            type="button"
            size="icon-sm"
            variant="ghost"
            aria-label="Cancel"
            onClick={() => setEditing(false)}
          >
            <XIcon />
          </Button>
        </form>
      ) : (
        <a
          href={href}
          className="line-clamp-2 rounded text-sm font-medium outline-none hover:underline focus-visible:ring-2 focus-visible:ring-ring/50"
          onClick={(e) => {
            if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
            e.preventDefault();
            onOpen();
          }}
        >
          {title || "Untitled"}
        </a>
      )}
      <div className="text-xs text-muted-foreground">{meta}</div>
      {error ? (
        <div role="alert" className="text-xs text-destructive">
          {error}
        </div>
      ) : null}
      <div className="flex flex-wrap items-center gap-1">
        <Button
          size="sm"
          variant="ghost"
          className="h-7 px-2"
          onClick={() => {
            setDraft(title);
            setEditing(true);
          }}
        >
          <PencilIcon />
          Rename
        </Button>
        {extra}
        <Confirm
          title={`Delete this ${kind}?`}
          description={
            <>
              “{title || "Untitled"}” will be deleted{kind === "template" ? " with all its versions" : ""}.
              This cannot be undone.
            </>
          }
          confirmLabel="Delete"
          onConfirm={onDelete}
        >
          <Button
            size="sm"
            variant="ghost"
            className="ml-auto h-7 px-2 text-destructive hover:text-destructive"
          >
            <Trash2Icon />
            Delete
          </Button>
        </Confirm>
      </div>
      {children}
    </li>
  );
}
