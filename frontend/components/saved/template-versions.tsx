"use client";

import { HistoryIcon, Loader2Icon, RotateCcwIcon } from "lucide-react";
import { useEffect, useState } from "react";
import { savedAt } from "@/components/saved/saved-item";
import { Button } from "@/components/ui/button";
import type { ClientConfig } from "@/lib/api-client";
import { listVersions, restoreVersion, type TemplatePublic, type TemplateVersion } from "@/lib/saved-api";

type Props = {
  config: ClientConfig;
  templateId: string;
  current: number;
  onRestored: (template: TemplatePublic) => void;
};

/** Every saved version of a template, newest first; restoring one saves it again as the newest. */
export function TemplateVersions({ config, templateId, current, onRestored }: Props) {
  const [versions, setVersions] = useState<TemplateVersion[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<number | null>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new current version lists the versions again
  useEffect(() => {
    let live = true;
    listVersions(config, templateId)
      .then((v) => live && setVersions(v))
      .catch((err: unknown) => live && setError(err instanceof Error ? err.message : String(err)));
    return () => {
      live = false;
    };
  }, [config, templateId, current]);

  const restore = async (version: number) => {
    setBusy(version);
    setError(null);
    try {
      onRestored(await restoreVersion(config, templateId, version));
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(null);
    }
  };

  return (
    <section aria-label="Versions" className="mt-1 flex flex-col gap-1 border-t pt-2">
      {error ? (
        <div role="alert" className="text-xs text-destructive">
          {error}
        </div>
      ) : null}
      {versions === null && !error ? (
        <div className="flex items-center gap-2 text-xs text-muted-foreground" role="status">
          <Loader2Icon className="size-3.5 animate-spin" /> Loading versions…
        </div>
      ) : null}
      <ol className="flex flex-col gap-1">
        {versions?.map((v) => (
          <li key={v.version} className="flex items-center gap-2 text-xs">
            <HistoryIcon className="size-3.5 shrink-0 text-muted-foreground" />
            <span className="font-medium tabular-nums">Version {v.version}</span>
            <span className="min-w-0 flex-1 truncate text-muted-foreground" title={v.title}>
              {v.title} · {savedAt(v.created_at)}
            </span>
            {v.version === current ? (
              <span className="text-muted-foreground">current</span>
            ) : (
              <Button
                size="sm"
                variant="outline"
                className="h-6 px-2 text-xs"
                aria-label={`Restore version ${v.version}`}
                disabled={busy !== null}
                onClick={() => void restore(v.version)}
              >
                <RotateCcwIcon />
                Restore
              </Button>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
