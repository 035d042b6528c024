import type { ServiceRequest } from '@/api/contract/schemas/service-request'
import { AsyncView } from '@/components/async-view'
import { PageBanner } from '@/components/page-banner'
import { RequestForm } from '@/features/requests/request-form'
import { useServiceTypes } from '@/features/requests/use-requests'
import { useMe } from '@/features/session/use-me'

interface RaiseRequestProps {
  enterpriseId: string
  visitId?: string
  problemId?: string
  initialType?: string
  onCreated: (request: ServiceRequest) => void
}

/**
 * A request raised on the enterprise's behalf: the service picked on the enterprise page and the same
 * form an owner fills, sent as the specialist's (linked to the visit's problem, if it answers one).
 */
export function RaiseRequest({
  enterpriseId,
  visitId,
  problemId,
  initialType,
  onCreated,
}: RaiseRequestProps) {
  const me = useMe()
  const types = useServiceTypes()
  const enterprise = me.data?.enterprises?.find((e) => e.id === enterpriseId)
  const type = types.data?.find((t) => t.code === initialType)
  return (
    <>
      {/* The owners' form page, shared so the form ships once: no more of the visits feature than ids. */}
      <PageBanner title="代为发起申请" subtitle={problemId ? '针对走访发现的问题' : enterprise?.name} />
      {/* The service was chosen on the enterprise page (the chooser lives with the visits there). */}
      <AsyncView
        data={types.data ? (type ?? null) : undefined}
        error={types.error}
        loading={types.isLoading}
        onRetry={() => void types.mutate()}
        isEmpty={(found) => found === null}
        empty={{ title: '没有这项服务' }}
      >
        {(found) =>
          found ? (
            <RequestForm
              key={found.code}
              type={found}
              raise={{ enterpriseId, visitId, problemId }}
              onCreated={onCreated}
            />
          ) : null
        }
      </AsyncView>
    </>
  )
}
