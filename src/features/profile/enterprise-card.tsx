import { Text, View } from '@tarojs/components'

import type { Enterprise } from '@/api/contract/schemas/enterprise'

import './enterprise-card.scss'

/** The enterprise at a glance: name, chain, scale, credit code and address. */
export function EnterpriseCard({ enterprise }: { enterprise: Enterprise }) {
  return (
    <View className="enterprise-card">
      <Text className="enterprise-card__name">{enterprise.name}</Text>
      <View className="enterprise-card__tags">
        <Text className="chip chip--primary">{enterprise.industryChain}</Text>
        <Text className="chip">{enterprise.scale}企业</Text>
      </View>
      <Text className="enterprise-card__line">统一社会信用代码 {enterprise.creditCode}</Text>
      <Text className="enterprise-card__line">{enterprise.address}</Text>
    </View>
  )
}
