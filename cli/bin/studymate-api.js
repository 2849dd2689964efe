#!/usr/bin/env node
// `studymate-api`: the reference server (cli/start.ts, what `npm start` runs). `--help` lists its options.
import { runTypeScript } from './run-typescript.js';

await runTypeScript('../start.ts');
