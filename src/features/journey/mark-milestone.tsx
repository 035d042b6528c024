import { Button, TextArea } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState, type ReactNode } from 'react'

import type { Milestone } from '@/api/contract/schemas/journey'
import { markMilestone } from '@/api/endpoints/journeys'
import { toApiError } from '@/api/http/api-error'
import { notifyError } from '@/components/notify'

import { useJourneyCache } from './use-journey'

import './next-step.scss'

interface MarkMilestoneProps {
  enterpriseId: string
  milestone: Milestone
  /** Other ways to move this step (代为发起申请), beside the mark. */
  children?: ReactNode
}

/**
 * The specialist's hand on the current step: where no request fits (签约, 开工投产, or a step the
 * enterprise did itself), mark it done with a note saying why.
 */
export function MarkMilestone({ enterpriseId, milestone, children }: MarkMilestoneProps) {
  const [open, setOpen] = useState(false)
  const [note, setNote] = useState('')
  const [error, setError] = useState('')
  const [saving, setSaving] = useState(false)
  const cache = useJourneyCache()

  const confirm = async () => {
    if (!note.trim()) {
      setError('请填写说明')
      return
    }
    setSaving(true)
    try {
      cache(await markMilestone(enterpriseId, { milestone: milestone.code, note: note.trim() }))
      setOpen(false)
      setNote('')
      void Taro.showToast({ title: `已标记「${milestone.label}」完成`, icon: 'none' })
    } catch (e) {
      notifyError(toApiError(e))
    } finally {
      setSaving(false)
    }
  }

  return (
    <View className="next-step">
      {open ? (
        <>
          <Text className="next-step__text">标记「{milestone.label}」完成，说明原因：</Text>
          <TextArea
            value={note}
            placeholder="例如：企业已自行办理"
            maxLength={300}
            onChange={(value) => {
              setNote(value)
              setError('')
            }}
          />
          {error ? <Text className="next-step__error">{error}</Text> : null}
          <View className="next-step__row">
            <Button size="small" type="primary" loading={saving} onClick={() => void confirm()}>
              确认标记
            </Button>
            <Button size="small" fill="outline" onClick={() => setOpen(false)}>
              取消
            </Button>
          </View>
        </>
      ) : (
        <View className="next-step__row">
          {children}
          <Button size="small" fill="outline" type="primary" onClick={() => setOpen(true)}>
            标记完成
          </Button>
        </View>
      )}
    </View>
  )
}
