import type { NextConfig } from "next";

/** The sandbox document may run generated code but never reach the network. */
export const SANDBOX_CSP = [
  "default-src 'none'",
  "script-src 'self' 'unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'none'",
].join("; ");

const config: NextConfig = {
  // The e2e run builds into its own directory so it never clobbers a running `next dev`.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  reactStrictMode: true,
  poweredByHeader: false,
  // `make dev` is how people run the product on a laptop: Next's dev badge sat on the question box (bottom left).
  devIndicators: false,
  // SSE is proxied through a route handler when an API token is configured; never buffer it.
  compress: false,
  async headers() {
    return [
      {
        source: "/sandbox/:path*",
        headers: [
          { key: "Content-Security-Policy", value: SANDBOX_CSP },
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Cross-Origin-Resource-Policy", value: "cross-origin" },
          { key: "Cache-Control", value: "no-cache" },
        ],
      },
    ];
  },
};

export default config;
