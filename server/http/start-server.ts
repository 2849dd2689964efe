import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp, type CreateAppOptions } from './create-app.js';

export interface StartServerOptions extends CreateAppOptions {
  /** @default 8000 */
  port?: number;
  /** @default '127.0.0.1' */
  host?: string;
}

export interface RunningServer {
  /** e.g. `http://127.0.0.1:8000` */
  url: string;
  server: Server;
  close(): Promise<void>;
}

/** Starts the reference server; `port: 0` picks a free port. */
export async function startServer(options: StartServerOptions): Promise<RunningServer> {
  const { port = 8000, host = '127.0.0.1', ...appOptions } = options;
  const server = createServer(createApp(appOptions));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${shownHost}:${address.port}`,
    server,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
