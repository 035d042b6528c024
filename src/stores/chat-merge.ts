import type { Message } from '@/api/contract/schemas/chat'

/** Loaded messages by seq, ascending, each seq once; a newer copy of a seq replaces the old one. */
export function mergeBySeq(current: readonly Message[], incoming: readonly Message[]): Message[] {
  if (incoming.length === 0) return current as Message[]
  const last = current[current.length - 1]
  // The common case (a live message after the last one) needs no sort.
  if (incoming.length === 1 && incoming[0] && (!last || incoming[0].seq > last.seq)) {
    return [...current, incoming[0]]
  }
  const bySeq = new Map<number, Message>()
  for (const message of current) bySeq.set(message.seq, message)
  for (const message of incoming) bySeq.set(message.seq, message)
  return [...bySeq.values()].sort((a, b) => a.seq - b.seq)
}

/**
 * The seq up to which the loaded window has no hole, starting from its first message: what to pass as
 * afterSeq to catch up. A live message that skips ahead must not hide the ones in between.
 */
export function contiguousEnd(messages: readonly Message[]): number {
  const first = messages[0]
  if (!first) return 0
  let end = first.seq
  for (const message of messages) {
    if (message.seq > end + 1) break
    end = Math.max(end, message.seq)
  }
  return end
}
