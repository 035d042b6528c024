import useSWR from 'swr'

import type { Board, FigureCases, MyFigures } from '@/api/contract/schemas/figures'
import { getBoard, getFigureCases, getMyFigures } from '@/api/endpoints/figures'
import type { ApiError } from '@/api/http/api-error'
import { useRealtimeEvent } from '@/api/realtime/use-realtime-event'

const ROOT = 'figures'
// Figures are computed from the requests: a change to one may move them.
const LIVE = ['request.updated', 'reconnected'] as const

function useLive(mutate: () => Promise<unknown>) {
  useRealtimeEvent(LIVE, () => void mutate())
}

export function useBoard(month: string) {
  const answer = useSWR<Board, ApiError>([ROOT, 'board', month], () => getBoard({ month }))
  useLive(answer.mutate)
  return answer
}

export function useMyFigures() {
  const answer = useSWR<MyFigures, ApiError>([ROOT, 'me'], () => getMyFigures())
  useLive(answer.mutate)
  return answer
}

export function useFigureCases(specialistId: string | undefined, month: string) {
  return useSWR<FigureCases, ApiError>(specialistId ? [ROOT, 'cases', specialistId, month] : null, () =>
    getFigureCases({ specialistId, month }),
  )
}
