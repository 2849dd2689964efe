import { ChatRoom, type RoomMember } from './chat-room.js';

/** The hub's rooms by conversation id: a room is opened by its first socket and dropped with its last. */
export class RoomRegistry {
  private readonly rooms = new Map<number, ChatRoom>();

  constructor(private readonly onFault: (error: unknown) => void) {}

  get(conversationId: number): ChatRoom | undefined {
    return this.rooms.get(conversationId);
  }

  values(): IterableIterator<ChatRoom> {
    return this.rooms.values();
  }

  /** The conversation's room, opened when it has none. */
  open(conversationId: number): ChatRoom {
    let room = this.rooms.get(conversationId);
    if (!room) this.rooms.set(conversationId, (room = new ChatRoom(conversationId, this.onFault)));
    return room;
  }

  /** Takes a closed socket out of its room, and drops the room once it has no socket left. */
  leave(room: ChatRoom, member: RoomMember): void {
    if (room.leave(member) && this.rooms.get(room.conversationId) === room)
      this.rooms.delete(room.conversationId);
  }
}
