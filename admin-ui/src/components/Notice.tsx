/** Live regions: errors are announced at once, status messages politely. Always rendered so
 * screen readers notice the change of text. */
export function Notice({ error, message }: { error?: string; message?: string }) {
  return (
    <>
      <p role="alert" className={error ? "notice notice-error" : "notice-empty"}>
        {error}
      </p>
      <p role="status" className={message ? "notice notice-ok" : "notice-empty"}>
        {message}
      </p>
    </>
  )
}
