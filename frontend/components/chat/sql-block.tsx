import { DatabaseIcon } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { CodeBlock } from "@/components/ui/code-block";
import { CopyButton } from "@/components/ui/copy-button";
import { highlightSql } from "@/lib/highlight";

/** Highlighted, copyable SQL with the engine that ran it. */
export function SqlBlock({
  sql,
  engine,
  tool,
}: {
  sql: string;
  engine?: string | null;
  tool?: string | null;
}) {
  return (
    <div className="rounded-lg border bg-card">
      <div className="flex items-center gap-2 border-b px-3 py-1.5 text-xs text-muted-foreground">
        <DatabaseIcon className="size-3.5" />
        <span className="font-medium text-foreground">SQL</span>
        {engine ? <Badge variant="secondary">{engine}</Badge> : null}
        {tool ? <span className="truncate">{tool}</span> : null}
        <span className="ml-auto">
          <CopyButton text={sql} label="Copy SQL" />
        </span>
      </div>
      <CodeBlock
        tokens={highlightSql(sql)}
        className="max-h-64 rounded-t-none bg-transparent whitespace-pre-wrap"
      />
    </div>
  );
}
