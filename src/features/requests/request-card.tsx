import { Text, View } from '@tarojs/components'

import type { ServiceRequest } from '@/api/contract/schemas/service-request'

import { dueInfo } from './due-date'
import { StatusTag } from './status-tag'

import './request-card.scss'

interface RequestCardProps {
  request: ServiceRequest
  typeName: string
  /** The specialist's queue names the enterprise; an owner knows its own. */
  enterpriseName?: string
  onOpen: (request: ServiceRequest) => void
}

/** One request in a list: number, type, status, due date (red once overdue). */
export function RequestCard({ request, typeName, enterpriseName, onOpen }: RequestCardProps) {
  const due = dueInfo(request)
  return (
    <View
      className={`request-card${due.overdue ? ' request-card--overdue' : ''}`}
      onClick={() => onOpen(request)}
    >
      <View className="request-card__head">
        <Text className="request-card__type">{typeName}</Text>
        <StatusTag status={request.status} />
      </View>
      {enterpriseName ? <Text className="request-card__enterprise">{enterpriseName}</Text> : null}
      <View className="request-card__foot">
        <Text className="request-card__number">{request.number}</Text>
        <Text className={`request-card__due${due.overdue ? ' is-overdue' : ''}`}>
          {due.left ? `${due.date} 到期 · ${due.left}` : `到期 ${due.date}`}
        </Text>
      </View>
    </View>
  )
}
