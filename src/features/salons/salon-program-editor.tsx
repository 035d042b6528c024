import { Button, Input, TextArea } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { useState, type ReactNode } from 'react'

import type { Salon } from '@/api/contract/schemas/salon'
import { updateSalon } from '@/api/endpoints/salons'
import { toApiError } from '@/api/http/api-error'
import { notifyError, notifySuccess } from '@/components/notify'

import { PosterField } from './poster-field'
import {
  programErrors,
  programToBody,
  salonToProgram,
  type ProgramErrors,
  type ProgramField,
  type ProgramValues,
} from './salon-program-form'

import './salon-program-editor.scss'

type Box = { field: Exclude<ProgramField, 'poster'>; label: string; placeholder: string; hint: string }

const BOXES: Box[] = [
  { field: 'agenda', label: '议程', placeholder: '14:00 主题 / 嘉宾', hint: '每行一项：时间 主题 / 嘉宾' },
  {
    field: 'speakers',
    label: '分享嘉宾',
    placeholder: '王研究员 / 首席研究员 / 低空经济研究院',
    hint: '每行一位：姓名 / 职务 / 单位',
  },
  {
    field: 'signupFields',
    label: '报名信息',
    placeholder: '姓名*、职务、手机号*',
    hint: '报名时要填写的项目，用、分隔或每行一项；必填的在末尾加 *',
  },
]

const OFFER_INPUTS: {
  field: 'offerThresholdHours' | 'offerWindowHours'
  label: string
  placeholder: string
  hint: string
}[] = [
  {
    field: 'offerThresholdHours',
    label: '候补确认起始（小时）',
    placeholder: '24',
    hint: '开场前这么多小时内空出的名额，先请下一位候补确认；更早空出的直接递补',
  },
  {
    field: 'offerWindowHours',
    label: '候补确认时限（小时）',
    placeholder: '2',
    hint: '逾期未确认，名额顺延给再下一位（不晚于开场）',
  },
]

/** 活动资料: what an event page shows besides the basics, and what booking asks. */
export function SalonProgramEditor({ salon, onSaved }: { salon: Salon; onSaved: (salon: Salon) => void }) {
  const [values, setValues] = useState<ProgramValues>(() => salonToProgram(salon))
  const [errors, setErrors] = useState<ProgramErrors>({})
  const [saving, setSaving] = useState(false)
  const set = <F extends ProgramField>(field: F, value: ProgramValues[F]) => {
    setValues((current) => ({ ...current, [field]: value }))
    setErrors((current) => ({ ...current, [field]: undefined }))
  }

  async function save() {
    if (saving) return
    setSaving(true)
    try {
      const saved = await updateSalon(salon.id, programToBody(salon, values))
      notifySuccess('已保存')
      onSaved(saved)
    } catch (error) {
      const apiError = toApiError(error)
      setErrors(programErrors(apiError.details))
      notifyError(apiError)
    } finally {
      setSaving(false)
    }
  }

  return (
    <View className="salon-program-editor">
      {BOXES.map(({ field, label, placeholder, hint }) => (
        <Field key={field} label={label} hint={hint} error={errors[field]}>
          <TextArea
            className={`salon-program-editor__box salon-program-editor__box--${field}`}
            value={values[field]}
            placeholder={placeholder}
            maxLength={3000}
            onChange={(value) => set(field, value)}
          />
        </Field>
      ))}
      <Field
        label="地图坐标"
        hint="纬度, 经度（GCJ-02，地图应用里可复制），用于导航"
        error={errors.coordinates}
      >
        <Input
          className="salon-program-editor__input"
          value={values.coordinates}
          placeholder="29.6486, 106.5608"
          onChange={(value) => set('coordinates', value)}
        />
      </Field>
      <Field label="海报" hint="jpg 或 png，显示在活动卡片和详情页" error={errors.poster}>
        <PosterField value={values.poster} onChange={(poster) => set('poster', poster)} />
      </Field>
      {OFFER_INPUTS.map(({ field, label, placeholder, hint }) => (
        <Field key={field} label={label} hint={hint} error={errors[field]}>
          <Input
            className={`salon-program-editor__input salon-program-editor__input--${field}`}
            type="digit"
            value={values[field]}
            placeholder={placeholder}
            onChange={(value) => set(field, value)}
          />
        </Field>
      ))}
      <Button block type="primary" loading={saving} disabled={saving} onClick={() => void save()}>
        保存活动资料
      </Button>
    </View>
  )
}

function Field(props: { label: string; hint: string; error?: string; children: ReactNode }) {
  return (
    <View className="salon-program-editor__field" aria-label={props.label}>
      <Text className="salon-program-editor__label">{props.label}</Text>
      <Text className="salon-program-editor__hint">{props.hint}</Text>
      {props.children}
      {props.error ? <Text className="salon-program-editor__error">{props.error}</Text> : null}
    </View>
  )
}
