import { describe, expect, it } from "vitest";
import { sameParams } from "@/components/sandbox/sandbox-frame";
import { parseFrameMessage, parseHostMessage, validateRows } from "@/lib/sandbox-protocol";

describe("sandbox protocol", () => {
  it("accepts the typed host messages", () => {
    expect(
      parseHostMessage({ type: "render", id: 1, code: "x", data: [{ a: 1, b: "s", c: null }], params: {} }),
    ).toBeTruthy();
    expect(
      parseHostMessage({ type: "params", id: 2, params: { title: "T", stacked: true, height: 300 } }),
    ).toEqual({
      type: "params",
      id: 2,
      params: { title: "T", stacked: true, height: 300 },
    });
    expect(parseHostMessage({ type: "export", id: 3 })).toEqual({ type: "export", id: 3 });
  });

  it("rejects anything else (unknown types, nested values, missing fields)", () => {
    expect(parseHostMessage({ type: "eval", code: "x" })).toBeNull();
    expect(
      parseHostMessage({ type: "render", id: 1, code: "x", data: [{ a: { nested: 1 } }], params: {} }),
    ).toBeNull();
    expect(parseHostMessage({ type: "params", id: -1, params: {} })).toBeNull();
    expect(parseHostMessage("render")).toBeNull();
    expect(parseHostMessage(null)).toBeNull();
  });

  it("parses the frame's messages", () => {
    expect(parseFrameMessage({ type: "ready", instance: "a" })).toEqual({ type: "ready", instance: "a" });
    expect(parseFrameMessage({ type: "ready" })).toBeNull();
    expect(parseHostMessage({ type: "ping" })).toEqual({ type: "ping" });
    expect(parseFrameMessage({ type: "rendered", id: 4, ms: 12.5, paintedAt: 1.7e12 })).toEqual({
      type: "rendered",
      id: 4,
      ms: 12.5,
      paintedAt: 1.7e12,
    });
    expect(parseFrameMessage({ type: "rendered", id: 4, ms: 12.5 })).toBeNull();
    expect(parseHostMessage({ type: "key", key: "ArrowRight" })).toEqual({ type: "key", key: "ArrowRight" });
    expect(parseHostMessage({ type: "key", key: "Tab" })).toBeNull();
    expect(parseHostMessage({ type: "focus", focused: true })).toEqual({ type: "focus", focused: true });
    expect(parseFrameMessage({ type: "error", id: null, message: "boom" })).toEqual({
      type: "error",
      id: null,
      message: "boom",
    });
    expect(parseFrameMessage({ type: "resize", height: 400 })).toEqual({ type: "resize", height: 400 });
    expect(parseFrameMessage({ type: "exported", id: 1, svg: "<svg/>", width: 1, height: 2 })).toBeTruthy();
    expect(parseFrameMessage({ type: "rendered" })).toBeNull();
    expect(parseFrameMessage({ type: "navigate", url: "x" })).toBeNull();
  });

  it("validates chart rows before they are posted", () => {
    expect(validateRows([{ a: 1 }])).toEqual([{ a: 1 }]);
    expect(() => validateRows([{ a: [1, 2] }])).toThrow(/Invalid chart data at 0\.a/);
    expect(() => validateRows({ a: 1 })).toThrow();
  });

  it("compares params by value, not identity", () => {
    expect(sameParams({ a: 1, b: "x" }, { b: "x", a: 1 })).toBe(true);
    expect(sameParams({ a: 1 }, { a: 2 })).toBe(false);
    expect(sameParams({ a: 1 }, { a: 1, b: true })).toBe(false);
    expect(sameParams(null, {})).toBe(false);
  });
});
