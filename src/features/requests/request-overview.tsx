import { Text, View } from '@tarojs/components'

import type { ServiceRequest, ServiceType } from '@/api/contract/schemas/service-request'

import { closedText, dueInfo, formatTime } from './due-date'
import { FileChips } from './file-chips'
import { StarRating } from './star-rating'
import { StatusTag } from './status-tag'

import './request-overview.scss'

interface RequestOverviewProps {
  request: ServiceRequest
  type: ServiceType | undefined
  enterpriseName?: string
}

/**
 * The head of a request: type, status, number, due date and time left (or, once closed, when and how
 * long it took), then what was asked.
 */
export function RequestOverview({ request, type, enterpriseName }: RequestOverviewProps) {
  const due = dueInfo(request)
  const closed = closedText(request)
  const specs = type?.fields ?? Object.keys(request.fields).map((key) => ({ key, label: key }))
  return (
    <View className="request-overview">
      <View className="request-overview__head">
        <Text className="request-overview__type">{type?.name ?? request.serviceType}</Text>
        <StatusTag status={request.status} />
      </View>
      {enterpriseName ? <Text className="request-overview__line">{enterpriseName}</Text> : null}
      <Text className="request-overview__line">编号 {request.number}</Text>
      <Text className="request-overview__line">提交于 {formatTime(request.createdAt)}</Text>
      {request.raisedBy ? (
        <Text className="request-overview__line">专员代为发起 · {request.raisedBy.name}</Text>
      ) : null}
      {closed ? (
        <View className="request-overview__due is-closed">
          <Text>{closed}</Text>
        </View>
      ) : (
        <View className={`request-overview__due${due.overdue ? ' is-overdue' : ''}`}>
          <Text>到期 {due.date}</Text>
          {due.left ? <Text className="request-overview__left">{due.left}</Text> : null}
        </View>
      )}
      {request.rating ? (
        <View className="request-overview__rating">
          <StarRating value={request.rating.score} />
          {request.rating.reasons?.length || request.rating.comment ? (
            // One line: what went well or wrong, then the owner's own words (older ratings have only these).
            <Text className="request-overview__line">
              {[request.rating.reasons?.join('、'), request.rating.comment].filter(Boolean).join('：')}
            </Text>
          ) : null}
        </View>
      ) : null}
      <View className="request-overview__fields">
        {specs.map((spec) =>
          request.fields[spec.key] === undefined ? null : (
            <View key={spec.key} className="request-overview__field">
              <Text className="request-overview__label">{spec.label}</Text>
              <Text className="request-overview__value">{String(request.fields[spec.key])}</Text>
            </View>
          ),
        )}
      </View>
      <FileChips files={request.attachments} />
    </View>
  )
}
