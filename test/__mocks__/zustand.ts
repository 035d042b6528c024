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

/** Wraps a zustand factory (create or createStore) so every store it makes is remembered. */
function remembering<F extends (creator: never) => Zustand.StoreApi<unknown>>(factory: F) {
  const make = (creator: Parameters<F>[0]) => {
    const store = factory(creator)
    remember(store)
    return store
  }
  // Both factories are also curried: create<State>()(creator).
  return (creator?: Parameters<F>[0]) => (creator ? make(creator) : make)
}

export const create = remembering(actual.create) as unknown as typeof Zustand.create
export const createStore = remembering(actual.createStore) as unknown as typeof Zustand.createStore

/** Puts every store back to the state it was created with (reset-app-state calls it after each test). */
export function resetAllStores(): void {
  resets.forEach((reset) => reset())
}
