import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type ChatAction, chatReducer, initialChatState } from "@/lib/chat-reducer";
import { parseStreamEvent } from "@/lib/schemas";
import { SseParser } from "@/lib/sse";
import type { ChatState } from "@/lib/types";

const golden = fileURLToPath(new URL("../../backend/tests/golden/", import.meta.url));

/** A golden transcript recorded from the real backend (the contract between the two halves). */
export function goldenTranscript(name: string): string {
  return readFileSync(`${golden}${name}`, "utf8");
}

export function fixture(name: string): string {
  return readFileSync(fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url)), "utf8");
}

/** Feeds a transcript through the parser and the reducer, as the hook does. */
export function replay(
  transcript: string,
  state: ChatState = initialChatState,
  id = "t1",
  prompt = "q",
): ChatState {
  const parser = new SseParser();
  let s = chatReducer(state, { type: "start", id, prompt, now: 0 });
  for (const m of parser.feed(transcript)) {
    const parsed = parseStreamEvent(m.event, m.data);
    if (parsed.kind !== "event") throw new Error(`bad event ${m.event}: ${JSON.stringify(parsed)}`);
    s = chatReducer(s, { type: "event", id, event: parsed.event } satisfies ChatAction);
  }
  return s;
}
