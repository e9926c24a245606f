/** State of a paged, searchable list (History, Templates): pages append, stale answers are dropped. */

export type Page<T> = { items: T[]; total: number; offset: number };

export type ListState<T extends { id: string }> = {
  query: string;
  items: T[];
  total: number;
  /** The request whose answer is awaited (answers to older requests are ignored). */
  pending: number | null;
  error: string | null;
};

export type ListAction<T extends { id: string }> =
  | { type: "request"; seq: number; query: string; append: boolean }
  | { type: "loaded"; seq: number; page: Page<T> }
  | { type: "failed"; seq: number; message: string }
  | { type: "updated"; item: T; first?: boolean }
  | { type: "removed"; id: string };

export function emptyList<T extends { id: string }>(): ListState<T> {
  return { query: "", items: [], total: 0, pending: null, error: null };
}

export function listReducer<T extends { id: string }>(
  state: ListState<T>,
  action: ListAction<T>,
): ListState<T> {
  switch (action.type) {
    case "request": {
      const seq = action.seq;
      const fresh = !action.append || action.query !== state.query;
      return {
        ...state,
        query: action.query,
        pending: seq,
        error: null,
        items: fresh ? [] : state.items,
        total: fresh ? 0 : state.total,
      };
    }
    case "loaded": {
      if (action.seq !== state.pending) return state;
      const seen = new Set(state.items.map((i) => i.id));
      // Items saved meanwhile shift the pages: an item already listed is not listed twice.
      const items = [...state.items, ...action.page.items.filter((i) => !seen.has(i.id))];
      return { ...state, items, total: action.page.total, pending: null };
    }
    case "failed":
      return action.seq === state.pending ? { ...state, pending: null, error: action.message } : state;
    case "updated": {
      const rest = state.items.filter((i) => i.id !== action.item.id);
      const known = rest.length !== state.items.length;
      if (action.first || !known) {
        return { ...state, items: [action.item, ...rest], total: known ? state.total : state.total + 1 };
      }
      return { ...state, items: state.items.map((i) => (i.id === action.item.id ? action.item : i)) };
    }
    case "removed": {
      const items = state.items.filter((i) => i.id !== action.id);
      return { ...state, items, total: Math.max(0, state.total - (state.items.length - items.length)) };
    }
  }
}

/** The offset of the next page, or null when every item is listed. */
export function nextOffset<T extends { id: string }>(state: ListState<T>): number | null {
  return state.items.length < state.total ? state.items.length : null;
}
