import { describe, expect, it } from "vitest";
import { activeTurn, chatReducer } from "@/lib/chat-reducer";
import { autoRepairTarget, canRepair, repairPrompt, repairRequest } from "@/lib/repair";
import type { ChatState, Turn } from "@/lib/types";
import { goldenTranscript, replay } from "./helpers";

/** A finished answer from the golden transcript whose chart then failed in the sandbox. */
function failed(message = "boom", stack = "at Viz (component.tsx:3:9)"): ChatState {
  const s = replay(goldenTranscript("chat_sales_by_region.sse"), undefined, "a", "sales by region");
  return chatReducer(s, { type: "render-error", id: "a", message, stack });
}

describe("repairing a chart that failed to render", () => {
  it("sends the saved turn's id with the sandbox's message and stack", () => {
    const s = failed();
    const turn = activeTurn(s);
    expect(canRepair(turn, s)).toBe(true);
    expect(repairRequest(turn as Turn)).toEqual({
      turn_id: (turn as Turn).backendTurnId,
      message: "boom",
      stack: "at Viz (component.tsx:3:9)",
    });
  });

  it("bounds what it sends to what the backend accepts", () => {
    const body = repairRequest(activeTurn(failed("x".repeat(5000), "y".repeat(30_000))) as Turn);
    expect([body?.message.length, body?.stack?.length]).toEqual([4000, 20_000]);
    expect(repairPrompt(`TypeError: ${"z".repeat(300)}\n  at Viz`)).toMatch(
      /^Fix the chart \(it failed with: TypeError: z+…\)$/,
    );
  });

  it("repairs automatically once; the repair's own failure waits for Fix it", () => {
    const repaired = new Set<string>();
    let s = failed();
    const first = autoRepairTarget(s, activeTurn(s), repaired);
    expect(first?.id).toBe("a");
    repaired.add("a");
    expect(autoRepairTarget(s, activeTurn(s), repaired)).toBeNull();

    const body = repairRequest(first as Turn) ?? undefined;
    s = chatReducer(s, { type: "start", id: "r", prompt: repairPrompt("boom"), now: 2, repair: body });
    // Nothing is sent while a turn streams.
    expect(autoRepairTarget(s, activeTurn(s), new Set())).toBeNull();
    const done = {
      type: "complete" as const,
      code_complete: true,
      data_ready: true,
      conversation_id: s.conversationId,
      turn_id: "srv-r",
      elapsed_ms: null,
      tokens_in: null,
      tokens_out: null,
    };
    s = chatReducer(s, { type: "event", id: "r", event: { name: "done", payload: done } });
    s = chatReducer(s, { type: "render-error", id: "r", message: "again" });
    // The repair turn keeps its repair (a retry sends it again) and is never repaired automatically.
    expect(activeTurn(s)?.repair).toEqual(body);
    expect(canRepair(activeTurn(s), s)).toBe(true);
    expect(autoRepairTarget(s, activeTurn(s), new Set())).toBeNull();
    s = chatReducer(s, { type: "retry", id: "r", now: 4 });
    expect(s.turns.find((t) => t.id === "r")?.repair).toEqual(body);
  });

  it("cannot repair a turn the backend does not know (an opened template outside a conversation)", () => {
    const s = failed();
    const local = { ...s, conversationId: null };
    expect(canRepair(activeTurn(local), local)).toBe(false);
    expect(autoRepairTarget(local, activeTurn(local), new Set())).toBeNull();
  });
});
