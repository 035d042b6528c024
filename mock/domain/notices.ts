import { STATUS_LABELS } from '../../src/api/contract/rules/labels'
import type { User } from '../../src/api/contract/schemas/enterprise'
import type { Notice, NoticeKind, NoticeTarget } from '../../src/api/contract/schemas/notice'
import type { ServiceRequest, RequestAction } from '../../src/api/contract/schemas/service-request'
import { ownerIdsOf } from '../access'
import { addDays, parseIso, toIso } from '../clock'
import type { Emit } from '../context'
import { nextId, type Db, type NoticeRow, type SalonRow } from '../db'
import { salonBookings } from '../views'

export interface NoticeInput {
  kind: NoticeKind
  title: string
  body: string
  target: NoticeTarget
  /** For notices that must exist once (the time-based ones): a second notify with the same key is a no-op. */
  onceKey?: string
}

/** A completed request not rated within this many days invites its owners to rate (issue 16). */
export const RATING_INVITATION_DAYS = 3
/** A booked salon starting within this many hours reminds its attendees (开场提醒). */
export const SALON_REMINDER_HOURS = 24

/** The notice as its reader gets it: without whose it is and the backend's dedupe key. */
export function noticeView(row: NoticeRow): Notice {
  const { userId: _user, onceKey: _key, seq: _seq, ...notice } = row
  void _user
  void _key
  void _seq
  return notice
}

/**
 * The one way a notice is made: stored for `userId` and pushed to their sockets as notice.created.
 * A real backend would also send the WeChat subscription message here when the user has an unused
 * consent for the notice's topic (NOTICE_TOPICS; subscribeMessage.send from the server, then one
 * consent used); the mock only records consents.
 */
export function notify(
  db: Db,
  emit: Emit,
  userId: string,
  input: NoticeInput,
  at: Date,
): NoticeRow | undefined {
  if (!db.users.has(userId)) return undefined
  const onceKey = input.onceKey ? `${userId}|${input.onceKey}` : undefined
  if (onceKey && [...db.notices.values()].some((n) => n.onceKey === onceKey)) return undefined
  const seq = (db.counters['noticeSeq'] = (db.counters['noticeSeq'] ?? 0) + 1)
  const row: NoticeRow = {
    id: nextId(db, 'ntc'),
    userId,
    seq,
    kind: input.kind,
    title: input.title,
    body: input.body,
    target: input.target,
    createdAt: toIso(at),
    ...(onceKey ? { onceKey } : {}),
  }
  db.notices.set(row.id, row)
  emit([userId], 'notice.created', noticeView(row))
  return row
}

const requestName = (db: Db, request: ServiceRequest) =>
  `${db.serviceTypes.find((t) => t.code === request.serviceType)?.name ?? '服务申请'}（${request.number}）`

/** What the owners hear when the specialist moves their request, by action. */
const OWNER_TITLES: Partial<Record<RequestAction, string>> = {
  accept: '申请已受理',
  start: '申请开始办理',
  request_materials: '需要补充材料',
  complete: '申请已办结',
}

/** What the assignee hears when the owner acts on the request. */
const ASSIGNEE_TITLES: Partial<Record<RequestAction, string>> = {
  submit_materials: '企业已补充材料',
  cancel: '企业撤销了申请',
  rate: '企业评价了服务',
}

/**
 * After a request was created (`action` undefined) or an action applied: a specialist's step tells
 * the enterprise's owners, an owner's step tells the assignee. One notice per person.
 */
