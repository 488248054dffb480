import { useCallback, useEffect, useState } from "react"
import { errorMessage } from "./api"

export interface Resource<T> {
  data: T | undefined
  error: Error | undefined
  loading: boolean
  reload: () => void
}

/** Loads on mount and whenever `deps` change; keeps the last data while reloading. */
export function useResource<T>(load: () => Promise<T>, deps: readonly unknown[]): Resource<T> {
  const [state, setState] = useState<{ data?: T; error?: Error; loading: boolean }>({ loading: true })
  const [version, setVersion] = useState(0)
  useEffect(() => {
    let current = true
    // a reload shows that it is loading at once, keeping the last data on screen
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setState((s) => ({ ...s, loading: true }))
    load().then(
      (data) => current && setState({ data, loading: false }),
      (error: unknown) =>
        current &&
        setState((s) => ({
          data: s.data,
          error: error instanceof Error ? error : new Error(errorMessage(error)),
          loading: false,
        })),
    )
    return () => {
      current = false
    }
    // the caller lists what `load` depends on (the rule cannot check a spread list)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, version])
  const reload = useCallback(() => setVersion((v) => v + 1), [])
  return { data: state.data, error: state.error, loading: state.loading, reload }
}

export interface Mutation {
  pending: boolean
  error: string | undefined
  message: string | undefined
  /** runs `action`; on success shows `success` (a status message), on failure the error */
  run: (action: () => Promise<unknown>, success?: string) => Promise<boolean>
}

export function useMutation(): Mutation {
  const [pending, setPending] = useState(false)
  const [error, setError] = useState<string>()
  const [message, setMessage] = useState<string>()
  const run = useCallback(async (action: () => Promise<unknown>, success?: string) => {
    setPending(true)
    setError(undefined)
    setMessage(undefined)
    try {
      await action()
      setMessage(success)
      return true
    } catch (e) {
      setError(errorMessage(e))
      return false
    } finally {
      setPending(false)
    }
  }, [])
  return { pending, error, message, run }
}

/** `value`, updated only after it stopped changing for `ms` milliseconds. */
export function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value)
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms)
    return () => clearTimeout(timer)
  }, [value, ms])
  return settled
}
