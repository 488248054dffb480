/**
 * The cross-check's 20 carts: region, address, lines, shipping option and codes, the same on both
 * servers; made over the store API in the storefront's order (lines, address, shipping, codes).
 */
import type { Api } from "../tax/shop.js"
import type { OptionName, ProductName, PromoShop } from "./shop.js"

export interface CartSpec {
  region: "excl" | "incl"
  address: { country_code: string; province?: string }
  items: [ProductName, number][]
  shipping?: OptionName
  codes: string[]
}

const fi = { country_code: "fi" }
const fi18 = { country_code: "fi", province: "fi-18" }
const ee = { country_code: "ee" }
const pt = { country_code: "pt" }
const lv = { country_code: "lv" }

export const CARTS: CartSpec[] = [
  { region: "excl", address: fi, items: [["shirt", 1]], shipping: "standard", codes: ["XC-PCT10"] },
  {
    region: "excl",
    address: fi18,
    items: [
      ["shirt", 2],
      ["lamp", 1],
    ],
    shipping: "express",
    codes: ["XC-PCT10"],
  },
  { region: "excl", address: fi, items: [["mug", 3]], shipping: "standard", codes: ["XC-MUG"] },
  {
    region: "excl",
    address: ee,
    items: [
      ["mug", 1],
      ["pen", 3],
    ],
    codes: ["XC-MUG", "XC-ORDER8"],
  },
  { region: "excl", address: fi, items: [["lamp", 2]], shipping: "express", codes: [] },
  {
    region: "excl",
    address: fi18,
    items: [
      ["shirt", 3],
      ["pen", 1],
    ],
    shipping: "standard",
    codes: ["XC-BUY2"],
  },
  {
    region: "excl",
    address: ee,
    items: [
      ["shirt", 1],
      ["mug", 2],
      ["pen", 2],
    ],
    codes: ["XC-EACH15"],
  },
  {
    region: "excl",
    address: fi,
    items: [
      ["shirt", 2],
      ["mug", 1],
    ],
    shipping: "express",
    codes: ["XC-SHIPHALF"],
  },
  {
    region: "excl",
    address: fi,
    items: [
      ["lamp", 1],
      ["pen", 7],
    ],
    shipping: "standard",
    codes: ["XC-ORDER12"],
  },
  {
    region: "excl",
    address: fi18,
    items: [
      ["shirt", 2],
      ["mug", 2],
      ["lamp", 1],
      ["pen", 1],
    ],
    shipping: "express",
    codes: ["XC-PCT10", "XC-MUG", "XC-BUY2", "XC-SHIPHALF"],
  },
  { region: "incl", address: pt, items: [["shirt", 1]], shipping: "standard", codes: ["XC-PCT10"] },
  {
    region: "incl",
    address: pt,
    items: [
      ["mug", 3],
      ["lamp", 1],
    ],
    shipping: "express",
    codes: ["XC-GBP5"],
  },
  {
    region: "incl",
    address: lv,
    items: [
      ["shirt", 2],
      ["pen", 2],
    ],
    shipping: "standard",
    codes: ["XC-BUY2"],
  },
  { region: "incl", address: pt, items: [["lamp", 2]], shipping: "express", codes: ["XC-SHIPHALF"] },
  {
    region: "incl",
    address: pt,
    items: [
      ["shirt", 1],
      ["mug", 1],
      ["pen", 5],
    ],
    codes: ["XC-EACH15", "XC-ORDER12"],
  },
  { region: "incl", address: lv, items: [["mug", 2]], shipping: "standard", codes: ["XC-MUG"] },
  { region: "incl", address: pt, items: [["pen", 9]], shipping: "standard", codes: ["XC-ORDER12", "XC-GBP5"] },
  {
    region: "excl",
    address: ee,
    items: [
      ["lamp", 3],
      ["mug", 1],
    ],
    shipping: "express",
    codes: ["XC-ORDER8", "XC-PCT10"],
  },
  {
    region: "incl",
    address: pt,
    items: [
      ["shirt", 3],
      ["mug", 2],
      ["lamp", 1],
      ["pen", 2],
    ],
    shipping: "express",
    codes: ["XC-PCT10", "XC-BUY2", "XC-SHIPHALF", "XC-GBP5"],
  },
  { region: "excl", address: fi, items: [["pen", 1]], shipping: "express", codes: ["XC-EACH15", "XC-SHIPHALF"] },
]

export const describeCart = (c: CartSpec) =>
  [
    `${c.region === "excl" ? "EUR excl" : "GBP incl"} ${c.address.country_code}${c.address.province ? `/${c.address.province}` : ""}`,
    c.items.map(([p, q]) => `${q} ${p}`).join(" + "),
    c.shipping ?? "no shipping",
    c.codes.join(" ") || "no code",
  ].join("; ")

export async function makeCart(api: Api, shop: PromoShop, c: CartSpec): Promise<string> {
  const items = c.items.map(([p, quantity]) => ({ variant_id: shop.variants[p], quantity }))
  const body = { region_id: shop.regions[c.region], email: "xc@example.com", items, shipping_address: c.address }
  const { cart } = await api.store("POST", "/store/carts?fields=id", body)
  if (c.shipping)
    await api.store("POST", `/store/carts/${cart.id}/shipping-methods?fields=id`, {
      option_id: shop.options[c.shipping],
    })
  if (c.codes.length) await api.store("POST", `/store/carts/${cart.id}/promotions?fields=id`, { promo_codes: c.codes })
  return cart.id
}
