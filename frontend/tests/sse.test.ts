import { describe, expect, it } from "vitest";
import { parseStreamEvent } from "@/lib/schemas";
import { readSse, type SseMessage, SseParser } from "@/lib/sse";
import { goldenTranscript } from "./helpers";

function parseAll(chunks: string[]): SseMessage[] {
  const p = new SseParser();
  return chunks.flatMap((c) => p.feed(c));
}

describe("SseParser", () => {
  const stream = 'event: thought\ndata: {"a":1}\n\nevent: sql\ndata: {"b":2}\n\n';

  it("parses events split at every possible chunk boundary", () => {
    const whole = parseAll([stream]);
    expect(whole).toEqual([
      { event: "thought", data: '{"a":1}' },
      { event: "sql", data: '{"b":2}' },
    ]);
    for (let i = 1; i < stream.length; i++) {
      expect(parseAll([stream.slice(0, i), stream.slice(i)])).toEqual(whole);
    }
  });

  it("parses one character at a time and with CRLF split across chunks", () => {
    const crlf = stream.replaceAll("\n", "\r\n");
    expect(parseAll([...crlf])).toEqual(parseAll([stream]));
    expect(parseAll(["event: x\r", "\ndata: 1\r", "\n\r", "\n"])).toEqual([{ event: "x", data: "1" }]);
    expect(parseAll(["event: x\rdata: 1\r\r"])).toEqual([{ event: "x", data: "1" }]);
  });

  it("joins multi-line data with newlines and keeps inner spaces", () => {
    expect(parseAll(["data: line one\ndata:  two\ndata\n\n"])).toEqual([
      { event: "message", data: "line one\n two\n" },
    ]);
  });

  it("ignores comments, unknown fields and events without data", () => {
    expect(
      parseAll([": keep-alive\n\nevent: ping\n\nretry: 10\nfoo: bar\nevent: x\nid: 7\ndata: y\n\n"]),
    ).toEqual([{ event: "x", data: "y", id: "7" }]);
  });

  it("drops a final message that never got its blank line", () => {
    const p = new SseParser();
    expect(p.feed("event: x\ndata: 1\n")).toEqual([]);
    expect(p.flush()).toEqual([]);
  });

  it("reads a byte stream with multi-byte characters split across chunks", async () => {
    const bytes = new TextEncoder().encode('event: thought\ndata: {"content":"“sales” — é"}\n\n');
    const body = new ReadableStream<Uint8Array>({
      start(c) {
        for (let i = 0; i < bytes.length; i += 3) c.enqueue(bytes.slice(i, i + 3));
        c.close();
      },
    });
    const out: SseMessage[] = [];
    for await (const m of readSse(body)) out.push(m);
    expect(out).toEqual([{ event: "thought", data: '{"content":"“sales” — é"}' }]);
  });
});

describe("parseStreamEvent", () => {
  it("validates every event of the golden transcript in random chunks", () => {
    const text = goldenTranscript("chat_sales_by_region.sse");
    const p = new SseParser();
    const messages: SseMessage[] = [];
    let i = 0;
    let seed = 7;
    while (i < text.length) {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      const n = 1 + (seed % 97);
      messages.push(...p.feed(text.slice(i, i + n)));
      i += n;
    }
    const names = messages.map((m) => m.event);
    expect(names[0]).toBe("thought");
    expect(names).toContain("sql");
    expect(names).toContain("data");
    expect(names).toContain("params");
    expect(names).toContain("code");
    expect(names.at(-1)).toBe("done");
    for (const m of messages) expect(parseStreamEvent(m.event, m.data).kind).toBe("event");
  });

  it("reports unknown events and invalid payloads without throwing", () => {
    expect(parseStreamEvent("heartbeat", "{}")).toEqual({ kind: "unknown", name: "heartbeat" });
    expect(parseStreamEvent("sql", "not json").kind).toBe("invalid");
    const bad = parseStreamEvent("data", JSON.stringify({ type: "data_ready", url: 3 }));
    expect(bad.kind).toBe("invalid");
  });

  it("keeps working when events carry extra fields (they are additive)", () => {
    const r = parseStreamEvent("thought", JSON.stringify({ type: "thinking", content: "x", extra: 1 }));
    expect(r).toEqual({
      kind: "event",
      event: { name: "thought", payload: { type: "thinking", content: "x" } },
    });
  });
});
