import { afterAll, describe, expect, it } from 'vitest';
import type { ChatMessageEvent } from '../../contract/index.js';
import {
  isRunning,
  killAndProveDead,
  runScriptToEnd,
  startServerProcess,
} from '../support/child-processes.js';
import { markedProcessesAfter } from '../support/marked-processes.js';
import { eventually } from '../support/sockets.js';
import { groupWithMembers, instanceOf, missingServices, sharedEnvironment, socketOn } from './instances.js';

/**
 * `npm start -- --workers N` (node:cluster): N processes behind one port, made one server by the
 * Redis backplane; refused with one line and exit code 2 without DATABASE_URL and REDIS_URL.
 */
const skipped = missingServices();
if (skipped) console.warn(`test/scale-out/workers.test.ts: ${skipped}`);

describe('npm start -- --workers N', () => {
  it.each([
    ['REDIS_URL', { REDIS_URL: '' }],
    ['DATABASE_URL', { DATABASE_URL: '' }],
  ])('refuses more than one worker without %s, in one line, exit code 2', async (_name, unset) => {
    const { code, output } = await runScriptToEnd('cli/start.ts', {
      args: ['--workers', '2'],
      env: {
        PORT: '0',
        DATABASE_URL: 'postgres://nowhere.invalid/none',
        REDIS_URL: 'redis://nowhere.invalid',
        ...unset,
      },
    });
    expect(code).toBe(2);
    expect(output.trim().split('\n')).toEqual([
      expect.stringMatching(/^--workers 2 needs DATABASE_URL .* and REDIS_URL /),
    ]);
  });

  it('refuses a worker count that is not one', async () => {
    const { code, output } = await runScriptToEnd('cli/start.ts', { args: ['--workers', 'many'] });
    expect(code).toBe(2);
    expect(output.trim()).toBe('--workers must be a whole number from 1 to 64, not "many".');
  });

  describe.skipIf(skipped !== null)('with DATABASE_URL and REDIS_URL', () => {
    const shared = sharedEnvironment('workers');
    const started: Parameters<typeof killAndProveDead>[0][] = [];
    afterAll(async () => {
      for (const child of started) if (isRunning(child)) await killAndProveDead(child);
      await shared.drop();
    });

    it('serves one port from 2 workers that behave as one server, and replaces a worker that dies', async () => {
      // JWT_SECRET unset: the primary gives every worker the same one.
      const { JWT_SECRET: _secret, ...env } = shared.env;
      const server = await startServerProcess(env, ['--workers', '2']);
      started.push(server.child);
      expect(server.child.output()).toMatch(/2 workers, Redis backplane/);
      const workers = async () =>
        (await markedProcessesAfter(server.child.mark, 0)).filter(
          (process) => process.commandLine.includes('cli/start.ts') && process.pid !== server.child.pid,
        );
      expect(await workers()).toHaveLength(2);

      const instance = instanceOf('workers', server);
      const { members, path } = await groupWithMembers(instance, 4);
      // Round-robin over the workers: four connections reach both.
      const sockets = await Promise.all(members.map((member) => socketOn(instance, path, member)));
      sockets.forEach((socket, index) => socket.send({ type: 'chat_message', content: `from ${index}` }));
      const received = (socket: (typeof sockets)[number]) =>
        socket.events.filter((event): event is ChatMessageEvent => event.type === 'chat_message');
      await eventually(() => sockets.every((socket) => received(socket).length === 4), '4 messages on each');
      const order = received(sockets[0]!).map((event) => event.message_id);
      for (const socket of sockets) expect(received(socket).map((event) => event.message_id)).toEqual(order);
      sockets.forEach((socket) => socket.close());

      const [victim] = await workers();
      process.kill(victim?.pid ?? 0, 'SIGKILL');
      await eventually(() => server.child.output().includes('starting a new one'), 'the primary noticing');
      await eventually(async () => (await workers()).length === 2, 'a new worker', 30_000);
      const status = await instance
        .client()
        .auth.login({ body: { email: 'student@studymate.dev', password: 'studymate123' } });
      expect(status.status).toBe(200);

      // SIGTERM to the primary stops every worker, then the primary, cleanly.
      server.child.process.kill('SIGTERM');
      expect(await server.child.exited).toEqual({ code: 0, signal: null });
      expect(await workers()).toEqual([]);
    });
  });
});
