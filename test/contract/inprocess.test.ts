/** @jest-environment node */
import { describeContract } from './suite'
import { selectedKinds } from './transport'

// CONTRACT_TRANSPORT=http selects the other entry file; unset, plain `jest` runs both.
const run = selectedKinds().includes('inprocess') ? describe : describe.skip

run('API contract, in-process mock backend', () => {
  describeContract('inprocess')
})
