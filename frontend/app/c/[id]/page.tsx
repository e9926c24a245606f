import { Workspace } from "@/components/workspace";
import { clientConfig } from "@/lib/server-config";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

/** A saved conversation: every turn is loaded back and follow-ups continue it. */
export default async function ConversationPage({ params }: Props) {
  const { id } = await params;
  return <Workspace config={clientConfig()} initial={{ conversationId: decodeURIComponent(id) }} />;
}
