import { checkFields } from '@/api/contract/rules/request-fields'
import type { FieldValues, ServiceType } from '@/api/contract/schemas/service-request'

/** What the form holds while typing: every value as the text the user sees. */
export type FieldDraft = Record<string, string>

export type FieldErrors = Record<string, string>

const NUMBER_RE = /^\d+(\.\d+)?$/

/**
 * The draft as the body will carry it: a number field's text becomes a number when it reads as one;
 * anything else stays text, so the contract's rule (the same the backend runs) says what is wrong.
 */
function draftToValues(type: Pick<ServiceType, 'fields'>, draft: FieldDraft): Record<string, unknown> {
  return Object.fromEntries(
    type.fields.map((spec) => {
      const text = (draft[spec.key] ?? '').trim()
      return [spec.key, spec.type === 'number' && NUMBER_RE.test(text) ? Number(text) : text]
    }),
  )
}

/** Validates a draft: the cleaned values for the body, or one Chinese message per failing field. */
export function validateDraft(
  type: Pick<ServiceType, 'name' | 'fields'>,
  draft: FieldDraft,
): { ok: true; values: FieldValues } | { ok: false; errors: FieldErrors } {
  const result = checkFields(type, draftToValues(type, draft))
  if (result.ok) return result
  return { ok: false, errors: serverFieldErrors(result.errors) }
}

/** VALIDATION_FAILED details (`fields.<key>`), from the backend or the same rule here, by field key. */
export function serverFieldErrors(details: unknown): FieldErrors {
  const errors: FieldErrors = {}
  if (!Array.isArray(details)) return errors
  for (const item of details as { path?: unknown; message?: unknown }[]) {
    const match = typeof item.path === 'string' ? /^fields\.(.+)$/.exec(item.path) : null
    if (match?.[1] && typeof item.message === 'string') errors[match[1]] ??= item.message
  }
  return errors
}
