import { Image, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'

import type { Salon } from '@/api/contract/schemas/salon'

import { addSalonToCalendar, openSalonMap } from './salon-device'
import { formatDateTime, formatRange, seatsLabel } from './salon-format'
import { posterSrc } from './salon-links'
import { SalonAgenda, SalonSpeakers } from './salon-program'

import './salon-details.scss'

/**
 * The facts of a salon. With coordinates, 导航 opens a map (salon-device: WeChat's, or a map site on
 * H5); without them, copying the address lets the owner paste it into a map app instead.
 */
export function SalonDetails({ salon }: { salon: Salon }) {
  const copyAddress = () => void Taro.setClipboardData({ data: salon.location })
  const poster = posterSrc(salon)
  const upcoming = salon.status === 'published' && Date.parse(salon.endAt) > Date.now()
  return (
    <View className="salon-details">
      {poster ? (
        // Named once, on the box: Taro's image element takes no aria-label of its own.
        <View className="salon-details__poster" role="img" aria-label={`活动海报：${salon.title}`}>
          <Image
            className="salon-details__poster-image"
            src={poster}
            mode="aspectFill"
            aria-hidden
            nativeProps={{ alt: '' }}
          />
        </View>
      ) : null}
      {salon.status === 'cancelled' ? (
        <View className="salon-details__cancelled">
          本场沙龙已取消{salon.cancelReason ? `：${salon.cancelReason}` : ''}
        </View>
      ) : null}
      <View className="salon-details__title">{salon.title}</View>
      <View className="salon-details__summary">{salon.summary}</View>
      <Row
        label="时间"
        value={formatRange(salon.startAt, salon.endAt)}
        action={
          upcoming ? (
            <Text className="salon-details__link" onClick={() => addSalonToCalendar(salon)}>
              添加到日历
            </Text>
          ) : undefined
        }
      />
      <Row
        label="地点"
        value={salon.location}
        action={
          salon.coordinates ? (
            <Text className="salon-details__link" onClick={() => openSalonMap(salon)}>
              导航
            </Text>
          ) : (
            <Text className="salon-details__link" onClick={copyAddress}>
              复制地址
            </Text>
          )
        }
      />
      <Row
        label="名额"
        value={`${seatsLabel(salon)}（共 ${salon.capacity} 席${salon.waitlistCount ? `，候补 ${salon.waitlistCount} 人` : ''}）`}
      />
      <Row label="报名截止" value={formatDateTime(salon.bookingDeadline)} />
      {salon.industryChain ? <Row label="产业链" value={salon.industryChain} /> : null}
      {salon.speakers.length && !salon.speakerProfiles?.length ? (
        <Row label="分享嘉宾" value={salon.speakers.join('、')} />
      ) : null}
      {salon.agenda?.length ? (
        <>
          <View className="salon-details__heading">议程</View>
          <SalonAgenda agenda={salon.agenda} />
        </>
      ) : null}
      {salon.speakerProfiles?.length ? (
        <>
          <View className="salon-details__heading">分享嘉宾</View>
          <SalonSpeakers speakers={salon.speakerProfiles} />
        </>
      ) : null}
      {salon.description ? (
        <>
          <View className="salon-details__heading">活动介绍</View>
          <View className="salon-details__description">{salon.description}</View>
        </>
      ) : null}
    </View>
  )
}

function Row({ label, value, action }: { label: string; value: string; action?: React.ReactNode }) {
  return (
    <View className="salon-details__row">
      <Text className="salon-details__label">{label}</Text>
      <Text className="salon-details__value">{value}</Text>
      {action}
    </View>
  )
}
