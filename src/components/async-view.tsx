import type { ReactNode } from 'react'

import type { ApiError } from '@/api/http/api-error'

import { EmptyState } from './empty-state'
import { ErrorState } from './error-state'
import { LoadingSkeleton } from './loading-skeleton'

/** What a screen needs of a load; an SWR response is one as it is. */
export interface LoadState<T> {
  data: T | undefined
  error: ApiError | undefined
  isLoading: boolean
  mutate: () => Promise<unknown>
}

/** Either a whole load (`query={swr}`), or its parts when the data shown is derived from it. */
type Source<T> =
  | { query: LoadState<T>; data?: never }
  | { query?: never; data: T | undefined; error: ApiError | undefined; loading: boolean; onRetry: () => void }

type AsyncViewProps<T> = Source<T> & {
  isEmpty?: (data: T) => boolean
  empty: { title: string; description?: string; actionText?: string; onAction?: () => void }
  skeletonCards?: number
  children: (data: T) => ReactNode
}

/**
 * Every screen's four states in one place: skeleton on the first load, an error with retry, an empty
 * state saying what to do next, or the content. Data already shown stays on screen while it refreshes.
 */
export function AsyncView<T>(props: AsyncViewProps<T>) {
  const { isEmpty, empty, skeletonCards, children } = props
  const { data, error, loading, onRetry } = props.query
    ? {
        data: props.query.data,
        error: props.query.error,
        loading: props.query.isLoading,
        onRetry: () => void props.query?.mutate(),
      }
    : props
  if (data === undefined) {
    if (error) return <ErrorState message={error.message} status={error.status} onRetry={onRetry} />
    if (loading) return <LoadingSkeleton cards={skeletonCards} />
    return null
  }
  if (isEmpty?.(data)) return <EmptyState {...empty} />
  return <>{children(data)}</>
}
