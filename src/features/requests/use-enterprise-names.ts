import type { ServiceRequest } from '@/api/contract/schemas/service-request'
import { useMe } from '@/features/session/use-me'

/** A specialist's enterprises by id (GET /me lists them), to name the enterprise on each request. */
export function useEnterpriseNames() {
  const me = useMe()
  const names = new Map((me.data?.enterprises ?? []).map((enterprise) => [enterprise.id, enterprise.name]))
  return (request: Pick<ServiceRequest, 'enterpriseId'>) => names.get(request.enterpriseId)
}
