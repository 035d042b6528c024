import { Text, View } from '@tarojs/components'
import type { PropsWithChildren, ReactNode } from 'react'

import './section-card.scss'

interface SectionCardProps {
  title: string
  extra?: ReactNode
}

/** A white card with a heading, the building block of every list screen. */
export function SectionCard({ title, extra, children }: PropsWithChildren<SectionCardProps>) {
  return (
    <View className="section-card" role="region" aria-label={title}>
      <View className="section-card__head">
        <Text className="section-card__title">{title}</Text>
        {extra}
      </View>
      {children}
    </View>
  )
}
