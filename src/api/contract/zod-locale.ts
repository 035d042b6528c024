// One locale, not zod's whole set of them.
import { zhCN } from 'zod/locales'
// zod/mini's config is zod's one global config (classic schemas read it too); importing it from there
// keeps the classic build of zod out of the pages that validate with zod/mini.
import { config } from 'zod/mini'

/**
 * Validation built on the contract's zod schemas speaks to users, so in Chinese. The app's forms import
 * this module for its effect (not app.tsx, so zod ships only with the pages that have forms). Classic
 * zod sets English when it loads, so code that loads classic zod after this module (the mock backend,
 * through the contract's schemas) calls it again once its imports have run.
 */
export function setChineseMessages(): void {
  config(zhCN())
}

setChineseMessages()
