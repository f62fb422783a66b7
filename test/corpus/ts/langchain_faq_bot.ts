// corpus: LangChain.js ChatOpenAI#invoke and an LCEL chain (prompt.pipe(chat).pipe(parser)).invoke in Express; the model name is fixed in the constructor, so the call itself has no model literal; winston
import express from "express";
import { ChatOpenAI } from "@langchain/openai";
import { HumanMessage, SystemMessage } from "@langchain/core/messages";
import { ChatPromptTemplate } from "@langchain/core/prompts";
import { StringOutputParser } from "@langchain/core/output_parsers";
import winston from "winston";

const logger = winston.createLogger({
  defaultMeta: { service: "faq-bot" },
  format: winston.format.json(),
  transports: [new winston.transports.Console()],
});

const chat = new ChatOpenAI({ model: "gpt-4o-mini", temperature: 0 });
const prompt = ChatPromptTemplate.fromMessages([
  ["system", "You write short, friendly release notes."],
  ["human", "Write release notes for: {changes}"],
]);
const releaseNotesChain = prompt.pipe(chat).pipe(new StringOutputParser());

const app = express();
app.use(express.json());

app.post("/faq", async (req, res) => {
  const question: string = req.body.question;
  const t0 = Date.now();
  try {
    const aiMsg = await chat.invoke([new SystemMessage("Answer FAQ questions briefly."), new HumanMessage(question)]); // expect: infer missing=model-version,prediction-id llm-model=unknown
    logger.info("faq answered", { question, answer: aiMsg.content, elapsed_ms: Date.now() - t0 });
    res.json({ answer: aiMsg.content });
  } catch (err) {
    logger.error("faq failed", { error: (err as Error).message });
    res.status(500).json({ error: "failed" });
  }
});

app.post("/release-notes", async (req, res) => {
  const notes = await releaseNotesChain.invoke({ changes: req.body.changes }); // expect: infer missing=inputs,outputs,model-version,prediction-id,latency,errors llm-model=unknown
  res.type("text/plain").send(notes);
});

app.listen(3005);
