// zod/mini: the salon form runs these in the admin subpackage, where the classic build of zod would be
// ~65 KB; the contract's CreateSalonBodySchema (classic, for the backend and the OpenAPI document) is
// built from the same limits and messages (salon-limits.ts), and a unit test holds the two equal.
import * as z from 'zod/mini'

import { INDUSTRY_CHAINS } from '../values'

import { SALON_LIMITS, SALON_MESSAGES, type TextLimits } from './salon-limits'

function text(limits: TextLimits, message: string) {
  return z
    .string({ error: message })
    .check(
      z.trim(),
      ...(limits.min === undefined ? [] : [z.minLength(limits.min, message)]),
      z.maxLength(limits.max, message),
    )
}

const dateTime = () => z.iso.datetime({ offset: true })

/** The body of POST /salons and PUT /salons/:id, field by field, as the contract checks it. */
export const SalonFieldsRule = z.object({
  title: text(SALON_LIMITS.title, SALON_MESSAGES.title),
  summary: text(SALON_LIMITS.summary, SALON_MESSAGES.summary),
  description: text(SALON_LIMITS.description, SALON_MESSAGES.description),
  industryChain: z.optional(z.enum(INDUSTRY_CHAINS)),
  speakers: z
    .array(text(SALON_LIMITS.speaker, SALON_MESSAGES.speakers), { error: SALON_MESSAGES.speakers })
    .check(z.maxLength(SALON_LIMITS.speakers, SALON_MESSAGES.speakers)),
  location: text(SALON_LIMITS.location, SALON_MESSAGES.location),
  startAt: dateTime(),
  endAt: dateTime(),
  capacity: z
    .number({ error: SALON_MESSAGES.capacity })
    .check(
      z.int(SALON_MESSAGES.capacity),
      z.minimum(SALON_LIMITS.capacity.min, SALON_MESSAGES.capacity),
      z.maximum(SALON_LIMITS.capacity.max, SALON_MESSAGES.capacityMax),
    ),
  bookingDeadline: dateTime(),
})
