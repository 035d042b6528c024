import * as z from 'zod'

import { API_PREFIX } from './api-prefix'
import {
  DemoAccountListSchema,
  DemoLoginBodySchema,
  MeSchema,
  SessionSchema,
  WechatLoginBodySchema,
} from './schemas/auth'
import {
  ConversationListSchema,
  MessageListSchema,
  MessageQuerySchema,
  MessageSchema,
  ReadBodySchema,
  ReadStateSchema,
  SendMessageBodySchema,
} from './schemas/chat'
import { OkSchema, PageQuerySchema, type Role } from './schemas/common'
import {
  BoardSchema,
  FigureCasesQuerySchema,
  FigureCasesSchema,
  FiguresQuerySchema,
  MyFiguresSchema,
} from './schemas/figures'
import { FileQuerySchema, FileRefSchema, UploadBodySchema } from './schemas/file'
import {
  ConfirmFollowUpBodySchema,
  FollowUpListSchema,
  FollowUpQuerySchema,
  FollowUpSchema,
  RecordFollowUpBodySchema,
} from './schemas/follow-up'
import { JourneyListSchema, JourneySchema, MarkMilestoneBodySchema } from './schemas/journey'
import {
  NoticeListSchema,
  NoticeQuerySchema,
  NoticeSchema,
  ReadAllNoticesSchema,
  RecordSubscriptionsBodySchema,
  SubscriptionConsentListSchema,
} from './schemas/notice'
import {
  AttendeeBookingListSchema,
  BookingSchema,
  CancelSalonBodySchema,
  CheckInBodySchema,
  CheckInResultSchema,
  CreateBookingBodySchema,
  CreateFeedbackBodySchema,
  CreateSalonBodySchema,
  MyBookingListSchema,
  MyBookingQuerySchema,
  SalonFeedbackSummarySchema,
  SalonListSchema,
  SalonQuerySchema,
  SalonSchema,
  UpdateSalonBodySchema,
} from './schemas/salon'
import {
  CreateServiceRequestBodySchema,
  RequestActionBodySchema,
  ServiceRequestListSchema,
  ServiceRequestQuerySchema,
  ServiceRequestCountsSchema,
  ServiceRequestSchema,
  ServiceTypeListSchema,
  RaiseServiceRequestBodySchema,
} from './schemas/service-request'
import {
  ContactSummarySchema,
  CreateVisitBodySchema,
  UpdateVisitBodySchema,
  VisitListSchema,
  VisitQuerySchema,
  VisitSchema,
} from './schemas/visit'

export { API_PREFIX }

export interface RouteSpec {
  /** operationId in OpenAPI and the handler's key in the mock. */
  id: string
  // Only methods wx.request offers (OPTIONS GET HEAD POST PUT DELETE TRACE CONNECT): no PATCH.
  method: 'GET' | 'POST' | 'PUT' | 'DELETE'
  /** Relative to API_PREFIX; `:name` marks a path parameter (always an opaque id). */
  path: string
  /** 'anyone' needs no token; otherwise the roles that may call it at all (others get 403). */
  roles: 'anyone' | readonly Role[]
  query?: z.ZodType
  body?: z.ZodType
  /** multipart: POST /files, field `file`; the transport turns it into UploadBody. */
  bodyKind?: 'json' | 'multipart'
  response: z.ZodType
  /** Content type of a non-JSON success answer. */
  responseMime?: string
  successStatus?: number
  /** Honours the Idempotency-Key header (same key + same body → the first answer). */
  idempotent?: boolean
  mockOnly?: boolean
  websocket?: boolean
  summary: string
}

const ALL = ['owner', 'specialist', 'admin'] as const
const CsvSchema = z.string().meta({ description: 'UTF-8 CSV，带 BOM' })
const BinarySchema = z.string().meta({ format: 'binary' })

