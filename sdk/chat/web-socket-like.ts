/** What the client needs of a WebSocket: the browser's, Node's global, or the `ws` package's. */
export interface WebSocketLike {
  onmessage: ((event: { data: unknown }) => void) | null;
  onclose: ((event: { code: number; reason: string }) => void) | null;
  onerror: ((event: unknown) => void) | null;
  send(data: string): void;
  close(code?: number, reason?: string): void;
  /** `ws` only: lets the client watch the server's pings. */
  on?(event: 'ping', listener: () => void): unknown;
  terminate?(): void;
}
export type WebSocketConstructor = new (url: string) => WebSocketLike;
