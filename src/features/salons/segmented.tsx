import { View } from '@tarojs/components'

import './segmented.scss'

interface SegmentedProps<T extends string> {
  options: readonly { value: T; label: string }[]
  value: T
  onChange: (value: T) => void
}

/** A row of tappable segments: NutUI Tabs measures its DOM on mount and throws on H5 when we navigate. */
export function Segmented<T extends string>({ options, value, onChange }: SegmentedProps<T>) {
  return (
    <View className="segmented" role="tablist">
      {options.map((option) => (
        <View
          key={option.value}
          role="tab"
          aria-selected={option.value === value}
          className={`segmented__item ${option.value === value ? 'segmented__item--active' : ''}`}
          onClick={() => onChange(option.value)}
        >
          {option.label}
        </View>
      ))}
    </View>
  )
}
