import { Text, View } from '@tarojs/components'

import type { SalonFeedbackSummary } from '@/api/contract/schemas/salon'

import { formatDateTime } from './salon-format'

import './salon-feedback-summary.scss'

const percent = (rate: number | null) => (rate === null ? '—' : `${Math.round(rate * 100)}%`)

/** What the admin reads after a salon: who came of those who held a seat, and what they said. */
export function SalonFeedbackSummaryView({ summary }: { summary: SalonFeedbackSummary }) {
  const figures = [
    { label: '签到率', value: percent(summary.attendanceRate) },
    { label: '已签到', value: `${summary.checkedInCount}/${summary.seatedCount}` },
    { label: '未到', value: String(summary.noShowCount) },
    {
      label: `评分（${summary.feedbackCount} 人）`,
      value: summary.averageScore === null ? '—' : summary.averageScore.toFixed(1),
    },
  ]
  return (
    <View className="feedback-summary">
      <View className="feedback-summary__figures">
        {figures.map((f) => (
          <View key={f.label} className="feedback-summary__figure" aria-label={`${f.label} ${f.value}`}>
            <Text className="feedback-summary__value">{f.value}</Text>
            <Text className="feedback-summary__label">{f.label}</Text>
          </View>
        ))}
      </View>
      {summary.comments.length ? (
        summary.comments.map((c, i) => (
          <View key={i} className="feedback-summary__comment">
            <View className="feedback-summary__meta">
              <Text className="feedback-summary__score">{'★'.repeat(c.score)}</Text>
              <Text>{`${c.enterpriseName} · ${formatDateTime(c.createdAt)}`}</Text>
            </View>
            <Text className="feedback-summary__text">{c.comment}</Text>
          </View>
        ))
      ) : (
        <View className="feedback-summary__empty">还没有留言</View>
      )}
    </View>
  )
}
