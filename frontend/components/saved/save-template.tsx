"use client";

import { BookmarkPlusIcon, Loader2Icon, RefreshCwIcon } from "lucide-react";
import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import type { ChatApi } from "@/hooks/use-chat";
import type { VizSpec } from "@/lib/api/types.gen";
import type { ClientConfig } from "@/lib/api-client";
import { activeTurn } from "@/lib/chat-reducer";
import {
  conflictVersion,
  createTemplate,
  getConversation,
  refreshTemplate,
  updateTemplate,
} from "@/lib/saved-api";
import { loadTemplateState, openTemplate, storedData } from "@/lib/saved-turns";
import {
  canSaveTemplate,
  isTemplateTurn,
  suggestedTemplateTitle,
  templateContent,
} from "@/lib/template-body";
import type { Turn } from "@/lib/types";

type Mode = "version" | "new";
type Status =
  | { kind: "idle" }
  | { kind: "saving" }
  | { kind: "conflict"; current: number; mine: number }
  | { kind: "error"; message: string };

const text = (err: unknown) => (err instanceof Error ? err.message : String(err));

/** "Save as template" (a new template, or a new version of the one opened) and "Refresh" for a template. */
export function SaveTemplate({ chat, config }: { chat: ChatApi; config: ClientConfig }) {
  const { state } = chat;
  const turn = activeTurn(state);
  const template = state.template ?? null;
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState("");
  const [mode, setMode] = useState<Mode>("new");
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const [saved, setSaved] = useState<string | null>(null);
  const [refreshing, setRefreshing] = useState(false);

  useEffect(() => {
    if (!saved) return;
    const t = setTimeout(() => setSaved(null), 5000);
    return () => clearTimeout(t);
  }, [saved]);

  const canSave = canSaveTemplate(turn) && !state.isGenerating;
  const begin = () => {
    if (!turn) return;
    setMode(template ? "version" : "new");
    setTitle(template?.title ?? suggestedTemplateTitle(turn));
    setStatus({ kind: "idle" });
    setOpen(true);
  };

  /** The chart plan to keep with the template (the backend reads a saved turn's plan itself on create). */
  const specFor = async (t: Turn): Promise<VizSpec | null> => {
    if (isTemplateTurn(t)) return template?.spec ?? null;
    if (!t.backendTurnId || !state.conversationId) return null;
    const conversation = await getConversation(config, state.conversationId);
    return conversation.turns.find((x) => x.id === t.backendTurnId)?.spec ?? null;
  };

  const save = async (how: Mode, baseVersion?: number) => {
    if (!turn || !canSaveTemplate(turn)) return;
    setStatus({ kind: "saving" });
    try {
      const overTemplate = how === "version" && template;
      const spec = overTemplate || !turn.backendTurnId ? await specFor(turn) : null;
      const content = templateContent(turn, { title, conversationId: state.conversationId, spec });
      const result = overTemplate
        ? await updateTemplate(config, template.id, { ...content, version: baseVersion ?? template.version })
        : await createTemplate(config, { ...content, turn_id: turn.backendTurnId });
      chat.applySaved({ type: "template-saved", template: openTemplate(result) });
      setSaved(`Saved version ${result.version}`);
      setStatus({ kind: "idle" });
      setOpen(false);
    } catch (err) {
      const current = conflictVersion(err);
      if (current !== null && template) {
        setStatus({ kind: "conflict", current, mine: baseVersion ?? template.version });
      } else {
        setStatus({ kind: "error", message: text(err) });
      }
    }
  };

  const reload = async () => {
    if (!template) return;
    setStatus({ kind: "saving" });
    try {
      chat.applySaved({ type: "load", state: await loadTemplateState(config, template.id) });
      setOpen(false);
      setStatus({ kind: "idle" });
    } catch (err) {
      setStatus({ kind: "error", message: text(err) });
    }
  };

  const refresh = async () => {
    if (!template || !turn) return;
    setRefreshing(true);
    try {
      const d = await refreshTemplate(config, template.id);
      const data = storedData({
        url: d.data_url,
        dataId: d.data_id,
        rowCount: d.row_count,
        engine: turn.artifact.engine ?? "duckdb",
        truncated: d.truncated,
        format: d.format,
        columns: d.columns,
      });
      const rows = `${d.row_count.toLocaleString("en-US")} ${d.row_count === 1 ? "row" : "rows"}`;
      chat.applySaved({
        type: "template-data",
        id: turn.id,
        data,
        note: `Refreshed: re-ran the saved SQL on current data (${rows}).`,
      });
      setSaved(`Refreshed: ${rows}`);
    } catch (err) {
      setSaved(null);
      setStatus({ kind: "error", message: `Could not refresh: ${text(err)}` });
    } finally {
      setRefreshing(false);
    }
  };

  const showRefresh = template && turn && isTemplateTurn(turn) && turn.artifact.sql !== null;
  const busy = status.kind === "saving";

  return (
    <>
      {saved ? (
        <span role="status" className="text-xs text-muted-foreground">
          {saved}
        </span>
      ) : null}
      {status.kind === "error" && !open ? (
        <span role="alert" className="text-xs text-destructive">
          {status.message}
        </span>
      ) : null}
      {showRefresh ? (
        <Button
          variant="outline"
          size="sm"
          onClick={() => void refresh()}
          disabled={refreshing || state.isGenerating}
        >
          <RefreshCwIcon className={refreshing ? "animate-spin" : undefined} />
          <span className="max-sm:sr-only">Refresh</span>
        </Button>
      ) : null}
      <Button variant="outline" size="sm" onClick={begin} disabled={!canSave} title="Save as template">
        <BookmarkPlusIcon />
        <span className="max-sm:sr-only">Save as template</span>
      </Button>
      <Dialog open={open} onOpenChange={(o) => !busy && setOpen(o)}>
        <DialogContent
          title="Save as template"
          description="Keeps the question, SQL, chart code, parameters and data, to open, refresh or share later."
        >
          <form
            className="flex flex-col gap-4 p-4"
            onSubmit={(e) => {
              e.preventDefault();
              void save(mode);
            }}
          >
            <div className="flex flex-col gap-1.5">
              <Label htmlFor="template-title">Template title</Label>
              <Input
                id="template-title"
                value={title}
                maxLength={200}
                required
                onChange={(e) => setTitle(e.target.value)}
              />
            </div>
            {template ? (
              <fieldset className="flex flex-col gap-2 text-sm">
                <legend className="mb-1 text-sm font-medium">Save</legend>
                <label className="flex items-center gap-2">
                  <input
                    type="radio"
                    name="mode"
                    checked={mode === "version"}
                    onChange={() => setMode("version")}
                  />
                  As a new version of “{template.title}” (now version {template.version})
                </label>
                <label className="flex items-center gap-2">
                  <input type="radio" name="mode" checked={mode === "new"} onChange={() => setMode("new")} />
                  As a new template
                </label>
              </fieldset>
            ) : null}
            {status.kind === "conflict" && template ? (
              <div
                role="alert"
                className="flex flex-col gap-2 rounded-lg border border-amber-500/50 bg-amber-500/5 p-3 text-sm"
              >
                <p>
                  “{template.title}” was saved elsewhere since you opened it: it is now at version{" "}
                  {status.current}, your changes started from version {status.mine}. Nothing has been
                  overwritten.
                </p>
                <div className="flex flex-wrap gap-2">
                  <Button type="button" size="sm" onClick={() => void save("version", status.current)}>
                    Overwrite with mine
                  </Button>
                  <Button type="button" size="sm" variant="outline" onClick={() => void save("new")}>
                    Save mine as a new template
                  </Button>
                  <Button type="button" size="sm" variant="outline" onClick={() => void reload()}>
                    Load version {status.current}
                  </Button>
                </div>
                <p className="text-xs text-muted-foreground">
                  Overwriting saves a new version; version {status.current} stays in the template’s versions.
                </p>
              </div>
            ) : null}
            {status.kind === "error" ? (
              <div
                role="alert"
                className="rounded-md border border-destructive/40 p-2 text-sm text-destructive"
              >
                {status.message}
              </div>
            ) : null}
            <div className="flex justify-end gap-2">
              <Button type="button" variant="outline" onClick={() => setOpen(false)} disabled={busy}>
                Cancel
              </Button>
              <Button type="submit" disabled={busy || !title.trim() || status.kind === "conflict"}>
                {busy ? <Loader2Icon className="animate-spin" /> : null}
                Save
              </Button>
            </div>
          </form>
        </DialogContent>
      </Dialog>
    </>
  );
}
