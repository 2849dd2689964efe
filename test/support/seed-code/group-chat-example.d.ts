/** Seed 000's group chat example code, run as written (see the .js file). */
export function runSeedGroupChatExample(page: {
  origin: string;
  groupId: number;
  token: string;
  displayMessage(data: unknown): void;
  showTypingIndicator(name: string): void;
  hideTypingIndicator(name: string): void;
  updateReadReceipts(ids: number[], userId: number): void;
  console: Pick<Console, 'log' | 'error'>;
}): {
  ws: WebSocket;
  sendMessage: (content: string) => void;
  sendTypingIndicator: (isTyping: boolean) => void;
  markMessagesRead: (messageIds: number[]) => void;
};
