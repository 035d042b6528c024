import { Button, TextArea } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'

import type { FollowUp, FollowUpMethod } from '@/api/contract/schemas/follow-up'
import { FilterTabs } from '@/components/filter-tabs'

import { METHOD_LABELS } from './follow-up-format'
import { useFollowUpStep } from './use-follow-ups'

import './follow-up.scss'

const METHODS = (Object.keys(METHOD_LABELS) as FollowUpMethod[]).map((key) => ({
  key,
  label: METHOD_LABELS[key],
}))

/** The admin's record of a call or visit: how, what was found, what was done. Both are required. */
export function RecordForm({ followUp, onDone }: { followUp: FollowUp; onDone?: (f: FollowUp) => void }) {
  const [method, setMethod] = useState<FollowUpMethod>('call')
  const [found, setFound] = useState('')
  const [done, setDone] = useState('')
  const [error, setError] = useState<string>()
  const step = useFollowUpStep(followUp.id)

  const submit = async () => {
    const problem = !found.trim() ? '请填写了解到的情况' : !done.trim() ? '请填写采取的措施' : undefined
    setError(problem)
    if (problem) return
    const updated = await step.run({
      kind: 'record',
      body: { method, found: found.trim(), done: done.trim() },
    })
    if (updated) onDone?.(updated)
  }

  return (
    <View className="follow-up">
      <FilterTabs tabs={METHODS} value={method} onChange={setMethod} label="回访方式" />
      <Text className="follow-up__label">了解到的情况</Text>
      <TextArea value={found} placeholder="企业反映的问题、原因" maxLength={1000} onChange={setFound} />
      <Text className="follow-up__label">采取的措施</Text>
      <TextArea value={done} placeholder="已做的处理、后续安排" maxLength={1000} onChange={setDone} />
      {error ? <Text className="follow-up__line is-overdue">{error}</Text> : null}
      <View className="follow-up__buttons">
        <Button
          type="primary"
          block
          loading={step.running}
          disabled={step.running}
          onClick={() => void submit()}
        >
          保存回访记录
        </Button>
      </View>
    </View>
  )
}
