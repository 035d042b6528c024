import { z } from 'zod'
// One locale, not zod's whole set of them.
import { zhCN } from 'zod/locales'

// Form validation built on the contract's zod schemas speaks to users, so in Chinese. Imported by the
// modules that validate with zod (not by app.tsx), so zod ships only with the pages that have forms.
z.config(zhCN())
