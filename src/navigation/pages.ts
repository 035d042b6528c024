/**
 * Every page of the app, once: its path, whether it is a tab, and the params its URL carries. The
 * rest of `src/` names pages through `routes` (./routes.ts) and never writes a path itself;
 * `src/app.config.ts` keeps its own list because Taro reads that file statically, and a unit test
 * holds the two lists equal.
 */

/** A page's declaration; `P` (the params) only types the builders and the parser. */
export interface PageDef<P extends PageParamsShape = PageParamsShape> {
  readonly path: string
  /** A tab page: reached with switchTab, which carries no query, so a tab takes no params. */
  readonly tab: boolean
  /** The param names, for the parser and for rebuilding a URL (the builders only need the type). */
  readonly params: readonly string[]
  readonly _params?: P
}

export type PageParamsShape = Record<string, string | undefined>

type NoParams = Record<never, never>

function tab(path: string): PageDef<NoParams> {
  return { path, tab: true, params: [] }
}

function page<P extends PageParamsShape = NoParams>(
  path: string,
  ...params: (keyof P & string)[]
): PageDef<P> {
  return { path, tab: false, params }
}

export const PAGES = {
  // Owners: the tab pages and 登录 in the main package; the rest in subpackages rooted at their own
  // folders (app.config), so a path says nothing about the package.
  home: tab('/pages/home/index'),
  services: tab('/pages/services/index'),
  messages: tab('/pages/messages/index'),
  salons: tab('/pages/salons/index'),
  me: tab('/pages/me/index'),
  login: page('/pages/login/index'),
  salonDetail: page<{ id: string }>('/pages/salons/detail/index', 'id'),
  bookings: page('/pages/bookings/index'),
  requests: page('/pages/requests/index'),
  /**
   * `type` is a service type code: the form for that service. A specialist comes with `enterpriseId`
   * (and maybe the visit and problem it answers) to raise the request on the enterprise's behalf; the
   * one form serves both, so it ships once.
   */
  requestNew: page<{ type?: string; enterpriseId?: string; visitId?: string; problemId?: string }>(
    '/pages/requests/new/index',
    'type',
    'enterpriseId',
    'visitId',
    'problemId',
  ),
  /** `supply=1`: opened from a 补充材料 button, with the panel to supply materials already open. */
  requestDetail: page<{ id: string; supply?: '1' }>('/pages/requests/detail/index', 'id', 'supply'),
  /** The chat room; owners and specialists share it (its own subpackage, pages/chat). */
  chat: page<{ conversationId: string }>('/pages/chat/index', 'conversationId'),
  // Specialists: their subpackage.
  workbench: page('/specialist/workbench/index'),
  enterprises: page('/specialist/enterprises/index'),
  specialistRequest: page<{ id: string }>('/specialist/request/index', 'id'),
  specialistMessages: page('/specialist/messages/index'),
  /** The specialist's 我的: account, switch and log out (their pages have no owner tab bar). */
  specialistMe: page('/specialist/me/index'),
  // Admins: their subpackage.
  /** `tab`: the list to open on (draft, published, past, cancelled); published without it. */
  adminSalons: page<{ tab?: string }>('/admin/salons/index', 'tab'),
  /** Without `salonId` the admin picks the salon on the page. */
  checkIn: page<{ salonId?: string }>('/admin/check-in/index', 'salonId'),
  /** Without `id`, a new salon. */
  salonForm: page<{ id?: string }>('/admin/salon-form/index', 'id'),
  salonBookings: page<{ salonId: string }>('/admin/bookings/index', 'salonId'),
  /** The admin's 我的: account, switch and log out. */
  adminMe: page('/admin/me/index'),
  /** The notice centre (通知): every role's own notices, separate from chat (its own subpackage). */
  notices: page('/pages/notices/index'),
  // Admins' 数据看板: a subpackage of its own (`board`), since `admin` is already near its size budget.
  /** `month`: YYYY-MM; this month without it. */
  board: page<{ month?: string }>('/board/index', 'month'),
  /** The requests behind one specialist's figures for a month. */
  boardCases: page<{ specialistId: string; month: string }>('/board/cases/index', 'specialistId', 'month'),
  followUps: page('/board/follow-ups/index'),
  /** One follow-up: its rating, and the admin's record of the call or visit. */
  followUp: page<{ id: string }>('/board/follow-up/index', 'id'),
  /** 活动资料 of one salon: its own subpackage (admin-salon), admins only. */
  salonProgram: page<{ id: string }>('/admin-salon/program/index', 'id'),
  /** The owner's visit history (走访记录), under 我的: its own subpackage. */
  visitHistory: page('/pages/visits/index'),
  // Specialists' field work (the journey, visits): its own subpackage, field/, since the visit form
  // would push specialist/ past its budget. Raising a request uses the owners' form (requestNew).
  /** A specialist's enterprise: its landing journey, contact and visits. */
  specialistEnterprise: page<{ id: string }>('/field/enterprise/index', 'id'),
  /** Plan or record a visit; with `id`, edit that visit. `mode`: planned or done (the default). */
  visitForm: page<{ enterpriseId: string; id?: string; mode?: string }>(
    '/field/visit/index',
    'enterpriseId',
    'id',
    'mode',
  ),
  /** 活动反馈 of one salon (attendance, 未到, ratings): admin-salon too. */
  salonFeedback: page<{ id: string }>('/admin-salon/feedback/index', 'id'),
} as const

export type PageName = keyof typeof PAGES

export type ParamsOf<N extends PageName> = (typeof PAGES)[N] extends PageDef<infer P> ? P : never

/**
 * Whose pages these are: owners' (`main`: the main package and the owner subpackages under pages/),
 * or a role's subpackage.
 */
export type PagePackage = 'main' | 'specialist' | 'admin'

export function packageOf(name: PageName): PagePackage {
  const root = PAGES[name].path.split('/')[1]
  // The board is the admins' second subpackage (app.config.ts says why).
  if (root === 'board') return 'admin'
  // admin-salon (活动资料) is another admins' subpackage, for the same reason.
  if (root === 'admin-salon') return 'admin'
  // field/: the specialist's work at an enterprise (visits, raising requests), a subpackage of its own.
  if (root === 'field') return 'specialist'
  return root === 'specialist' || root === 'admin' ? root : 'main'
}
