import type { Message } from '@/api/contract/schemas/chat'
import { apiOrigin } from '@/api/http/http-client'

const pad = (n: number) => String(n).padStart(2, '0')

/** Beijing time whatever the phone's zone: every date in this app is a Chongqing date. */
function beijing(iso: string): Date {
  const date = new Date(iso)
  return new Date(date.getTime() + (date.getTimezoneOffset() + 480) * 60_000)
}

/** 10:05 today, 3月4日 10:05 before that (with the year when it isn't this one). */
export function formatChatTime(iso: string, now = new Date()): string {
  const date = beijing(iso)
  const today = beijing(now.toISOString())
  const time = `${pad(date.getHours())}:${pad(date.getMinutes())}`
  if (date.toDateString() === today.toDateString()) return time
  const day = `${date.getMonth() + 1}月${date.getDate()}日`
  return date.getFullYear() === today.getFullYear()
    ? `${day} ${time}`
    : `${date.getFullYear()}年${day} ${time}`
}

/** A separator goes above a message that comes 5 minutes or more after the one before it. */
export const SEPARATOR_GAP_MS = 5 * 60_000

export function needsSeparator(previous: { createdAt: string } | undefined, current: { createdAt: string }) {
  if (!previous) return true
  return Date.parse(current.createdAt) - Date.parse(previous.createdAt) >= SEPARATOR_GAP_MS
}

/** One line for the conversation list. */
export function previewOf(message: Pick<Message, 'type' | 'body'> | undefined): string {
  if (!message) return '暂无消息'
  if (message.type === 'image') return '[图片]'
  if (message.type === 'request_card') return '[服务申请]'
  return message.body
}

/** Uploaded files come back as /api/v1/files/<id>; a remote build puts the backend's origin in front. */
export function fileUrl(url: string): string {
  return url.startsWith('/') ? `${apiOrigin()}${url}` : url
}
