import { Workspace } from "@/components/workspace";
import { clientConfig } from "@/lib/server-config";

// VIZ_API_URL is read per request, so one build serves any backend.
export const dynamic = "force-dynamic";

export default function Page() {
  return <Workspace config={clientConfig()} />;
}
