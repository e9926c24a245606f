"use client";

import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { ApiError, type ClientConfig } from "@/lib/api-client";
import { connectSource, type DatabaseKind, type Source, testSource } from "@/lib/sources-client";

const KINDS: { value: DatabaseKind; label: string; example: string }[] = [
  { value: "postgres", label: "Postgres", example: "postgresql://user:password@host:5432/database" },
  { value: "mysql", label: "MySQL", example: "host=127.0.0.1 port=3306 user=root database=shop" },
  { value: "sqlite", label: "SQLite", example: "/path/on/the/server/shop.sqlite" },
];

type Outcome = { kind: "ok"; text: string } | { kind: "error"; text: string } | null;

function message(err: unknown): string {
  return err instanceof ApiError || err instanceof Error ? err.message : String(err);
}

/** "Connect a database": kind, name and DSN; Test lists the tables found, Connect attaches read-only. */
export function ConnectPanel({
  config,
  onConnected,
}: {
  config: ClientConfig;
  onConnected: (s: Source) => void;
}) {
  const [kind, setKind] = useState<DatabaseKind>("postgres");
  const [name, setName] = useState("");
  const [dsn, setDsn] = useState("");
  const [busy, setBusy] = useState<"test" | "connect" | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const ids = { name: useId(), dsn: useId(), kind: useId() };
  const example = KINDS.find((k) => k.value === kind)?.example ?? "";

  async function run(action: "test" | "connect") {
    setBusy(action);
    setOutcome(null);
    try {
      if (action === "test") {
        const found = await testSource(config, kind, dsn.trim());
        const list = found.tables.slice(0, 12).join(", ");
        const more = found.tables.length > 12 ? ` and ${found.tables.length - 12} more` : "";
        setOutcome({
          kind: "ok",
          text: `Connected: ${found.tables.length} tables found${list ? ` (${list}${more})` : ""}.`,
        });
      } else {
        const source = await connectSource(config, { kind, name: name.trim(), dsn: dsn.trim() });
        setDsn("");
        setOutcome({
          kind: "ok",
          text: `${source.name} is connected read-only: ${source.tables?.length ?? 0} tables.`,
        });
        onConnected(source);
      }
    } catch (err) {
      setOutcome({ kind: "error", text: message(err) });
    } finally {
      setBusy(null);
    }
  }

  return (
    <form
      className="flex flex-col gap-3"
      onSubmit={(e) => {
        e.preventDefault();
        void run("connect");
      }}
    >
      <div className="grid gap-1.5">
        <Label htmlFor={ids.kind}>Database</Label>
        <Select value={kind} onValueChange={(v) => setKind(v as DatabaseKind)}>
          <SelectTrigger id={ids.kind} aria-label="Database">
            <SelectValue />
          </SelectTrigger>
          <SelectContent>
            {KINDS.map((k) => (
              <SelectItem key={k.value} value={k.value}>
                {k.label}
              </SelectItem>
            ))}
          </SelectContent>
        </Select>
      </div>
      <div className="grid gap-1.5">
        <Label htmlFor={ids.name}>Name</Label>
        <Input
          id={ids.name}
          value={name}
          placeholder="shop"
          pattern="[a-z][a-z0-9_]*"
          title="lower-case letters, digits and _, starting with a letter"
          onChange={(e) => setName(e.target.value)}
        />
      </div>
      <div className="grid gap-1.5">
        <Label htmlFor={ids.dsn}>Connection string</Label>
        <Input
          id={ids.dsn}
          value={dsn}
          type="password"
          autoComplete="off"
          placeholder={example}
          onChange={(e) => setDsn(e.target.value)}
        />
        <p className="text-xs text-muted-foreground">
          Attached read-only. The password stays on the server and is never shown again.
        </p>
      </div>
      {outcome ? (
        <p
          role={outcome.kind === "error" ? "alert" : "status"}
          className={
            outcome.kind === "error"
              ? "text-sm text-destructive"
              : "text-sm text-emerald-700 dark:text-emerald-400"
          }
        >
          {outcome.text}
        </p>
      ) : null}
      <div className="flex justify-end gap-2">
        <Button
          type="button"
          variant="outline"
          disabled={!dsn.trim() || busy !== null}
          onClick={() => void run("test")}
        >
          {busy === "test" ? "Testing…" : "Test"}
        </Button>
        <Button type="submit" disabled={!dsn.trim() || !name.trim() || busy !== null}>
          {busy === "connect" ? "Connecting…" : "Connect"}
        </Button>
      </div>
    </form>
  );
}
