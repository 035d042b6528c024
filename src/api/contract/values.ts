/**
 * The contract's enumerations and limits as plain values, with no schema: the schemas build their
 * enums from these (and re-export them), and the app imports them from here, so a screen that needs
 * the list of statuses or the upload limit does not bundle zod with it.
 */

export const INDUSTRY_CHAINS = [
  '新能源智能网联汽车',
  '新一代电子信息',
  '生命健康',
  '航空航天',
  '高端装备',
  '新材料',
  '数字经济',
  '现代服务业',
] as const

export const REQUEST_STATUSES = [
  'submitted',
  'accepted',
  'in_progress',
  'awaiting_materials',
  'completed',
  'cancelled',
] as const

export const REQUEST_ACTIONS = [
  'accept',
  'start',
  'request_materials',
  'submit_materials',
  'complete',
  'cancel',
  'rate',
] as const

export const ALLOWED_FILE_MIMES = ['image/jpeg', 'image/png', 'application/pdf'] as const
export const MAX_FILE_BYTES = 10 * 1024 * 1024

/** How long a file url from an answer loads without a token. */
export const FILE_URL_TTL_MS = 24 * 60 * 60 * 1000

/** How a specialist met the enterprise (上门 / 电话 / 微信 / 园区服务中心). */
export const VISIT_METHODS = ['onsite', 'phone', 'wechat', 'service_centre'] as const

/** A visit is planned (a date and a purpose) until the specialist records it as done. */
export const VISIT_STATUSES = ['planned', 'done'] as const

/** Categories of the problems found on a visit (急难愁盼). */
export const PROBLEM_CATEGORIES = [
  'permits',
  'premises',
  'funding',
  'talent',
  'market',
  'legal',
  'other',
] as const

/** The landing journey, in order: 签约 → 工商注册 → 银行开户 → 税务登记 → 载体入驻 → 开工投产. */
export const MILESTONE_CODES = [
  'signing',
  'business_registration',
  'bank_account',
  'tax_registration',
  'premises_lease',
  'production',
] as const
