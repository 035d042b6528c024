import { Text, View } from '@tarojs/components'

import { ratingLabel } from '@/api/contract/rules/rating'

import './star-rating.scss'

/**
 * Five tappable stars for the five levels of 好差评 (1 非常不满意 … 5 非常满意), with the level's word.
 * A rating given before the levels existed is a score too, so it reads the same.
 */
export function StarRating({ value, onChange }: { value: number; onChange?: (score: number) => void }) {
  return (
    <View className="star-rating" role="radiogroup" aria-label="满意程度">
      {[1, 2, 3, 4, 5].map((score) => (
        <View
          key={score}
          role="radio"
          aria-checked={score === value}
          aria-label={`${ratingLabel(score)}（${score} 星）`}
          className={`star-rating__star${score <= value ? ' is-on' : ''}`}
          onClick={() => onChange?.(score)}
        >
          ★
        </View>
      ))}
      {value ? <Text className="star-rating__word">{ratingLabel(value)}</Text> : null}
    </View>
  )
}
