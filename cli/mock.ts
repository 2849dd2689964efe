import { MOCK_COMMAND } from './options/mock-command.js';
import { readCommandLine } from './options/read-command-line.js';
import { runCommand } from './run-command.js';

/** `studymate-mock` (`npm run mock`): the mock API over HTTP on http://127.0.0.1:9000, the demo world loaded; `--help` lists its options. */
async function main(): Promise<void> {
  const options = readCommandLine(MOCK_COMMAND);
  // Only now the mocks and the HTTP edge (seconds to load): --help and a mistake on the command
  // line answer without them.
  const { serveMock } = await import('./serve-mock.js');
  await serveMock(options);
}

runCommand(main);
