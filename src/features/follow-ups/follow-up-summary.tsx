import { Text, View } from '@tarojs/components'

import { ratingLabel } from '@/api/contract/rules/rating'
import type { FollowUp } from '@/api/contract/schemas/follow-up'

import { FOLLOW_UP_STATUS_LABELS, METHOD_LABELS, dueText, formatTime } from './follow-up-format'

import './follow-up.scss'

/** The rating that opened it, the latest call or visit, and the owner's answer, as far as they go. */
export function FollowUpSummary({
  followUp,
  showRating = true,
}: {
  followUp: FollowUp
  showRating?: boolean
}) {
  const due = dueText(followUp)
  return (
    <View className="follow-up">
      <View className="follow-up__head">
        <Text
          className={`follow-up__status follow-up__status--${followUp.overdue ? 'overdue' : followUp.status}`}
        >
          {followUp.overdue ? '回访超时' : FOLLOW_UP_STATUS_LABELS[followUp.status]}
        </Text>
        {followUp.rounds > 1 ? <Text className="follow-up__muted">第 {followUp.rounds} 轮</Text> : null}
      </View>
      {due ? <Text className={`follow-up__line${followUp.overdue ? ' is-overdue' : ''}`}>{due}</Text> : null}
      {showRating ? (
        <View className="follow-up__block">
          <Text className="follow-up__label">企业评价</Text>
          <Text className="follow-up__line">
            {ratingLabel(followUp.score)}
            {followUp.reasons.length ? ` · ${followUp.reasons.join('、')}` : ''}
          </Text>
          {followUp.comment ? <Text className="follow-up__quote">“{followUp.comment}”</Text> : null}
        </View>
      ) : null}
      {followUp.record ? (
        <View className="follow-up__block">
          <Text className="follow-up__label">
            {METHOD_LABELS[followUp.record.method]} · {followUp.record.recordedByName} ·{' '}
            {formatTime(followUp.record.recordedAt)}
            {followUp.record.late ? ' · 超时' : ''}
          </Text>
          <Text className="follow-up__line">了解到：{followUp.record.found}</Text>
          <Text className="follow-up__line">处理：{followUp.record.done}</Text>
        </View>
      ) : null}
      {followUp.confirmation ? (
        <View className="follow-up__block">
          <Text className="follow-up__label">企业答复 · {formatTime(followUp.confirmation.at)}</Text>
          <Text className="follow-up__line">
            {followUp.confirmation.solved ? '问题已解决' : '问题仍未解决'}
            {followUp.confirmation.comment ? `：${followUp.confirmation.comment}` : ''}
          </Text>
        </View>
      ) : null}
    </View>
  )
}
