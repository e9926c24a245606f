/** Repairing a chart the sandbox could not render: a typed repair turn (`POST /chat` with `repair`). */
import type { RepairRequest } from "@/lib/api/types.gen";
import type { ChatState, Turn } from "@/lib/types";

/** The backend's bounds on a repair's message and stack. */
const MAX_MESSAGE = 4000;
const MAX_STACK = 20_000;

/** True when `turn`'s render error can go back to the analyst: it is a saved turn of this conversation. */
export function canRepair(turn: Turn | undefined, state: ChatState): turn is Turn {
  return Boolean(
    turn?.artifact.renderError && turn.backendTurnId && state.conversationId && turn.status !== "streaming",
  );
}

/** The body's `repair` for `turn`'s render error. */
export function repairRequest(turn: Turn): RepairRequest | null {
  const error = turn.artifact.renderError;
  if (!error || !turn.backendTurnId) return null;
  return {
    turn_id: turn.backendTurnId,
    message: error.message.slice(0, MAX_MESSAGE),
    stack: error.stack ? error.stack.slice(0, MAX_STACK) : null,
  };
}

/** What the repair turn shows as its question (the analyst reads the typed `repair`, not this text). */
export function repairPrompt(message: string): string {
  const first = message.split("\n")[0]?.trim() ?? "";
  return `Fix the chart (it failed with: ${first.length > 120 ? `${first.slice(0, 119)}…` : first})`;
}

/**
 * The turn to repair without asking, if any: the chart on screen failed, nothing is streaming, and it is
 * neither a repair's own chart nor one repaired automatically before (at most once; then "Fix it").
 */
export function autoRepairTarget(
  state: ChatState,
  active: Turn | undefined,
  done: ReadonlySet<string>,
): Turn | null {
  if (state.isGenerating || !canRepair(active, state)) return null;
  if (active.repair || done.has(active.id)) return null;
  return active;
}
