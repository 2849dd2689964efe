/**
 * The servers under load, in their own process so the load generator does not share their CPU:
 * a bare Express app (the baseline) and the reference server on the memory store.
 */
import express from 'express';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createCoreServices, silentLogger } from '../../server/core/index.js';
import { startServer } from '../../server/http/start-server.js';
import { createMemoryStore } from '../../server/store/memory/create-memory-store.js';

const bare = express();
bare.get('/ping/', (_request, response) => {
  response.json({ ok: true });
});
const bareServer = createServer(bare).listen(0, '127.0.0.1');
await new Promise((resolve) => bareServer.once('listening', resolve));

const ours = await startServer({
  ...createCoreServices({ store: createMemoryStore(), logger: silentLogger }),
  port: 0,
  host: '127.0.0.1',
});

process.stdout.write(
  `${JSON.stringify({ bare: `http://127.0.0.1:${(bareServer.address() as AddressInfo).port}`, ours: ours.url })}\n`,
);
