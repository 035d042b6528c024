import { Text, View } from '@tarojs/components'
import dayjs from 'dayjs'
import type { ReactNode } from 'react'

import { daysBetween, stageLabel } from '@/api/contract/rules/journey'
import type { Journey, Milestone } from '@/api/contract/schemas/journey'

import './journey-stepper.scss'

const day = (iso: string) => dayjs(iso).format('M月D日')

interface JourneyStepperProps {
  journey: Journey
  /** Under the current step: what the reader can do about it (ask for it, mark it). */
  currentAction?: (milestone: Milestone) => ReactNode
  /** Under a done step marked by hand: its note, for those who need the why. */
  showNotes?: boolean
}

/**
 * 落地进度: the six steps with their dates, the current one highlighted, and how many days the
 * journey has taken. Plain views (no library): it sits on the owner's 首页 in the main package.
 */
export function JourneyStepper({ journey, currentAction, showNotes }: JourneyStepperProps) {
  const done = journey.milestones.filter((m) => m.state === 'done').length
  const total = journey.milestones.length
  const summary = journey.completedAt
    ? `已落地 · 用时 ${daysBetween(journey.startedAt, journey.completedAt)} 天`
    : `当前：${stageLabel(journey)} · 已进行 ${journey.daysSinceStart} 天`
  return (
    <View className="journey" role="list" aria-label={`落地进度，${summary}，已完成 ${done}/${total}`}>
      <View className="journey__summary">
        <Text className="journey__stage">{summary}</Text>
        <Text className="journey__count">
          {done}/{total}
        </Text>
      </View>
      {journey.milestones.map((milestone, index) => (
        <View
          key={milestone.code}
          role="listitem"
          className={`journey__step is-${milestone.state}`}
          aria-label={`${milestone.label}，${stepState(milestone)}`}
        >
          <View className="journey__rail">
            <View className="journey__dot">{milestone.state === 'done' ? '✓' : index + 1}</View>
            {index < total - 1 ? <View className="journey__line" /> : null}
          </View>
          <View className="journey__body">
            <View className="journey__row">
              <Text className="journey__label">{milestone.label}</Text>
              <Text className="journey__state">{stepState(milestone)}</Text>
            </View>
            {showNotes && milestone.note ? (
              <Text className="journey__note">
                {milestone.note}
                {milestone.markedBy ? `（${milestone.markedBy}标记）` : ''}
              </Text>
            ) : null}
            {milestone.state === 'current' && currentAction ? currentAction(milestone) : null}
          </View>
        </View>
      ))}
    </View>
  )
}

function stepState(milestone: Milestone): string {
  if (milestone.state === 'done') return milestone.doneAt ? `${day(milestone.doneAt)}完成` : '已完成'
  return milestone.state === 'current' ? '进行中' : '未开始'
}
