/** @jest-environment node */
import { describeContract } from './suite'
import { selectedKinds } from './transport'

// Over HTTP against a mock server started here, or against API_BASE_URL when it is set.
// CONTRACT_TRANSPORT=inprocess selects the other entry file; unset, plain `jest` runs both.
const kind = process.env.API_BASE_URL ? 'remote' : 'http'
const run = selectedKinds().includes(kind) ? describe : describe.skip

run(`API contract over HTTP (${process.env.API_BASE_URL ?? 'mock server on a free port'})`, () => {
  describeContract(kind)
})
