// One locale, not zod's whole set of them.
import { zhCN } from 'zod/locales'
// zod/mini's config is zod's one global config (classic schemas read it too); importing it from there
// keeps the classic build of zod out of the pages that validate with zod/mini.
import { config } from 'zod/mini'

// Validation built on the contract's zod schemas speaks to users, so in Chinese: the app's forms and
// the mock backend import this. Not app.tsx, so zod ships only with the pages that have forms.
config(zhCN())
