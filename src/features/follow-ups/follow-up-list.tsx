import { Text, View } from '@tarojs/components'

import { ratingLabel } from '@/api/contract/rules/rating'
import type { FollowUp } from '@/api/contract/schemas/follow-up'
import { AsyncView } from '@/components/async-view'

import { FOLLOW_UP_STATUS_LABELS, dueText } from './follow-up-format'
import type { useFollowUpPages } from './use-follow-ups'

import './follow-up.scss'

interface FollowUpListProps {
  list: ReturnType<typeof useFollowUpPages>
  onOpen: (followUp: FollowUp) => void
}

/** The admin's follow-ups, overdue first (the server's order), each one tap from its record form. */
export function FollowUpList({ list, onOpen }: FollowUpListProps) {
  return (
    <AsyncView
      data={list.items}
      error={list.error}
      loading={list.isLoading}
      onRetry={() => void list.mutate()}
      isEmpty={(items) => items.length === 0}
      empty={{ title: '这里没有回访', description: '企业给出不满意及以下评价后，需在 2 个工作日内回访' }}
    >
      {(items) => (
        <View>
          {items.map((f) => (
            <View
              key={f.id}
              className="follow-up__card"
              role="link"
              aria-label={`${f.enterpriseName}，${ratingLabel(f.score)}，${f.overdue ? '回访超时' : FOLLOW_UP_STATUS_LABELS[f.status]}`}
              onClick={() => onOpen(f)}
            >
              <View className="follow-up__head">
                <Text className="follow-up__title">{f.enterpriseName}</Text>
                <Text className={`follow-up__status follow-up__status--${f.overdue ? 'overdue' : f.status}`}>
                  {f.overdue ? '回访超时' : FOLLOW_UP_STATUS_LABELS[f.status]}
                </Text>
              </View>
              <Text className="follow-up__line">
                {ratingLabel(f.score)}
                {f.reasons.length ? ` · ${f.reasons.join('、')}` : ''}
              </Text>
              <Text className="follow-up__muted">
                {f.requestNumber} · 专员 {f.specialistName}
              </Text>
              {dueText(f) ? (
                <Text className={`follow-up__line${f.overdue ? ' is-overdue' : ''}`}>{dueText(f)}</Text>
              ) : null}
            </View>
          ))}
          <View className="follow-up__more" role="button" onClick={list.loadMore}>
            {list.hasMore ? (list.isValidating ? '加载中…' : '上拉加载更多') : '没有更多了'}
          </View>
        </View>
      )}
    </AsyncView>
  )
}
