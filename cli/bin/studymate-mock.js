#!/usr/bin/env node
// `studymate-mock`: the mock API over HTTP (cli/mock.ts, what `npm run mock` runs). `--help` lists its options.
import { runTypeScript } from './run-typescript.js';

await runTypeScript('../mock.ts');
