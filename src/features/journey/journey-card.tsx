import type { ReactNode } from 'react'

import type { Milestone } from '@/api/contract/schemas/journey'
import { SectionCard } from '@/components/section-card'

import { JourneyStepper } from './journey-stepper'
import { useJourney } from './use-journey'

interface JourneyCardProps {
  enterpriseId: string | undefined
  currentAction?: (milestone: Milestone) => ReactNode
  showNotes?: boolean
  extra?: ReactNode
}

/**
 * 落地进度 as a card. An enterprise with no journey (a 404: not on one) shows no card at all; a failed
 * load says nothing here either, since the page around it has its own content and retry.
 */
export function JourneyCard({ enterpriseId, currentAction, showNotes, extra }: JourneyCardProps) {
  const journey = useJourney(enterpriseId)
  if (!journey.data) return null
  return (
    <SectionCard title="落地进度" extra={extra}>
      <JourneyStepper journey={journey.data} currentAction={currentAction} showNotes={showNotes} />
    </SectionCard>
  )
}
