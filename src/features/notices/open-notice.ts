import type { Role } from '@/api/contract/schemas/common'
import type { NoticeTarget } from '@/api/contract/schemas/notice'
import { requestPageFor, routes, type PageUrl } from '@/navigation/routes'

/** The page of the object a notice is about, as the reader's role opens it. */
export function noticeTargetUrl(role: Role | undefined, target: NoticeTarget): PageUrl {
  return target.type === 'request' ? requestPageFor(role, target.id) : routes.salonDetail({ id: target.id })
}
