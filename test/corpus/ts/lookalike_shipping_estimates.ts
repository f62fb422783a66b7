// corpus: look-alike only: business-rule "predictors" with no ML imports (PricePredictor.predict, predictShipping(), a moving-average ForecastModel) and db.query helpers; nothing here is inference or a model load
import express from "express";
import { Pool } from "pg";

const db = new Pool({ connectionString: process.env.DATABASE_URL });

export class PricePredictor {
  constructor(private readonly basePrices: Map<string, number>, private readonly bulkDiscount = 0.05) {}

  predict(sku: string, quantity: number): number {
    const base = this.basePrices.get(sku) ?? 0;
    const discount = quantity >= 10 ? this.bulkDiscount : 0;
    return Math.round(base * quantity * (1 - discount) * 100) / 100;
  }
}

/** Moving-average "model" used by the ops dashboard; plain arithmetic. */
export class ForecastModel {
  constructor(private readonly window = 7) {}

  predict(history: number[]): number {
    const tail = history.slice(-this.window);
    return tail.length ? tail.reduce((a, b) => a + b, 0) / tail.length : 0;
  }
}

export async function predictShipping(orderId: string): Promise<{ days: number; carrier: string }> {
  const { rows } = await db.query("SELECT country, weight_kg, express FROM orders WHERE id = $1", [orderId]);
  const order = rows[0];
  const carrier = order.country === "US" ? "UPS" : "DHL";
  const days = (order.express ? 2 : 5) + (order.weight_kg > 20 ? 2 : 0) + (order.country === "US" ? 0 : 3);
  return { days, carrier };
}

const app = express();
const predictor = new PricePredictor(new Map([["SKU-1", 19.99], ["SKU-2", 4.5]]));
const model = new ForecastModel(14);

app.get("/quote/:orderId/:sku", async (req, res) => {
  const price = predictor.predict(req.params.sku, Number(req.query.qty ?? 1));
  const shipping = await predictShipping(req.params.orderId);
  console.log("quote", { orderId: req.params.orderId, price, shipping });
  res.json({ price, shipping });
});

app.get("/forecast/:sku", async (req, res) => {
  const { rows } = await db.query("SELECT units FROM daily_sales WHERE sku = $1 ORDER BY day", [req.params.sku]);
  const forecast = model.predict(rows.map((r) => Number(r.units)));
  res.json({ sku: req.params.sku, forecast });
});

app.listen(3007);
