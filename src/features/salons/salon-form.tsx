import { Button, Input, TextArea } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'

import type { Salon } from '@/api/contract/schemas/salon'
import { go } from '@/navigation/go'
import { routes } from '@/navigation/routes'

import { DateTimeField } from './date-time-field'
import { IndustryFilter } from './industry-filter'
import type { SalonFormField } from './salon-form-schema'
import { useSalonForm } from './use-salon-form'

import './salon-form.scss'

interface SalonFormProps {
  salon?: Salon
  onSaved: (salon: Salon) => void
}

type TextField = { field: SalonFormField; label: string; placeholder: string; type?: 'digit' }
type TimeField = { field: 'startAt' | 'endAt' | 'bookingDeadline'; label: string }

// Required as the contract's schema has it: speakers, chain and description may be left out.
const REQUIRED = new Set<SalonFormField>([
  'title',
  'summary',
  'location',
  'startAt',
  'endAt',
  'bookingDeadline',
  'capacity',
])

const ABOUT: TextField[] = [
  { field: 'title', label: '标题', placeholder: '如：低空经济企业家沙龙' },
  { field: 'summary', label: '简介', placeholder: '一句话说明主题' },
  { field: 'location', label: '地点', placeholder: '详细地址' },
]
const TIMES: TimeField[] = [
  { field: 'startAt', label: '开始时间' },
  { field: 'endAt', label: '结束时间' },
  { field: 'bookingDeadline', label: '报名截止' },
]
const MORE: TextField[] = [
  { field: 'capacity', label: '名额', placeholder: '至少 1 人', type: 'digit' },
  { field: 'speakers', label: '分享嘉宾', placeholder: '多位嘉宾用、分隔' },
]

/** Create or edit a salon: checked with the contract's schema before sending, errors under each field. */
export function SalonForm({ salon, onSaved }: SalonFormProps) {
  const form = useSalonForm(salon, onSaved)
  const text = ({ field, label, placeholder, type }: TextField) => (
    <Field key={field} field={field} label={label} error={form.errors[field]}>
      <Input
        className={`salon-form__input salon-form__input--${field}`}
        value={String(form.values[field] ?? '')}
        placeholder={placeholder}
        type={type ?? 'text'}
        onChange={(value) => form.setField(field, value)}
      />
    </Field>
  )
  return (
    <View className="salon-form">
      <Text className="salon-form__legend">
        带 <Text className="salon-form__required">*</Text> 的为必填项
      </Text>
      {ABOUT.map(text)}
      {TIMES.map(({ field, label }) => (
        <Field key={field} field={field} label={label} error={form.errors[field]}>
          <DateTimeField
            field={field}
            label={label}
            value={form.values[field]}
            onChange={(value) => form.setField(field, value)}
          />
        </Field>
      ))}
      {MORE.map(text)}
      <Field field="industryChain" label="产业链" error={form.errors.industryChain}>
        <IndustryFilter
          value={form.values.industryChain}
          noneLabel="不限"
          onChange={(v) => form.setField('industryChain', v)}
        />
      </Field>
      <Field field="description" label="介绍" error={form.errors.description}>
        <TextArea
          className="salon-form__textarea"
          value={form.values.description}
          placeholder="议程、适合谁来、会得到什么"
          maxLength={5000}
          onChange={(value) => form.setField('description', value)}
        />
      </Field>
      {salon ? (
        <Text className="salon-form__more" onClick={() => void go(routes.salonProgram({ id: salon.id }))}>
          议程、嘉宾、海报与报名信息 ›
        </Text>
      ) : null}
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

interface FieldProps {
  field: SalonFormField
  label: string
  error?: string
  children: ReactNode
}

function Field({ field, label, error, children }: FieldProps) {
  const required = REQUIRED.has(field)
  return (
    <View className="salon-form__field">
      <View className="salon-form__label" aria-label={required ? `${label}（必填）` : `${label}（选填）`}>
        <Text>{label}</Text>
        {required ? (
          <Text className="salon-form__required" aria-hidden>
            *
          </Text>
        ) : (
          <Text className="salon-form__optional">选填</Text>
        )}
      </View>
      {children}
      {error ? <Text className="salon-form__error">{error}</Text> : null}
    </View>
  )
}
