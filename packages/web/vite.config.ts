import { defineConfig, type ProxyOptions } from "vite";
import react from "@vitejs/plugin-react";

const API = "http://127.0.0.1:4870";

/**
 * The dev server forwards /api to a running Loopwise. The server refuses state changes whose
 * Origin is not its own host (CSRF guard), so the proxy presents the request as same-origin.
 */
const apiProxy: ProxyOptions = {
  target: API,
  changeOrigin: true,
  configure: (proxy) => {
    proxy.on("proxyReq", (request) => {
      if (request.getHeader("origin")) request.setHeader("origin", API);
    });
  },
};

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // One ~300 KB (gzip) bundle read from the local disk; splitting it would not be felt.
    chunkSizeWarningLimit: 1500,
    // The styles use CSS light-dark() against Mantine's color-scheme; browsers from 2024 on have it,
    // and transpiling it would need a literal color-scheme the theme switch does not write.
    cssTarget: ["chrome123", "edge123", "firefox120", "safari17.5"],
  },
  server: {
    port: 5173,
    proxy: { "/api": apiProxy },
  },
  preview: {
    proxy: { "/api": apiProxy },
  },
});
