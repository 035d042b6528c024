import { Text, View } from '@tarojs/components'

import { reasonsFor } from '@/api/contract/rules/rating'

import './rating-reasons.scss'

interface RatingReasonsProps {
  score: number
  value: string[]
  onChange: (reasons: string[]) => void
}

/** The reasons to pick for a level: what went well for 满意 and up, what went wrong below. */
export function RatingReasons({ score, value, onChange }: RatingReasonsProps) {
  const toggle = (reason: string) =>
    onChange(value.includes(reason) ? value.filter((r) => r !== reason) : [...value, reason])
  return (
    <View className="rating-reasons" role="group" aria-label={score >= 4 ? '满意的地方' : '不满意的地方'}>
      {reasonsFor(score).map((reason) => {
        const on = value.includes(reason)
        return (
          <View
            key={reason}
            role="checkbox"
            aria-checked={on}
            className={`rating-reasons__chip${on ? ' is-on' : ''}`}
            onClick={() => toggle(reason)}
          >
            <Text>{reason}</Text>
          </View>
        )
      })}
    </View>
  )
}
