import useSWR, { useSWRConfig } from 'swr'

import type { Notice } from '@/api/contract/schemas/notice'
import { getNotices, markAllNoticesRead, markNoticeRead } from '@/api/endpoints/notices'
import type { ApiError } from '@/api/http/api-error'
import { useRealtimeEvent } from '@/api/realtime/use-realtime-event'
import { useCursorPages } from '@/components/use-cursor-pages'
import { useSessionStore } from '@/stores/session-store'

const PAGE_SIZE = 20
const COUNT = 'notice-count'
const LIST = 'notices'

/**
 * The unread count for the badges (我的, the 消息 header). One SWR key shared by every badge: a
 * notice.created from the socket or a reconnect refetches it once for all of them.
 */
export function useUnreadNoticeCount(): number {
  const token = useSessionStore((state) => state.token)
  const swr = useSWR<number, ApiError>(token ? [COUNT, token] : null, async () => {
    const page = await getNotices({ limit: 1 })
    return page.unreadCount
  })
  useRealtimeEvent(['notice.created', 'reconnected'], () => void swr.mutate())
  return swr.data ?? 0
}

/** The notice centre's list, newest first, paged by cursor; new ones arrive over the socket. */
export function useNoticeList() {
  const token = useSessionStore((state) => state.token)
  return useCursorPages(
    token ? [LIST, token] : null,
    (cursor) => getNotices({ cursor, limit: PAGE_SIZE }),
    ['notice.created', 'reconnected'],
    { dedupingInterval: 0 },
  )
}

type NoticeListState = ReturnType<typeof useNoticeList>

/** Marking read: the list and every badge show it at once; the backend's answer then confirms it. */
export function useNoticeActions(list: NoticeListState) {
  const token = useSessionStore((state) => state.token)
  const { mutate } = useSWRConfig()
  const refresh = () => Promise.all([mutate([COUNT, token]), list.mutate()])
  const markLocally = (read: (notice: Notice) => boolean) => {
    const at = new Date().toISOString()
    void list.mutate(
      (pages) =>
        pages?.map((page) => ({
          ...page,
          items: page.items.map((n) => (!n.readAt && read(n) ? { ...n, readAt: at } : n)),
        })),
      { revalidate: false },
    )
  }

  const markRead = (notice: Notice) => {
    if (notice.readAt) return Promise.resolve()
    // Optimistic: the badge counts down and the dot goes the moment the user taps.
    markLocally((n) => n.id === notice.id)
    void mutate([COUNT, token], (count?: number) => Math.max(0, (count ?? 1) - 1), { revalidate: false })
    return markNoticeRead(notice.id)
      .catch(() => undefined)
      .then(refresh)
  }

  const markAllRead = async () => {
    markLocally(() => true)
    void mutate([COUNT, token], 0, { revalidate: false })
    try {
      await markAllNoticesRead()
    } finally {
      await refresh()
    }
  }

  return { markRead, markAllRead }
}
