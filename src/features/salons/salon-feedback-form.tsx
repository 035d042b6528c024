import { Button, TextArea } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { useRef, useState } from 'react'

import type { Booking } from '@/api/contract/schemas/salon'
import { submitBookingFeedback } from '@/api/endpoints/salons'
import { notifyError, notifySuccess } from '@/components/notify'
import { randomId } from '@/utils/id'

import './salon-feedback-form.scss'

const SCORES = [1, 2, 3, 4, 5] as const
// NutUI's types omit `role`, though it passes it on to Taro's button (H5's has none of its own).
const BUTTON_ROLE: Record<string, string> = { role: 'button' }
const SCORE_WORDS = ['', '很不满意', '不太满意', '一般', '满意', '非常满意']

/** Five tappable stars (plain views: the same on both targets, no icon font). */
function Stars({ value, onChange }: { value: number; onChange?: (score: number) => void }) {
  return (
    <View className="salon-feedback__stars" role={onChange ? 'radiogroup' : undefined} aria-label="评分">
      {SCORES.map((n) => (
        <View
          key={n}
          className={`salon-feedback__star ${n <= value ? 'salon-feedback__star--on' : ''}`}
          role={onChange ? 'radio' : undefined}
          aria-checked={onChange ? n === value : undefined}
          aria-label={`${n} 分`}
          onClick={onChange ? () => onChange(n) : undefined}
        >
          ★
        </View>
      ))}
      {value ? <Text className="salon-feedback__words">{SCORE_WORDS[value]}</Text> : null}
    </View>
  )
}

/**
 * After the event, for one who checked in: a score and a comment, sent once (the server refuses a
 * second). Once given it shows what they said. One Idempotency-Key per attempt until it is accepted.
 */
export function SalonFeedbackForm({ booking, onSaved }: { booking: Booking; onSaved: () => void }) {
  const [score, setScore] = useState(0)
  const [comment, setComment] = useState('')
  const [saving, setSaving] = useState(false)
  const key = useRef<string | null>(null)

  if (booking.feedback)
    return (
      <View className="salon-feedback salon-feedback--given">
        <Stars value={booking.feedback.score} />
        {booking.feedback.comment ? (
          <Text className="salon-feedback__comment">{booking.feedback.comment}</Text>
        ) : null}
        <Text className="salon-feedback__hint">感谢您的评价</Text>
      </View>
    )

  async function submit() {
    if (saving || !score) return
    setSaving(true)
    try {
      key.current ??= randomId('feedback-')
      await submitBookingFeedback(booking.id, { score, comment }, key.current)
      key.current = null
      notifySuccess('感谢您的评价')
      onSaved()
    } catch (error) {
      notifyError(error)
    } finally {
      setSaving(false)
    }
  }

  return (
    <View className="salon-feedback">
      <Text className="salon-feedback__hint">这场活动怎么样？您的评价帮助我们办好下一场</Text>
      <Stars value={score} onChange={setScore} />
      <TextArea
        className="salon-feedback__box"
        value={comment}
        placeholder="说说收获或建议（选填，500 字以内）"
        maxLength={500}
        onChange={setComment}
      />
      <Button
        block
        type="primary"
        className="salon-feedback__submit"
        loading={saving}
        disabled={!score || saving}
        onClick={() => void submit()}
        {...BUTTON_ROLE}
        aria-disabled={!score || saving}
      >
        提交评价
      </Button>
    </View>
  )
}
