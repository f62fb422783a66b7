// corpus: Next.js page (.tsx) with a "use server" action calling OpenAI responses.create (alias model); JSX uses array .map/.find/.filter (NOT inference); Sentry.captureException + console.log
import OpenAI from "openai";
import * as Sentry from "@sentry/nextjs";
import { headers } from "next/headers";

const client = new OpenAI();

type Product = { id: string; name: string; tags: string[] };

const PRODUCTS: Product[] = [
  { id: "p1", name: "Trail Runner 2", tags: ["running", "trail"] },
  { id: "p2", name: "City Commuter Backpack", tags: ["commute", "laptop"] },
  { id: "p3", name: "Alpine Shell Jacket", tags: ["hiking", "rain"] },
];

async function recommend(formData: FormData): Promise<Product | null> {
  "use server";
  const interests = String(formData.get("interests") ?? "");
  const requestId = headers().get("x-request-id") ?? crypto.randomUUID();
  try {
    const response = await client.responses.create({ // expect: infer missing=model-version,latency llm-model=unpinned
      model: "gpt-4.1-mini",
      input: `Pick the best product id from ${JSON.stringify(PRODUCTS)} for a customer interested in: ${interests}. Reply with the id only.`,
    });
    const pickedId = response.output_text.trim();
    const picked = PRODUCTS.find((p) => p.id === pickedId) ?? null;
    console.log(`[${requestId}] interests="${interests}" picked=${picked?.name ?? "none"}`);
    return picked;
  } catch (err) {
    Sentry.captureException(err, { tags: { requestId } });
    return null;
  }
}

export default function ProductPickerPage({ searchParams }: { searchParams: { tag?: string } }) {
  const visible = searchParams.tag ? PRODUCTS.filter((p) => p.tags.includes(searchParams.tag!)) : PRODUCTS;
  const featured = PRODUCTS.find((p) => p.tags.includes("trail"));
  return (
    <main>
      <h1>Find your gear</h1>
      {featured && <p>Featured: {featured.name}</p>}
      <form action={recommend}>
        <input name="interests" placeholder="e.g. rainy hikes, long commutes" />
        <button type="submit">Recommend</button>
      </form>
      <ul>
        {visible.map((p) => (
          <li key={p.id}>
            {p.name} <small>{p.tags.join(", ")}</small>
          </li>
        ))}
      </ul>
    </main>
  );
}
