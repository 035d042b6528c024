import { Image, Text, View } from '@tarojs/components'

import type { Salon } from '@/api/contract/schemas/salon'

import { bookingLabel, formatRange, seatsLabel, seatsLeft } from './salon-format'
import { posterSrc } from './salon-links'

import './salon-card.scss'

interface SalonCardProps {
  salon: Salon
  onTap: () => void
  footer?: React.ReactNode
}

export function SalonCard({ salon, onTap, footer }: SalonCardProps) {
  const scarce = salon.status === 'published' && seatsLeft(salon) <= 1
  // Read as one link, in the order the card shows its facts.
  const facts = [salon.title, formatRange(salon.startAt, salon.endAt), salon.location, seatsLabel(salon)]
  if (salon.myBooking) facts.push(bookingLabel(salon.myBooking))
  const poster = posterSrc(salon)
  return (
    <View className="salon-card" role="link" aria-label={facts.join('，')} onClick={onTap}>
      {/* Lazy: a long list loads only the posters scrolled to. Decoration: the card's label says it all. */}
      {poster ? (
        <Image
          className="salon-card__poster"
          src={poster}
          mode="aspectFill"
          lazyLoad
          aria-hidden
          nativeProps={{ alt: '' }}
        />
      ) : null}
      <View className="salon-card__title">{salon.title}</View>
      <View className="salon-card__line">{formatRange(salon.startAt, salon.endAt)}</View>
      <View className="salon-card__line">{salon.location}</View>
      <View className="salon-card__foot">
        {salon.industryChain ? <Text className="chip">{salon.industryChain}</Text> : null}
        <Text className={`salon-card__seats ${scarce ? 'salon-card__seats--scarce' : ''}`}>
          {seatsLabel(salon)}
        </Text>
        {salon.myBooking ? <Text className="chip chip--primary">{bookingLabel(salon.myBooking)}</Text> : null}
      </View>
      {footer}
    </View>
  )
}
