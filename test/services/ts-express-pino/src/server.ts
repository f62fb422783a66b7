// An Express service: pino's `base` puts the version and environment on every record; /feedback records outcomes.
// expect-service: ts-express-pino deployment-context=covered@src/logger.ts:3
// expect-service: ts-express-pino outcome=covered@src/server.ts:24
// expect-service: ts-express-pino upstream-provenance=not-required
// expect-service: ts-express-pino segment-context=not-required
import express from 'express';
import { randomUUID } from 'node:crypto';
import OpenAI from 'openai';
import { logger } from './logger';

const app = express(); // expect-service: ts-express-pino entry
const openai = new OpenAI();
app.use(express.json());

app.post('/answer', async (req, res) => {
  const predictionId = randomUUID();
  const completion = await openai.chat.completions.create({ model: 'gpt-4o-2024-08-06', messages: [{ role: 'user', content: req.body.question }] });
  const answer = completion.choices[0].message.content;
  logger.info({ predictionId, answer }, 'answered');
  res.json({ answer, predictionId });
});

app.post('/feedback', (req, res) => {
  logger.info({ predictionId: req.body.predictionId, outcome: req.body.helpful }, 'feedback');
  res.sendStatus(204);
});

app.listen(3000);
