import { Button } from '@nutui/nutui-react-taro'
import { Input, Picker, Text, Textarea, View } from '@tarojs/components'
import dayjs from 'dayjs'
import type { ReactNode } from 'react'

import type { VisitStatus } from '@/api/contract/schemas/visit'
import { PROBLEM_CATEGORIES, VISIT_METHODS } from '@/api/contract/values'
import { SectionCard } from '@/components/section-card'

import type { VisitForm as Form } from './use-visit-form'
import { PROBLEM_CATEGORY_LABELS, VISIT_METHOD_LABELS } from './visit-format'

import './visit-form.scss'

interface Props {
  form: Form
  /** Whether the plan/record switch is offered (a new visit, or a plan being recorded). */
  canSwitch: boolean
  /** The photo picker with progress and retry: the app's one upload path, handed in by the page. */
  photos: ReactNode
  photosUploading: boolean
}

function Chips<T extends string>(props: {
  label: string
  options: readonly T[]
  labels: Record<T, string>
  value: T | undefined
  onChange: (value: T) => void
}) {
  return (
    <View className="visit-form__chips" role="radiogroup" aria-label={props.label}>
      {props.options.map((option) => (
        <View
          key={option}
          role="radio"
          aria-checked={option === props.value}
          className={`visit-form__chip${option === props.value ? ' is-selected' : ''}`}
          onClick={() => props.onChange(option)}
        >
          {props.labels[option]}
        </View>
      ))}
    </View>
  )
}

function Field({ label, error, children }: { label: string; error?: string; children: ReactNode }) {
  return (
    <View className={`visit-form__field${error ? ' has-error' : ''}`}>
      <Text className="visit-form__label">{label}</Text>
      {children}
      {error ? <Text className="visit-form__error">{error}</Text> : null}
    </View>
  )
}

const STATUS_LABELS: Record<VisitStatus, string> = { done: '记录走访', planned: '计划走访' }

/** Plan a visit (date, purpose) or record one (how, who, what, photos, problems found). */
export function VisitForm({ form, canSwitch, photos, photosUploading }: Props) {
  const { draft, errors } = form
  const done = draft.status === 'done'
  return (
    <View className="visit-form">
      {canSwitch ? (
        <Chips
          label="记录或计划"
          options={['done', 'planned'] as const}
          labels={STATUS_LABELS}
          value={draft.status}
          onChange={(status) =>
            form.set({ status, method: status === 'done' ? (draft.method ?? 'onsite') : draft.method })
          }
        />
      ) : null}
      <SectionCard title={done ? '走访情况' : '走访计划'}>
        <Field label={done ? '走访时间' : '计划时间'} error={errors.visitedAt}>
          {/* The platform's own pickers: nothing to ship, and WeChat draws its native wheel. */}
          <View className="visit-form__when">
            <Picker
              mode="date"
              value={draft.at.slice(0, 10)}
              onChange={(e) => form.set({ at: `${String(e.detail.value)}${draft.at.slice(10)}` })}
            >
              <View className="visit-form__picker" role="button" aria-label="选择日期">
                {dayjs(draft.at).format('YYYY年M月D日')}
              </View>
            </Picker>
            <Picker
              mode="time"
              value={draft.at.slice(11, 16)}
              onChange={(e) => form.set({ at: `${draft.at.slice(0, 11)}${String(e.detail.value)}` })}
            >
              <View className="visit-form__picker" role="button" aria-label="选择时间">
                {draft.at.slice(11, 16)}
              </View>
            </Picker>
          </View>
        </Field>
        <Field label="走访目的" error={errors.purpose}>
          <Input
            className="visit-form__input"
            name="purpose"
            value={draft.purpose}
            placeholder="例如：了解落地进度"
            maxlength={100}
            onInput={(e) => form.set({ purpose: e.detail.value })}
          />
        </Field>
        {done ? (
          <>
            <Field label="走访方式" error={errors.method}>
              <Chips
                label="走访方式"
                options={VISIT_METHODS}
                labels={VISIT_METHOD_LABELS}
                value={draft.method}
                onChange={(method) => form.set({ method })}
              />
            </Field>
            <Field label="接待人" error={errors.metWith}>
              <Input
                className="visit-form__input"
                name="metWith"
                value={draft.metWith}
                placeholder="例如：程飞（创始人）"
                maxlength={100}
                onInput={(e) => form.set({ metWith: e.detail.value })}
              />
            </Field>
            <Field label="走访记录" error={errors.notes}>
              <Textarea
                className="visit-form__textarea"
                value={draft.notes}
                placeholder="谈了什么、企业的近况"
                maxlength={2000}
                onInput={(e) => form.set({ notes: e.detail.value })}
              />
            </Field>
          </>
        ) : null}
      </SectionCard>
      {done ? <SectionCard title="现场照片">{photos}</SectionCard> : null}
      <SectionCard title="发现的问题（急难愁盼）">
        {draft.problems.length === 0 ? (
          <Text className="visit-form__hint">没有问题可不填；保存后可一键代企业发起申请</Text>
        ) : null}
        {draft.problems.map((problem, index) => (
          <View key={problem.key} className="visit-form__problem">
            <View className="visit-form__problem-head">
              <Text className="visit-form__label">问题 {index + 1}</Text>
              <View
                className="visit-form__remove"
                role="button"
                aria-label={`删除问题 ${index + 1}`}
                onClick={() => form.removeProblem(problem.key)}
              >
                删除
              </View>
            </View>
            <Field label="类别" error={errors[`problems.${index}.category`]}>
              <Chips
                label={`问题 ${index + 1} 类别`}
                options={PROBLEM_CATEGORIES}
                labels={PROBLEM_CATEGORY_LABELS}
                value={problem.category}
                onChange={(category) => form.setProblem(problem.key, { category })}
              />
            </Field>
            <Field label="问题描述" error={errors[`problems.${index}.description`]}>
              <Textarea
                className="visit-form__textarea"
                value={problem.description}
                placeholder="企业遇到的困难"
                maxlength={300}
                onInput={(e) => form.setProblem(problem.key, { description: e.detail.value })}
              />
            </Field>
          </View>
        ))}
        <Button size="small" fill="outline" type="primary" onClick={form.addProblem}>
          添加问题
        </Button>
      </SectionCard>
      <View className="visit-form__submit">
        <Button
          block
          type="primary"
          loading={form.saving}
          disabled={form.saving}
          onClick={() => void form.submit(photosUploading)}
        >
          {form.saving ? '保存中…' : done ? '保存走访记录' : '保存走访计划'}
        </Button>
        <Text className="visit-form__hint">填写内容会自动保存为草稿</Text>
      </View>
    </View>
  )
}
