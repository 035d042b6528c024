import { ScrollView, View } from '@tarojs/components'

import type { IndustryChain } from '@/api/contract/schemas/common'
import { INDUSTRY_CHAINS } from '@/api/contract/values'

import './industry-filter.scss'

interface IndustryFilterProps {
  value: IndustryChain | undefined
  onChange: (value: IndustryChain | undefined) => void
  /** The chip for no chain: 全部 when filtering a list, 不限 when it describes one salon. */
  noneLabel?: string
}

/** Industry chains as a scrollable row of chips; the first one clears the choice. */
export function IndustryFilter({ value, onChange, noneLabel = '全部' }: IndustryFilterProps) {
  const options: (IndustryChain | undefined)[] = [undefined, ...INDUSTRY_CHAINS]
  return (
    <ScrollView scrollX className="industry-filter" enableFlex>
      <View className="industry-filter__row" role="radiogroup" aria-label="产业链">
        {options.map((chain) => (
          // A View, not a Text: only View takes a role in Taro's types, and .chip sets the display.
          <View
            key={chain ?? 'all'}
            role="radio"
            aria-checked={chain === value}
            className={`chip industry-filter__chip ${chain === value ? 'chip--primary' : ''}`}
            onClick={() => onChange(chain)}
          >
            {chain ?? noneLabel}
          </View>
        ))}
      </View>
    </ScrollView>
  )
}
