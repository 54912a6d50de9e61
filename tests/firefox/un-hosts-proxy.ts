import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import { readFile } from 'node:fs/promises';
import type { Socket } from 'node:net';
import { generate } from 'selfsigned';

/** What one address answers: a page's HTML, or a file with its media type. */
export type FixtureRoute = string | { file: string; type?: string };

export interface UnHostsProxy {
  /** The port Firefox's http and https proxy settings point at (on 127.0.0.1). */
  port: number;
  /** Addresses asked for, in order (e.g. "https://www.ohchr.org/un-demo.html"). */
  requested: string[];
  close: () => Promise<void>;
}

/**
 * A proxy that plays every web host for Firefox, on this machine, so that the store build (whose
 * content script runs on UN sites only) is tested on real UN addresses, as the Chromium tests do
 * with `context.route`. `routes` are full addresses without query ("https://www.ohchr.org/x.html");
 * anything else gets a 404 from the proxy itself: nothing is forwarded, nothing leaves the machine.
 * HTTPS is answered by accepting the tunnel (CONNECT) and ending TLS here with a self-signed
 * certificate made for this run, which Firefox takes because the session accepts insecure
 * certificates (launchFirefox's `proxyPort`).
 */
export async function serveUnHosts(routes: Record<string, FixtureRoute>): Promise<UnHostsProxy> {
  const requested: string[] = [];
  const answer = (scheme: 'http' | 'https') => async (req: IncomingMessage, res: ServerResponse) => {
    // Through a proxy a plain-http request carries its whole address; inside the tunnel, only the path.
    const url = new URL(req.url ?? '/', `${scheme}://${req.headers.host ?? 'unknown.invalid'}`);
    const address = `${url.protocol}//${url.host}${url.pathname}`;
    requested.push(address);
    const route = routes[address];
    if (route === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end(`not found: ${address}`);
      return;
    }
    try {
      const body = typeof route === 'string' ? route : await readFile(route.file);
      const type = typeof route === 'string' ? undefined : route.type;
      res.writeHead(200, { 'content-type': type ?? 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(body);
    } catch (error) {
      res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end(String(error));
    }
  };

  const { cert, private: key } = await generate([{ name: 'commonName', value: 'EndReprisals test hosts' }], {
    keySize: 2048,
    algorithm: 'sha256',
  });
  const tls = createTlsServer({ key, cert }, answer('https'));
  const proxy: Server = createServer(answer('http'));
  const tunnels = new Set<Socket>();
  proxy.on('connect', (_req: IncomingMessage, socket: Socket, head: Buffer) => {
    tunnels.add(socket);
    socket.once('close', () => tunnels.delete(socket));
    socket.on('error', () => socket.destroy());
    socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
    if (head.length > 0) socket.unshift(head);
    tls.emit('connection', socket);
  });
  await new Promise<void>((resolve, reject) => {
    proxy.once('error', reject);
    proxy.listen(0, '127.0.0.1', resolve);
  });
  const address = proxy.address();
  if (address === null || typeof address === 'string') throw new Error('the test proxy has no port');
  return {
    port: address.port,
    requested,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of tunnels) socket.destroy();
        tls.closeAllConnections();
        proxy.closeAllConnections();
        tls.close();
        proxy.close(() => resolve());
      }),
  };
}
