import { mergeInternalComponents } from '@tarojs/shared'

import attributes from './attributes'

// The runtime side of ./plugin.ts: Taro's hydrate maps props to the template's data keys from this list.
mergeInternalComponents(attributes.components)
