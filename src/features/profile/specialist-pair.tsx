import { Button } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'

import type { User } from '@/api/contract/schemas/enterprise'
import { openChatWith } from '@/features/chat/open-chat'

import './specialist-pair.scss'

interface SpecialistPairProps {
  specialists: User[]
}

const ROLE_HINT = {
  service: { label: '服务专员', hint: '代办注册、开户、税务、租赁' },
  liaison: { label: '联络专员', hint: '急难愁盼，一对一解决' },
} as const

/** 我的双专员: the two people who serve this enterprise, each one tap from a chat. */
export function SpecialistPair({ specialists }: SpecialistPairProps) {
  const ordered = (['service', 'liaison'] as const)
    .map((kind) => specialists.find((person) => person.kind === kind))
    .filter((person): person is User => Boolean(person))
  return (
    <View className="specialist-pair">
      {ordered.map((person) => {
        const { label, hint } = ROLE_HINT[person.kind ?? 'service']
        return (
          <View key={person.id} className="specialist-pair__item">
            <View className="specialist-pair__head">
              <View className="specialist-pair__avatar">
                <Text>{person.name.slice(0, 1)}</Text>
              </View>
              <View className="specialist-pair__who">
                <Text className="specialist-pair__name">{person.name}</Text>
                <Text className="specialist-pair__role">{label}</Text>
              </View>
            </View>
            <Text className="specialist-pair__hint">{hint}</Text>
            <Button size="small" type="primary" fill="outline" onClick={() => void openChatWith(person.id)}>
              发消息
            </Button>
          </View>
        )
      })}
    </View>
  )
}
