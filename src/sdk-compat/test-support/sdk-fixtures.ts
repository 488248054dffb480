import type { Medusa } from "./medusa.js"

/** Records the SDK suites create through the admin API: a US region, a one-variant mug, a tee in two sizes. */

/** The US region (usd) with the system payment provider. */
export async function createUsRegion(admin: Medusa): Promise<{ id: string }> {
  const { region } = await admin.admin.region.create({
    name: "US",
    currency_code: "usd",
    countries: ["us"],
    payment_providers: ["pp_system_default"],
  })
  return region
}

/** A published mug with one variant that does not manage inventory, at `amount` usd, in `channelId`: its variant's id. */
export async function createMugVariant(admin: Medusa, channelId: string, amount: number): Promise<string> {
  const { product } = await admin.admin.product.create({
    title: "Mug",
    status: "published",
    options: [{ title: "Size", values: ["One"] }],
    variants: [
      { title: "One", manage_inventory: false, prices: [{ currency_code: "usd", amount }], options: { Size: "One" } },
    ],
    sales_channels: [{ id: channelId }],
  })
  return product.variants![0].id
}

/** A tee's two sizes: S (tee-s, 15 usd, stock managed) and M (tee-m, 20 usd, not managed). */
export const teeSizes = () => [
  { title: "S", sku: "tee-s", prices: [{ currency_code: "usd", amount: 15 }], options: { Size: "S" } },
  {
    title: "M",
    sku: "tee-m",
    manage_inventory: false,
    prices: [{ currency_code: "usd", amount: 20 }],
    options: { Size: "M" },
  },
]
