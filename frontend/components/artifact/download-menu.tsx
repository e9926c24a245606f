"use client";

import { DownloadIcon, FileImageIcon, FileSpreadsheetIcon, FileTypeIcon, Loader2Icon } from "lucide-react";
import { useState } from "react";
import type { SandboxFrameHandle } from "@/components/sandbox/sandbox-frame";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { apiFetch, type ClientConfig, dataUrlFor } from "@/lib/api-client";
import { saveBlob, slug, svgToPng } from "@/lib/download";

type Props = {
  config: ClientConfig;
  dataId: string | null;
  title: string;
  chartReady: boolean;
  /** A new answer is streaming: what is on screen is about to be replaced. */
  busy: boolean;
  frame: React.RefObject<SandboxFrameHandle | null>;
  onError: (message: string) => void;
};

/** Data as CSV/Parquet (the backend's formats) and the chart as PNG/SVG (serialised by the sandbox). */
export function DownloadMenu({ config, dataId, title, chartReady, busy: streaming, frame, onError }: Props) {
  const [busy, setBusy] = useState(false);
  const name = slug(title);

  const run = async (job: () => Promise<void>) => {
    setBusy(true);
    try {
      await job();
    } catch (err) {
      onError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };

  const data = (format: "csv" | "parquet") =>
    run(async () => {
      if (!dataId) return;
      const res = await apiFetch(config, dataUrlFor(config, dataId, format));
      saveBlob(await res.blob(), `${name}.${format}`);
    });

  const chart = (format: "svg" | "png") =>
    run(async () => {
      const out = await frame.current?.exportSvg();
      if (!out?.svg) throw new Error("This chart has no SVG to export");
      if (format === "svg") saveBlob(new Blob([out.svg], { type: "image/svg+xml" }), `${name}.svg`);
      else saveBlob(await svgToPng(out.svg, out.width, out.height), `${name}.png`);
    });

  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button
          variant="outline"
          size="sm"
          disabled={busy || streaming || (!dataId && !chartReady)}
          title={streaming ? "Available when the answer is complete" : undefined}
        >
          {busy ? <Loader2Icon className="animate-spin" /> : <DownloadIcon />}
          Download
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end">
        <DropdownMenuLabel>Data</DropdownMenuLabel>
        <DropdownMenuItem disabled={!dataId} onSelect={() => data("csv")}>
          <FileSpreadsheetIcon />
          CSV
        </DropdownMenuItem>
        <DropdownMenuItem disabled={!dataId} onSelect={() => data("parquet")}>
          <FileTypeIcon />
          Parquet
        </DropdownMenuItem>
        <DropdownMenuSeparator />
        <DropdownMenuLabel>Chart</DropdownMenuLabel>
        <DropdownMenuItem disabled={!chartReady} onSelect={() => chart("png")}>
          <FileImageIcon />
          PNG
        </DropdownMenuItem>
        <DropdownMenuItem disabled={!chartReady} onSelect={() => chart("svg")}>
          <FileImageIcon />
          SVG
        </DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
