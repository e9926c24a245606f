"use client";

import {
  CopyIcon,
  DownloadIcon,
  HistoryIcon,
  LayoutTemplateIcon,
  Loader2Icon,
  SearchIcon,
  Share2Icon,
  UploadIcon,
} from "lucide-react";
import { useCallback, useRef, useState } from "react";
import { ListFooter } from "@/components/saved/list-footer";
import { SavedItem, savedAt } from "@/components/saved/saved-item";
import { TemplateVersions } from "@/components/saved/template-versions";
import { Button } from "@/components/ui/button";
import { Dialog, DialogTrigger, SheetContent } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { useSavedList } from "@/hooks/use-saved-list";
import type { ClientConfig } from "@/lib/api-client";
import { saveBlob } from "@/lib/download";
import {
  createTemplate,
  deleteTemplate,
  exportTemplate,
  getTemplate,
  importTemplate,
  listTemplates,
  renameTemplate,
  type TemplatePublic,
  type TemplateSummary,
} from "@/lib/saved-api";
import { exportFileName, readTemplateFile } from "@/lib/template-file";

type Props = {
  config: ClientConfig;
  currentId: string | null;
  onOpen: (id: string) => void;
  /** The template on screen changed (renamed, restored) or was deleted (null). */
  onCurrentChanged: (template: TemplatePublic | null) => void;
};

function summary(t: TemplatePublic): TemplateSummary {
  const chart = t.parameters?.chart_type;
  return {
    id: t.id,
    title: t.title,
    prompt: t.prompt,
    data_source: t.data_source,
    chart_type: typeof chart === "string" ? chart : (t.spec?.chart_type ?? null),
    version: t.version,
    created_at: t.created_at,
    updated_at: t.updated_at,
  };
}

const message = (err: unknown) => (err instanceof Error ? err.message : String(err));

