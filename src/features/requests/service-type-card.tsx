import { Text, View } from '@tarojs/components'

import type { ServiceType } from '@/api/contract/schemas/service-request'

import './service-type-card.scss'

/** One service of the catalogue: what the specialist does, in how long, and what to prepare. */
export function ServiceTypeCard({
  type,
  onChoose,
}: {
  type: ServiceType
  onChoose: (type: ServiceType) => void
}) {
  return (
    <View className="service-type-card" onClick={() => onChoose(type)}>
      <View className="service-type-card__icon">
        <Text>{type.name.slice(0, 1)}</Text>
      </View>
      <View className="service-type-card__body">
        <View className="service-type-card__head">
          <Text className="service-type-card__name">{type.name}</Text>
          <Text className="chip chip--primary">{type.targetDays} 个工作日</Text>
        </View>
        <Text className="service-type-card__desc">{type.description}</Text>
        {type.materials.length ? (
          <Text className="service-type-card__materials">所需材料：{type.materials.join('、')}</Text>
        ) : null}
      </View>
    </View>
  )
}
