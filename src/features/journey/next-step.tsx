import { Button } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'

import type { Milestone } from '@/api/contract/schemas/journey'

import './next-step.scss'

interface NextStepProps {
  milestone: Milestone
  /** A request of the step's service is already under way: show it instead of asking again. */
  openRequestId?: string
  onAsk: (milestone: Milestone) => void
  onOpenRequest: (id: string) => void
}

/** The owner's next step and one button for it: ask for the service, follow it, or ask the specialist. */
export function NextStep({ milestone, openRequestId, onAsk, onOpenRequest }: NextStepProps) {
  const text = openRequestId
    ? '专员正在办理，可随时查看进度'
    : milestone.serviceType
      ? `下一步：${milestone.label}，专员可全程代办`
      : `下一步：${milestone.label}，请与专员确认安排`
  return (
    <View className="next-step">
      <Text className="next-step__text">{text}</Text>
      {openRequestId ? (
        <Button size="small" fill="outline" type="primary" onClick={() => onOpenRequest(openRequestId)}>
          查看办理进度
        </Button>
      ) : (
        <Button size="small" type="primary" onClick={() => onAsk(milestone)}>
          {milestone.serviceType ? `申请${milestone.label}代办` : '联系专员'}
        </Button>
      )}
    </View>
  )
}
