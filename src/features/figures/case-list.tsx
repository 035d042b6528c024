import { Text, View } from '@tarojs/components'
import dayjs from 'dayjs'

import { ratingLabel } from '@/api/contract/rules/rating'
import type { FigureCase } from '@/api/contract/schemas/figures'

import { hours } from './figures-format'

import './figures.scss'

const day = (iso: string) => dayjs(iso).format('MM-DD HH:mm')

/** Why a request counts this month, in the words of the figures it feeds. */
function marks(c: FigureCase): { text: string; bad?: boolean }[] {
  const out: { text: string; bad?: boolean }[] = []
  if (c.responseHours !== null) out.push({ text: `响应 ${hours(c.responseHours)}` })
  else if (c.acceptedAt === null && c.completedAt === null) out.push({ text: '未受理', bad: true })
  if (c.onTime !== null) out.push(c.onTime ? { text: '按时办结' } : { text: '超时办结', bad: true })
  if (c.overdueOpen) out.push({ text: '逾期未办结', bad: true })
  if (c.score !== null) out.push({ text: ratingLabel(c.score), bad: c.score <= 2 })
  if (c.followUpOverdue) out.push({ text: '回访超时', bad: true })
  return out
}

/** The requests behind a month's figures; `typeName` names the service. */
export function CaseList({
  cases,
  typeName,
  onOpen,
}: {
  cases: readonly FigureCase[]
  typeName: (code: FigureCase['serviceType']) => string
  onOpen?: (c: FigureCase) => void
}) {
  return (
    <View className="cases" role="list" aria-label="办件">
      {cases.map((c) => (
        <View key={c.requestId} className="cases__row" role="listitem" onClick={() => onOpen?.(c)}>
          <View className="cases__head">
            <Text className="cases__title">{typeName(c.serviceType)}</Text>
            <Text className="cases__muted">{c.number}</Text>
          </View>
          <Text className="cases__muted">
            {c.enterpriseName} · 提交 {day(c.createdAt)} · 时限 {day(c.dueAt)}
          </Text>
          <View className="cases__marks">
            {marks(c).map((m) => (
              <Text key={m.text} className={`cases__mark${m.bad ? ' is-bad' : ''}`}>
                {m.text}
              </Text>
            ))}
          </View>
        </View>
      ))}
    </View>
  )
}
