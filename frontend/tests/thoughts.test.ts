import { describe, expect, it } from "vitest";
import { shownThoughts } from "@/lib/thoughts";
import { fixture, replay } from "./helpers";

const refusal = [
  "event: thought",
  'data: {"type":"thinking","content":"Your message is SQL, so I run it as written, after the same safety checks as my own queries."}',
  "",
  "event: thought",
  'data: {"type":"thinking","content":"The query did not run: DROP is not allowed: statements must be read-only SELECT/WITH/VALUES"}',
  "",
  "event: thought",
  'data: {"type":"thinking","content":"The query failed: DROP is not allowed: statements must be read-only SELECT/WITH/VALUES"}',
  "",
  "event: error",
  'data: {"type":"error","message":"DROP is not allowed: statements must be read-only SELECT/WITH/VALUES","stage":"sql_validation","code":"sql_rejected","sql":"DROP TABLE sales","correlation_id":null}',
  "",
  "event: done",
  'data: {"type":"complete","code_complete":false,"data_ready":false,"conversation_id":"c1","turn_id":"u1"}',
  "",
  "",
].join("\n");

const clarification = [
  "event: thought",
  'data: {"type":"thinking","content":"I understood no table or column of the catalog in the question. I need a measure or a table to look at."}',
  "",
  "event: clarification",
  'data: {"type":"clarification","understood":"I understood no table or column of the catalog in the question.","needs":"I need a measure or a table to look at.","suggestions":["Average cylinders by origin"]}',
  "",
  "event: done",
  'data: {"type":"complete","code_complete":false,"data_ready":false,"conversation_id":"c1","turn_id":"u1"}',
  "",
  "",
].join("\n");

describe("shownThoughts", () => {
  it("leaves out the thoughts that restate a refusal (the answer card says it)", () => {
    const turn = replay(refusal).turns[0];
    if (!turn) throw new Error("no turn");
    expect(turn.thoughts).toHaveLength(3);
    expect(shownThoughts(turn)).toEqual([
      "Your message is SQL, so I run it as written, after the same safety checks as my own queries.",
    ]);
  });

  it("leaves out a thought that restates the clarification", () => {
    const turn = replay(clarification).turns[0];
    if (!turn) throw new Error("no turn");
    expect(shownThoughts(turn)).toEqual([]);
  });

  it("keeps every thought of an answer, and the ones around an execution error", () => {
    const turn = replay(fixture("chat-sql-error.sse")).turns[0];
    if (!turn) throw new Error("no turn");
    expect(shownThoughts(turn)).toEqual(["I compute the total amount per region."]);
    expect(shownThoughts({ thoughts: ["a", "b"], errors: [], clarification: null })).toEqual(["a", "b"]);
  });
});
