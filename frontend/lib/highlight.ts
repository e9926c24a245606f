/** Display-only syntax highlighting for SQL and TSX (a tokenizer for colours, never for parsing SQL). */

export type TokenKind = "keyword" | "string" | "number" | "comment" | "function" | "plain";
export type Token = { kind: TokenKind; text: string };

const SQL_KEYWORDS = new Set(
  `select from where group by order having limit offset join left right inner outer full cross on as and or not
  in is null like ilike between case when then else end distinct union all with asc desc nulls first last over
  partition window qualify values true false cast interval date timestamp filter within using exists any some
  except intersect recursive lateral pivot unpivot top`
    .split(/\s+/)
    .filter(Boolean),
);

const TS_KEYWORDS = new Set(
  `import export default from function return const let var if else for while of in new typeof instanceof
  type interface as extends true false null undefined switch case break continue try catch finally throw
  async await class this void`
    .split(/\s+/)
    .filter(Boolean),
);

type Rule = { kind: TokenKind; re: RegExp };

const SQL_RULES: Rule[] = [
  { kind: "comment", re: /--[^\n]*|\/\*[\s\S]*?\*\// },
  { kind: "string", re: /'(?:[^']|'')*'?/ },
  { kind: "plain", re: /"(?:[^"]|"")*"?/ },
  { kind: "number", re: /\b\d+(?:\.\d+)?(?:e[+-]?\d+)?\b/i },
  { kind: "function", re: /\b[a-z_][a-z0-9_]*(?=\s*\()/i },
  { kind: "keyword", re: /\b[a-z_][a-z0-9_]*\b/i },
];

const TS_RULES: Rule[] = [
  { kind: "comment", re: /\/\/[^\n]*|\/\*[\s\S]*?\*\// },
  { kind: "string", re: /"(?:[^"\\\n]|\\.)*"?|'(?:[^'\\\n]|\\.)*'?|`(?:[^`\\]|\\[\s\S])*`?/ },
  { kind: "number", re: /\b\d+(?:\.\d+)?\b/ },
  { kind: "function", re: /\b[A-Za-z_$][\w$]*(?=\s*\()/ },
  { kind: "keyword", re: /\b[A-Za-z_$][\w$]*\b/ },
];

function tokenize(source: string, rules: Rule[], keywords: Set<string>, caseInsensitive: boolean): Token[] {
  const combined = new RegExp(rules.map((r) => `(${r.re.source})`).join("|"), caseInsensitive ? "gi" : "g");
  const out: Token[] = [];
  const push = (kind: TokenKind, text: string) => {
    const last = out.at(-1);
    if (last && last.kind === kind) last.text += text;
    else out.push({ kind, text });
  };
  let index = 0;
  for (const m of source.matchAll(combined)) {
    if (m.index > index) push("plain", source.slice(index, m.index));
    const group = m.slice(1).findIndex((g) => g !== undefined);
    let kind = rules[group]?.kind ?? "plain";
    if (kind === "keyword")
      kind = keywords.has(caseInsensitive ? m[0].toLowerCase() : m[0]) ? "keyword" : "plain";
    if (kind === "function" && keywords.has(caseInsensitive ? m[0].toLowerCase() : m[0])) kind = "keyword";
    push(kind, m[0]);
    index = m.index + m[0].length;
  }
  if (index < source.length) push("plain", source.slice(index));
  return out;
}

/** SQL → coloured tokens (concatenating the texts gives back the input). */
export function highlightSql(sql: string): Token[] {
  return tokenize(sql, SQL_RULES, SQL_KEYWORDS, true);
}

/** TSX → coloured tokens (concatenating the texts gives back the input). */
export function highlightTsx(code: string): Token[] {
  return tokenize(code, TS_RULES, TS_KEYWORDS, false);
}
