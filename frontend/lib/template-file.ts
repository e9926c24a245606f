/** Reading an exported template file before it is sent to `POST /api/templates/import`. */
import { zTemplateExport } from "@/lib/api/zod.gen";
import { slug } from "@/lib/download";
import type { TemplateExport } from "@/lib/saved-api";

/** The backend refuses bodies above 1 MiB (`VIZ_MAX_BODY_BYTES`); a larger file is refused here first. */
export const MAX_TEMPLATE_FILE_BYTES = 1024 * 1024;

// Unknown fields are refused, as the backend does: a file with extras is not one we wrote.
const fileSchema = zTemplateExport.strict();

export type TemplateFileResult = { ok: true; file: TemplateExport } | { ok: false; message: string };

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/**
 * Checks a file's size, JSON and shape. Markup, imports and SQL are checked by the backend, whose
 * message is shown as is; this only spares the upload of files that cannot be templates.
 */
export function readTemplateFile(text: string, bytes: number): TemplateFileResult {
  if (bytes > MAX_TEMPLATE_FILE_BYTES) {
    return {
      ok: false,
      message: `The file is too large (${megabytes(bytes)}); a template file is at most ${megabytes(MAX_TEMPLATE_FILE_BYTES)}.`,
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, message: "The file is not valid JSON, so it is not an exported template." };
  }
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    return { ok: false, message: "The file does not hold a template (expected a JSON object)." };
  }
  const parsed = fileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? issue.path.join(".") : "file";
    const what =
      issue?.code === "unrecognized_keys"
        ? `unknown field ${issue.keys.map((k) => `"${k}"`).join(", ")}`
        : issue?.message;
    return { ok: false, message: `This is not a valid template file: ${where}: ${what ?? "invalid"}.` };
  }
  return { ok: true, file: parsed.data };
}

/** The file name an export is saved under. */
export function exportFileName(title: string, id: string): string {
  return `${slug(title, "template")}-${id.slice(0, 8)}.json`;
}
