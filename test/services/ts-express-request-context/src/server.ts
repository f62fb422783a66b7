// An Express service whose middleware (another module) gives each request an id and times it; morgan logs each
// response's status. /answer records the request's id with the prediction (at request level); /answer-untracked does
// not. Neither times the model call: the request timer and morgan do not count as its latency.
// expect-service: ts-express-request-context deployment-context=missing
// expect-service: ts-express-request-context outcome=missing
// expect-service: ts-express-request-context upstream-provenance=not-required
// expect-service: ts-express-request-context segment-context=not-required
import express from 'express';
import morgan from 'morgan';
import OpenAI from 'openai';
import { logger } from './logger';
import { requestContext } from './middleware/requestContext';
import { timing } from './middleware/timing';

const app = express(); // expect-service: ts-express-request-context entry
const openai = new OpenAI();
app.use(express.json());
app.use(requestContext);
app.use(timing);
app.use(morgan('combined'));

app.post('/answer', async (req, res) => {
  const completion = await openai.chat.completions.create({ model: 'gpt-4o-2024-08-06', messages: [{ role: 'user', content: req.body.question }] }); // expect: infer missing=model-version,latency
  const answer = completion.choices[0].message.content;
  logger.info({ id: req.id, question: req.body.question, answer }, 'answered');
  res.json({ answer });
});

app.post('/answer-untracked', async (req, res) => {
  const completion = await openai.chat.completions.create({ model: 'gpt-4o-2024-08-06', messages: [{ role: 'user', content: req.body.question }] }); // expect: infer missing=model-version,prediction-id,latency
  const answer = completion.choices[0].message.content;
  logger.info({ question: req.body.question, answer }, 'answered');
  res.json({ answer });
});

app.listen(3000);
