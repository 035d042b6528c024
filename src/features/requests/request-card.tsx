import { Text, View } from '@tarojs/components'

import type { ServiceRequest, ServiceType } from '@/api/contract/schemas/service-request'

import { closedText, dueInfo, submittedOn } from './due-date'
import { pendingMaterialsRequest } from './materials-request'
import { STATUS_LABELS } from './request-status'
import { requestSummary } from './request-summary'
import { StatusTag } from './status-tag'
import { SupplyPrompt } from './supply-prompt'

import './request-card.scss'
import './request-card-summary.scss'

interface RequestCardProps {
  request: ServiceRequest
  typeName: string
  /** The type's fields, for the line that tells two requests of one type apart. */
  type?: ServiceType
  /** The specialist's queue names the enterprise; an owner knows its own. */
  enterpriseName?: string
  onOpen: (request: ServiceRequest) => void
  /** The owner's lists: a request waiting for materials quotes what was asked, with one button to supply. */
  onSupply?: (request: ServiceRequest) => void
}

/**
 * One request in a list: type, status, what distinguishes it, number, when it was made, and its due
 * date (red once overdue) or, once closed, when it closed.
 */
export function RequestCard({ request, typeName, type, enterpriseName, onOpen, onSupply }: RequestCardProps) {
  const due = dueInfo(request)
  const dueText = closedText(request) ?? (due.left ? `${due.date} 到期 · ${due.left}` : `到期 ${due.date}`)
  const summary = requestSummary(request, type)
  const asked = onSupply ? pendingMaterialsRequest(request) : undefined
  const submitted = submittedOn(request)
  // A screen reader reads the card as one link, in reading order, rather than its pieces one by one.
  const name = [
    typeName,
    STATUS_LABELS[request.status],
    summary,
    enterpriseName,
    request.raisedBy ? '专员代为发起' : undefined,
    request.number,
    submitted,
    dueText,
  ]
  return (
    <View
      className={`request-card${due.overdue ? ' request-card--overdue' : ''}${asked ? ' request-card--todo' : ''}`}
    >
      <View
        className="request-card__main"
        role="link"
        aria-label={name.filter(Boolean).join('，')}
        onClick={() => onOpen(request)}
      >
        <View className="request-card__head">
          <Text className="request-card__type">{typeName}</Text>
          <StatusTag status={request.status} />
        </View>
        {summary ? <Text className="request-card__summary">{summary}</Text> : null}
        {enterpriseName ? <Text className="request-card__enterprise">{enterpriseName}</Text> : null}
        {request.raisedBy ? (
          <Text className="request-card__raised">专员代为发起 · {request.raisedBy.name}</Text>
        ) : null}
        <View className="request-card__foot">
          <Text className="request-card__number">
            {request.number} · {submitted}
          </Text>
          <Text className={`request-card__due${due.overdue ? ' is-overdue' : ''}`}>{dueText}</Text>
        </View>
      </View>
      {asked && onSupply ? <SupplyPrompt asked={asked} onSupply={() => onSupply(request)} /> : null}
    </View>
  )
}