/** Every route of the contract. The mock router and the OpenAPI generator both read this table. */
// One route per line so the table reads as a table.
// prettier-ignore
export const routes = [
  // Auth and people
  { id: 'loginWechat', method: 'POST', path: '/auth/wechat', roles: 'anyone', body: WechatLoginBodySchema, response: SessionSchema, summary: '微信登录：用 Taro.login 的 code 换取令牌' },
  { id: 'getDemoAccounts', method: 'GET', path: '/auth/demo-accounts', roles: 'anyone', response: DemoAccountListSchema, mockOnly: true, summary: '演示账号列表（仅模拟后端）' },
  { id: 'loginDemo', method: 'POST', path: '/auth/demo', roles: 'anyone', body: DemoLoginBodySchema, response: SessionSchema, mockOnly: true, summary: '以演示账号登录（仅模拟后端）' },
  { id: 'getMe', method: 'GET', path: '/me', roles: ALL, response: MeSchema, summary: '当前用户；企业主附带企业与双专员' },
  // Service requests
  { id: 'getServiceTypes', method: 'GET', path: '/service-types', roles: ALL, response: ServiceTypeListSchema, summary: '服务事项目录' },
  { id: 'getServiceRequests', method: 'GET', path: '/service-requests', roles: ALL, query: ServiceRequestQuerySchema, response: ServiceRequestListSchema, summary: '服务申请列表：企业主看本企业，专员看所服务企业的（详情与推送同一规则），管理员看全部' },
  { id: 'createServiceRequest', method: 'POST', path: '/service-requests', roles: ['owner'], body: CreateServiceRequestBodySchema, response: ServiceRequestSchema, successStatus: 201, idempotent: true, summary: '提交服务申请' },
  { id: 'getServiceRequest', method: 'GET', path: '/service-requests/:id', roles: ALL, response: ServiceRequestSchema, summary: '服务申请详情与办理进度' },
  { id: 'actOnServiceRequest', method: 'POST', path: '/service-requests/:id/actions', roles: ALL, body: RequestActionBodySchema, response: ServiceRequestSchema, idempotent: true, summary: '办理动作：受理、开始、补充材料、办结、撤销、评价' },
  { id: 'uploadFile', method: 'POST', path: '/files', roles: ALL, body: UploadBodySchema, bodyKind: 'multipart', response: FileRefSchema, successStatus: 201, idempotent: true, summary: '上传文件（multipart；jpg、png、pdf 按文件内容识别，不看标注类型与扩展名；非空，不超过 10 MB）' },
  { id: 'getFile', method: 'GET', path: '/files/:id', roles: 'anyone', query: FileQuerySchema, response: BinarySchema, responseMime: 'application/octet-stream', summary: '下载文件：凭有权查看者的令牌，或凭应答给出的带签名 url（绑定文件与失效时间，24 小时内有效）；无权者 404' },
  // Chat
  { id: 'getConversations', method: 'GET', path: '/conversations', roles: ALL, query: PageQuerySchema, response: ConversationListSchema, summary: '我参与的会话' },
  { id: 'getMessages', method: 'GET', path: '/conversations/:id/messages', roles: ALL, query: MessageQuerySchema, response: MessageListSchema, summary: '会话消息，按 seq 翻页' },
  { id: 'sendMessage', method: 'POST', path: '/conversations/:id/messages', roles: ALL, body: SendMessageBodySchema, response: MessageSchema, successStatus: 201, idempotent: true, summary: '发送消息；相同 clientMsgId 返回第一次的消息' },
  { id: 'markRead', method: 'POST', path: '/conversations/:id/read', roles: ALL, body: ReadBodySchema, response: ReadStateSchema, summary: '标记已读到 seq' },
  { id: 'openSocket', method: 'GET', path: '/ws', roles: 'anyone', query: z.object({ token: z.string() }), response: OkSchema, websocket: true, summary: 'WebSocket：推送 message.created、conversation.read、request.updated、booking.updated、salon.updated、notice.created' },
  // Salons
  { id: 'getSalons', method: 'GET', path: '/salons', roles: ALL, query: SalonQuerySchema, response: SalonListSchema, summary: '企业家沙龙列表（非管理员只看已发布）' },
  { id: 'createSalon', method: 'POST', path: '/salons', roles: ['admin'], body: CreateSalonBodySchema, response: SalonSchema, successStatus: 201, idempotent: true, summary: '新建沙龙（草稿）' },
  { id: 'getSalon', method: 'GET', path: '/salons/:id', roles: ALL, response: SalonSchema, summary: '沙龙详情' },
  { id: 'updateSalon', method: 'PUT', path: '/salons/:id', roles: ['admin'], body: UpdateSalonBodySchema, response: SalonSchema, summary: '修改沙龙：提交全部可编辑字段（整体替换）' },
  { id: 'publishSalon', method: 'POST', path: '/salons/:id/publish', roles: ['admin'], response: SalonSchema, summary: '发布沙龙' },
  { id: 'cancelSalon', method: 'POST', path: '/salons/:id/cancel', roles: ['admin'], body: CancelSalonBodySchema, response: SalonSchema, summary: '取消沙龙（已有报名一并取消）' },
  { id: 'bookSalon', method: 'POST', path: '/salons/:id/bookings', roles: ['owner'], body: CreateBookingBodySchema, response: BookingSchema, successStatus: 201, idempotent: true, summary: '报名；满员进入候补' },
  { id: 'cancelBooking', method: 'POST', path: '/bookings/:id/cancel', roles: ['owner'], response: BookingSchema, summary: '取消报名；空出的名额给第一位候补' },
  { id: 'getMyBookings', method: 'GET', path: '/bookings/mine', roles: ['owner'], query: MyBookingQuerySchema, response: MyBookingListSchema, summary: '我的报名' },
  { id: 'getSalonBookings', method: 'GET', path: '/salons/:id/bookings', roles: ['admin'], query: PageQuerySchema, response: AttendeeBookingListSchema, summary: '沙龙报名名单' },
  { id: 'exportSalonBookings', method: 'GET', path: '/salons/:id/bookings.csv', roles: ['admin'], response: CsvSchema, responseMime: 'text/csv; charset=utf-8', summary: '导出报名名单 CSV（带 BOM，Excel 可读中文）' },
  { id: 'confirmBookingOffer', method: 'POST', path: '/bookings/:id/confirm', roles: ['owner'], response: BookingSchema, summary: '确认候补名额（offered，须在 offerExpiresAt 前）；放弃用取消报名' },
  { id: 'submitBookingFeedback', method: 'POST', path: '/bookings/:id/feedback', roles: ['owner'], body: CreateFeedbackBodySchema, response: BookingSchema, successStatus: 201, idempotent: true, summary: '活动结束后，签到参加者评价（1–5 分和留言，每个报名一次）' },
  { id: 'getSalonFeedback', method: 'GET', path: '/salons/:id/feedback', roles: ['admin'], response: SalonFeedbackSummarySchema, summary: '活动后：签到率（已签到/确认参加）、未到人数、评价均分与留言' },
  { id: 'checkIn', method: 'POST', path: '/check-ins', roles: ['admin'], body: CheckInBodySchema, response: CheckInResultSchema, summary: '在指定沙龙凭签到码签到（签到码须属于该沙龙；每个报名只能签到一次）' },
  // Notices (通知) and WeChat subscription consents
  { id: 'getNotices', method: 'GET', path: '/notices', roles: ALL, query: NoticeQuerySchema, response: NoticeListSchema, summary: '我的通知，新的在前，附全部未读数' },
  { id: 'markNoticeRead', method: 'POST', path: '/notices/:id/read', roles: ALL, response: NoticeSchema, summary: '标记一条通知已读（再次标记不变）' },
  { id: 'markAllNoticesRead', method: 'POST', path: '/notices/read-all', roles: ALL, response: ReadAllNoticesSchema, summary: '全部标为已读' },
  { id: 'recordSubscriptions', method: 'POST', path: '/subscriptions', roles: ['owner'], body: RecordSubscriptionsBodySchema, response: SubscriptionConsentListSchema, idempotent: true, summary: '记录用户对微信订阅消息的选择（发送由真实后端用 subscribeMessage.send 完成）' },
  // Visits (走访), requests raised on the enterprise's behalf, the landing journey (落地进度)
  { id: 'getEnterpriseVisits', method: 'GET', path: '/enterprises/:id/visits', roles: ALL, query: VisitQuerySchema, response: VisitListSchema, summary: '企业的走访记录（含计划），新的在前：企业主看本企业，专员看所服务企业' },
  { id: 'getVisits', method: 'GET', path: '/visits', roles: ['specialist'], query: VisitQuerySchema, response: VisitListSchema, summary: '我的走访（含计划），新的在前' },
  { id: 'createVisit', method: 'POST', path: '/visits', roles: ['specialist'], body: CreateVisitBodySchema, response: VisitSchema, successStatus: 201, idempotent: true, summary: '计划或记录一次走访（方式、接待人、记录、照片、发现的问题）' },
  { id: 'updateVisit', method: 'PUT', path: '/visits/:id', roles: ['specialist'], body: UpdateVisitBodySchema, response: VisitSchema, summary: '修改走访：提交全部可编辑字段（整体替换）；计划可改为已走访' },
  { id: 'getEnterpriseContacts', method: 'GET', path: '/enterprise-contacts', roles: ['specialist'], response: ContactSummarySchema, summary: '我服务的企业：最近走访、下次计划、是否超过规定天数未联系' },
  { id: 'raiseServiceRequest', method: 'POST', path: '/enterprises/:id/service-requests', roles: ['specialist'], body: RaiseServiceRequestBodySchema, response: ServiceRequestSchema, successStatus: 201, idempotent: true, summary: '专员代企业发起服务申请（可关联走访发现的问题）；企业主可补充材料或撤销' },
  { id: 'getJourney', method: 'GET', path: '/enterprises/:id/journey', roles: ALL, response: JourneySchema, summary: '企业落地进度：签约 → 工商注册 → 银行开户 → 税务登记 → 载体入驻 → 开工投产' },
  { id: 'getJourneys', method: 'GET', path: '/journeys', roles: ['specialist', 'admin'], response: JourneyListSchema, summary: '落地进度列表：专员看所服务企业，管理员看全部' },
  { id: 'markMilestone', method: 'POST', path: '/enterprises/:id/journey/marks', roles: ['specialist'], body: MarkMilestoneBodySchema, response: JourneySchema, summary: '专员标记落地节点完成（无对应申请时），须填写说明' },
  // Mock-only
  { id: 'resetMock', method: 'POST', path: '/__mock/reset', roles: 'anyone', response: OkSchema, mockOnly: true, summary: '恢复种子数据（测试用）' },
  // Figures (赛马榜) and follow-ups (回访): computed from the requests, nothing stored twice
  { id: 'getBoard', method: 'GET', path: '/figures/board', roles: ['admin'], query: FiguresQuerySchema, response: BoardSchema, summary: '数据看板与赛马榜：某月（与上月对比）按专员、事项与全中心的服务数据，综合得分、名次与分档' },
  { id: 'getMyFigures', method: 'GET', path: '/figures/me', roles: ['specialist'], query: FiguresQuerySchema, response: MyFiguresSchema, summary: '专员本人的服务数据与名次（不含他人数据）' },
  { id: 'getFigureCases', method: 'GET', path: '/figures/cases', roles: ['specialist', 'admin'], query: FigureCasesQuerySchema, response: FigureCasesSchema, summary: '某专员某月数据背后的办件；专员只能查看自己的' },
  { id: 'getFollowUps', method: 'GET', path: '/follow-ups', roles: ['admin'], query: FollowUpQuerySchema, response: FollowUpListSchema, summary: '回访列表：待回访（逾期在前）、待企业确认、已解决' },
  { id: 'getFollowUp', method: 'GET', path: '/follow-ups/:id', roles: ALL, response: FollowUpSchema, summary: '回访详情：管理员、该企业的企业主与能查看该申请的专员' },
  { id: 'recordFollowUp', method: 'POST', path: '/follow-ups/:id/record', roles: ['admin'], body: RecordFollowUpBodySchema, response: FollowUpSchema, summary: '记录回访（电话或上门）：了解到的情况与采取的措施' },
  { id: 'confirmFollowUp', method: 'POST', path: '/follow-ups/:id/confirm', roles: ['owner'], body: ConfirmFollowUpBodySchema, response: FollowUpSchema, summary: '企业主确认回访后问题是否解决；未解决则重新进入待回访' },
  // The 工作台's tab numbers without loading every request (issue 13: the queue pages)
  { id: 'getServiceRequestCounts', method: 'GET', path: '/service-request-counts', roles: ALL, response: ServiceRequestCountsSchema, summary: '服务申请数量：总数与各状态数，与列表同一可见范围（工作台标签上的数字）' },
] as const satisfies readonly RouteSpec[]

export type Route = (typeof routes)[number]
export type RouteId = Route['id']
export type RouteById<K extends RouteId> = Extract<Route, { id: K }>

/** OpenAPI spells path parameters {id}; the table uses :id. */
export function openApiPath(path: string): string {
  return API_PREFIX + path.replace(/:([A-Za-z]+)/g, '{$1}')
}
