// Seed 000 "Example 3: Connect to Group Chat WebSocket", verbatim but for the URL's host
// (given as `origin`) and the wrapping function that supplies the page's own helpers.
// Prettier leaves this file alone (.prettierignore) so it stays as the seed wrote it.
export function runSeedGroupChatExample({ origin, groupId, token, displayMessage, showTypingIndicator, hideTypingIndicator, updateReadReceipts, console }) {
// Connect to group chat
const ws = new WebSocket(
  `${origin}/ws/groups/${groupId}/chat/?token=${token}`
);

ws.onopen = () => {
  console.log('Connected to group chat');
};

ws.onmessage = (event) => {
  const data = JSON.parse(event.data);

  switch (data.type) {
    case 'connection_established':
      console.log('Connection established');
      break;

    case 'chat_message':
      console.log(`${data.sender_name}: ${data.content}`);
      displayMessage(data);
      break;

    case 'typing_indicator':
      if (data.is_typing) {
        showTypingIndicator(data.user_name);
      } else {
        hideTypingIndicator(data.user_name);
      }
      break;

    case 'messages_read':
      updateReadReceipts(data.message_ids, data.user_id);
      break;

    case 'error':
      console.error('WebSocket error:', data.message);
      break;
  }
};

// Send a message
const sendMessage = (content) => {
  ws.send(JSON.stringify({
    type: 'chat_message',
    content: content
  }));
};

// Send typing indicator
const sendTypingIndicator = (isTyping) => {
  ws.send(JSON.stringify({
    type: 'typing_indicator',
    is_typing: isTyping
  }));
};

// Mark messages as read
const markMessagesRead = (messageIds) => {
  ws.send(JSON.stringify({
    type: 'message_read',
    message_ids: messageIds
  }));
};

return { ws, sendMessage, sendTypingIndicator, markMessagesRead };
}
