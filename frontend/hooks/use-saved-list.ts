"use client";

import { useCallback, useEffect, useReducer, useRef } from "react";
import {
  emptyList,
  type ListAction,
  type ListState,
  listReducer,
  nextOffset,
  type Page,
} from "@/lib/saved-list";

type Fetch<T> = (query: string, offset: number, signal: AbortSignal) => Promise<Page<T>>;

const SEARCH_DEBOUNCE_MS = 250;

/** A searchable list loaded page by page while `open`; reloaded each time it opens. */
export function useSavedList<T extends { id: string }>(open: boolean, fetchPage: Fetch<T>) {
  const [state, dispatch] = useReducer(
    listReducer as (s: ListState<T>, a: ListAction<T>) => ListState<T>,
    undefined,
    emptyList<T>,
  );
  const stateRef = useRef(state);
  stateRef.current = state;
  const abort = useRef<AbortController | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const seqRef = useRef(0);

  const load = useCallback(
    (query: string, append: boolean) => {
      abort.current?.abort();
      const controller = new AbortController();
      abort.current = controller;
      seqRef.current += 1;
      const seq = seqRef.current;
      dispatch({ type: "request", seq, query, append });
      const offset = append ? (nextOffset(stateRef.current) ?? 0) : 0;
      fetchPage(query, offset, controller.signal)
        .then((page) => dispatch({ type: "loaded", seq, page }))
        .catch((err: unknown) => {
          if (err instanceof DOMException && err.name === "AbortError") return;
          dispatch({ type: "failed", seq, message: err instanceof Error ? err.message : String(err) });
        });
    },
    [fetchPage],
  );

  useEffect(() => {
    if (open) load(stateRef.current.query, false);
    return () => abort.current?.abort();
  }, [open, load]);

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  const search = useCallback(
    (query: string) => {
      if (timer.current) clearTimeout(timer.current);
      // Shown at once in the box; fetched once typing pauses.
      seqRef.current += 1;
      dispatch({ type: "request", seq: seqRef.current, query, append: false });
      timer.current = setTimeout(() => load(query, false), SEARCH_DEBOUNCE_MS);
    },
    [load],
  );

  return {
    state,
    search,
    more: () => load(stateRef.current.query, true),
    reload: () => load(stateRef.current.query, false),
    hasMore: nextOffset(state) !== null,
    updated: (item: T, first?: boolean) => dispatch({ type: "updated", item, first }),
    removed: (id: string) => dispatch({ type: "removed", id }),
  };
}
