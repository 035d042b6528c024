// The default WeChat build (in-process mock backend, what `npm run build:weapp` makes and WeChat
// DevTools opens without a server): its main package holds no backend, which arrives from two
// subpackages through require.async on the first API call; then an owner signs in, files a request
// (the contract's validation runs in the fetched package) and sends a chat message that stays.
import fs from 'node:fs'
import path from 'node:path'

import { Weapp } from '../harness/weapp'
import { expectClean, loginAs } from '../support/journey'

const MOCK_BUILD = path.resolve(
  process.env.WEAPP_MOCK_DIR ?? path.join(__dirname, '..', '..', '..', 'dist', 'weapp-mock'),
)
const MOCK_PACKAGES = ['mock-contract', 'mock-backend']

let app: Weapp | undefined

beforeAll(() => {
  if (!fs.existsSync(path.join(MOCK_BUILD, 'app.json')))
    throw new Error(
      `No default (mock) weapp build in ${MOCK_BUILD}: run \`npm run build:weapp:mock\` (or set WEAPP_MOCK_DIR).`,
    )
})

afterEach(async () => {
  await app?.close()
  app = undefined
})

test('the main package holds no mock: the backend and zod are in subpackages without pages', () => {
  const appJson = JSON.parse(fs.readFileSync(path.join(MOCK_BUILD, 'app.json'), 'utf8')) as {
    subPackages: { root: string; pages: string[] }[]
  }
  for (const root of MOCK_PACKAGES) expect(appJson.subPackages).toContainEqual({ root, pages: [] })
  const mainScripts = fs.readdirSync(MOCK_BUILD).filter((file) => file.endsWith('.js'))
  const main = mainScripts.map((file) => fs.readFileSync(path.join(MOCK_BUILD, file), 'utf8')).join('\n')
  // The seed's first enterprise and zod's error class are where they belong, and only there.
  expect(main).not.toContain('飞快通航')
  expect(main).not.toContain('ZodError')
  expect(fs.readFileSync(path.join(MOCK_BUILD, 'mock-backend', 'index.js'), 'utf8')).toContain('飞快通航')
  expect(fs.readFileSync(path.join(MOCK_BUILD, 'mock-contract', 'index.js'), 'utf8')).toContain('ZodError')
})

test('the two packages make a backend that answers in Chinese, as the in-process one does', async () => {
  // Plain Node here (the journey below runs them in the logic layer): the wiring and zod's locale.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const contract = require(path.join(MOCK_BUILD, 'mock-contract', 'index.js')) as { modules: object }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const load = require(path.join(MOCK_BUILD, 'mock-backend', 'index.js')) as (shared: object) => {
    createBackend(options: object): { handle(request: object): Promise<{ status: number; body: unknown }> }
  }
  const backend = load(contract.modules).createBackend({ describedUploads: true })
  const answer = await backend.handle({
    method: 'GET',
    path: '/api/v1/service-requests?limit=0',
    headers: { authorization: 'Bearer demo-usr-owner-01' },
  })
  expect(answer.status).toBe(400)
  expect(JSON.stringify(answer.body)).toMatch(
    /"message":"查询参数有误".*"path":"limit","message":"[^"]*[\u4e00-\u9fa5]/,
  )
})

test('owner on the default build: backend fetched once, a request filed, a message that stays', async () => {
  app = await Weapp.launch({ buildDir: MOCK_BUILD })
  await loginAs(app, '企业主', '程飞', 'pages/home/index')
  // 登录's first call fetched both packages (in parallel, once for the whole session).
  expect(app.program.fetchedPackages).toEqual(MOCK_PACKAGES)
  await app.waitForText('您好，程飞')
  await app.waitForText('待您补充材料（1）')

  // A request: the form posts, the in-process backend validates with the contract and assigns it.
  await app.tapTab('服务')
  await app.tap('法务支持')
  await app.waitForRoute('pages/requests/new/index')
  await app.tap('劳动用工')
  await app.input('问题描述', '请协助审查一份劳动合同模板的试用期条款。')
  await app.tap('提交申请')
  await app.waitForText('申请已提交')
  expect(app.text()).toContain('专员陈国栋将在 5 个工作日内为您办结')

  // A chat message, still there when the conversation is opened again.
  await app.tapTab('首页')
  await app.tap('发消息')
  await app.waitForRoute('pages/chat/index')
  const message = '张老师好，营业执照副本已经准备好了。'
  await app.input('输入消息', message)
  await app.tap('发送')
  await app.waitForText(message)
  await app.back()
  await app.tap('发消息')
  await app.waitForRoute('pages/chat/index')
  await app.waitForText(message)
  expect(app.text()).not.toContain('发送失败')

  expect(app.program.fetchedPackages).toEqual(MOCK_PACKAGES)
  expectClean(app)
})
