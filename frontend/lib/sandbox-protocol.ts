/**
 * The typed message set between the host page and the chart sandbox frame.
 * The frame's origin is "null", so both sides post with target "*" and check `event.source`.
 */
import { z } from "zod";

export const cellValue = z.union([z.string(), z.number(), z.boolean(), z.null()]);
export const rowSchema = z.record(z.string(), cellValue);
export const rowsSchema = z.array(rowSchema);
export const paramValue = z.union([z.string(), z.number(), z.boolean()]);
export const paramsSchema = z.record(z.string(), paramValue);

export type Cell = z.infer<typeof cellValue>;
export type Row = z.infer<typeof rowSchema>;
export type ParamValues = z.infer<typeof paramsSchema>;

const messageId = z.number().int().nonnegative();

/** Host → frame. `params` re-renders the mounted component with new props only. */
export const hostMessageSchema = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("render"),
    id: messageId,
    code: z.string(),
    data: rowsSchema,
    params: paramsSchema,
  }),
  z.object({ type: z.literal("params"), id: messageId, params: paramsSchema }),
  z.object({ type: z.literal("export"), id: messageId }),
  // The chart's Tab stop lives in the host (a cross-process frame takes focus asynchronously):
  // the host forwards its focus and the keys of the chart's keyboard layer.
  z.object({ type: z.literal("focus"), focused: z.boolean() }),
  z.object({ type: z.literal("key"), key: z.enum(["ArrowLeft", "ArrowRight", "Enter"]) }),
  // Asks the frame to (re)announce itself: its first `ready` may fire before the host listens.
  z.object({ type: z.literal("ping") }),
]);

/** Frame → host. */
export const frameMessageSchema = z.discriminatedUnion("type", [
  // `instance` is new on every load of the frame document, so a repeated `ready` is recognisable.
  z.object({ type: z.literal("ready"), instance: z.string() }),
  // `paintedAt`: epoch ms (timeOrigin + now) of the animation frame after the commit was painted.
  z.object({
    type: z.literal("rendered"),
    id: messageId,
    ms: z.number().nonnegative(),
    paintedAt: z.number().nonnegative(),
  }),
  z.object({
    type: z.literal("error"),
    id: messageId.nullable(),
    message: z.string(),
    stack: z.string().optional(),
  }),
  z.object({ type: z.literal("resize"), height: z.number().nonnegative() }),
  z.object({
    type: z.literal("exported"),
    id: messageId,
    svg: z.string().nullable(),
    width: z.number(),
    height: z.number(),
  }),
]);

export type HostMessage = z.infer<typeof hostMessageSchema>;
export type FrameMessage = z.infer<typeof frameMessageSchema>;

/** A host message, or null when `value` is not one (never throws). */
export function parseHostMessage(value: unknown): HostMessage | null {
  const parsed = hostMessageSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** A frame message, or null when `value` is not one (never throws). */
export function parseFrameMessage(value: unknown): FrameMessage | null {
  const parsed = frameMessageSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** Validates chart rows before they cross into the sandbox; throws a readable error otherwise. */
export function validateRows(rows: unknown): Row[] {
  const parsed = rowsSchema.safeParse(rows);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Invalid chart data at ${issue?.path.join(".") ?? "?"}: ${issue?.message ?? "unknown"}`);
  }
  return parsed.data;
}
