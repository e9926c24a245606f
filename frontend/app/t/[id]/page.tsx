import type { Metadata } from "next";
import { SharedTemplate } from "@/components/saved/shared-template";
import { clientConfig } from "@/lib/server-config";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Shared chart · Viz Orchestrator" };

type Props = { params: Promise<{ id: string }> };

/** A shared template, read-only: anyone with the link sees the chart and can try its parameters. */
export default async function SharedTemplatePage({ params }: Props) {
  const { id } = await params;
  return <SharedTemplate config={clientConfig()} templateId={decodeURIComponent(id)} />;
}
