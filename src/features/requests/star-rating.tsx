import { Text, View } from '@tarojs/components'

import './star-rating.scss'

const WORDS = ['', '很差', '较差', '一般', '满意', '非常满意']

/** Five tappable stars (1–5) with a word for the score. */
export function StarRating({ value, onChange }: { value: number; onChange?: (score: number) => void }) {
  return (
    <View className="star-rating" role="radiogroup" aria-label="评分">
      {[1, 2, 3, 4, 5].map((score) => (
        <View
          key={score}
          role="radio"
          aria-checked={score === value}
          aria-label={`${score} 星`}
          className={`star-rating__star${score <= value ? ' is-on' : ''}`}
          onClick={() => onChange?.(score)}
        >
          ★
        </View>
      ))}
      {value ? <Text className="star-rating__word">{WORDS[value]}</Text> : null}
    </View>
  )
}
