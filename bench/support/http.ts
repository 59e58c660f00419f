import { serve, type ServerType } from "@hono/node-server";
import type { Server } from "node:http";

/** Serves `fetch` on a real loopback socket (an ephemeral port), as the CLI does. */
export function listen(
  fetch: (request: Request) => Response | Promise<Response>,
): Promise<ServerType & { port: number }> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch, hostname: "127.0.0.1", port: 0 }, (info) =>
      resolve(Object.assign(server, { port: info.port })),
    );
    server.once("error", reject);
  });
}

export async function close(server: ServerType): Promise<void> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  (server as Server).closeAllConnections();
  await closed;
}
