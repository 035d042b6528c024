import { Button, TextArea } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'

import { reasonsFor } from '@/api/contract/rules/rating'
import { actionInputErrors } from '@/api/contract/rules/request-machine'
import { UPLOAD_HINT } from '@/api/contract/rules/uploads'
import type { RequestAction, RequestActionBody } from '@/api/contract/schemas/service-request'

import { AttachmentList } from './attachment-list'
import { MaterialsChecklist, materialsNote } from './materials-checklist'
import { RatingReasons } from './rating-reasons'
import { ACTION_LABELS } from './request-status'
import { StarRating } from './star-rating'
import { useAttachments } from './use-attachments'

import './action-panel.scss'

/** The actions that need words (or files, or stars) before they can be sent. */
export type PanelAction = Extract<
  RequestAction,
  'request_materials' | 'complete' | 'cancel' | 'submit_materials' | 'rate'
>

const PLACEHOLDER: Record<PanelAction, string> = {
  request_materials: '其他需要补充的（选填）',
  complete: '办结说明，如证照已寄出、回执已发送',
  cancel: '请填写撤销原因',
  submit_materials: '说明补充了什么（或直接上传材料）',
  rate: '说说这次服务（选填）',
}

/** The contract's rule, so the panel and the backend ask for the same thing in the same words. */
const problem = (body: RequestActionBody) => actionInputErrors(body)[0]?.message

interface ActionPanelProps {
  action: PanelAction
  /** request_materials: the service type's materials, ticked instead of typed. */
  materials?: readonly string[]
  running: boolean
  onSubmit: (body: RequestActionBody) => Promise<boolean>
  onClose: () => void
}

/** The note, files or stars an action needs, checked here first so nothing incomplete is sent. */
export function ActionPanel({ action, materials = [], running, onSubmit, onClose }: ActionPanelProps) {
  const [text, setText] = useState('')
  const [checked, setChecked] = useState<string[]>([])
  const listing = action === 'request_materials' && materials.length > 0
  const [score, setScore] = useState(0)
  const [reasons, setReasons] = useState<string[]>([])
  // Moving between 满意 and 不满意 changes the list: keep only the reasons the new level offers.
  const pickScore = (next: number) => {
    setScore(next)
    setReasons((picked) => picked.filter((r) => reasonsFor(next).includes(r)))
  }
  const [error, setError] = useState<string>()
  const [files, setFiles] = useState<RequestActionBody['attachments']>([])
  const attachments = useAttachments([], setFiles)

  const submit = async () => {
    const note = (listing ? materialsNote(checked, text) : text.trim()) || undefined
    const body: RequestActionBody =
      action === 'rate'
        ? { action, score: score || undefined, comment: note, ...(reasons.length ? { reasons } : {}) }
        : { action, note, ...(files?.length ? { attachments: files } : {}) }
    const reason = listing && !note ? '请勾选需要补充的材料，或写明其他材料' : problem(body)
    setError(reason)
    if (reason) return
    if (await onSubmit(body)) onClose()
  }

  return (
    <View className="action-panel">
      <Text className="action-panel__title">{ACTION_LABELS[action]}</Text>
      {action === 'rate' ? <StarRating value={score} onChange={pickScore} /> : null}
      {action === 'rate' && score ? (
        <RatingReasons score={score} value={reasons} onChange={setReasons} />
      ) : null}
      {listing ? <MaterialsChecklist materials={materials} checked={checked} onChange={setChecked} /> : null}
      <TextArea
        value={text}
        placeholder={PLACEHOLDER[action]}
        maxLength={action === 'rate' ? 500 : 1000}
        onChange={setText}
      />
      {action === 'submit_materials' ? <AttachmentList attachments={attachments} /> : null}
      {action === 'complete' ? (
        <AttachmentList
          attachments={attachments}
          hint={`可附上办理结果，如营业执照、回执，企业在办理进度中查看。${UPLOAD_HINT}`}
        />
      ) : null}
      {error ? <Text className="action-panel__error">{error}</Text> : null}
      <View className="action-panel__buttons">
        <Button size="small" onClick={onClose} disabled={running}>
          取消
        </Button>
        <Button
          size="small"
          type={action === 'cancel' ? 'danger' : 'primary'}
          loading={running}
          disabled={running || attachments.uploading}
          onClick={() => void submit()}
        >
          确认{ACTION_LABELS[action]}
        </Button>
      </View>
    </View>
  )
}
