import { createServer, connect, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

/**
 * A load balancer as small as it gets: each new TCP connection goes to the next upstream port in
 * turn, skipping one that refuses. No stickiness, so a reconnect lands on the other instance.
 */
export interface RoundRobinProxy {
  url: string;
  /** The upstream port each accepted connection was sent to, in order. */
  routed: number[];
  /** Cuts every open connection, as a network failure would (no close frame). */
  cutAll(): number;
  close(): Promise<void>;
}

export async function startRoundRobinProxy(upstreamPorts: number[]): Promise<RoundRobinProxy> {
  let next = 0;
  const routed: number[] = [];
  const open = new Set<Socket>();
  const track = (socket: Socket) => {
    open.add(socket);
    socket.once('close', () => open.delete(socket));
  };

  function pipeTo(client: Socket, attemptsLeft: number): void {
    const port = upstreamPorts[next % upstreamPorts.length] ?? 0;
    next += 1;
    const upstream = connect({ host: '127.0.0.1', port });
    let connected = false;
    upstream.once('connect', () => {
      connected = true;
      routed.push(port);
      track(upstream);
      client.pipe(upstream).pipe(client);
      client.resume();
      client.once('close', () => upstream.destroy());
      upstream.once('close', () => client.destroy());
    });
    upstream.on('error', () => {
      upstream.destroy();
      // Refused (a dead instance): the next one; cut once connected: the client's connection too.
      if (connected || attemptsLeft <= 1) client.destroy();
      else pipeTo(client, attemptsLeft - 1);
    });
  }

  const server: Server = createServer({ pauseOnConnect: true }, (client) => {
    track(client);
    client.on('error', () => client.destroy());
    pipeTo(client, upstreamPorts.length);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    routed,
    cutAll: () => {
      const count = open.size;
      for (const socket of open) socket.destroy();
      return count;
    },
    close: () =>
      new Promise((resolve) => {
        for (const socket of open) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
