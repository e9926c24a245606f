"use client";

import { Loader2Icon } from "lucide-react";
import { Button } from "@/components/ui/button";

type Props = {
  /** A page is on its way. */
  loading: boolean;
  /** Nothing to list (and no error to show instead). */
  empty: boolean;
  /** What an empty list says: one text when a search found nothing, another when there is nothing yet. */
  emptyText: string;
  /** How many more the backend has; null when this is all. */
  more: number | null;
  onMore: () => void;
};

/** The last rows of a paged saved list (History, Templates): Loading…, the empty text, or "Show more (N)". */
export function ListFooter({ loading, empty, emptyText, more, onMore }: Props) {
  return (
    <>
      {loading ? (
        <li className="flex items-center gap-2 p-2 text-sm text-muted-foreground" role="status">
          <Loader2Icon className="size-4 animate-spin" />
          Loading…
        </li>
      ) : empty ? (
        <li className="p-2 text-sm text-muted-foreground">{emptyText}</li>
      ) : null}
      {more !== null && !loading ? (
        <li>
          <Button variant="outline" size="sm" className="w-full" onClick={onMore}>
            Show more ({more})
          </Button>
        </li>
      ) : null}
    </>
  );
}
