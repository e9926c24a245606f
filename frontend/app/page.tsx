import { Workspace } from "@/components/workspace";
import { clientConfig } from "@/lib/server-config";

// VIZ_API_URL is read per request, so one build serves any backend.
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<{ template?: string | string[] }> };

/** The workspace; `/?template={id}` opens a saved template to continue from. */
export default async function Page({ searchParams }: Props) {
  const { template } = await searchParams;
  const templateId = typeof template === "string" && template ? template : undefined;
  return <Workspace config={clientConfig()} initial={{ templateId }} />;
}
