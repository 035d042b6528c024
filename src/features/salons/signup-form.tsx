import { Button, Input } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'

import { checkSignupAnswers } from '@/api/contract/rules/signup-fields'
import type { SignupField } from '@/api/contract/schemas/salon'

import './signup-form.scss'

interface SignupFormProps {
  fields: SignupField[]
  /** Known answers to start from (the account's name). */
  initial: Record<string, string>
  busy: boolean
  submitLabel: string
  onSubmit: (answers: Record<string, string>) => void
}

/** The questions the admin chose for this salon, checked by the rule the backend runs before sending. */
export function SignupForm({ fields, initial, busy, submitLabel, onSubmit }: SignupFormProps) {
  const [values, setValues] = useState<Record<string, string>>(initial)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const submit = () => {
    const checked = checkSignupAnswers(fields, values)
    if ('errors' in checked) {
      setErrors(Object.fromEntries(checked.errors.map((e) => [e.path.replace(/^answers\./, ''), e.message])))
      return
    }
    onSubmit(checked.answers)
  }
  return (
    <View className="signup-form">
      {fields.map((field) => (
        <View key={field.key} className="signup-form__field" aria-label={field.label}>
          <Text className="signup-form__label">
            {field.label}
            {field.required ? <Text className="signup-form__required"> *</Text> : null}
          </Text>
          <Input
            className="signup-form__input"
            value={values[field.key] ?? ''}
            placeholder={`${field.required ? '请填写' : '选填：'}${field.label}`}
            type={field.kind === 'phone' ? 'number' : 'text'}
            maxLength={field.kind === 'phone' ? 11 : 100}
            onChange={(value) => {
              setValues((current) => ({ ...current, [field.key]: value }))
              setErrors((current) => ({ ...current, [field.key]: '' }))
            }}
          />
          {errors[field.key] ? <Text className="signup-form__error">{errors[field.key]}</Text> : null}
        </View>
      ))}
      <Button block type="primary" loading={busy} disabled={busy} onClick={submit}>
        {submitLabel}
      </Button>
    </View>
  )
}
