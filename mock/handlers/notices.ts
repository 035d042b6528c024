import type { SubscriptionConsent } from '../../src/api/contract/schemas/notice'
import { toIso } from '../clock'
import { paginate, type Handlers } from '../context'
import type { Db, NoticeRow } from '../db'
import { noticeView } from '../domain/notices'
import { notFound } from '../errors'

/** A user's own notices, newest first. Tenancy is ownership: no one else's notice is ever listed or found. */
const noticesOf = (db: Db, userId: string): NoticeRow[] =>
  [...db.notices.values()].filter((n) => n.userId === userId).sort((a, b) => b.seq - a.seq)

const unreadCount = (db: Db, userId: string) => noticesOf(db, userId).filter((n) => !n.readAt).length

export const noticeHandlers = {
  getNotices: ({ db, user, query }) => {
    const rows = noticesOf(db, user.id).filter((n) => !query.unread || !n.readAt)
    const page = paginate(rows, query)
    return {
      items: page.items.map(noticeView),
      nextCursor: page.nextCursor,
      unreadCount: unreadCount(db, user.id),
    }
  },

  markNoticeRead: ({ db, user, id, now }) => {
    const row = db.notices.get(id)
    // Someone else's notice is "not found": its existence must not leak.
    if (!row || row.userId !== user.id) throw notFound('通知不存在')
    row.readAt ??= toIso(now)
    return noticeView(row)
  },

  markAllNoticesRead: ({ db, user, now }) => {
    let updated = 0
    for (const row of noticesOf(db, user.id)) {
      if (row.readAt) continue
      row.readAt = toIso(now)
      updated += 1
    }
    return { updated, unreadCount: 0 as const }
  },

  /**
   * Records WeChat's answer per template. Each accept of a one-time template is one message the
   * backend may send later; a ban (WeChat banned the template) leaves none.
   */
  recordSubscriptions: ({ db, user, body, now }) => {
    for (const choice of body.choices) {
      const key = `${user.id}|${choice.topic}`
      const before = db.subscriptions.get(key)
      const available =
        choice.result === 'ban' ? 0 : (before?.available ?? 0) + (choice.result === 'accept' ? 1 : 0)
      db.subscriptions.set(key, {
        userId: user.id,
        topic: choice.topic,
        templateId: choice.templateId,
        lastResult: choice.result,
        available,
        updatedAt: toIso(now),
      })
    }
    const items: SubscriptionConsent[] = [...db.subscriptions.values()]
      .filter((row) => row.userId === user.id)
      .map(({ userId: _user, ...consent }) => (void _user, consent))
    return { items }
  },
} satisfies Pick<Handlers, 'getNotices' | 'markNoticeRead' | 'markAllNoticesRead' | 'recordSubscriptions'>
