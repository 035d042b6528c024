import { Picker, Text, View } from '@tarojs/components'
import dayjs from 'dayjs'

import './date-time-field.scss'

interface DateTimeFieldProps {
  field: string
  /** What the field is, for screen readers: 开始时间. */
  label: string
  value: string
  onChange: (value: string) => void
}

const DEFAULT_TIME = '14:00'

/** "H:mm" that a time picker accepts (hours 0–23, minutes 0–59). */
export function isPickerTime(value: string): boolean {
  const match = /^(\d{1,2}):(\d{1,2})$/.exec(value)
  return Boolean(match && Number(match[1]) <= 23 && Number(match[2]) <= 59)
}

const isPickerDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value)

/**
 * "YYYY-MM-DD HH:mm" picked, never typed: the platform's date and time pickers (native wheels in
 * WeChat, Taro's wheel on H5), each shown as a field with what was picked. A date picked first takes
 * 14:00 until a time is picked; a time picked first waits for its date.
 */
export function DateTimeField({ field, label, value, onChange }: DateTimeFieldProps) {
  // A time picked before its date is kept as " 15:30", so the date still reads as missing.
  const [date = '', time = ''] = value.split(' ')
  // The wheels open on a valid value: an empty or partial one made Taro's H5 picker warn
  // "time picker value illegal" (and open at 00:00).
  const wheelDate = isPickerDate(date) ? date : dayjs().add(7, 'day').format('YYYY-MM-DD')
  const wheelTime = isPickerTime(time) ? time : DEFAULT_TIME
  return (
    <View className={`date-time-field date-time-field--${field}`}>
      <Picker
        mode="date"
        value={wheelDate}
        onChange={(e) => onChange(`${e.detail.value} ${wheelTime}`)}
        className="date-time-field__picker date-time-field__picker--date"
      >
        <View
          className={`date-time-field__box${date ? '' : ' date-time-field__box--empty'}`}
          role="button"
          aria-label={`${label}日期，${date || '未选择'}`}
        >
          <Text>{date ? dayjs(date).format('YYYY年M月D日') : '选择日期'}</Text>
        </View>
      </Picker>
      <Picker
        mode="time"
        value={wheelTime}
        onChange={(e) => onChange(`${date} ${e.detail.value}`)}
        className="date-time-field__picker date-time-field__picker--time"
      >
        <View
          className={`date-time-field__box${time ? '' : ' date-time-field__box--empty'}`}
          role="button"
          aria-label={`${label}时刻，${time || '未选择'}`}
        >
          <Text>{time || '选择时间'}</Text>
        </View>
      </Picker>
    </View>
  )
}
