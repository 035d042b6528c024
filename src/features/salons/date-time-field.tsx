import { Input } from '@nutui/nutui-react-taro'
import { Picker, Text, View } from '@tarojs/components'

import './date-time-field.scss'

interface DateTimeFieldProps {
  field: string
  value: string
  placeholder: string
  onChange: (value: string) => void
}

/**
 * "YYYY-MM-DD HH:mm" typed or picked: the platform's own date and time pickers (native wheels in
 * WeChat) fill each half, and typing stays possible for a quick fix.
 */
export function DateTimeField({ field, value, placeholder, onChange }: DateTimeFieldProps) {
  const [date = '', time = ''] = value.trim().split(/\s+/)
  return (
    <View className="date-time-field">
      <Input
        className={`salon-form__input salon-form__input--${field} date-time-field__input`}
        value={value}
        placeholder={placeholder}
        onChange={onChange}
      />
      <Picker mode="date" value={date} onChange={(e) => onChange(`${e.detail.value} ${time || '14:00'}`)}>
        <Text className="date-time-field__pick">日期</Text>
      </Picker>
      <Picker mode="time" value={time} onChange={(e) => onChange(`${date} ${e.detail.value}`.trim())}>
        <Text className="date-time-field__pick">时间</Text>
      </Picker>
    </View>
  )
}
