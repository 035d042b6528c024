import { extendZodWithOpenApi } from '@asteasolutions/zod-to-openapi'
import { z } from 'zod'

// zod schemas get .openapi() only if created after this runs, so generator entry points import this
// module before any schema. The app bundle never imports it.
extendZodWithOpenApi(z)
