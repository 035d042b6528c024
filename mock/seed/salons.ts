import { SIGNUP_PRESETS } from '../../src/api/contract/rules/signup-fields'
import type { IndustryChain } from '../../src/api/contract/schemas/common'
import type {
  AgendaItem,
  BookingStatus,
  GeoPoint,
  SalonStatus,
  SignupField,
  SpeakerProfile,
} from '../../src/api/contract/schemas/salon'
import { addMinutes, atLocal, toIso } from '../clock'
import { nextId, seedCheckInCode, type Db } from '../db'
import { unsignedFileUrl } from '../handlers/files-signing'

import { enterpriseId, ownerId } from './people'
import { POSTER_PNGS, fromBase64, type PosterTheme } from './salon-posters'

interface SalonSeed {
  title: string
  summary: string
  chain?: IndustryChain
  speakers: string[]
  location: string
  /** Days from the seed clock, start hour (Beijing), length in hours, deadline in days from start. */
  day: number
  hour: number
  hours: number
  deadlineDays: number
  capacity: number
  status: SalonStatus
  cancelReason?: string
  /** [owner no., status] in booking order. */
  bookings: [number, BookingStatus][]
  agenda?: AgendaItem[]
  profiles?: SpeakerProfile[]
  coordinates?: GeoPoint
  poster?: PosterTheme
  signupFields?: SignupField[]
}

const range = (from: number, to: number, status: BookingStatus): [number, BookingStatus][] =>
  Array.from({ length: to - from + 1 }, (_, i) => [from + i, status])

const CENTRE = '两江新区企业服务中心'
// GCJ-02, as WeChat's openLocation takes them.
const CENTRE_AT: GeoPoint = { latitude: 29.6486, longitude: 106.5608 }

const SALONS: SalonSeed[] = [
  // One seat left, and 程飞 (owner 01) has not booked yet: the demo can take it.
  {
    title: '低空经济企业家沙龙',
    summary: '无人机、通航企业与园区、运营方面对面',
    chain: '航空航天',
    speakers: ['王研究员', '李明'],
    location: `${CENTRE} 3 楼路演厅`,
    day: 5,
    hour: 14,
    hours: 3,
    deadlineDays: 1,
    capacity: 12,
    status: 'published',
    bookings: range(2, 12, 'confirmed'),
    agenda: [
      { time: '13:30', topic: '签到入场' },
      { time: '14:00', topic: '低空经济政策与应用场景', speaker: '王研究员' },
      { time: '15:00', topic: '通航产业园入驻与运营', speaker: '李明' },
      { time: '16:00', topic: '自由交流' },
    ],
    profiles: [
      { name: '王研究员', title: '首席研究员', organisation: '低空经济研究院' },
      { name: '李明', title: '招商总监', organisation: '通航产业园运营方' },
    ],
    coordinates: CENTRE_AT,
    poster: 'sky',
  },
  // Full with a waitlist of three; owner 01 would be the fourth.
  {
    title: '银企对接专场',
    summary: '六家合作银行现场解读科技型企业信贷产品',
    speakers: ['重庆农村商业银行 普惠金融部', '中国建设银行 科技金融中心'],
    location: `${CENTRE} 2 楼会议室`,
    day: 8,
    hour: 9.5,
    hours: 2.5,
    deadlineDays: 1,
    capacity: 8,
    status: 'published',
    bookings: [...range(3, 10, 'confirmed'), ...range(11, 13, 'waitlisted')],
    agenda: [
      { time: '09:30', topic: '科技型企业信贷产品解读', speaker: '普惠金融部' },
      { time: '10:30', topic: '一对一融资咨询' },
    ],
    coordinates: CENTRE_AT,
    poster: 'amber',
  },
  {
    title: '生命健康产业链对接会',
    summary: '创新药、医疗器械企业与医院、CRO 机构对接',
    chain: '生命健康',
    speakers: ['两江生命科学创新中心 孙瑜', '三甲医院临床试验机构代表'],
    location: '水土高新园生命科学城 B 区报告厅',
    day: 12,
    hour: 14,
    hours: 3,
    deadlineDays: 2,
    capacity: 60,
    status: 'published',
    coordinates: { latitude: 29.7072, longitude: 106.4437 },
    poster: 'green',
    signupFields: SIGNUP_PRESETS,
    bookings: [
      [3, 'confirmed'],
      [8, 'confirmed'],
      [1, 'confirmed'],
      [5, 'confirmed'],
    ],
  },
  {
    title: '新能源智能网联汽车供应链闭门会',
    summary: '整车厂采购负责人与零部件企业闭门交流',
    chain: '新能源智能网联汽车',
    speakers: ['整车企业采购中心代表'],
    location: `${CENTRE} 5 楼会议室`,
    day: 20,
    hour: 14,
    hours: 2,
    deadlineDays: 2,
    capacity: 30,
    status: 'draft',
    bookings: [],
  },
  {
    title: '数字经济出海沙龙',
    summary: '跨境数据合规与海外市场拓展经验分享',
    chain: '数字经济',
    speakers: ['跨境电商协会秘书长'],
    location: '悦来国际会展城 1 号会议室',
    day: 6,
    hour: 15,
    hours: 2,
    deadlineDays: 1,
    capacity: 40,
    status: 'cancelled',
    cancelReason: '主讲嘉宾行程调整，活动取消，择期再办。',
    bookings: [
      [4, 'cancelled'],
      [13, 'cancelled'],
    ],
  },
  {
    title: '专精特新政策解读会',
    summary: '专精特新企业认定条件与扶持政策解读',
    speakers: ['经济运行局 企业服务科'],
    location: `${CENTRE} 3 楼路演厅`,
    day: -10,
    hour: 9.5,
    hours: 2,
    deadlineDays: 1,
    capacity: 50,
    status: 'published',
    bookings: [...range(1, 4, 'checked_in'), [5, 'confirmed'], [6, 'cancelled']],
  },
  {
    title: '高端装备智能制造沙龙',
    summary: '智能工厂改造案例与设备融资租赁方案',
    chain: '高端装备',
    speakers: ['智能制造研究院 专家'],
    location: '龙兴智能制造产业园 会议中心',
    day: -30,
    hour: 14,
    hours: 3,
    deadlineDays: 1,
    capacity: 30,
    status: 'published',
    bookings: range(6, 8, 'checked_in'),
  },
  // Upcoming but past its booking deadline: booking now is BOOKING_CLOSED.
  {
    title: '新材料企业融资路演',
    summary: '新材料初创企业向投资机构路演',
    chain: '新材料',
    speakers: ['两江产业基金 投资经理'],
    location: `${CENTRE} 3 楼路演厅`,
    day: 2,
    hour: 14,
    hours: 3,
    deadlineDays: 3,
    capacity: 20,
    status: 'published',
    bookings: range(5, 9, 'confirmed'),
  },
]

