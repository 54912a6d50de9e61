import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';

export interface FixtureServer {
  origin: string;
  close: () => Promise<void>;
}

/**
 * Serves a fixed set of pages on 127.0.0.1 (a random free port). Test-only builds let the
 * content script and the web-accessible popup reach this origin; nothing else is served.
 */
export async function serveFixtures(routes: Record<string, string | { file: string; type?: string }>): Promise<FixtureServer> {
  const server: Server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const route = routes[path];
    if (route === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    try {
      const body = typeof route === 'string' ? route : await readFile(route.file);
      const type = typeof route === 'string' ? undefined : route.type;
      res.writeHead(200, { 'content-type': type ?? 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(body);
    } catch (error) {
      res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end(String(error));
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('fixture server has no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
