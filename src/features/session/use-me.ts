import useSWR from 'swr'

import type { Me } from '@/api/contract/schemas/auth'
import { getMe } from '@/api/endpoints/auth'
import type { ApiError } from '@/api/http/api-error'
import { useSessionStore } from '@/stores/session-store'

/**
 * The signed-in user's profile (an owner's enterprise and its two specialists, a specialist's
 * enterprises), keyed by token. Many features need to know who is signed in, so this module is the
 * one every feature may import (see eslint.config.mjs); it imports no feature itself.
 */
export function useMe() {
  const token = useSessionStore((state) => state.token)
  return useSWR<Me, ApiError>(token ? ['me', token] : null, () => getMe())
}
