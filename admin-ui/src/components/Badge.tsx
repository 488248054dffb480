export function Badge({ tone, children }: { tone: "on" | "off" | "neutral"; children: string }) {
  return <span className={`badge badge-${tone}`}>{children}</span>
}

export function StatusBadge({ disabled }: { disabled: boolean }) {
  return <Badge tone={disabled ? "off" : "on"}>{disabled ? "Disabled" : "Enabled"}</Badge>
}
