import type { TransportKind } from '../transport'

import { authSuite } from './auth'
import { bookingSuite } from './bookings'
import { chatSuite } from './chat'
import { contractContext } from './context'
import { figureSuite } from './figures'
import { fileSuite } from './files'
import { followUpSuite } from './follow-ups'
import { hardeningBodiesSuite } from './hardening-bodies'
import { hardeningFilesSuite } from './hardening-files'
import { hardeningIdempotencySuite } from './hardening-idempotency'
import { rateLimitSuite } from './hardening-rate-limits'
import { resetModeSuite } from './hardening-reset'
import { socketHardeningSuite } from './hardening-sockets'
import { noticeSuite } from './notices'
import { requestMachineSuite } from './request-machine'
import { requestQueueSuite } from './request-queue'
import { robustnessSuite } from './robustness'
import { salonExtrasSuite } from './salon-extras'
import { salonFeedbackSuite } from './salon-feedback'
import { salonSuite } from './salons'
import { serviceRequestSuite } from './service-requests'
import { visitSuite } from './visits'
import { waitlistOfferSuite } from './waitlist-offers'

/** The whole contract, once per transport; call inside a describe. */
export function describeContract(kind: TransportKind): void {
  const ctx = contractContext(kind)
  authSuite(ctx)
  serviceRequestSuite(ctx)
  requestMachineSuite(ctx)
  fileSuite(ctx)
  chatSuite(ctx)
  salonSuite(ctx)
  bookingSuite(ctx)
  robustnessSuite(ctx)
  hardeningBodiesSuite(ctx)
  hardeningFilesSuite(ctx)
  hardeningIdempotencySuite(ctx)
  socketHardeningSuite(ctx)
  rateLimitSuite(ctx)
  resetModeSuite(ctx)
  noticeSuite(ctx)
  figureSuite(ctx)
  followUpSuite(ctx)
  salonExtrasSuite(ctx)
  visitSuite(ctx)
  waitlistOfferSuite(ctx)
  salonFeedbackSuite(ctx)
  requestQueueSuite(ctx)
}