export function notifyRequestChange(
  db: Db,
  emit: Emit,
  request: ServiceRequest,
  actor: User,
  action: RequestAction | undefined,
  at: Date,
): void {
  const target: NoticeTarget = { type: 'request', id: request.id }
  const name = requestName(db, request)
  if (!action) {
    notify(
      db,
      emit,
      request.assigneeId,
      {
        kind: 'request_status',
        title: '新的服务申请',
        body: `${db.enterprises.get(request.enterpriseId)?.name ?? '企业'}提交了${name}`,
        target,
      },
      at,
    )
    return
  }
  const note = request.timeline[request.timeline.length - 1]?.note
  if (actor.role === 'specialist') {
    const title = OWNER_TITLES[action]
    if (!title) return
    const body =
      action === 'request_materials'
        ? `${name}需要补充材料：${note ?? '请查看申请详情'}`
        : action === 'complete'
          ? `${name}已办结，欢迎评价本次服务`
          : `${name}当前状态：${STATUS_LABELS[request.status]}`
    const kind: NoticeKind = action === 'request_materials' ? 'materials_requested' : 'request_status'
    for (const ownerId of ownerIdsOf(db, request.enterpriseId))
      notify(db, emit, ownerId, { kind, title, body, target }, at)
    return
  }
  const title = ASSIGNEE_TITLES[action]
  if (!title) return
  const score = request.rating?.score
  const body = action === 'rate' && score !== undefined ? `${name}获得 ${score} 星评价` : `${name}：${title}`
  notify(db, emit, request.assigneeId, { kind: 'request_status', title, body, target }, at)
}

const beijing = (iso: string) => {
  const local = new Date(parseIso(iso).getTime() + 8 * 3600_000).toISOString()
  return `${Number(local.slice(5, 7))}月${Number(local.slice(8, 10))}日 ${local.slice(11, 16)}`
}

/**
 * A specialist raised a request on the enterprise's behalf: its owners hear it is theirs now, and so
 * does the assignee when someone else raised it.
 */
export function notifyRequestRaised(
  db: Db,
  emit: Emit,
  request: ServiceRequest,
  raiser: User,
  at: Date,
): void {
  const target: NoticeTarget = { type: 'request', id: request.id }
  const name = requestName(db, request)
  for (const ownerId of ownerIdsOf(db, request.enterpriseId)) {
    const body = `${raiser.name}为您代为发起了${name}，您可以补充材料或撤销`
    notify(db, emit, ownerId, { kind: 'request_status', title: '专员为您发起了申请', body, target }, at)
  }
  if (request.assigneeId !== raiser.id) {
    const enterprise = db.enterprises.get(request.enterpriseId)?.name ?? '企业'
    const body = `${raiser.name}代${enterprise}发起了${name}`
    notify(db, emit, request.assigneeId, { kind: 'request_status', title: '新的服务申请', body, target }, at)
  }
}

/** Everyone still holding a seat or a waitlist place. */
const activeHolders = (db: Db, salonId: string) =>
  salonBookings(db, salonId)
    .filter((b) => b.status === 'confirmed' || b.status === 'waitlisted' || b.status === 'offered')
    .map((b) => b.userId)

/** A booking made (seat or waitlist) or promoted from the waitlist. */
export function notifyBooking(
  db: Db,
  emit: Emit,
  salon: SalonRow,
  userId: string,
  how: 'confirmed' | 'promoted' | 'offered',
  at: Date,
  offerExpiresAt?: string,
): void {
  const target: NoticeTarget = { type: 'salon', id: salon.id }
  const when = `${beijing(salon.startAt)} · ${salon.location}`
  if (how === 'offered') {
    const until = offerExpiresAt ? `请在 ${beijing(offerExpiresAt)} 前确认，逾期名额将顺延给下一位。` : ''
    notify(
      db,
      emit,
      userId,
      {
        kind: 'booking_offered',
        title: '候补名额待确认',
        body: `「${salon.title}」空出一个名额留给您，${until}${when}`,
        target,
      },
      at,
    )
    return
  }
  if (how === 'promoted') {
    notify(
      db,
      emit,
      userId,
      {
        kind: 'booking_promoted',
        title: '候补成功，您已获得席位',
        body: `「${salon.title}」有人取消了报名，您已递补成功。${when}`,
        target,
      },
      at,
    )
    return
  }
  notify(
    db,
    emit,
    userId,
    { kind: 'booking_confirmed', title: '报名成功', body: `「${salon.title}」${when}`, target },
    at,
  )
}

