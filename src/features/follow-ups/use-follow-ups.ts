import { useRef, useState } from 'react'
import useSWR, { useSWRConfig } from 'swr'

import type {
  ConfirmFollowUpBody,
  FollowUp,
  FollowUpStatus,
  RecordFollowUpBody,
} from '@/api/contract/schemas/follow-up'
import { confirmFollowUp, getFollowUp, getFollowUps, recordFollowUp } from '@/api/endpoints/follow-ups'
import type { ApiError } from '@/api/http/api-error'
import { useRealtimeEvent } from '@/api/realtime/use-realtime-event'
import { notifyError, notifySuccess } from '@/components/notify'
import { useCursorPages } from '@/components/use-cursor-pages'
import { useSessionStore } from '@/stores/session-store'

/** Every SWR key of this feature starts with this. */
const ROOT = 'follow-ups'
const PAGE_SIZE = 20
// A record or a confirmation changes the request's timeline: the server says so with request.updated.
const LIVE = ['request.updated', 'reconnected'] as const

export function useFollowUp(id: string | undefined) {
  const answer = useSWR<FollowUp, ApiError>(id ? [ROOT, 'one', id] : null, () => getFollowUp(id as string))
  const { mutate } = answer
  useRealtimeEvent(LIVE, () => void mutate())
  return answer
}

/** The admin's list for one status, page by page. */
export function useFollowUpPages(status: FollowUpStatus) {
  const token = useSessionStore((state) => state.token)
  return useCursorPages(
    token ? [ROOT, 'page', status, token] : null,
    (cursor) => getFollowUps({ status, cursor, limit: PAGE_SIZE }),
    LIVE,
  )
}

type Step = { kind: 'record'; body: RecordFollowUpBody } | { kind: 'confirm'; body: ConfirmFollowUpBody }

/** Records a call or visit, or the owner's answer: one at a time, the result into the cache. */
export function useFollowUpStep(id: string) {
  const [running, setRunning] = useState(false)
  const busy = useRef(false)
  const { mutate } = useSWRConfig()
  const run = async (step: Step): Promise<FollowUp | undefined> => {
    if (busy.current) return undefined
    busy.current = true
    setRunning(true)
    try {
      const updated =
        step.kind === 'record' ? await recordFollowUp(id, step.body) : await confirmFollowUp(id, step.body)
      void mutate([ROOT, 'one', id], updated, { revalidate: false })
      void mutate((key) => Array.isArray(key) && key[0] === ROOT && key[1] !== 'one')
      notifySuccess(step.kind === 'record' ? '已记录回访' : step.body.solved ? '已确认解决' : '已反馈未解决')
      return updated
    } catch (error) {
      notifyError(error)
      return undefined
    } finally {
      busy.current = false
      setRunning(false)
    }
  }
  return { run, running }
}
