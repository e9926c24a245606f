"use client";

import { DatabaseIcon, DatabaseZapIcon } from "lucide-react";
import { useCallback, useEffect, useRef, useState } from "react";
import { ConnectPanel } from "@/components/sources/connect-panel";
import { SchemaBrowser } from "@/components/sources/schema-browser";
import { UploadPanel, type UploadState } from "@/components/sources/upload-panel";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, SheetContent } from "@/components/ui/dialog";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import type { ClientConfig } from "@/lib/api-client";
import {
  listSources,
  refreshSource,
  removeSource,
  type Source,
  suggestedName,
  uploadFile,
} from "@/lib/sources-client";

function hasFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer?.types ?? []).includes("Files");
}

/**
 * "Add data" (upload a file or connect a database) and "Sources" (the schema browser), plus a drop
 * target covering the whole page. `onChanged` runs after every change so the catalog is read again.
 */
export function SourcesBar({ config, onChanged }: { config: ClientConfig; onChanged: () => void }) {
  const [open, setOpen] = useState<"add" | "browse" | null>(null);
  const [tab, setTab] = useState<"upload" | "connect">("upload");
  const [sources, setSources] = useState<Source[]>([]);
  const [upload, setUpload] = useState<UploadState>({ phase: "idle" });
  const [added, setAdded] = useState<Source | null>(null);
  const [dragging, setDragging] = useState(false);
  const [browseError, setBrowseError] = useState<string | null>(null);
  const depth = useRef(0);

  const reload = useCallback(async () => {
    try {
      setSources(await listSources(config));
    } catch {
      // the browser shows what it has; the next change reads again
    }
  }, [config]);

  const changed = useCallback(
    async (source?: Source) => {
      if (source) setAdded(source);
      await reload();
      onChanged();
    },
    [reload, onChanged],
  );

  const send = useCallback(
    async (file: File) => {
      setOpen("add");
      setTab("upload");
      setAdded(null);
      setUpload({ phase: "uploading", fileName: file.name, fraction: 0 });
      try {
        const source = await uploadFile(
          config,
          file,
          (fraction) =>
            setUpload(
              fraction >= 1
                ? { phase: "converting", fileName: file.name }
                : { phase: "uploading", fileName: file.name, fraction },
            ),
          suggestedName(file.name),
        );
        setUpload({ phase: "idle" });
        await changed(source);
      } catch (err) {
        setUpload({
          phase: "failed",
          fileName: file.name,
          message: err instanceof Error ? err.message : String(err),
        });
      }
    },
    [config, changed],
  );

  useEffect(() => {
    void reload();
  }, [reload]);

  // Dropping a file anywhere on the page uploads it.
  useEffect(() => {
    const enter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth.current += 1;
      setDragging(true);
    };
    const leave = () => {
      depth.current = Math.max(0, depth.current - 1);
      if (depth.current === 0) setDragging(false);
    };
    const over = (e: DragEvent) => {
      if (hasFiles(e)) e.preventDefault();
    };
    const drop = (e: DragEvent) => {
      depth.current = 0;
      setDragging(false);
      const file = e.dataTransfer?.files[0];
      if (!file) return;
      e.preventDefault();
      void send(file);
    };
    window.addEventListener("dragenter", enter);
    window.addEventListener("dragleave", leave);
    window.addEventListener("dragover", over);
    window.addEventListener("drop", drop);
    return () => {
      window.removeEventListener("dragenter", enter);
      window.removeEventListener("dragleave", leave);
      window.removeEventListener("dragover", over);
      window.removeEventListener("drop", drop);
    };
  }, [send]);

  const act = async (work: () => Promise<unknown>) => {
    setBrowseError(null);
    try {
      await work();
    } catch (err) {
      setBrowseError(err instanceof Error ? err.message : String(err));
    }
    await changed();
  };

  const addedTables = added?.tables ?? [];
  return (
    <>
      {/* Icons only on a phone (the names stay for screen readers): the header has room for little more. */}
      <Button variant="ghost" size="sm" className="max-sm:w-8 max-sm:px-0" onClick={() => setOpen("add")}>
        <DatabaseZapIcon />
        <span className="max-sm:sr-only">Add data</span>
      </Button>
      <Button variant="ghost" size="sm" className="max-sm:w-8 max-sm:px-0" onClick={() => setOpen("browse")}>
        <DatabaseIcon />
        <span className="max-sm:sr-only">Sources</span>
      </Button>
      {dragging ? (
        <div className="pointer-events-none fixed inset-0 z-30 grid place-items-center bg-primary/10 ring-4 ring-primary ring-inset">
          <p className="rounded-md bg-card px-4 py-2 text-sm font-medium shadow">Drop the file to add it</p>
        </div>
      ) : null}
      <Dialog open={open === "add"} onOpenChange={(o) => setOpen(o ? "add" : null)}>
        <DialogContent
          title="Add data"
          description="Upload a file or connect a database; its tables can be asked about at once."
          className="max-w-lg"
        >
          <div className="flex flex-col gap-3 p-4">
            <Tabs value={tab} onValueChange={(v) => setTab(v as "upload" | "connect")}>
              <TabsList>
                <TabsTrigger value="upload">Upload a file</TabsTrigger>
                <TabsTrigger value="connect">Connect a database</TabsTrigger>
              </TabsList>
              <TabsContent value="upload">
                <UploadPanel state={upload} onFile={(file) => void send(file)} />
              </TabsContent>
              <TabsContent value="connect">
                <ConnectPanel config={config} onConnected={(s) => void changed(s)} />
              </TabsContent>
            </Tabs>
            {added ? (
              <div role="status" className="rounded-md border bg-muted/40 p-3 text-sm">
                <p>
                  <strong>{added.name}</strong> added:{" "}
                  {addedTables.map((t) => t.name).join(", ") || "no tables"}. Ask a question about it.
                </p>
                <div className="mt-2">
                  <SchemaBrowser sources={[added]} />
                </div>
              </div>
            ) : null}
          </div>
        </DialogContent>
      </Dialog>
      <Dialog open={open === "browse"} onOpenChange={(o) => setOpen(o ? "browse" : null)}>
        <SheetContent title="Sources" description="Every table you can ask about, by source" side="right">
          <div className="flex min-h-0 flex-1 flex-col gap-3 overflow-y-auto p-3">
            {browseError ? (
              <p role="alert" className="text-sm text-destructive">
                {browseError}
              </p>
            ) : null}
            <SchemaBrowser
              sources={sources}
              onRefresh={(name) => act(() => refreshSource(config, name))}
              onRemove={(name) => act(() => removeSource(config, name))}
            />
          </div>
        </SheetContent>
      </Dialog>
    </>
  );
}