/**
 * Before an edit is applied: tells holders what changed that matters to them (time, place, title).
 * Nothing they would notice changed (capacity, text): no notice.
 */
export function notifySalonChange(
  db: Db,
  emit: Emit,
  before: SalonRow,
  after: Pick<SalonRow, 'title' | 'startAt' | 'endAt' | 'location'>,
  at: Date,
): void {
  if (before.status !== 'published') return
  const changes: string[] = []
  if (after.startAt !== before.startAt || after.endAt !== before.endAt)
    changes.push(`时间改为 ${beijing(after.startAt)}`)
  if (after.location !== before.location) changes.push(`地点改为 ${after.location}`)
  if (after.title !== before.title) changes.push(`更名为「${after.title}」`)
  if (!changes.length) return
  const target: NoticeTarget = { type: 'salon', id: before.id }
  for (const userId of activeHolders(db, before.id))
    notify(
      db,
      emit,
      userId,
      {
        kind: 'salon_changed',
        title: '活动信息有变更',
        body: `「${before.title}」${changes.join('，')}`,
        target,
      },
      at,
    )
}

/** Before the bookings of a cancelled salon are cancelled: everyone who held one hears why. */
export function notifySalonCancelled(db: Db, emit: Emit, salon: SalonRow, reason: string, at: Date): void {
  const target: NoticeTarget = { type: 'salon', id: salon.id }
  for (const userId of activeHolders(db, salon.id))
    notify(
      db,
      emit,
      userId,
      {
        kind: 'salon_cancelled',
        title: '活动已取消',
        body: `「${salon.title}」已取消：${reason}`,
        target,
      },
      at,
    )
}

/**
 * The time-based notices, derived from the backend's clock: a completed request not rated within
 * RATING_INVITATION_DAYS invites its owners to rate, and a salon starting within SALON_REMINDER_HOURS
 * reminds those with a seat. Idempotent (each has a once-key), so it may run as often as wanted: the
 * backend runs it before each signed-in call, which is the mock's clock tick.
 */
export function sweepNotices(db: Db, emit: Emit, now: Date): void {
  const nowMs = now.getTime()
  // Runs before every call: those already made are skipped here, without notify's scan for each.
  const made = new Set<string>()
  for (const notice of db.notices.values()) if (notice.onceKey) made.add(notice.onceKey)
  const due = (userId: string, key: string) => !made.has(`${userId}|${key}`)
  for (const request of db.requests.values()) {
    if (request.status !== 'completed' || request.rating || !request.completedAt) continue
    if (addDays(parseIso(request.completedAt), RATING_INVITATION_DAYS).getTime() > nowMs) continue
    for (const ownerId of ownerIdsOf(db, request.enterpriseId).filter((id) =>
      due(id, `rating|${request.id}`),
    ))
      notify(
        db,
        emit,
        ownerId,
        {
          kind: 'rating_invitation',
          title: '邀请您评价服务',
          body: `${requestName(db, request)}已办结 ${RATING_INVITATION_DAYS} 天，请为本次服务打分`,
          target: { type: 'request', id: request.id },
          onceKey: `rating|${request.id}`,
        },
        now,
      )
  }
  for (const salon of db.salons.values()) {
    if (salon.status !== 'published') continue
    const start = parseIso(salon.startAt).getTime()
    if (start <= nowMs || start - nowMs > SALON_REMINDER_HOURS * 3600_000) continue
    for (const booking of salonBookings(db, salon.id)) {
      if (booking.status !== 'confirmed' || !due(booking.userId, `reminder|${salon.id}`)) continue
      notify(
        db,
        emit,
        booking.userId,
        {
          kind: 'salon_tomorrow',
          title: '活动即将开始',
          body: `「${salon.title}」将于 ${beijing(salon.startAt)} 开始，地点：${salon.location}`,
          target: { type: 'salon', id: salon.id },
          onceKey: `reminder|${salon.id}`,
        },
        now,
      )
    }
  }
}
