/**
 * The same small tax shop on any server speaking Medusa's admin API (salesgraph or the Medusa
 * anchor), found or created by name so that a re-run reuses it: a product type, products at odd
 * prices, a USD region over IS / NO / DK with automatic taxes, and tax regions (IS 24 % with a
 * combinable province IS-1 at 10 % and a product-type rate of 11 %, NO 25 %, DK none).
 */
export interface Api {
  base: string
  admin<T = any>(method: string, path: string, body?: unknown): Promise<T>
  store<T = any>(method: string, path: string, body?: unknown): Promise<T>
}

export async function connect(base: string, email: string, password: string): Promise<Api> {
  const call = async (method: string, path: string, headers: Record<string, string>, body?: unknown) => {
    const res = await fetch(base + path, {
      method,
      headers: { ...headers, ...(body ? { "content-type": "application/json" } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    })
    const json: any = await res.json()
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(json)}`)
    return json
  }
  const { token } = await call("POST", "/auth/user/emailpass", {}, { email, password })
  const auth = { authorization: `Bearer ${token}` }
  const keys = await call("GET", "/admin/api-keys?type=publishable&fields=id,token,title&limit=100", auth)
  const key = keys.api_keys.find((k: { title: string }) => k.title === "Default Publishable API Key")
  return {
    base,
    admin: (method, path, body) => call(method, path, auth, body),
    store: (method, path, body) => call(method, path, { "x-publishable-api-key": key.token }, body),
  }
}

export const PRICES = [10, 33.33, 19.99, 7, 0.01, 1234.56]

export interface Shop {
  regionId: string
  /** price → variant id; books (the product type with its own rate) at index 1 */
  variants: string[]
  bookVariant: string
}

export async function findOrCreate(
  api: Api,
  list: string,
  key: string,
  match: (row: any) => boolean,
  create: () => unknown,
) {
  const found = (await api.admin("GET", list))[key].find(match)
  return found ?? create()
}

async function taxRegion(api: Api, country: string, rate: number | null, province?: { code: string; parent: string }) {
  const query = `/admin/tax-regions?country_code=${country}&limit=100&fields=id,province_code,tax_rates.*`
  const match = (r: any) => (r.province_code ?? null) === (province?.code ?? null)
  return findOrCreate(api, query, "tax_regions", match, async () => {
    const body: Record<string, unknown> = { country_code: country }
    if (province) Object.assign(body, { province_code: province.code, parent_id: province.parent })
    else body.provider_id = "tp_system"
    if (rate !== null)
      body.default_tax_rate = { name: `tc ${country}`, code: `TC-${country}`, rate, is_combinable: !!province }
    return (await api.admin("POST", "/admin/tax-regions", body)).tax_region
  })
}

export async function setUpShop(api: Api): Promise<Shop> {
  const channels = await api.admin("GET", "/admin/sales-channels?name=Default%20Sales%20Channel&fields=id")
  const channel = channels.sales_channels[0].id
  const type = await findOrCreate(
    api,
    "/admin/product-types?value=taxcheck-books",
    "product_types",
    () => true,
    async () => (await api.admin("POST", "/admin/product-types", { value: "taxcheck-books" })).product_type,
  )
  const variants: string[] = []
  for (const [i, amount] of PRICES.entries()) {
    const title = `taxcheck product ${i}`
    const product = await findOrCreate(
      api,
      `/admin/products?q=${encodeURIComponent(title)}&fields=id,title,status,variants.id`,
      "products",
      (p) => p.title === title,
      async () =>
        (
          await api.admin("POST", "/admin/products", {
            title,
            status: "published",
            type_id: i === 1 ? type.id : undefined,
            options: [{ title: "Size", values: ["M"] }],
            variants: [
              {
                title: "M",
                options: { Size: "M" },
                manage_inventory: false,
                prices: [{ currency_code: "usd", amount }],
              },
            ],
            sales_channels: [{ id: channel }],
          })
        ).product,
    )
    if (product.status !== "published")
      await api.admin("POST", `/admin/products/${product.id}`, { status: "published" })
    variants.push(product.variants[0].id)
  }
  const region = await findOrCreate(
    api,
    "/admin/regions?q=taxcheck&fields=id,name",
    "regions",
    (r) => r.name === "taxcheck",
    async () =>
      (
        await api.admin("POST", "/admin/regions", {
          name: "taxcheck",
          currency_code: "usd",
          countries: ["is", "no", "dk"],
          automatic_taxes: true,
        })
      ).region,
  )
  const is = await taxRegion(api, "is", 24)
  await taxRegion(api, "is", 10, { code: "is-1", parent: is.id })
  await taxRegion(api, "no", 25)
  const rates = (await api.admin("GET", `/admin/tax-rates?tax_region_id=${is.id}&fields=id,code`)).tax_rates
  if (!rates.some((r: { code: string }) => r.code === "TC-BOOKS")) {
    await api.admin("POST", "/admin/tax-rates", {
      name: "tc books",
      code: "TC-BOOKS",
      rate: 11,
      tax_region_id: is.id,
      rules: [{ reference: "product_type", reference_id: type.id }],
    })
  }
  return { regionId: region.id, variants, bookVariant: variants[1] }
}
