import type { ServiceRequest } from '@/api/contract/schemas/service-request'
import { SectionCard } from '@/components/section-card'
import { go } from '@/navigation/go'
import { routes } from '@/navigation/routes'

import { RequestList } from './request-list'

/** A 补充材料 button opens the request with the panel to supply already open: one tap, not two. */
export const openToSupply = (request: ServiceRequest) =>
  void go(routes.requestDetail({ id: request.id, supply: '1' }))

export const openRequest = (request: ServiceRequest) => void go(routes.requestDetail({ id: request.id }))

/**
 * What the owner has to do, before anything else on the screen: each request waiting for materials,
 * with the specialist's words and the button to supply them. Nothing when nothing is owed.
 */
export function OwnerTodos({ requests }: { requests: ServiceRequest[] }) {
  if (!requests.length) return null
  return (
    <SectionCard title={`待您补充材料（${requests.length}）`}>
      <RequestList requests={requests} onOpen={openRequest} onSupply={openToSupply} />
    </SectionCard>
  )
}
