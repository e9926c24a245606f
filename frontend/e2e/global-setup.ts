import type { TestProject } from "vitest/node";
import { type Servers, startServers } from "./servers";

declare module "vitest" {
  export interface ProvidedContext {
    backendUrl: string;
    frontendUrl: string;
  }
}

let servers: Servers | undefined;

export async function setup(project: TestProject): Promise<void> {
  servers = await startServers();
  project.provide("backendUrl", servers.backendUrl);
  project.provide("frontendUrl", servers.frontendUrl);
}

export async function teardown(): Promise<void> {
  servers?.stop();
}
