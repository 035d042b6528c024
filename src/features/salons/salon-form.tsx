import { Button, Input, TextArea } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'

import type { Salon } from '@/api/contract/schemas/salon'

import { DateTimeField } from './date-time-field'
import { IndustryFilter } from './industry-filter'
import { TIME_FORMAT, type SalonFormField } from './salon-form-schema'
import { useSalonForm } from './use-salon-form'

import './salon-form.scss'

interface SalonFormProps {
  salon?: Salon
  onSaved: (salon: Salon) => void
}

const TEXT_FIELDS: { field: SalonFormField; label: string; placeholder: string; type?: 'digit' }[] = [
  { field: 'title', label: '标题', placeholder: '如：低空经济企业家沙龙' },
  { field: 'summary', label: '简介', placeholder: '一句话说明主题' },
  { field: 'location', label: '地点', placeholder: '详细地址' },
  { field: 'startAt', label: '开始时间', placeholder: TIME_FORMAT.replace('YYYY', '2026') },
  { field: 'endAt', label: '结束时间', placeholder: TIME_FORMAT.replace('YYYY', '2026') },
  { field: 'bookingDeadline', label: '报名截止', placeholder: TIME_FORMAT.replace('YYYY', '2026') },
  { field: 'capacity', label: '名额', placeholder: '至少 1 人', type: 'digit' },
  { field: 'speakers', label: '分享嘉宾', placeholder: '多位嘉宾用、分隔' },
]

const TIME_FIELDS = new Set<SalonFormField>(['startAt', 'endAt', 'bookingDeadline'])

/** Create or edit a salon: checked with the contract's schema before sending, errors under each field. */
export function SalonForm({ salon, onSaved }: SalonFormProps) {
  const form = useSalonForm(salon, onSaved)
  return (
    <View className="salon-form">
      {TEXT_FIELDS.map(({ field, label, placeholder, type }) => (
        <Field key={field} label={label} error={form.errors[field]}>
          {TIME_FIELDS.has(field) ? (
            <DateTimeField
              field={field}
              value={String(form.values[field] ?? '')}
              placeholder={placeholder}
              onChange={(value) => form.setField(field, value)}
            />
          ) : (
            <Input
              className={`salon-form__input salon-form__input--${field}`}
              value={String(form.values[field] ?? '')}
              placeholder={placeholder}
              type={type ?? 'text'}
              onChange={(value) => form.setField(field, value)}
            />
          )}
        </Field>
      ))}
      <Field label="产业链" error={form.errors.industryChain}>
        <IndustryFilter
          value={form.values.industryChain}
          onChange={(v) => form.setField('industryChain', v)}
        />
      </Field>
      <Field label="介绍" error={form.errors.description}>
        <TextArea
          className="salon-form__textarea"
          value={form.values.description}
          placeholder="议程、适合谁来、会得到什么"
          maxLength={5000}
          onChange={(value) => form.setField('description', value)}
        />
      </Field>
      <Button
        block
        type="primary"
        loading={form.saving}
        disabled={form.saving}
        onClick={() => void form.submit()}
      >
        {salon ? '保存修改' : '保存草稿'}
      </Button>
    </View>
  )
}

function Field({ label, error, children }: { label: string; error?: string; children: ReactNode }) {
  return (
    <View className="salon-form__field">
      <Text className="salon-form__label">{label}</Text>
      {children}
      {error ? <Text className="salon-form__error">{error}</Text> : null}
    </View>
  )
}
