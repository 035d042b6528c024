// zustand's own testing recipe: every store the app (or a test) creates is recorded with its initial
// state, so one call resets them all between tests. No store has to be listed by hand, and a new one
// can't be forgotten. jest picks this file up for every `import ... from 'zustand'` (roots: test/).
import type * as Zustand from 'zustand'

const actual = jest.requireActual<typeof Zustand>('zustand')

export * from 'zustand'

const resets = new Set<() => void>()

function remember<S>(store: Zustand.StoreApi<S>): void {
  const initial = store.getInitialState()
  resets.add(() => store.setState(initial, true))
}

function createRemembered<S>(creator: Zustand.StateCreator<S>) {
  const store = actual.create(creator)
  remember(store)
  return store
}

export const create = (<S>(creator?: Zustand.StateCreator<S>) =>
  creator ? createRemembered(creator) : createRemembered) as typeof Zustand.create

function createStoreRemembered<S>(creator: Zustand.StateCreator<S>) {
  const store = actual.createStore(creator)
  remember(store)
  return store
}

export const createStore = (<S>(creator?: Zustand.StateCreator<S>) =>
  creator ? createStoreRemembered(creator) : createStoreRemembered) as typeof Zustand.createStore

/** Puts every store back to the state it was created with (reset-app-state calls it after each test). */
export function resetAllStores(): void {
  resets.forEach((reset) => reset())
}
