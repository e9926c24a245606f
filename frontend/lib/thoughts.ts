/**
 * The thoughts a turn shows. The analyst narrates a refusal or a clarification in its thoughts as
 * well as in the error/clarification event; the answer card above the chart already says it, so a
 * thought that only restates it is left out (the answer is said once).
 */
import type { Turn } from "@/lib/types";

function normal(text: string): string {
  return text
    .trim()
    .replace(/\s+/g, " ")
    .replace(/[.!]+$/, "")
    .toLowerCase();
}

/** The sentences the answer card shows for this turn (error messages, what was understood/is missing). */
function answered(turn: Pick<Turn, "errors" | "clarification">): string[] {
  const said = turn.errors.map((e) => e.message);
  if (turn.clarification) said.push(turn.clarification.understood, turn.clarification.needs);
  return said.map(normal).filter((s) => s.length > 0);
}

export function shownThoughts(turn: Pick<Turn, "thoughts" | "errors" | "clarification">): string[] {
  const said = answered(turn);
  if (said.length === 0) return turn.thoughts;
  return turn.thoughts.filter((thought) => {
    const t = normal(thought);
    return !said.some((s) => t.includes(s));
  });
}
