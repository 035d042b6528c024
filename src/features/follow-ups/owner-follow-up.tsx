import { Button } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'

import { AsyncView } from '@/components/async-view'

import { FollowUpSummary } from './follow-up-summary'
import { useFollowUp, useFollowUpStep } from './use-follow-ups'

import './follow-up.scss'

/**
 * On the owner's request after a bad rating: that the centre will call, what it found and did, and
 * — once it has — the owner's answer: solved, or not (which starts another round).
 */
export function OwnerFollowUp({ id, onChanged }: { id: string; onChanged?: () => void }) {
  const followUp = useFollowUp(id)
  const step = useFollowUpStep(id)
  const answer = async (solved: boolean) => {
    if (await step.run({ kind: 'confirm', body: { solved } })) onChanged?.()
  }
  return (
    <AsyncView query={followUp} empty={{ title: '' }} skeletonCards={1}>
      {(data) => (
        <View className="follow-up">
          {data.status === 'pending' ? (
            <Text className="follow-up__line">
              服务中心已收到您的评价，将在 2 个工作日内电话或上门回访，了解问题并协调解决。
            </Text>
          ) : null}
          <FollowUpSummary followUp={data} showRating={false} />
          {data.status === 'recorded' ? (
            <View>
              <Text className="follow-up__line">回访后，您的问题解决了吗？</Text>
              <View className="follow-up__buttons">
                <Button type="primary" disabled={step.running} onClick={() => void answer(true)}>
                  已解决
                </Button>
                <Button disabled={step.running} onClick={() => void answer(false)}>
                  仍未解决
                </Button>
              </View>
            </View>
          ) : null}
        </View>
      )}
    </AsyncView>
  )
}
