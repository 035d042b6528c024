import { useState } from 'react'

import type { ServiceRequest } from '@/api/contract/schemas/service-request'
import { SectionCard } from '@/components/section-card'

import { ActionPanel } from './action-panel'
import { pendingMaterialsRequest } from './materials-request'
import { SupplyPrompt } from './supply-prompt'
import { useRequestAction } from './use-request-action'

interface SupplyMaterialsProps {
  request: ServiceRequest
  /** Opened from a list's 补充材料: the panel is there at once, no second tap. */
  startOpen?: boolean
}

/**
 * 申请详情's first card while the owner owes materials: what the specialist asked for, quoted, and the
 * panel to supply them (a note, files or both). It goes once the request moves on.
 */
export function SupplyMaterials({ request, startOpen = false }: SupplyMaterialsProps) {
  const asked = pendingMaterialsRequest(request)
  const { run, running } = useRequestAction(request)
  const [open, setOpen] = useState(startOpen)
  if (!asked) return null
  return (
    <SectionCard title="待您补充材料">
      <SupplyPrompt asked={asked} onSupply={open ? undefined : () => setOpen(true)} />
      {open ? (
        <ActionPanel
          action="submit_materials"
          running={running !== null}
          onSubmit={run}
          onClose={() => setOpen(false)}
        />
      ) : null}
    </SectionCard>
  )
}
