/**
 * The version of the API the documents describe (OpenAPI and AsyncAPI `info.version`). A breaking
 * change raises the major and gets an entry under that version in CHANGELOG.md: the drift guard
 * (test/contract/api-drift.test.ts, `npm run api:accept`) refuses it otherwise.
 */
export const API_VERSION = '1.0.0';
