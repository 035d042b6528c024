import { Button } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'

import './subscribe-card.scss'

// NutUI's types omit `role`, though it passes it on to Taro's button.
const BUTTON_ROLE: Record<string, string> = { role: 'button' }

interface SubscribeCardProps {
  title: string
  hint: string
  /** Runs in the tap itself: WeChat opens its subscription panel only from a user's tap. */
  onAsk: () => void
}

/** An offer to receive WeChat service notices about what the user just did; the ask is theirs to make. */
export function SubscribeCard({ title, hint, onAsk }: SubscribeCardProps) {
  return (
    <View className="subscribe-card" role="region" aria-label={title}>
      <View className="subscribe-card__text">
        <Text className="subscribe-card__title">{title}</Text>
        <Text className="subscribe-card__hint">{hint}</Text>
      </View>
      <Button size="small" type="primary" onClick={onAsk} {...BUTTON_ROLE}>
        接收提醒
      </Button>
    </View>
  )
}
