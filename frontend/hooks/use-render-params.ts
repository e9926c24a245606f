"use client";

import { useMemo } from "react";
import { useDebouncedValue } from "@/hooks/use-debounced-value";
import { useTheme } from "@/hooks/use-theme";
import { buildControls, completeParams } from "@/lib/param-controls";
import type { ParamValues } from "@/lib/sandbox-protocol";
import type { ParamSpec } from "@/lib/schemas";

/** Typed text, numbers and sliders reach the chart 300 ms after the last change; the rest at once. */
const DEBOUNCE_MS = 300;
const TYPED_CONTROLS = new Set(["text", "number", "slider"]);

/**
 * The params a chart is drawn with: every schema entry filled in, typed inputs debounced (DESIGN
 * "Parameter timing"), and the page theme as the host-provided `theme` param.
 */
export function useRenderParams(schema: ParamSpec[], values: ParamValues, epoch: unknown) {
  const params = useMemo(() => completeParams(schema, values), [schema, values]);
  const typedNames = useMemo(
    () =>
      buildControls(schema)
        .filter((c) => TYPED_CONTROLS.has(c.control))
        .map((c) => c.name),
    [schema],
  );
  const typedKey = JSON.stringify(typedNames.map((n) => params[n] ?? null));
  const debouncedKey = useDebouncedValue(typedKey, DEBOUNCE_MS, epoch);
  const theme = useTheme();
  const renderParams = useMemo(() => {
    const typed: (ParamValues[string] | null)[] = JSON.parse(debouncedKey);
    const out: ParamValues = { ...params, theme };
    typedNames.forEach((n, i) => {
      const v = typed[i];
      if (v !== null && v !== undefined) out[n] = v;
    });
    return out;
  }, [params, debouncedKey, typedNames, theme]);
  return { params, renderParams };
}
