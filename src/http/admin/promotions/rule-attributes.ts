/** Medusa 2.21.2's rule attributes offered by the dashboard (rule-attributes-map). */
const operators = [
  { id: "in", value: "in", label: "In" },
  { id: "eq", value: "eq", label: "Equals" },
  { id: "ne", value: "ne", label: "Not In" },
]
const attr = (id: string, value: string, label: string) => ({
  id,
  value,
  label,
  required: false,
  field_type: "multiselect",
  operators,
})
const eqOnly = [operators[1]]

const cartAttributes = () => [
  attr("customer_group", "customer.groups.id", "Customer Group"),
  attr("region", "region.id", "Region"),
  attr("country", "shipping_address.country_code", "Country"),
  attr("sales_channel", "sales_channel_id", "Sales Channel"),
]
const itemAttributes = () => [
  attr("product", "items.product.id", "Product"),
  attr("product_category", "items.product.categories.id", "Product Category"),
  attr("product_collection", "items.product.collection_id", "Product Collection"),
  attr("product_type", "items.product.type_id", "Product Type"),
  attr("product_tag", "items.product.tags.id", "Product Tag"),
]
const shippingAttributes = () => [
  attr("shipping_option_type", "shipping_methods.shipping_option.shipping_option_type_id", "Shipping Option Type"),
]
const disguised = (id: string, label: string, field_type: string, required: boolean) => ({
  id,
  value: id,
  label,
  field_type,
  required,
  disguised: true,
  ...(id === "currency_code" ? { hydrate: true } : {}),
  operators: eqOnly,
})

export function ruleAttributes(q: {
  promotion_type?: string
  application_method_type?: string
  application_method_target_type?: string
}): Record<string, object[]> {
  const targets = q.application_method_target_type === "shipping_methods" ? shippingAttributes : itemAttributes
  const map: Record<string, object[]> = {
    rules: cartAttributes(),
    "target-rules": targets(),
    "buy-rules": targets(),
  }
  map.rules.push(disguised("currency_code", "Currency Code", "select", q.application_method_type === "fixed"))
  if (q.promotion_type === "buyget") {
    map["buy-rules"].push(disguised("buy_rules_min_quantity", "Minimum quantity of items", "number", true))
    map["target-rules"].push(
      disguised("apply_to_quantity", "Quantity of items promotion will apply to", "number", true),
    )
  }
  return map
}

/** Where rule-value-options reads each attribute's values: entity, label, value. */
export const RULE_VALUE_SOURCES: Record<string, { entity: string; label: string; value: string }> = {
  region: { entity: "region", label: "name", value: "id" },
  currency_code: { entity: "currency", label: "name", value: "code" },
  customer_group: { entity: "customer_group", label: "name", value: "id" },
  sales_channel: { entity: "sales_channel", label: "name", value: "id" },
  country: { entity: "country", label: "display_name", value: "iso_2" },
  product: { entity: "product", label: "title", value: "id" },
  product_category: { entity: "product_category", label: "name", value: "id" },
  product_collection: { entity: "product_collection", label: "title", value: "id" },
  product_type: { entity: "product_type", label: "value", value: "id" },
  product_tag: { entity: "product_tag", label: "value", value: "id" },
  shipping_option_type: { entity: "shipping_option_type", label: "label", value: "id" },
}
