import { Text, View } from '@tarojs/components'

import type { ServiceRequest } from '@/api/contract/schemas/service-request'

import { RequestCard } from './request-card'
import { useServiceTypes } from './use-requests'

interface RequestListProps {
  requests: ServiceRequest[]
  onOpen: (request: ServiceRequest) => void
  enterpriseName?: (request: ServiceRequest) => string | undefined
  footer?: string
}

/** Cards of requests with their type names. */
export function RequestList({ requests, onOpen, enterpriseName, footer }: RequestListProps) {
  const types = useServiceTypes()
  const nameOf = (code: string) => types.data?.find((type) => type.code === code)?.name ?? ''
  return (
    <View className="request-list">
      {requests.map((request) => (
        <RequestCard
          key={request.id}
          request={request}
          typeName={nameOf(request.serviceType)}
          enterpriseName={enterpriseName?.(request)}
          onOpen={onOpen}
        />
      ))}
      {footer ? (
        <Text
          style={{
            display: 'block',
            padding: '16px',
            textAlign: 'center',
            fontSize: '12px',
            color: '#86909c',
          }}
        >
          {footer}
        </Text>
      ) : null}
    </View>
  )
}
