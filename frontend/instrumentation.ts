/**
 * Runs once when the Next.js server starts: the proxy's per-client address must come from the socket,
 * not from a header the browser can forge (see lib/client-address.ts).
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { installClientAddress } = await import("./lib/client-address-install");
    installClientAddress();
  }
}
