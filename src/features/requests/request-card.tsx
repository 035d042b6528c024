import { Text, View } from '@tarojs/components'

import type { ServiceRequest } from '@/api/contract/schemas/service-request'

import { dueInfo } from './due-date'
import { STATUS_LABELS } from './request-status'
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
  const dueText = due.left ? `${due.date} 到期 · ${due.left}` : `到期 ${due.date}`
  // A screen reader reads the card as one link, in reading order, rather than its pieces one by one.
  const name = [typeName, STATUS_LABELS[request.status], enterpriseName, request.number, dueText]
  return (
    <View
      className={`request-card${due.overdue ? ' request-card--overdue' : ''}`}
      role="link"
      aria-label={name.filter(Boolean).join('，')}
      onClick={() => onOpen(request)}
    >
      <View className="request-card__head">
        <Text className="request-card__type">{typeName}</Text>
        <StatusTag status={request.status} />
      </View>
      {enterpriseName ? <Text className="request-card__enterprise">{enterpriseName}</Text> : null}
      <View className="request-card__foot">
        <Text className="request-card__number">{request.number}</Text>
        <Text className={`request-card__due${due.overdue ? ' is-overdue' : ''}`}>{dueText}</Text>
      </View>
    </View>
  )
}
