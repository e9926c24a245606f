import { CodeBlock } from "@/components/ui/code-block";
import { CopyButton } from "@/components/ui/copy-button";
import { highlightTsx } from "@/lib/highlight";

/** The generated component, read-only and copyable. */
export function CodeView({ code }: { code: string }) {
  return (
    <div className="relative flex min-h-0 flex-1 flex-col rounded-lg border bg-card">
      <div className="flex items-center gap-2 border-b px-3 py-1.5 text-xs text-muted-foreground">
        <span className="font-medium text-foreground">viz.tsx</span>
        <span>{code.split("\n").length} lines · read-only</span>
        <span className="ml-auto">
          <CopyButton text={code} label="Copy code" />
        </span>
      </div>
      <CodeBlock
        tokens={highlightTsx(code)}
        aria-label="Generated component code"
        tabIndex={0}
        className="min-h-0 flex-1 rounded-t-none bg-transparent"
        style={{ maxHeight: "calc(100vh - 200px)" }}
      />
    </div>
  );
}
