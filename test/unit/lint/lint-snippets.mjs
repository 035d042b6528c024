// Lints code snippets as if they were files of the repository, with the repository's own
// eslint.config.mjs, through ESLint's Node API. A separate process because jest cannot load an ES
// module config (ESLint imports it dynamically). Reads [{ filePath, code }] as JSON on stdin and
// writes [{ filePath, messages: [{ ruleId, message }] }] on stdout.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { ESLint } from 'eslint'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')
const eslint = new ESLint({ cwd: root, overrideConfigFile: path.join(root, 'eslint.config.mjs') })
const snippets = JSON.parse(readFileSync(0, 'utf8'))

const results = []
for (const { filePath, code } of snippets) {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, filePath) })
  results.push({
    filePath,
    messages: (result?.messages ?? []).map(({ ruleId, message }) => ({ ruleId, message })),
  })
}
process.stdout.write(JSON.stringify(results))
