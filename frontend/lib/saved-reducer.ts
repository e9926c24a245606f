/** Reducer cases for saved work: loading a conversation or template, saving, refreshing a template's data. */
import type { DataPayload } from "@/lib/schemas";
import type { ChatState, OpenTemplate, Turn } from "@/lib/types";

export type SavedAction =
  /** A saved conversation or an opened template replaces the session. */
  | { type: "load"; state: ChatState }
  /** The session's artifact was saved as (a new version of) this template. */
  | { type: "template-saved"; template: OpenTemplate }
  /** A turn's chart now reads fresh rows (its saved SQL re-run); the loader fetches them. */
  | { type: "template-data"; id: string; data: DataPayload; note: string }
  /** The page of a saved conversation's turns before those on screen (`offset`: its first turn's number). */
  | { type: "earlier"; conversationId: string; turns: Turn[]; offset: number };

export function savedReducer(state: ChatState, action: SavedAction): ChatState {
  switch (action.type) {
    case "load":
      return action.state;
    case "earlier": {
      // Another conversation was opened meanwhile: this page is not its.
      if (state.conversationId !== action.conversationId) return state;
      const shown = new Set(state.turns.map((t) => t.id));
      const turns = action.turns.filter((t) => !shown.has(t.id));
      return { ...state, turns: [...turns, ...state.turns], earlierTurns: action.offset };
    }
    case "template-saved":
      return { ...state, template: action.template };
    case "template-data": {
      const d = action.data;
      const turns = state.turns.map((t) =>
        t.id === action.id
          ? {
              ...t,
              thoughts: [...t.thoughts, action.note],
              artifact: {
                ...t.artifact,
                data: d,
                dataUrl: d.url,
                dataId: d.data_id,
                loaded: null,
                dataError: null,
                renderError: null,
              },
            }
          : t,
      );
      return { ...state, turns };
    }
  }
}
