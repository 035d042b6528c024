import type { ReactNode } from 'react'

import type { ApiError } from '@/api/api-error'

import { EmptyState } from './empty-state'
import { ErrorState } from './error-state'
import { LoadingSkeleton } from './loading-skeleton'

interface AsyncViewProps<T> {
  data: T | undefined
  error: ApiError | undefined
  loading: boolean
  onRetry: () => void
  isEmpty?: (data: T) => boolean
  empty: { title: string; description?: string; actionText?: string; onAction?: () => void }
  skeletonCards?: number
  children: (data: T) => ReactNode
}

/**
 * Every screen's four states in one place: skeleton on the first load, an error with retry, an empty
 * state saying what to do next, or the content. Data already shown stays on screen while it refreshes.
 */
export function AsyncView<T>({
  data,
  error,
  loading,
  onRetry,
  isEmpty,
  empty,
  skeletonCards,
  children,
}: AsyncViewProps<T>) {
  if (data === undefined) {
    if (error) return <ErrorState message={error.message} onRetry={onRetry} />
    if (loading) return <LoadingSkeleton cards={skeletonCards} />
    return null
  }
  if (isEmpty?.(data)) return <EmptyState {...empty} />
  return <>{children(data)}</>
}
