// corpus: Google Generative AI SDK (CommonJS): getGenerativeModel then generateContent / embedContent in Express; model names fixed on the model object (no model literal at the call); silent catch on /embed
const express = require("express");
const { GoogleGenerativeAI } = require("@google/generative-ai");

const genAI = new GoogleGenerativeAI(process.env.GEMINI_API_KEY);
const flash = genAI.getGenerativeModel({ model: "gemini-1.5-flash" });
const embedder = genAI.getGenerativeModel({ model: "text-embedding-004" });

const app = express();
app.use(express.json());

app.post("/describe", async (req, res) => {
  const { productName, features } = req.body;
  const prompt = `Write a 60-word product description for ${productName}. Key features: ${features.join(", ")}.`;
  const start = Date.now();
  try {
    const result = await flash.generateContent(prompt); // expect: infer missing=model-version,prediction-id llm-model=unknown
    const text = result.response.text();
    console.log("describe", JSON.stringify({ productName, features, chars: text.length, ms: Date.now() - start }));
    res.json({ description: text });
  } catch (err) {
    console.error("gemini generateContent failed:", err.message);
    res.status(502).json({ error: "generation failed" });
  }
});

app.post("/embed", async (req, res) => {
  try {
    const { embedding } = await embedder.embedContent(req.body.text); // expect: infer missing=inputs,outputs,model-version,prediction-id,latency,errors llm-model=unknown
    res.json({ values: embedding.values });
  } catch {
    res.json({ values: [] });
  }
});

app.listen(process.env.PORT || 3006);
