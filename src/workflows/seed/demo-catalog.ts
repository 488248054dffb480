/**
 * The demo catalogue `salesgraph seed` builds: plain data, so the seed steps stay generic and
 * a test can count what a first run must create. Everything is found again by its name,
 * title, handle or SKU, which is what makes a second run a no-op.
 */

export interface DemoChannel {
  name: string
  description: string
  is_disabled: boolean
}

export interface DemoKey {
  title: string
  /** channel names */
  channels: string[]
}

export interface DemoLocation {
  name: string
  address: { address_1: string; city: string; country_code: string; postal_code: string }
  /** channel names whose orders this location ships */
  channels: string[]
}

export interface DemoRegion {
  name: string
  currency_code: string
  countries: string[]
}

export interface DemoVariant {
  title: string
  sku: string
  options: Record<string, string>
  /** `channel`: a price for that channel only (docs/pricing.md); the others pay the plain price */
  prices: { currency_code: string; amount: number; channel?: string }[]
  /** stocked quantity by location name */
  stock: Record<string, number>
}

export interface DemoProduct {
  title: string
  handle: string
  description: string
  options: { title: string; values: string[] }[]
  variants: DemoVariant[]
  /** channel names */
  channels: string[]
  /** channels where it launches later: listed from `inDays` days after the seed (docs/channel-listings.md) */
  launches?: { channel: string; inDays: number }[]
}

export const WEB = "Web shop"
export const RETAIL = "Retail store"
export const WHOLESALE = "Wholesale"
export const WAREHOUSE = "Main warehouse"
export const SHOP_FLOOR = "Downtown store"

export const demoChannels: DemoChannel[] = [
  { name: WEB, description: "The online storefront", is_disabled: false },
  { name: RETAIL, description: "The shop's point of sale", is_disabled: false },
  // disabled: a channel that exists but sells nothing yet shows how `is_disabled` reads back
  { name: WHOLESALE, description: "Bulk orders for resellers (not open yet)", is_disabled: true },
]

/** One publishable key per storefront: a key is what scopes a storefront to its channel. */
export const demoKeys: DemoKey[] = [
  { title: `${WEB} key`, channels: [WEB] },
  { title: `${RETAIL} key`, channels: [RETAIL] },
]

export const demoLocations: DemoLocation[] = [
  {
    name: WAREHOUSE,
    address: { address_1: "1 Harbour Road", city: "Oakland", country_code: "us", postal_code: "94607" },
    channels: [WEB, WHOLESALE],
  },
  {
    name: SHOP_FLOOR,
    address: { address_1: "200 Market Street", city: "San Francisco", country_code: "us", postal_code: "94105" },
    channels: [RETAIL],
  },
]

export const demoRegions: DemoRegion[] = [
  { name: "United States", currency_code: "usd", countries: ["us"] },
  { name: "Europe", currency_code: "eur", countries: ["de", "fr", "es", "it", "nl"] },
]

export const DEMO_PAYMENT_PROVIDER = "pp_system_default"

/** The provider the seed ships with: salesgraph's (and Medusa's) manual fulfillment provider. */
export const DEMO_FULFILLMENT_PROVIDER = "manual_manual"

export interface DemoShippingOption {
  name: string
  type: { label: string; description: string; code: string }
  /** the price in every currency of the store, in its main unit */
  amount: number
}

/** Offered at every storefront location, as Medusa's own seed offers them. */
export const demoShippingOptions: DemoShippingOption[] = [
  {
    name: "Standard Shipping",
    type: { label: "Standard", description: "Ship in 2-3 days.", code: "standard" },
    amount: 10,
  },
  {
    name: "Express Shipping",
    type: { label: "Express", description: "Ship in 24 hours.", code: "express" },
    amount: 25,
  },
]

/** The locations that ship a storefront's orders: those of a channel some demo key opens. */
export const demoShippingLocations = (): DemoLocation[] =>
  demoLocations.filter((l) => l.channels.some((ch) => demoKeys.some((k) => k.channels.includes(ch))))

interface Family {
  kind: string
  styles: string[]
  options: { title: string; values: string[] }[]
  usd: number
  eur: number
  /** the usd price in the Retail store, when it differs from the Web shop's */
  retailUsd?: number
  channels: string[]
  blurb: string
  launches?: { channel: string; inDays: number }[]
}

