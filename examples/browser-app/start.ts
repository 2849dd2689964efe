import { buildBrowserApp } from './build.js';
import { serveBrowserApp } from './serve.js';

/**
 * `npx tsx examples/browser-app/start.ts`: builds the app and serves it on http://127.0.0.1:5173
 * (PORT overrides). Open it as is for the MSW worker, or with `?api=http://127.0.0.1:8000` for a
 * server started with `npm start`.
 */
const sizes = await buildBrowserApp();
const { url } = await serveBrowserApp(
  new URL('./dist/', import.meta.url).pathname,
  Number(process.env['PORT'] ?? 5173),
);
for (const [file, { bytes, gzip }] of Object.entries(sizes))
  console.info(`${file}: ${bytes} B (${gzip} B gzipped)`);
console.info(`The example app: ${url}/ (the mocks), ${url}/?api=http://127.0.0.1:8000 (npm start)`);
