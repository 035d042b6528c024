import { DatePicker, Input, TextArea } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import dayjs from 'dayjs'
import { useState } from 'react'

import type { FieldSpec } from '@/api/contract/schemas/service-request'

import './form-field.scss'

interface FormFieldProps {
  spec: FieldSpec
  value: string
  error?: string
  onChange: (value: string) => void
  onBlur: () => void
}

const INPUT_TYPE = { text: 'text', phone: 'tel', number: 'digit' } as const

/**
 * The placeholder shows an example (例如：…, from the catalogue), never the instruction the error
 * gives once the field is wrong (请填写联系人): the two would read the same and say nothing new.
 */
function placeholderOf(spec: FieldSpec): string {
  return spec.placeholder ?? (spec.type === 'phone' ? '例如：13800000000' : '')
}

/** Choices as chips: one tap, every option visible, the same on WeChat and H5. */
function SelectField({ spec, value, onChange }: FormFieldProps) {
  return (
    <View className="form-field__options" role="radiogroup" aria-label={spec.label}>
      {(spec.options ?? []).map((option) => (
        <View
          key={option}
          role="radio"
          aria-checked={option === value}
          className={`form-field__option${option === value ? ' is-selected' : ''}`}
          onClick={() => onChange(option)}
        >
          {option}
        </View>
      ))}
    </View>
  )
}

function DateField({ spec, value, onChange, onBlur }: FormFieldProps) {
  const [open, setOpen] = useState(false)
  const current = value ? dayjs(value).toDate() : new Date()
  return (
    <>
      <View className={`form-field__picker${value ? '' : ' is-empty'}`} onClick={() => setOpen(true)}>
        {value || '点击选择日期'}
      </View>
      <DatePicker
        title={spec.label}
        type="date"
        visible={open}
        value={current}
        startDate={dayjs().startOf('day').toDate()}
        endDate={dayjs().add(3, 'year').toDate()}
        showChinese
        onClose={() => {
          setOpen(false)
          onBlur()
        }}
        onConfirm={(_options, values) =>
          onChange(values.map((part) => String(part).padStart(2, '0')).join('-'))
        }
      />
    </>
  )
}

/** One field of a service type's form, by its FieldSpec type, with its error right under it. */
export function FormField(props: FormFieldProps) {
  const { spec, value, error, onChange, onBlur } = props
  let control
  if (spec.type === 'select') control = <SelectField {...props} />
  else if (spec.type === 'date') control = <DateField {...props} />
  else if (spec.type === 'textarea') {
    control = (
      <TextArea
        value={value}
        placeholder={placeholderOf(spec)}
        maxLength={spec.maxLength}
        showCount={spec.maxLength !== undefined}
        onChange={onChange}
        onBlur={onBlur}
      />
    )
  } else {
    control = (
      <Input
        type={INPUT_TYPE[spec.type]}
        name={spec.key}
        value={value}
        placeholder={placeholderOf(spec)}
        maxLength={spec.maxLength ?? (spec.type === 'phone' ? 11 : undefined)}
        onChange={onChange}
        onBlur={onBlur}
      />
    )
  }
  return (
    <View className={`form-field${error ? ' has-error' : ''}`} data-field={spec.key}>
      <View className="form-field__label">
        <Text>{spec.label}</Text>
        {/* An image named 必填 rather than a bare star, which a screen reader reads as 星号 or skips. */}
        {spec.required ? (
          <View className="form-field__required" role="img" aria-label="必填">
            *
          </View>
        ) : null}
      </View>
      <View className="form-field__control">{control}</View>
      {error ? <Text className="form-field__error">{error}</Text> : null}
    </View>
  )
}
