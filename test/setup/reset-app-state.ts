import { useDraftStore } from '@/stores/draft-store'
import { useSessionStore } from '@/stores/session-store'

// Every test starts signed out, with empty storage and drafts: stores are module singletons.
const initialSession = useSessionStore.getInitialState()
const initialDrafts = useDraftStore.getInitialState()

afterEach(() => {
  useSessionStore.setState(initialSession, true)
  useDraftStore.setState(initialDrafts, true)
  localStorage.clear()
})
