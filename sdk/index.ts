export { createClient, createClientFor, type CreateClientOptions, type StudyMateClient } from './client.js';
export { createMemoryTokenStore, createWebStorageTokenStore, type TokenStore } from './token-store.js';
export { contract, type Contract } from '../contract/index.js';
export type * from '../contract/index.js';
