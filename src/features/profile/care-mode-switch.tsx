import { Text, View } from '@tarojs/components'

import { usePreferencesStore } from '@/stores/preferences-store'

import './care-mode-switch.scss'

/** 关怀模式 on or off, as one row: the whole row is the switch, so it is easy to hit. */
export function CareModeSwitch() {
  const careMode = usePreferencesStore((state) => state.careMode)
  const setCareMode = usePreferencesStore((state) => state.setCareMode)
  return (
    <View
      className="care-mode-switch"
      role="switch"
      aria-checked={careMode}
      aria-label="关怀模式"
      onClick={() => setCareMode(!careMode)}
    >
      <View className="care-mode-switch__text">
        <Text className="care-mode-switch__title">关怀模式</Text>
        <Text className="care-mode-switch__hint">字更大、按钮更大，看得清、点得准</Text>
      </View>
      <View className={`care-mode-switch__track${careMode ? ' care-mode-switch__track--on' : ''}`}>
        <View className="care-mode-switch__knob" />
      </View>
    </View>
  )
}
