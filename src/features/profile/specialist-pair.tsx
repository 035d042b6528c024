import { Button } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'

import type { User } from '@/api/contract/schemas/enterprise'
import { avatarText } from '@/utils/avatar-text'

import './specialist-pair.scss'

interface SpecialistPairProps {
  specialists: User[]
  /** 发消息: opening a chat is the chat feature's, so the page that shows this card passes it in. */
  onChat: (specialistId: string) => void
}

const ROLE_HINT = {
  service: { label: '服务专员', hint: '代办注册、开户、税务、租赁' },
  liaison: { label: '联络专员', hint: '急难愁盼，一对一解决' },
} as const

/** 我的双专员: the two people who serve this enterprise, each one tap from a chat. */
export function SpecialistPair({ specialists, onChat }: SpecialistPairProps) {
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
                <Text>{avatarText(person.name)}</Text>
              </View>
              <View className="specialist-pair__who">
                <Text className="specialist-pair__name">{person.name}</Text>
                <Text className="specialist-pair__role">{label}</Text>
              </View>
            </View>
            <Text className="specialist-pair__hint">{hint}</Text>
            <Button size="small" type="primary" fill="outline" onClick={() => onChat(person.id)}>
              发消息
            </Button>
          </View>
        )
      })}
    </View>
  )
}
