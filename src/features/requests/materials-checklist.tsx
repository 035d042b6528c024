import { Text, View } from '@tarojs/components'

import './materials-checklist.scss'

interface MaterialsChecklistProps {
  /** The service type's materials, from the catalogue. */
  materials: readonly string[]
  checked: readonly string[]
  onChange: (checked: string[]) => void
}

/** What the enterprise must supply, ticked from the service's own list rather than typed again. */
export function MaterialsChecklist({ materials, checked, onChange }: MaterialsChecklistProps) {
  const toggle = (item: string) =>
    onChange(
      checked.includes(item)
        ? checked.filter((c) => c !== item)
        : materials.filter((m) => m === item || checked.includes(m)),
    )
  return (
    <View className="materials-checklist" role="group" aria-label="需要补充的材料">
      {materials.map((item) => {
        const on = checked.includes(item)
        return (
          <View
            key={item}
            className={`materials-checklist__item${on ? ' materials-checklist__item--on' : ''}`}
            role="checkbox"
            aria-checked={on}
            aria-label={item}
            onClick={() => toggle(item)}
          >
            <View className="materials-checklist__box" aria-hidden />
            <Text className="materials-checklist__text">{item}</Text>
          </View>
        )
      })}
    </View>
  )
}

/**
 * The note a materials request carries: the items ticked, numbered, then anything else in words.
 * The owner reads it quoted on their to-do, so it is written to them.
 */
export function materialsNote(checked: readonly string[], other: string): string {
  const lines = checked.map((item, i) => `${i + 1}. ${item}`)
  const extra = other.trim()
  if (extra) lines.push(lines.length ? `其他：${extra}` : extra)
  return lines.join('\n')
}