/** "Templates": saved charts with search, open, rename, duplicate, export, versions, delete, and import. */
export function TemplatesDrawer({ config, currentId, onOpen, onCurrentChanged }: Props) {
  const [open, setOpen] = useState(false);
  const [notice, setNotice] = useState<{ kind: "error" | "ok"; text: string } | null>(null);
  const [versionsOf, setVersionsOf] = useState<string | null>(null);
  const [importing, setImporting] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const fetchPage = useCallback(
    (q: string, offset: number, signal: AbortSignal) => listTemplates(config, q, offset, signal),
    [config],
  );
  const list = useSavedList<TemplateSummary>(open, fetchPage);
  const { state } = list;

  const act = async (what: string, run: () => Promise<void>) => {
    setNotice(null);
    try {
      await run();
    } catch (err) {
      setNotice({ kind: "error", text: `Could not ${what}: ${message(err)}` });
    }
  };

  const changed = (t: TemplatePublic, first = false) => {
    list.updated(summary(t), first);
    if (t.id === currentId) onCurrentChanged(t);
  };

  const onFile = async (file: File) => {
    setNotice(null);
    setImporting(true);
    try {
      const read = readTemplateFile(await file.text(), file.size);
      if (!read.ok) {
        setNotice({ kind: "error", text: `“${file.name}” was not imported. ${read.message}` });
        return;
      }
      const saved = await importTemplate(config, read.file);
      changed(saved, true);
      setNotice({ kind: "ok", text: `Imported “${saved.title}”.` });
    } catch (err) {
      setNotice({ kind: "error", text: `“${file.name}” was not imported. ${message(err)}` });
    } finally {
      setImporting(false);
      if (fileInput.current) fileInput.current.value = "";
    }
  };

  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant="ghost" size="sm" className="max-sm:w-8 max-sm:px-0">
          <LayoutTemplateIcon />
          <span className="max-sm:sr-only">Templates</span>
        </Button>
      </DialogTrigger>
      <SheetContent title="Templates" description="Saved charts: open, share, export or import" side="right">
        <section aria-label="Templates" className="flex min-h-0 flex-1 flex-col gap-3 p-3">
          <div className="flex items-center gap-2">
            <div className="relative flex-1">
              <SearchIcon className="pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2 text-muted-foreground" />
              <Input
                type="search"
                aria-label="Search templates"
                placeholder="Search templates"
                value={state.query}
                onChange={(e) => list.search(e.target.value)}
                className="pl-8"
              />
            </div>
            <Button
              variant="outline"
              size="sm"
              disabled={importing}
              onClick={() => fileInput.current?.click()}
            >
              {importing ? <Loader2Icon className="animate-spin" /> : <UploadIcon />}
              Import
            </Button>
            <input
              ref={fileInput}
              type="file"
              accept=".json,application/json"
              aria-label="Import a template file"
              className="sr-only"
              tabIndex={-1}
              onChange={(e) => {
                const file = e.target.files?.[0];
                if (file) void onFile(file);
              }}
            />
          </div>
          {notice || state.error ? (
            <div
              role={notice?.kind === "ok" ? "status" : "alert"}
              className={
                notice?.kind === "ok"
                  ? "rounded-md border p-2 text-sm"
                  : "rounded-md border border-destructive/40 bg-destructive/5 p-2 text-sm text-destructive"
              }
            >
              {notice?.text ?? `Could not load the templates: ${state.error}`}
            </div>
          ) : null}
          <ul className="flex min-h-0 flex-1 flex-col gap-2 overflow-y-auto" aria-label="Saved templates">
            {state.items.map((item) => (
              <SavedItem
                key={item.id}
                kind="template"
                title={item.title}
                meta={[item.chart_type, `version ${item.version}`, item.data_source, savedAt(item.updated_at)]
                  .filter(Boolean)
                  .join(" · ")}
                href={`/?template=${encodeURIComponent(item.id)}`}
                current={item.id === currentId}
                onOpen={() => {
                  setOpen(false);
                  onOpen(item.id);
                }}
                onRename={async (title) => changed(await renameTemplate(config, item.id, title))}
                onDelete={() =>
                  void act("delete it", async () => {
                    await deleteTemplate(config, item.id);
                    list.removed(item.id);
                    if (item.id === currentId) onCurrentChanged(null);
                  })
                }
                extra={
                  <>
                    <Button
                      size="sm"
                      variant="ghost"
                      className="h-7 px-2"
                      onClick={() =>
                        void act("duplicate it", async () => {
                          const t = await getTemplate(config, item.id);
                          const { id: _id, version: _v, created_at: _c, updated_at: _u, ...content } = t;
                          const copy = await createTemplate(config, {
                            ...content,
                            title: `${t.title} (copy)`.slice(0, 200),
                          });
                          changed(copy, true);
                        })
                      }
                    >
                      <CopyIcon />
                      Duplicate
                    </Button>
                    <Button
                      size="sm"
                      variant="ghost"
                      className="h-7 px-2"
                      onClick={() =>
                        void act("export it", async () => {
                          const file = await exportTemplate(config, item.id);
                          const blob = new Blob([JSON.stringify(file, null, 2)], {
                            type: "application/json",
                          });
                          saveBlob(blob, exportFileName(file.title, file.id));
                        })
                      }
                    >
                      <DownloadIcon />
                      Export
                    </Button>
                    <Button
                      size="sm"
                      variant="ghost"
                      className="h-7 px-2"
                      aria-expanded={versionsOf === item.id}
                      onClick={() => setVersionsOf(versionsOf === item.id ? null : item.id)}
                    >
                      <HistoryIcon />
                      Versions
                    </Button>
                    <Button asChild size="sm" variant="ghost" className="h-7 px-2">
                      <a href={`/t/${encodeURIComponent(item.id)}`} target="_blank" rel="noopener">
                        <Share2Icon />
                        Share
                      </a>
                    </Button>
                  </>
                }
              >
                {versionsOf === item.id ? (
                  <TemplateVersions
                    config={config}
                    templateId={item.id}
                    current={item.version}
                    onRestored={(t) => changed(t)}
                  />
                ) : null}
              </SavedItem>
            ))}
            <ListFooter
              loading={state.pending !== null}
              empty={state.items.length === 0 && !state.error}
              emptyText={
                state.query ? "No template matches." : "No templates yet: use “Save as template” on a chart."
              }
              more={list.hasMore ? state.total - state.items.length : null}
              onMore={list.more}
            />
          </ul>
        </section>
      </SheetContent>
    </Dialog>
  );
}
