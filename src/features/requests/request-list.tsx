import { Text, View } from '@tarojs/components'

import type { ServiceRequest } from '@/api/contract/schemas/service-request'

import { RequestCard } from './request-card'
import { useServiceTypes } from './use-requests'

interface RequestListProps {
  requests: ServiceRequest[]
  onOpen: (request: ServiceRequest) => void
  /** The owner's lists: a request waiting for materials gets a 补充材料 button. */
  onSupply?: (request: ServiceRequest) => void
  enterpriseName?: (request: ServiceRequest) => string | undefined
  footer?: string
}

/** Cards of requests with their type names. */
export function RequestList({ requests, onOpen, onSupply, enterpriseName, footer }: RequestListProps) {
  const types = useServiceTypes()
  const typeOf = (code: string) => types.data?.find((type) => type.code === code)
  return (
    <View className="request-list">
      {requests.map((request) => (
        <RequestCard
          key={request.id}
          request={request}
          type={typeOf(request.serviceType)}
          typeName={typeOf(request.serviceType)?.name ?? ''}
          enterpriseName={enterpriseName?.(request)}
          onOpen={onOpen}
          onSupply={onSupply}
        />
      ))}
      {footer ? (
        <Text
          style={{
            display: 'block',
            padding: '16px',
            textAlign: 'center',
            fontSize: '12px',
            // 4.5:1 on the page's white and grey alike.
            color: '#4e5969',
          }}
        >
          {footer}
        </Text>
      ) : null}
    </View>
  )
}
