import type { User } from '../../src/api/contract/schemas/enterprise'
import type { Handlers } from '../context'
import { buildBoard, buildCases, buildMyFigures } from '../domain/figures/board'
import { monthOf } from '../domain/figures/month'
import { forbidden, notFound, validationFailed } from '../errors'

/** The month asked for, or this one; a month still to come has no figures. */
function monthFor(query: { month?: string }, now: Date): string {
  const current = monthOf(now)
  const month = query.month ?? current
  if (month > current) throw validationFailed([{ path: 'month', message: '不能查看尚未到来的月份' }])
  return month
}

/** Whose cases: an admin names a specialist; a specialist sees only their own. */
function caseOwner(db: Parameters<Handlers['getFigureCases']>[0]['db'], user: User, asked?: string): User {
  if (user.role === 'specialist') {
    if (asked && asked !== user.id) throw forbidden('只能查看自己的服务数据')
    return user
  }
  if (!asked) throw validationFailed([{ path: 'specialistId', message: '请指定专员' }])
  const specialist = db.users.get(asked)
  if (!specialist || specialist.role !== 'specialist') throw notFound('专员不存在')
  return specialist
}

export const figureHandlers = {
  getBoard: ({ db, query, now }) => buildBoard(db, monthFor(query, now), now),

  getMyFigures: ({ db, user, query, now }) => buildMyFigures(db, user.id, monthFor(query, now), now),

  getFigureCases: ({ db, user, query, now }) => {
    const month = monthFor(query, now)
    const specialist = caseOwner(db, user, query.specialistId)
    return {
      month,
      specialistId: specialist.id,
      name: specialist.name,
      items: buildCases(db, specialist.id, month, now),
    }
  },
} satisfies Pick<Handlers, 'getBoard' | 'getMyFigures' | 'getFigureCases'>
