/** Node.js only (loaded by instrumentation.ts): installs the `X-Forwarded-For` overwrite on this process's servers. */
import http from "node:http";
import { overwriteForwardedFor, trustedHops } from "@/lib/client-address";

export function installClientAddress(): void {
  overwriteForwardedFor(http.Server, trustedHops(process.env));
}
