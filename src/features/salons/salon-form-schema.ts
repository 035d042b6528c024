import dayjs from 'dayjs'
import * as z from 'zod/mini'

import { SalonFieldsRule } from '@/api/contract/rules/salon-fields'
import { salonCapacityError, salonTimeErrors } from '@/api/contract/rules/salon-times'
import type { IndustryChain } from '@/api/contract/schemas/common'
import type { CreateSalonBody, Salon } from '@/api/contract/schemas/salon'
import '@/api/contract/zod-locale'

/** What the admin types: text as typed, so a half-written time or number is kept, not lost. */
export interface SalonFormValues {
  title: string
  summary: string
  description: string
  industryChain?: IndustryChain
  speakers: string
  location: string
  startAt: string
  endAt: string
  bookingDeadline: string
  capacity: string
}

export type SalonFormField = keyof SalonFormValues
export type SalonFormErrors = Partial<Record<SalonFormField, string>>

export const TIME_FORMAT = 'YYYY-MM-DD HH:mm'
const TIME_PATTERN = /^\d{4}-\d{1,2}-\d{1,2} \d{1,2}:\d{2}$/

export const EMPTY_SALON_FORM: SalonFormValues = {
  title: '',
  summary: '',
  description: '',
  speakers: '',
  location: '',
  startAt: '',
  endAt: '',
  bookingDeadline: '',
  capacity: '',
}

export function salonToForm(salon: Salon): SalonFormValues {
  return {
    title: salon.title,
    summary: salon.summary,
    description: salon.description,
    industryChain: salon.industryChain,
    speakers: salon.speakers.join('、'),
    location: salon.location,
    startAt: dayjs(salon.startAt).format(TIME_FORMAT),
    endAt: dayjs(salon.endAt).format(TIME_FORMAT),
    bookingDeadline: dayjs(salon.bookingDeadline).format(TIME_FORMAT),
    capacity: String(salon.capacity),
  }
}

/**
 * The contract's field rules (zod/mini, the same limits and messages as its CreateSalonBodySchema) plus
 * its rules across fields (the ones the backend runs), so both agree.
 */
export const salonFormSchema = (bookedCount: number) =>
  SalonFieldsRule.check(
    z.superRefine((body, ctx) => {
      const seats = salonCapacityError(body.capacity, bookedCount)
      for (const { path, message } of [...salonTimeErrors(body), ...(seats ? [seats] : [])])
        ctx.addIssue({ code: 'custom', path: [path], message })
    }),
  )

/**
 * The contract's schema words each field in Chinese; these are what the form adds: times are picked
 * (the body carries ISO), and a time missing its date or its hour is asked for as a pick.
 */
const FORM_MESSAGES: Partial<Record<SalonFormField, string>> = {
  industryChain: '请选择产业链',
  startAt: '请选择开始的日期和时间',
  endAt: '请选择结束的日期和时间',
  bookingDeadline: '请选择报名截止的日期和时间',
}

function toIso(text: string): string {
  const trimmed = text.trim()
  if (!TIME_PATTERN.test(trimmed)) return trimmed
  const parsed = dayjs(trimmed.replace(' ', 'T'))
  return parsed.isValid() ? parsed.format('YYYY-MM-DDTHH:mm:ssZ') : trimmed
}

export function formToBody(values: SalonFormValues) {
  return {
    title: values.title,
    summary: values.summary,
    description: values.description,
    industryChain: values.industryChain,
    speakers: values.speakers
      .split(/[、,，\n]/)
      .map((name) => name.trim())
      .filter(Boolean),
    location: values.location,
    startAt: toIso(values.startAt),
    endAt: toIso(values.endAt),
    bookingDeadline: toIso(values.bookingDeadline),
    capacity: values.capacity.trim() === '' ? Number.NaN : Number(values.capacity),
  }
}

/** Checks the form as the server will; the errors name the field they belong next to. */
export function validateSalonForm(
  values: SalonFormValues,
  bookedCount = 0,
): { body: CreateSalonBody; errors?: undefined } | { body?: undefined; errors: SalonFormErrors } {
  const result = salonFormSchema(bookedCount).safeParse(formToBody(values))
  if (result.success) return { body: result.data }
  const errors: SalonFormErrors = {}
  for (const issue of result.error.issues) {
    const field = issue.path[0] as SalonFormField | undefined
    if (!field || errors[field]) continue
    errors[field] = (issue.code === 'custom' ? undefined : FORM_MESSAGES[field]) ?? issue.message
  }
  return { errors }
}

/** A server VALIDATION_FAILED lists `{path, message}`: put each next to its field too. */
export function serverFieldErrors(details: unknown): SalonFormErrors {
  if (!Array.isArray(details)) return {}
  const errors: SalonFormErrors = {}
  for (const item of details as { path?: unknown; message?: unknown }[]) {
    if (typeof item?.path !== 'string' || typeof item.message !== 'string') continue
    const field = item.path.split('.')[0] as SalonFormField
    if (field in EMPTY_SALON_FORM || field === 'industryChain') errors[field] ??= item.message
  }
  return errors
}
