"use client";

import { useEffect, useState } from "react";
import { type ClientConfig, getEngines } from "@/lib/api-client";
import { engineOptions, validEngine } from "@/lib/engines";
import type { EngineInfo } from "@/lib/schemas";

type Props = {
  config: ClientConfig;
  /** The chosen engine's name; null is Auto (the backend routes by table size). */
  value: string | null;
  onChange: (engine: string | null) => void;
  disabled?: boolean;
};

/** "Engine": Auto or one of the engines the backend has configured, sent as `engine` with each question. */
export function EngineSelect({ config, value, onChange, disabled }: Props) {
  const [engines, setEngines] = useState<EngineInfo[]>([]);

  useEffect(() => {
    const abort = new AbortController();
    getEngines(config, abort.signal)
      .then((res) => setEngines(res.engines))
      .catch(() => setEngines([])); // Auto still works: the backend picks
    return () => abort.abort();
  }, [config]);

  useEffect(() => {
    if (engines.length > 0 && value !== validEngine(value, engines)) onChange(null);
  }, [engines, value, onChange]);

  const selected = engines.find((e) => e.name === value);
  return (
    <label className="flex items-center gap-2 text-xs text-muted-foreground">
      <span>Engine</span>
      <select
        aria-label="Engine"
        value={value ?? ""}
        disabled={disabled}
        onChange={(e) => onChange(e.target.value || null)}
        title={selected?.status ?? "Auto sends large tables to Spark and the rest to DuckDB"}
        className="h-7 rounded-md border bg-background px-2 text-xs text-foreground outline-none focus-visible:border-ring focus-visible:ring-[3px] focus-visible:ring-ring/50 disabled:opacity-60"
      >
        {engineOptions(engines).map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}
