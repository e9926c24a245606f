"use client";

import { useEffect, useRef, useState } from "react";

/**
 * `value` after `delay` ms without changes — except when `epoch` changes (a new turn or a new
 * params schema), which takes the value at once so the first render is never late.
 */
export function useDebouncedValue<T>(value: T, delay: number, epoch: unknown): T {
  const [debounced, setDebounced] = useState(value);
  const lastEpoch = useRef(epoch);
  const epochChanged = !Object.is(lastEpoch.current, epoch);

  useEffect(() => {
    if (epochChanged) {
      lastEpoch.current = epoch;
      setDebounced(value);
      return;
    }
    const timer = setTimeout(() => setDebounced(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay, epoch, epochChanged]);

  return epochChanged ? value : debounced;
}
