import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'

import './page-banner.scss'

interface PageBannerProps {
  title: string
  subtitle?: string
  /** Something to act on in the head's top-right corner (the 消息 tab's notice bell). */
  extra?: ReactNode
}

/** The blue head of a screen: who it is for and what it does, in one glance. */
export function PageBanner({ title, subtitle, extra }: PageBannerProps) {
  return (
    <View className="page-banner">
      {extra ? <View className="page-banner__extra">{extra}</View> : null}
      <Text className="page-banner__title">{title}</Text>
      {subtitle ? <Text className="page-banner__subtitle">{subtitle}</Text> : null}
    </View>
  )
}
