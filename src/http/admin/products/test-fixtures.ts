/** A product body most product and variant tests start from: two sizes, one managed variant. */
export const shirt = (extra: Record<string, unknown> = {}) => ({
  title: "Shirt",
  options: [{ title: "Size", values: ["S", "M"] }],
  variants: [
    { title: "S", sku: `sku-${Math.random().toString(36).slice(2, 10)}`, prices: [{ currency_code: "usd", amount: 10 }], options: { Size: "S" } },
    { title: "M", prices: [{ currency_code: "eur", amount: 12.5 }], options: { Size: "M" }, manage_inventory: false },
  ],
  ...extra,
})
