import type { ServiceRequest } from '@/api/contract/schemas/service-request'
import { useMe } from '@/features/session/use-me'

import { ChatButton } from './chat-button'

/**
 * 问专员: the chat with the specialist handling this request, which is the enterprise's service
 * specialist for set-up services and the liaison official for matching, legal and financing ones;
 * the service specialist when the handler has no conversation.
 */
export function AskSpecialist({ request }: { request: ServiceRequest }) {
  const me = useMe()
  const service = me.data?.enterprise?.specialistIds.service
  return (
    <ChatButton
      label="问专员"
      wanted={[(c) => c.specialistId === request.assigneeId, (c) => c.specialistId === service]}
    />
  )
}
