import type {
  AgendaItem,
  CreateSalonBody,
  Salon,
  SignupField,
  SpeakerProfile,
} from '@/api/contract/schemas/salon'

/**
 * 活动资料 as the admin types it, one thing a line: agenda `14:00 主题 / 嘉宾`, speakers
 * `姓名 / 职务 / 单位`, sign-up fields `姓名*` (a star: required), coordinates `纬度, 经度`.
 */
export interface ProgramValues {
  agenda: string
  speakers: string
  coordinates: string
  signupFields: string
  poster?: Salon['poster']
  /** Hours, as typed; empty: the backend's default (24 h before the start, 2 h to confirm). */
  offerThresholdHours: string
  offerWindowHours: string
}

export type ProgramField = keyof ProgramValues
export type ProgramErrors = Partial<Record<ProgramField, string>>

const lines = (text: string, split = /\n/) =>
  text
    .split(split)
    .map((line) => line.trim())
    .filter(Boolean)
const optional = (text: string | undefined) => (text?.trim() ? { value: text.trim() } : undefined)

// Positions matter (姓名 / 职务 / 单位): a missing title stays an empty slot, trailing ones are dropped.
const speakerLine = (p: SpeakerProfile) =>
  [p.name, p.title ?? '', p.organisation ?? ''].join(' / ').replace(/( \/ )+$/, '')

export function salonToProgram(salon: Salon): ProgramValues {
  return {
    agenda: (salon.agenda ?? [])
      .map((item) => `${item.time} ${item.topic}${item.speaker ? ` / ${item.speaker}` : ''}`)
      .join('\n'),
    speakers: salon.speakerProfiles?.length
      ? salon.speakerProfiles.map(speakerLine).join('\n')
      : salon.speakers.join('\n'),
    coordinates: salon.coordinates ? `${salon.coordinates.latitude}, ${salon.coordinates.longitude}` : '',
    signupFields: (salon.signupFields ?? []).map((f) => `${f.label}${f.required ? '*' : ''}`).join('\n'),
    poster: salon.poster,
    offerThresholdHours: salon.offerThresholdHours?.toString() ?? '',
    offerWindowHours: salon.offerWindowHours?.toString() ?? '',
  }
}

/** Empty is "not set" (the default); anything else goes as a number for the contract to judge. */
const hours = (text: string) => (text.trim() ? Number(text.trim()) : undefined)

function parseSpeakers(text: string): SpeakerProfile[] {
  return lines(text, /[、\n]/).map((line) => {
    const [name = '', title, organisation] = line.split(/\s*[/／]\s*/)
    const t = optional(title)
    const o = optional(organisation)
    return { name, ...(t ? { title: t.value } : {}), ...(o ? { organisation: o.value } : {}) }
  })
}

/** A line not in the `14:00 主题 / 嘉宾` shape goes on as is, for the contract's rule to word it. */
function parseAgenda(text: string): AgendaItem[] {
  return lines(text).map((line) => {
    const match = /^(\d{1,2})[:：](\d{2})\s+(.+?)(?:\s*[/／]\s*(.+))?$/.exec(line)
    if (!match) return { time: line, topic: '' }
    const [, hour = '', minute = '', topic = '', speaker] = match
    return { time: `${hour.padStart(2, '0')}:${minute}`, topic, ...(speaker ? { speaker } : {}) }
  })
}

function parseCoordinates(text: string) {
  if (!text.trim()) return undefined
  const parts = text
    .split(/[,，\s]+/)
    .filter(Boolean)
    .map(Number)
  return parts.length === 2
    ? { latitude: parts[0] as number, longitude: parts[1] as number }
    : { latitude: Number.NaN, longitude: Number.NaN }
}

const PRESET_KEYS: Record<string, string> = { 姓名: 'name', 职务: 'title', 手机号: 'phone', 单位: 'company' }

/** `姓名*`: required with a star; a 手机/电话 label is checked as a phone; keys are stable for presets. */
function parseSignupFields(text: string): SignupField[] {
  return lines(text, /[、\n]/).map((line, i) => {
    const required = /[*＊]$/.test(line)
    const label = line.replace(/[*＊]$/, '').trim()
    return {
      key: PRESET_KEYS[label] ?? `q${i + 1}`,
      label,
      required,
      kind: /手机|电话/.test(label) ? 'phone' : 'text',
    }
  })
}

/** The salon's PUT body: its own fields as they are, these as typed (PUT replaces every field). */
export function programToBody(salon: Salon, values: ProgramValues): CreateSalonBody {
  const profiles = parseSpeakers(values.speakers)
  return {
    title: salon.title,
    summary: salon.summary,
    description: salon.description,
    industryChain: salon.industryChain,
    location: salon.location,
    startAt: salon.startAt,
    endAt: salon.endAt,
    capacity: salon.capacity,
    bookingDeadline: salon.bookingDeadline,
    speakers: profiles.map((p) => p.name),
    speakerProfiles: profiles,
    agenda: parseAgenda(values.agenda),
    coordinates: parseCoordinates(values.coordinates),
    signupFields: parseSignupFields(values.signupFields),
    poster: values.poster,
    offerThresholdHours: hours(values.offerThresholdHours),
    offerWindowHours: hours(values.offerWindowHours),
  }
}

const FIELD_OF: Record<string, ProgramField> = {
  agenda: 'agenda',
  speakers: 'speakers',
  speakerProfiles: 'speakers',
  coordinates: 'coordinates',
  signupFields: 'signupFields',
  poster: 'poster',
  offerThresholdHours: 'offerThresholdHours',
  offerWindowHours: 'offerWindowHours',
}

/**
 * A server's VALIDATION_FAILED details → the box each belongs under. The page checks nothing itself:
 * the contract's schema is classic zod, which would more than double this subpackage.
 */
export function programErrors(details: unknown): ProgramErrors {
  const errors: ProgramErrors = {}
  if (!Array.isArray(details)) return errors
  for (const item of details as { path?: unknown; message?: unknown }[]) {
    if (typeof item?.path !== 'string' || typeof item.message !== 'string') continue
    const field = FIELD_OF[item.path.split('.')[0] ?? '']
    if (field) errors[field] ??= item.message
  }
  return errors
}
