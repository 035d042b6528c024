import { Button } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import dayjs from 'dayjs'
import { useEffect, useState } from 'react'

import type { ServiceRequest, ServiceType } from '@/api/contract/schemas/service-request'
import { SubscribeCard } from '@/components/subscribe-card'
import { useMe } from '@/features/session/use-me'
import { askSubscriptions, useSubscribeOffer } from '@/stores/subscription-store'

import './request-submitted.scss'

// NutUI's types omit `role`, though it passes it on to Taro's button, which has none on H5.
const BUTTON_ROLE: Record<string, string> = { role: 'button' }

interface RequestSubmittedProps {
  request: ServiceRequest
  type: ServiceType
  onView: () => void
  onHome: () => void
}

/**
 * After 提交申请: that it went through, and what happens next, with names and dates rather than
 * 「请耐心等待」: who takes it, by when it should be done, and where the owner hears of it.
 */
export function RequestSubmitted({ request, type, onView, onHome }: RequestSubmittedProps) {
  const me = useMe()
  const specialist = me.data?.specialists?.find((person) => person.id === request.assigneeId)
  const who = specialist ? `专员${specialist.name}` : '您的专员'
  const due = dayjs(request.dueAt).format('M月D日 HH:mm')
  // WeChat only (empty on H5): the 办理进度 service notice, asked from the user's own tap.
  const offer = useSubscribeOffer(['request_progress'])
  const [asked, setAsked] = useState(false)
  const ask = () => {
    setAsked(true)
    void askSubscriptions(offer, { type: 'request', id: request.id }).then((outcome) => {
      if (outcome !== 'unavailable')
        void Taro.showToast({
          title: outcome === 'accepted' ? '已开启办理进度提醒' : '未开启提醒',
          icon: 'none',
        })
    })
  }
  // The form was scrolled down to its button: the result starts at the top.
  useEffect(() => {
    void Taro.pageScrollTo({ scrollTop: 0, duration: 0 }).catch(() => undefined)
  }, [])
  return (
    <View className="request-submitted" role="status">
      <View className="request-submitted__mark" aria-hidden>
        ✓
      </View>
      <Text className="request-submitted__title">申请已提交</Text>
      <Text className="request-submitted__line">
        {type.name} · 编号 {request.number}
      </Text>
      <View className="request-submitted__next">
        <Text className="request-submitted__heading">接下来</Text>
        <View className="request-submitted__steps" role="list" aria-label="接下来">
          <View className="request-submitted__step" role="listitem">
            {who}将在 {type.targetDays} 个工作日内为您办结，
            <Text style={{ whiteSpace: 'nowrap' }}>{due} 前</Text>
          </View>
          <View className="request-submitted__step" role="listitem">
            受理和每一步进展都会通知您，也可以随时在「我的申请」查看
          </View>
          <View className="request-submitted__step" role="listitem">
            需要补充材料时，首页会第一时间提醒您
          </View>
        </View>
      </View>
      {offer.length && !asked ? (
        <SubscribeCard
          title="微信提醒办理进度"
          hint="受理、需要补充材料和办结时，通过微信服务通知告诉您"
          onAsk={ask}
        />
      ) : null}
      <View className="request-submitted__buttons">
        <Button type="primary" block onClick={onView} {...BUTTON_ROLE}>
          查看申请
        </Button>
        <Button block onClick={onHome} {...BUTTON_ROLE}>
          返回首页
        </Button>
      </View>
    </View>
  )
}