// What the summary and the speakers list don't already say: the detail page shows each of those once.
const DESCRIPTION = '活动安排：签到、主题分享、企业交流、自由洽谈。\n\n请携带名片，活动当天凭签到码入场。'

/** One stored file per theme, uploaded by the seed's admin; salons sharing a theme share the file. */
function seedPoster(db: Db, theme: PosterTheme) {
  const id = `file-poster-${theme}`
  const existing = db.files.get(id)
  if (existing) return existing.ref
  const data = fromBase64(POSTER_PNGS[theme])
  const ref = {
    id,
    name: `poster-${theme}.png`,
    url: unsignedFileUrl(id),
    size: data.byteLength,
    mime: 'image/png' as const,
  }
  db.files.set(id, { ref, ownerId: 'usr-admin-01', data })
  return ref
}

export function seedSalons(db: Db, anchor: Date): void {
  let order = 0
  SALONS.forEach((seed, index) => {
    const id = `sal-${String(index + 1).padStart(2, '0')}`
    const startAt = atLocal(anchor, seed.day, seed.hour)
    const deadline = atLocal(anchor, seed.day - seed.deadlineDays, 18)
    db.salons.set(id, {
      id,
      title: seed.title,
      summary: seed.summary,
      description: DESCRIPTION,
      ...(seed.chain ? { industryChain: seed.chain } : {}),
      speakers: seed.speakers,
      location: seed.location,
      startAt: toIso(startAt),
      endAt: toIso(addMinutes(startAt, seed.hours * 60)),
      capacity: seed.capacity,
      bookingDeadline: toIso(deadline),
      status: seed.status,
      ...(seed.cancelReason ? { cancelReason: seed.cancelReason } : {}),
      ...(seed.agenda ? { agenda: seed.agenda } : {}),
      ...(seed.profiles ? { speakerProfiles: seed.profiles } : {}),
      ...(seed.coordinates ? { coordinates: seed.coordinates } : {}),
      ...(seed.poster ? { poster: seedPoster(db, seed.poster) } : {}),
      ...(seed.signupFields ? { signupFields: seed.signupFields } : {}),
    })
    // Bookings were made in the week before the deadline (or before today), one after another.
    const bookedFrom = deadline < anchor ? deadline : anchor
    seed.bookings.forEach(([ownerNo, status], i) => {
      const bookingId = nextId(db, 'bkg')
      order += 1
      db.bookings.set(bookingId, {
        id: bookingId,
        salonId: id,
        userId: ownerId(ownerNo),
        enterpriseId: enterpriseId(ownerNo),
        status,
        checkInCode: seedCheckInCode(db),
        createdAt: toIso(addMinutes(atLocal(bookedFrom, -7, 10), i * 37)),
        // Those who came arrived in the half hour before the start.
        ...(status === 'checked_in' ? { checkedInAt: toIso(addMinutes(startAt, -30 + i * 3)) } : {}),
        order,
      })
    })
  })
}
