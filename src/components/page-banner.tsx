import { Text, View } from '@tarojs/components'

import './page-banner.scss'

interface PageBannerProps {
  title: string
  subtitle?: string
}

/** The blue head of a screen: who it is for and what it does, in one glance. */
export function PageBanner({ title, subtitle }: PageBannerProps) {
  return (
    <View className="page-banner">
      <Text className="page-banner__title">{title}</Text>
      {subtitle ? <Text className="page-banner__subtitle">{subtitle}</Text> : null}
    </View>
  )
}
