/** The socket URL of a connect: the room's URL with the token and, once known, `last_message_id`. */
export function chatSocketUrl(url: string, token: string, lastMessageId: number | null): string {
  const query = new URLSearchParams({ token });
  if (lastMessageId !== null) query.set('last_message_id', String(lastMessageId));
  return `${url}?${query.toString()}`;
}
