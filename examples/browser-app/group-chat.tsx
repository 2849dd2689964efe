import { useEffect, useState, type SyntheticEvent } from 'react';
import type { ChatConnection, ChatMessageEvent, ChatState, Contract, StudyMateClient } from '@studymate/sdk';
import type { StudyMateQueries } from '@studymate/sdk/react-query';

/** One group's chat room: its connection state, the messages since it opened, and a box to send. */
function ChatRoom({ client, groupId }: { client: StudyMateClient; groupId: number }) {
  const [chat, setChat] = useState<ChatConnection | null>(null);
  const [state, setState] = useState<ChatState>('connecting');
  const [messages, setMessages] = useState<readonly ChatMessageEvent[]>([]);
  const [problem, setProblem] = useState('');
  const [draft, setDraft] = useState('');
  useEffect(() => {
    const connection = client.chat.group(groupId);
    setChat(connection);
    connection.on('state', setState);
    connection.on('message', () => setMessages([...connection.messages]));
    connection.on('error', (error) => setProblem(error.message));
    return () => connection.close();
  }, [client, groupId]);
  const send = (event: SyntheticEvent) => {
    event.preventDefault();
    chat?.send(draft).catch((error: unknown) => setProblem(String(error)));
    setDraft('');
  };
  return (
    <div>
      <p>
        Chat: <span data-testid="chat-state">{state}</span>
      </p>
      <ol aria-label="Messages">
        {messages.map((message) => (
          <li key={message.message_id}>
            <b>{message.sender_name}</b>: {message.content}
          </li>
        ))}
      </ol>
      <form onSubmit={send}>
        <input aria-label="Message" value={draft} onChange={(event) => setDraft(event.target.value)} />
        <button type="submit">Send</button>
      </form>
      {problem && <p role="alert">{problem}</p>}
    </div>
  );
}

/** The caller's groups; opening one connects to its chat room (and reconnects by itself). */
export function GroupChat({ api, client }: { api: StudyMateQueries<Contract>; client: StudyMateClient }) {
  const groups = api.groups.myGroups.useQuery();
  const [open, setOpen] = useState<number | null>(null);
  return (
    <section aria-label="Group chat">
      <h2>My groups</h2>
      <ul>
        {groups.data?.map((group) => (
          <li key={group.id}>
            {group.name} <button onClick={() => setOpen(group.id)}>Open chat</button>
          </li>
        ))}
      </ul>
      {open !== null && <ChatRoom key={open} client={client} groupId={open} />}
    </section>
  );
}
