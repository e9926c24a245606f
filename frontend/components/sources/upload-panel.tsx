"use client";

import { UploadIcon } from "lucide-react";
import { useId, useRef } from "react";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/cn";

export type UploadState =
  | { phase: "idle" }
  | { phase: "uploading"; fileName: string; fraction: number }
  | { phase: "converting"; fileName: string }
  | { phase: "failed"; fileName: string; message: string };

const ACCEPT = ".csv,.tsv,.tab,.txt,.parquet,.xlsx,.json,.jsonl,.ndjson";

/** "Upload a file": a file input, a drop zone and the upload's progress or its error. */
export function UploadPanel({ state, onFile }: { state: UploadState; onFile: (file: File) => void }) {
  const input = useRef<HTMLInputElement>(null);
  const inputId = useId();
  const busy = state.phase === "uploading" || state.phase === "converting";
  return (
    <div className="flex flex-col gap-3">
      <label
        htmlFor={inputId}
        onDragOver={(e) => e.preventDefault()}
        onDrop={(e) => {
          e.preventDefault();
          e.stopPropagation();
          const file = e.dataTransfer.files[0];
          if (file && !busy) onFile(file);
        }}
        className={cn(
          "flex cursor-pointer flex-col items-center gap-2 rounded-lg border-2 border-dashed p-6 text-center text-sm text-muted-foreground hover:bg-accent/40",
          busy && "pointer-events-none opacity-60",
        )}
      >
        <UploadIcon className="size-6" aria-hidden />
        <span>
          Drop a file here or on the page, or <span className="text-primary underline">choose one</span>
        </span>
        <span className="text-xs">CSV, TSV, Parquet, Excel (.xlsx, each sheet a table) or JSON</span>
      </label>
      <input
        id={inputId}
        ref={input}
        type="file"
        aria-label="File to upload"
        accept={ACCEPT}
        className="sr-only"
        disabled={busy}
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) onFile(file);
          e.target.value = "";
        }}
      />
      {state.phase === "uploading" || state.phase === "converting" ? (
        <div className="flex flex-col gap-1 text-sm">
          <div className="flex justify-between">
            <span className="truncate">{state.fileName}</span>
            <span>{state.phase === "uploading" ? `${Math.round(state.fraction * 100)}%` : "Reading…"}</span>
          </div>
          <progress
            className="h-2 w-full accent-primary"
            aria-label="Upload progress"
            max={1}
            value={state.phase === "uploading" ? state.fraction : undefined}
          />
        </div>
      ) : null}
      {state.phase === "failed" ? (
        <div role="alert" className="rounded-md border border-destructive/40 bg-destructive/10 p-3 text-sm">
          <strong className="font-medium">{state.fileName} was not added.</strong> {state.message}
          <div className="mt-2">
            <Button size="sm" variant="outline" onClick={() => input.current?.click()}>
              Choose another file
            </Button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
