import { Button } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'

import type { MaterialsRequest } from './materials-request'
import { ACTION_LABELS } from './request-status'

import './supply-prompt.scss'

// NutUI's types omit `role`, though it passes it on to Taro's button, which has none on H5.
const BUTTON_ROLE: Record<string, string> = { role: 'button' }

interface SupplyPromptProps {
  asked: MaterialsRequest
  /** Without it the quote stands alone (the panel to supply is open under it). */
  onSupply?: () => void
}

/** What the specialist asked the owner to supply, in their words, and the one button to do it. */
export function SupplyPrompt({ asked, onSupply }: SupplyPromptProps) {
  return (
    <View className="supply-prompt">
      <Text className="supply-prompt__asker">{asked.by}请您补充：</Text>
      <Text className="supply-prompt__quote">{asked.note}</Text>
      {onSupply ? (
        <Button className="supply-prompt__button" type="primary" block onClick={onSupply} {...BUTTON_ROLE}>
          {ACTION_LABELS.submit_materials}
        </Button>
      ) : null}
    </View>
  )
}
