import { useRef, useState } from 'react'

import type { RequestAction, RequestActionBody, ServiceRequest } from '@/api/contract/schemas/service-request'
import { actOnServiceRequest } from '@/api/endpoints/service-requests'
import { notifyError, notifySuccess } from '@/components/notify'
import { randomId } from '@/utils/id'

import { ACTION_LABELS } from './request-status'
import { useRequestCache } from './use-requests'

/**
 * Runs one action on a request: one at a time, one Idempotency-Key per attempt kept across retries of
 * the same action (a double tap acts once), the result straight into the cache so the timeline shows it.
 */
export function useRequestAction(request: ServiceRequest) {
  const [running, setRunning] = useState<RequestAction | null>(null)
  const busy = useRef(false)
  const keys = useRef<Partial<Record<RequestAction, string>>>({})
  const store = useRequestCache()

  const run = async (body: RequestActionBody): Promise<boolean> => {
    if (busy.current) return false
    busy.current = true
    setRunning(body.action)
    const key = (keys.current[body.action] ??= randomId('act-'))
    try {
      const updated = await actOnServiceRequest(request.id, body, key)
      delete keys.current[body.action]
      store(updated)
      notifySuccess(`已${ACTION_LABELS[body.action]}`)
      return true
    } catch (error) {
      // A refusal from the server is final for this body: the next attempt is a new one.
      delete keys.current[body.action]
      notifyError(error)
      return false
    } finally {
      busy.current = false
      setRunning(null)
    }
  }
  return { run, running }
}
