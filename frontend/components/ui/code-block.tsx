import type { ComponentProps } from "react";
import { cn } from "@/lib/cn";
import type { Token, TokenKind } from "@/lib/highlight";

const TOKEN_CLASS: Record<TokenKind, string> = {
  keyword: "text-code-keyword font-semibold",
  string: "text-code-string",
  number: "text-code-number",
  comment: "text-code-comment italic",
  function: "text-code-function",
  plain: "",
};

/** Highlighted tokens (the concatenated text is exactly the source). */
export function Tokens({ tokens }: { tokens: Token[] }) {
  return (
    <>
      {tokens.map((t, i) =>
        t.kind === "plain" ? (
          t.text
        ) : (
          <span key={i} className={TOKEN_CLASS[t.kind]}>
            {t.text}
          </span>
        ),
      )}
    </>
  );
}

export function CodeBlock({ tokens, className, ...props }: { tokens: Token[] } & ComponentProps<"pre">) {
  return (
    <pre
      className={cn(
        "overflow-auto rounded-md bg-muted/60 p-3 font-mono text-xs leading-relaxed whitespace-pre",
        className,
      )}
      {...props}
    >
      <code>
        <Tokens tokens={tokens} />
      </code>
    </pre>
  );
}