const families: Family[] = [
  {
    // the channel listing example: live in the Retail store now, launching in the Web shop next week
    kind: "Rain Jacket",
    styles: ["Launch Edition"],
    options: [{ title: "Size", values: ["S", "M", "L"] }],
    usd: 120,
    eur: 110,
    channels: [WEB, RETAIL],
    blurb: "in the shop today, online next week",
    launches: [{ channel: WEB, inDays: 7 }],
  },
  {
    kind: "Tee",
    styles: ["Classic", "Organic Cotton", "Striped", "Pocket", "V-Neck", "Long Sleeve"],
    options: [
      { title: "Size", values: ["S", "M", "L"] },
      { title: "Color", values: ["Black", "White"] },
    ],
    usd: 25,
    eur: 23,
    channels: [WEB, RETAIL],
    blurb: "a soft everyday tee",
  },
  {
    kind: "Hoodie",
    styles: ["Zip", "Pullover", "Heavyweight", "Fleece"],
    options: [{ title: "Size", values: ["S", "M", "L"] }],
    usd: 60,
    eur: 55,
    retailUsd: 55,
    channels: [WEB, RETAIL],
    blurb: "a warm hoodie with a brushed inside",
  },
  {
    kind: "Cap",
    styles: ["Baseball", "Trucker", "Bucket", "Beanie"],
    options: [{ title: "Color", values: ["Navy", "Olive"] }],
    usd: 22,
    eur: 20,
    channels: [WEB, RETAIL],
    blurb: "a cap for sun and drizzle",
  },
  {
    kind: "Socks",
    styles: ["Crew", "Ankle", "Wool"],
    options: [{ title: "Size", values: ["S/M", "L/XL"] }],
    usd: 12,
    eur: 11,
    channels: [WEB, RETAIL],
    blurb: "socks that last",
  },
  {
    kind: "Mug",
    styles: ["Enamel", "Ceramic", "Travel", "Espresso"],
    options: [{ title: "Color", values: ["Blue", "Green", "Sand"] }],
    usd: 16,
    eur: 15,
    channels: [WEB, WHOLESALE],
    blurb: "a mug for the morning",
  },
  {
    kind: "Notebook",
    styles: ["Dotted", "Lined", "Plain", "Grid"],
    options: [{ title: "Format", values: ["A5", "A6"] }],
    usd: 14,
    eur: 13,
    channels: [WEB, WHOLESALE],
    blurb: "a notebook with lay-flat binding",
  },
  {
    kind: "Tote Bag",
    styles: ["Canvas", "Recycled", "Market"],
    options: [{ title: "Size", values: ["One size"] }],
    usd: 18,
    eur: 16,
    channels: [WEB, RETAIL, WHOLESALE],
    blurb: "a sturdy bag for the market",
  },
  {
    kind: "Water Bottle",
    styles: ["Steel", "Glass", "Kids"],
    options: [{ title: "Volume", values: ["500 ml", "750 ml"] }],
    usd: 28,
    eur: 26,
    retailUsd: 30,
    channels: [WEB, RETAIL],
    blurb: "a bottle that keeps drinks cold",
  },
]

const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")

/** Every combination of the options' values, in order. */
function combinations(options: { title: string; values: string[] }[]): Record<string, string>[] {
  return options.reduce<Record<string, string>[]>(
    (acc, option) => acc.flatMap((combo) => option.values.map((value) => ({ ...combo, [option.title]: value }))),
    [{}],
  )
}

/** A stable stock figure per SKU (a few at zero, so "sold out" shows up in the demo). */
function stockFor(sku: string, salt: number): number {
  let hash = salt
  for (const ch of sku) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0
  const n = hash % 60
  return n < 4 ? 0 : n
}

function product(family: Family, style: string): DemoProduct {
  const title = `${style} ${family.kind}`
  const handle = slug(title)
  const locations = demoLocations.filter((l) => l.channels.some((c) => family.channels.includes(c)))
  const variants = combinations(family.options).map((options) => {
    const values = Object.values(options)
    const sku = `DEMO-${slug(title)}-${values.map(slug).join("-")}`.toUpperCase()
    return {
      title: values.join(" / "),
      sku,
      options,
      prices: [
        { currency_code: "usd", amount: family.usd },
        { currency_code: "eur", amount: family.eur },
        ...(family.retailUsd === undefined
          ? []
          : [{ currency_code: "usd", amount: family.retailUsd, channel: RETAIL }]),
      ],
      stock: Object.fromEntries(locations.map((l, i) => [l.name, stockFor(sku, i + 7)])),
    }
  })
  return {
    title,
    handle,
    description: `The ${title.toLowerCase()}: ${family.blurb}.`,
    options: family.options,
    variants,
    channels: family.channels,
    ...(family.launches ? { launches: family.launches } : {}),
  }
}

export const demoProducts: DemoProduct[] = families.flatMap((family) =>
  family.styles.map((style) => product(family, style)),
)
